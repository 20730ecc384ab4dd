package org.sgdx.reference.exponent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.exponent.zeta.ZetaMoments;
import org.sgdx.reference.hermite.Basis;
import org.sgdx.reference.hermite.Coefficient;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.link.Parity;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.numeric.WorkLimit;

/**
 * The information exponent, the generative exponent, the power exponents and {@code E[ζ_k²]} of a label model
 * (MATH.md §3), each labelled with how it is known.
 *
 * <ul>
 *   <li>{@code IE} is the first {@code k ≥ 1} with {@code u_k ≠ 0} ({@link LinkCoefficients}; exact zero tests for
 *       links with an exact form, parity zeros exact, other zeros decided within the error estimate).</li>
 *   <li>{@code GE} of a deterministic link: {@link ExactGenerativeExponent} when a theorem applies, otherwise the
 *       first {@code k} with {@code E[ζ_k²] > 0} numerically ({@link ZetaMoments}); of a noisy link: that of the
 *       noiseless link ({@code proofs-notes/generative-exponent-other-labels.md}); of binary labels:
 *       {@code IE(q)}.</li>
 *   <li>{@code p_k = IE(E[y^k | z])}: {@code IE(σ*^k)} for deterministic links; for noisy links
 *       {@code E[(σ + τε)^k | z] = Σ_{j even} C(k,j) (j−1)!! τ^j σ^{k−j}}; for binary labels {@code 2q − 1} for odd
 *       {@code k} and the constant 1 for even {@code k}.</li>
 * </ul>
 */
public final class Exponents {

    private Exponents() {
    }

    /**
     * Computes the exponents of a label model (a binary model's {@code q} is checked when the model is built).
     */
    public static ExponentReport of(LabelModel model, ExponentOptions options) {
        return of(model, options, WorkLimit.unlimited());
    }

    /**
     * Computes the exponents of a label model, with the numerical Hermite coefficients it needs charged to
     * {@code work}.
     *
     * @throws WorkLimit.WorkLimitExceededException when they would exceed the limit
     */
    public static ExponentReport of(LabelModel model, ExponentOptions options, WorkLimit work) {
        Link link = model.link();
        Exponent ie = informationExponent(link, options, work);
        List<ExponentReport.PowerExponent> powers = new ArrayList<>();
        for (int k = 1; k <= options.maxPower(); k++) {
            powers.add(new ExponentReport.PowerExponent(k, informationExponent(conditionalMoment(model, k), options,
                    work)));
        }
        ZetaSource zeta = new ZetaSource(model, options, work);
        Exponent ge = generativeExponent(model, ie, options, zeta);
        List<ZetaSquared> moments = new ArrayList<>();
        for (int k = 1; k <= options.zetaMaxDegree(); k++) {
            moments.add(zeta.get(k));
        }
        return new ExponentReport(model, options, ie, ge, powers, moments);
    }

    /** {@code IE(f) = min{k ≥ 1 : u_k(f) ≠ 0}}, searched up to {@code maxDegree}. */
    public static Exponent informationExponent(Link f, ExponentOptions options) {
        return informationExponent(f, options, WorkLimit.unlimited());
    }

    /** {@code IE(f)}, with the numerical Hermite coefficients charged to {@code work}. */
    public static Exponent informationExponent(Link f, ExponentOptions options, WorkLimit work) {
        if (f.expression().monotonicity().isStrict()) {
            // u_1 = E[σ(Z) Z] = E[(σ(Z) − σ(0)) Z], and (σ(z) − σ(0)) z has one sign for all z ≠ 0
            return Exponent.of(1, Certainty.EXACT, "strictly monotone link: u_1 = E[(sigma(Z) - sigma(0)) Z] != 0");
        }
        List<Coefficient> u = LinkCoefficients.of(f, options.maxDegree(), Basis.HE, options.digits(), work);
        Certainty certainty = Certainty.EXACT;
        for (int k = 1; k < u.size(); k++) {
            Coefficient c = u.get(k);
            certainty = certainty.and(c.certainty());
            if (!c.isZero()) {
                String zeros = k == 1 ? "" : (k == 2 ? "u_1" : "u_1 .. u_" + (k - 1)) + " = 0, ";
                return Exponent.of(k, certainty, zeros + "u_" + k + " != 0");
            }
        }
        return Exponent.none(certainty, "u_k = 0 for 1 <= k <= " + options.maxDegree()
                + (f.exactForm().flatMap(x -> x.asRationalConstant()).isPresent() ? " (constant)" : ""));
    }

