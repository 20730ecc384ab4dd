package org.sgdx.reference.dynamics.meanfield;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.sgdx.reference.numeric.GaussLegendreRule;

/**
 * {@code ∫_a^b dm / F(m)} for a polynomial {@code F > 0} on {@code [a, b]}, {@code 0 < a < b}, to a requested number of
 * digits, by Gauss–Legendre rules in arbitrary precision.
 *
 * <p>Method. {@code [a, b]} is cut at {@code a, 2a, 4a, ...}: near {@code m = 0}, where the drift of an information
 * exponent {@code p} makes {@code 1/F ~ m^{1−p}}, the pole at 0 is then at least one piece length away from every piece,
 * and the rules converge geometrically. On each piece rules with {@code 8, 16, ..., 256} nodes are applied; with
 * {@code δ} the difference of the last two and {@code δ'} the one before, the error of the last is estimated as
 * {@code δ · min(1, δ/δ')²}, and the piece is accepted when this is below {@code 10^{−(D+2)}} times its value (all
 * pieces are positive, so this is a relative tolerance for the sum); a piece that needs more nodes is halved. The
 * working precision is {@code D + 10} digits. When the coefficients of {@code F} carry errors {@code δc_k}, the
 * first-order effect {@code ∫ Σ|δc_k| m^k / F(m)² dm} is integrated with the accepted rules and reported apart.
 */
final class ReciprocalIntegral {

    private static final int FIRST_RULE = 8;
    private static final int LARGEST_RULE = 256;
    private static final int MAX_DEPTH = 40;
    private static final int GUARD_DIGITS = 10;

    /** The value and its two error estimates. */
    record Result(BigDecimal value, BigDecimal quadratureError, BigDecimal coefficientError) {
    }

    private final BigDecimal[] f;
    private final BigDecimal[] errors;
    private final MathContext mc;
    private final BigDecimal tolerance;
    private final Map<Integer, GaussLegendreRule> rules = new HashMap<>();
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal error = BigDecimal.ZERO;
    private BigDecimal propagated = BigDecimal.ZERO;
    private int pieces;

    private ReciprocalIntegral(BigDecimal[] f, BigDecimal[] errors, int digits) {
        this.f = f;
        this.errors = errors;
        this.mc = new MathContext(digits + GUARD_DIGITS, RoundingMode.HALF_EVEN);
        this.tolerance = BigDecimal.ONE.movePointLeft(digits + 2);
    }

    /**
     * The integral.
     *
     * @param f the coefficients {@code F_0, F_1, ...} (at least {@code digits + 10} digits)
     * @param errors the error estimates of the coefficients, or {@code null} when they are exact
     * @param digits the requested digits {@code D}
     */
    static Result integrate(BigDecimal[] f, BigDecimal[] errors, BigDecimal a, BigDecimal b, int digits) {
        ReciprocalIntegral r = new ReciprocalIntegral(f, errors, digits);
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal left = a;
        while (left.compareTo(b) < 0) {
            BigDecimal right = left.multiply(two).min(b);
            if (b.subtract(right).compareTo(left.multiply(new BigDecimal("0.25"))) < 0) {
                right = b;
            }
            r.piece(left, right, 0);
            left = right;
        }
        BigDecimal rounding = r.total.abs().multiply(BigDecimal.valueOf(r.pieces + 10L))
                .movePointLeft(r.mc.getPrecision() - 1);
        MathContext up = new MathContext(3, RoundingMode.UP);
        return new Result(r.total, r.error.add(rounding).round(up), r.propagated.round(up));
    }

    private void piece(BigDecimal a, BigDecimal b, int depth) {
        int n = FIRST_RULE;
        BigDecimal previous = apply(a, b, n, false);
        BigDecimal previousDifference = null;
        BigDecimal estimate = null;
        while (2 * n <= LARGEST_RULE) {
            n *= 2;
            BigDecimal current = apply(a, b, n, false);
            BigDecimal difference = current.subtract(previous).abs();
            estimate = extrapolated(difference, previousDifference);
            if (estimate.compareTo(tolerance.multiply(current.abs())) <= 0) {
                accept(a, b, n, current, estimate);
                return;
            }
            previous = current;
            previousDifference = difference;
        }
        if (depth < MAX_DEPTH) {
            BigDecimal middle = a.add(b).divide(BigDecimal.valueOf(2), mc);
            piece(a, middle, depth + 1);
            piece(middle, b, depth + 1);
            return;
        }
        accept(a, b, n, previous, estimate);
    }

    private void accept(BigDecimal a, BigDecimal b, int n, BigDecimal value, BigDecimal estimate) {
        total = total.add(value, mc);
        error = error.add(estimate, MathContext.DECIMAL64);
        if (errors != null) {
            propagated = propagated.add(apply(a, b, n, true), MathContext.DECIMAL64);
        }
        pieces++;
    }

    /** {@code δ · min(1, δ/δ')²}: geometric convergence; just {@code δ} without an earlier difference. */
    private static BigDecimal extrapolated(BigDecimal difference, BigDecimal previousDifference) {
        if (previousDifference == null || difference.signum() == 0
                || difference.compareTo(previousDifference) >= 0) {
            return difference.round(MathContext.DECIMAL64);
        }
        BigDecimal ratio = difference.divide(previousDifference, MathContext.DECIMAL64);
        return difference.multiply(ratio).multiply(ratio, MathContext.DECIMAL64);
    }

    /** The {@code n}-point rule for {@code 1/F} on {@code [a, b]}, or for {@code E/F²} when {@code propagation}. */
    private BigDecimal apply(BigDecimal a, BigDecimal b, int n, boolean propagation) {
        GaussLegendreRule rule = rules.computeIfAbsent(n, k -> GaussLegendreRule.of(k, mc.getPrecision()));
        BigDecimal half = b.subtract(a).divide(BigDecimal.valueOf(2), mc);
        BigDecimal centre = a.add(half, mc);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < rule.halfSize(); i++) {
            BigDecimal offset = half.multiply(rule.node(i), mc);
            BigDecimal value = integrand(centre.add(offset, mc), propagation);
            if (!rule.isMiddle(i)) {
                value = value.add(integrand(centre.subtract(offset, mc), propagation), mc);
            }
            sum = sum.add(rule.weight(i).multiply(value, mc), mc);
        }
        return sum.multiply(half, mc);
    }

    private BigDecimal integrand(BigDecimal m, boolean propagation) {
        BigDecimal value = horner(f, m);
        if (!propagation) {
            return BigDecimal.ONE.divide(value, mc);
        }
        BigDecimal e = BigDecimal.ZERO;
        MathContext low = MathContext.DECIMAL64;
        for (int k = errors.length - 1; k >= 0; k--) {
            e = e.multiply(m, low).add(errors[k], low);
        }
        return e.divide(value.multiply(value, low), low);
    }

    private BigDecimal horner(BigDecimal[] c, BigDecimal m) {
        BigDecimal r = BigDecimal.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            r = r.multiply(m, mc).add(c[k], mc);
        }
        return r;
    }
}
