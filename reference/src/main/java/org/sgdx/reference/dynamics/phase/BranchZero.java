package org.sgdx.reference.dynamics.phase;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.dynamics.ParameterPolynomial;
import org.sgdx.reference.dynamics.RealValue;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.poly.RationalPolynomial;

/**
 * The smallest positive zero {@code η_0} of a coefficient {@code μ_i(η)} that is a polynomial in η alone with rational
 * coefficients: isolated by exact bisection on sign changes, then recognised as an exact rational when a convergent of
 * its continued fraction is a root.
 *
 * @param value {@code η_0}, exact when {@code exact}, otherwise within {@code 10^{−30}} relative
 * @param exact whether {@code value} is the zero exactly
 */
public record BranchZero(BigFraction value, boolean exact) {

    private static final int BISECTIONS = 110;

    /** The smallest positive zero, empty when there is none or the coefficient is not such a polynomial. */
    public static Optional<BranchZero> smallestPositive(ParameterPolynomial mu) {
        Optional<RationalPolynomial> p = inEta(mu);
        if (p.isEmpty() || p.get().degree() < 1 || p.get().countPositiveRoots() == 0) {
            return Optional.empty();
        }
        RationalPolynomial f = p.get();
        while (f.coefficient(0).signum() == 0) {
            f = f.divideAndRemainder(RationalPolynomial.Z)[0];
        }
        BigFraction bound = BigFraction.ONE;
        BigFraction lead = f.leadingCoefficient().abs();
        for (BigFraction c : f.coefficients()) {
            BigFraction r = c.abs().divide(lead);
            if (Rationals.compare(r, bound) > 0) {
                bound = r;
            }
        }
        bound = bound.add(1);
        int total = f.countPositiveRoots();
        BigFraction lo = BigFraction.ZERO;
        BigFraction hi = bound;
        for (int it = 0; it < BISECTIONS; it++) {
            BigFraction mid = Rationals.normalised(lo.add(hi).divide(2));
            int upToMid = total - rootsAbove(f, mid);
            if (upToMid == 1 && f.evaluate(mid).signum() == 0) {
                return Optional.of(new BranchZero(mid, true));
            }
            if (upToMid >= 1) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        BigDecimal approx = Rationals.toBigDecimal(lo.add(hi).divide(2), new MathContext(32, RoundingMode.HALF_EVEN));
        Optional<BigFraction> exact = recognise(f, approx);
        return Optional.of(exact.map(e -> new BranchZero(e, true))
                .orElseGet(() -> new BranchZero(Rationals.of(approx.round(new MathContext(30))), false)));
    }

    /** The number of distinct roots in {@code (x, ∞)}: the positive roots of {@code t ↦ f(x + t)}. */
    private static int rootsAbove(RationalPolynomial f, BigFraction x) {
        return f.compose(RationalPolynomial.of(x, BigFraction.ONE)).countPositiveRoots();
    }

    /** A root among the continued-fraction convergents of {@code x} with denominators below {@code 10^12}. */
    private static Optional<BigFraction> recognise(RationalPolynomial f, BigDecimal x) {
        BigFraction rest = Rationals.of(x);
        BigInteger h0 = BigInteger.ONE;
        BigInteger h1 = BigInteger.ZERO;
        BigInteger k0 = BigInteger.ZERO;
        BigInteger k1 = BigInteger.ONE;
        for (int n = 0; n < 60; n++) {
            BigInteger a = rest.getNumerator().divide(rest.getDenominator());
            BigInteger h = a.multiply(h0).add(h1);
            BigInteger k = a.multiply(k0).add(k1);
            if (k.bitLength() > 40) {
                return Optional.empty();
            }
            BigFraction candidate = BigFraction.of(h, k);
            if (f.evaluate(candidate).signum() == 0) {
                return Optional.of(candidate);
            }
            BigFraction frac = rest.subtract(BigFraction.of(a));
            if (frac.signum() == 0) {
                return Optional.empty();
            }
            rest = frac.reciprocal();
            h1 = h0;
            h0 = h;
            k1 = k0;
            k0 = k;
        }
        return Optional.empty();
    }

    /** The coefficient as a polynomial in η, when it has no other variable and rational coefficients. */
    private static Optional<RationalPolynomial> inEta(ParameterPolynomial mu) {
        int degree = 0;
        for (ParameterPolynomial.Powers p : mu.terms().keySet()) {
            if (p.m() != 0 || p.d() != 0) {
                return Optional.empty();
            }
            degree = Math.max(degree, p.eta());
        }
        BigFraction[] c = new BigFraction[degree + 1];
        java.util.Arrays.fill(c, BigFraction.ZERO);
        for (Map.Entry<ParameterPolynomial.Powers, RealValue> e : mu.terms().entrySet()) {
            if (!(e.getValue() instanceof RealValue.Exact x) || !x.value().isRational()) {
                return Optional.empty();
            }
            c[e.getKey().eta()] = x.value().terms().isEmpty() ? BigFraction.ZERO
                    : x.value().terms().values().iterator().next().rationalValue();
        }
        return Optional.of(RationalPolynomial.of(c));
    }
}