    /** {@code E[y^k | z]} as a link. */
    static Link conditionalMoment(LabelModel model, int k) {
        Link link = model.link();
        Expr s = link.expression();
        if (model instanceof LabelModel.Deterministic) {
            return new Link("(" + link.specification() + ")^" + k, power(s, k));
        }
        if (model instanceof LabelModel.Noisy noisy) {
            Expr sum = Expr.Constant.ZERO;
            BigFraction tau = noisy.tau();
            for (int j = 0; j <= k; j += 2) {
                BigFraction c = BigFraction.of(binomial(k, j).multiply(doubleFactorial(j - 1))).multiply(tau.pow(j));
                sum = Expr.sum(sum, Expr.product(Expr.constant(c), power(s, k - j)));
            }
            return new Link("E[y^" + k + " | z]", sum);
        }
        if (k % 2 == 0) {
            return new Link("1", Expr.Constant.ONE);
        }
        return new Link("2*(" + link.specification() + ") - 1",
                Expr.sum(Expr.product(Expr.constant(BigFraction.of(2)), s), Expr.constant(BigFraction.of(-1))));
    }

    private static Expr power(Expr s, int k) {
        return k == 0 ? Expr.Constant.ONE : k == 1 ? s : new Expr.Power(s, k);
    }

    private static Exponent generativeExponent(LabelModel model, Exponent ie, ExponentOptions options,
            ZetaSource zeta) {
        if (model instanceof LabelModel.Binary binary) {
            Optional<BigFraction> constant = binary.link().exactForm().flatMap(f -> f.asRationalConstant());
            if (constant.isPresent()) {
                return Exponent.none(Certainty.EXACT, "constant q: y is independent of z");
            }
            return new Exponent(ie.value(), ie.certainty(), "binary labels: p* = IE(q) (" + ie.reason() + ")");
        }
        Optional<Exponent> exact = ExactGenerativeExponent.of(model.link());
        Exponent deterministic = exact.orElseGet(() -> numericGenerativeExponent(model.link(), options, zeta));
        if (model instanceof LabelModel.Noisy) {
            return new Exponent(deterministic.value(), deterministic.certainty(),
                    "Gaussian noise keeps the generative exponent of the noiseless link: " + deterministic.reason());
        }
        return deterministic;
    }

    private static Exponent numericGenerativeExponent(Link link, ExponentOptions options, ZetaSource zeta) {
        Certainty certainty = Certainty.EXACT;
        for (int k = 1; k <= options.maxDegree(); k++) {
            ZetaSquared z = zeta.get(k);
            certainty = certainty.and(z.certainty());
            if (z.isPositive()) {
                return Exponent.of(k, certainty, (k == 1 ? "" : "E[zeta_k^2] = 0 (within its error) for k < " + k
                        + "; ") + "E[zeta_" + k + "^2] = " + z.value().round(new MathContext(4)) + " > 0");
            }
        }
        return Exponent.none(certainty, "E[zeta_k^2] = 0 within its error for k <= " + options.maxDegree());
    }

    /** The values {@code E[ζ_k²]}: exact where a closed form exists, numerical estimates (computed once) otherwise. */
    private static final class ZetaSource {
        private final LabelModel model;
        private final ExponentOptions options;
        private final WorkLimit work;
        private final Parity parity;
        private ZetaMoments numeric;
        private List<Coefficient> binaryCoefficients;

        ZetaSource(LabelModel model, ExponentOptions options, WorkLimit work) {
            this.model = model;
            this.options = options;
            this.work = work;
            this.parity = model.link().parity();
        }

        ZetaSquared get(int k) {
            if (model instanceof LabelModel.Binary) {
                return binary(k);
            }
            if (parity == Parity.EVEN && k % 2 == 1) {
                return new ZetaSquared(k, Estimate.exact(BigDecimal.ZERO), "0",
                        "odd k and an even link: the law of Z given y is symmetric");
            }
            if (model instanceof LabelModel.Deterministic
                    && model.link().exactForm().flatMap(f -> f.asRationalConstant()).isPresent()) {
                return new ZetaSquared(k, Estimate.exact(BigDecimal.ZERO), "0",
                        "constant link: zeta_k(y) = E[He_k(Z)] = 0");
            }
            if (model instanceof LabelModel.Deterministic) {
                Optional<ExactReal> exact = ExactGenerativeExponent.zetaSquaredMoment(model.link(), k);
                if (exact.isPresent()) {
                    return new ZetaSquared(k, Estimate.exact(exact.get().toBigDecimal(mc())),
                            exact.get().toString(), "closed form (monotone pieces and atoms)");
                }
            }
            if (numeric == null) {
                numeric = ZetaMoments.of(model, Math.max(options.maxDegree(), options.zetaMaxDegree()));
            }
            return rounded(k, numeric.moment(k).estimate(), 12, "numerical integration (double precision)");
        }

        private ZetaSquared binary(int k) {
            if (binaryCoefficients == null) {
                binaryCoefficients = LinkCoefficients.of(model.link(),
                        Math.max(options.maxDegree(), options.zetaMaxDegree()), Basis.H, options.digits(), work);
            }
            Coefficient c0 = binaryCoefficients.get(0);
            Coefficient ck = binaryCoefficients.get(k);
            MathContext work = new MathContext(options.digits() + 10, RoundingMode.HALF_EVEN);
            BigDecimal p = c0.value();
            BigDecimal denominator = p.multiply(BigDecimal.ONE.subtract(p), work);
            if (denominator.signum() <= 0) {
                throw new IllegalArgumentException("binary labels with P(y = 1) = " + p + " carry no information");
            }
            if (c0.certainty() == Certainty.EXACT && ck.certainty() == Certainty.EXACT) {
                BigDecimal num = ck.exact().square().toBigDecimal(work);
                BigDecimal den = c0.exact().multiply(ExactReal.of(BigFraction.ONE).subtract(c0.exact())).toBigDecimal(work);
                return new ZetaSquared(k, Estimate.exact(num.divide(den, mc())),
                        "(" + ck.exact().square() + ") / (" + c0.exact().multiply(ExactReal.of(BigFraction.ONE)
                                .subtract(c0.exact())) + ")",
                        "binary labels: c_k(q)^2 / (P(y=1) P(y=-1))");
            }
            BigDecimal value = ck.value().pow(2).divide(denominator, work);
            // first-order propagation of the coefficient errors
            BigDecimal error = ck.value().abs().multiply(ck.error()).multiply(BigDecimal.valueOf(2))
                    .add(value.multiply(c0.error()).multiply(BigDecimal.valueOf(4)))
                    .divide(denominator, work);
            return rounded(k, Estimate.estimate(value, error), options.digits(),
                    "binary labels: c_k(q)^2 / (P(y=1) P(y=-1)), numerical c_k");
        }

        /** A numerical {@code E[ζ_k²]} rounded for printing, its error including the rounding and rounded up. */
        private static ZetaSquared rounded(int k, Estimate e, int digits, String method) {
            Estimate r = e.toDigits(digits);
            return new ZetaSquared(k, new Estimate(r.value(), r.error().round(new MathContext(2, RoundingMode.UP)),
                    r.certainty()), null, method);
        }

        private MathContext mc() {
            return new MathContext(options.digits(), RoundingMode.HALF_EVEN);
        }
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    private static BigInteger doubleFactorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = n; i > 1; i -= 2) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }
}
