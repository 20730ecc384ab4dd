package org.sgdx.reference.dynamics.phase;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.SecondMoments;
import org.sgdx.reference.dynamics.meanfield.HittingTime;
import org.sgdx.reference.dynamics.meanfield.MeanField;
import org.sgdx.reference.dynamics.meanfield.OptimalRate;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.numeric.Estimate;

/**
 * The limit dynamics of one update rule on rays {@code η = d^q}: the mean-field hitting time (MATH.md §4) from
 * {@code m_0 = d^{−1/2}} to {@code m_target} at the learning rate γ that minimises it ({@link MeanField#optimalRate}).
 * The coefficients are computed once; η and {@code m_0} are exact whenever {@code d^q} and {@code d^{−1/2}} are rational
 * (e.g. {@code d = 10^{4k}}, {@code q} a multiple of {@code 1/4}), and rounded to 40 digits otherwise. Immutable and
 * safe to share between threads.
 */
public final class MeanFieldTimes {

    private static final MathContext ROUNDED = new MathContext(40, RoundingMode.HALF_EVEN);

    private final DriftCoefficients coefficients;
    private final SecondMoments moments;
    private final BigFraction mTarget;
    private final int digits;

    private MeanFieldTimes(DriftCoefficients coefficients, SecondMoments moments, BigFraction mTarget, int digits) {
        this.coefficients = coefficients;
        this.moments = moments;
        this.mTarget = mTarget;
        this.digits = digits;
    }

    /**
     * The limit dynamics of the coefficients' update rule.
     *
     * @param mTarget the target overlap in {@code (0, 1)}
     * @param digits the significant digits of each hitting time, {@code 1..}{@link MeanField#MAX_DIGITS}
     */
    public static MeanFieldTimes of(DriftCoefficients coefficients, BigFraction mTarget, int digits) {
        Objects.requireNonNull(coefficients, "coefficients");
        return of(coefficients, SecondMoments.of(coefficients), mTarget, digits);
    }

    /**
     * As {@link #of(DriftCoefficients, BigFraction, int)}, with the second moments already computed (e.g. within a
     * work limit).
     *
     * @param moments {@code SecondMoments.of(coefficients)}, the second moments of the same update rule
     */
    public static MeanFieldTimes of(DriftCoefficients coefficients, SecondMoments moments, BigFraction mTarget,
            int digits) {
        Objects.requireNonNull(coefficients, "coefficients");
        Objects.requireNonNull(moments, "moments");
        if (mTarget.signum() <= 0 || Rationals.compare(mTarget, BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("the target overlap must be in (0, 1), got " + mTarget);
        }
        if (digits < 1 || digits > MeanField.MAX_DIGITS) {
            throw new IllegalArgumentException("the digits must be in 1.." + MeanField.MAX_DIGITS + ", got " + digits);
        }
        return new MeanFieldTimes(coefficients, moments, mTarget, digits);
    }

    public DriftCoefficients coefficients() {
        return coefficients;
    }

    public BigFraction mTarget() {
        return mTarget;
    }

    public int digits() {
        return digits;
    }

    /** The point on the ray {@code η = d^q} (online SGD: η = 0, the ray is irrelevant). */
    public RayPoint onRay(BigFraction q, BigFraction d) {
        if (coefficients.rule().algorithm() == Algorithm.ONLINE) {
            return at(BigFraction.ZERO, true, d);
        }
        Optional<BigFraction> exact = power(d, q);
        return at(exact.orElseGet(() -> rounded(d, q)), exact.isPresent(), d);
    }

    /** The point at a given η. */
    public RayPoint at(BigFraction eta, BigFraction d) {
        return at(eta, true, d);
    }

    /**
     * The point at a given η and a given learning rate γ instead of the optimal one (for comparisons with SGD at a γ
     * that another constraint imposes, such as the diffusion limit's validity).
     *
     * @throws IllegalArgumentException unless {@code γ > 0}
     */
    public RayPoint at(BigFraction eta, BigFraction d, BigFraction gamma) {
        if (gamma.signum() <= 0) {
            throw new IllegalArgumentException("gamma must be positive, got " + gamma.doubleValue());
        }
        BigFraction m0 = initialOverlap(d);
        HittingTime h = MeanField.of(coefficients, moments, eta, d).hittingTime(gamma, m0, mTarget, digits);
        Optional<Estimate> t = h.time();
        return new RayPoint(d, eta, true, t.map(Estimate::value), t.map(Estimate::error).orElse(BigDecimal.ZERO),
                Optional.of(gamma), h.reason());
    }

    /** {@code m_0 = d^{−1/2}}, exact when it is rational. */
    private BigFraction initialOverlap(BigFraction d) {
        BigFraction half = BigFraction.of(-1, 2);
        BigFraction m0 = power(d, half).orElseGet(() -> rounded(d, half));
        if (Rationals.compare(m0, mTarget) >= 0) {
            throw new IllegalArgumentException("m0 = d^-1/2 = " + m0.doubleValue() + " is not below the target overlap "
                    + mTarget.doubleValue() + " at d = " + d.doubleValue());
        }
        return m0;
    }

    private RayPoint at(BigFraction eta, boolean etaExact, BigFraction d) {
        BigFraction m0 = initialOverlap(d);
        MeanField mf = MeanField.of(coefficients, moments, eta, d);
        OptimalRate o = mf.optimalRate(m0, mTarget, digits);
        Optional<Estimate> t = o.time().flatMap(HittingTime::time);
        String reason = t.isPresent() ? o.time().get().reason() : o.time().map(HittingTime::reason).orElse(o.reason());
        return new RayPoint(d, eta, etaExact, t.map(Estimate::value), t.map(Estimate::error).orElse(BigDecimal.ZERO),
                o.gamma(), reason);
    }

    /** {@code d^q} when it is rational. */
    static Optional<BigFraction> power(BigFraction d, BigFraction q) {
        BigFraction e = Rationals.normalised(q);
        int root = e.getDenominator().intValueExact();
        int n = e.getNumerator().intValueExact();
        Optional<BigInteger> a = root(d.getNumerator().abs(), root);
        Optional<BigInteger> b = root(d.getDenominator().abs(), root);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        BigFraction base = BigFraction.of(a.get(), b.get());
        return Optional.of(n >= 0 ? base.pow(n) : base.reciprocal().pow(-n));
    }

    private static Optional<BigInteger> root(BigInteger x, int k) {
        if (k == 1) {
            return Optional.of(x);
        }
        MathContext mc = new MathContext(x.bitLength() / 3 + 20, RoundingMode.HALF_EVEN);
        BigInteger r = BigDecimalMath.root(new BigDecimal(x), new BigDecimal(k), mc).setScale(0, RoundingMode.HALF_EVEN)
                .toBigIntegerExact();
        for (BigInteger c : new BigInteger[] {r, r.subtract(BigInteger.ONE), r.add(BigInteger.ONE)}) {
            if (c.signum() >= 0 && c.pow(k).equals(x)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@code d^q} rounded to 40 significant digits. */
    private static BigFraction rounded(BigFraction d, BigFraction q) {
        MathContext work = new MathContext(ROUNDED.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal lnD = BigDecimalMath.log(Rationals.toBigDecimal(d, work), work);
        BigDecimal exponent = lnD.multiply(Rationals.toBigDecimal(q, work), work);
        return Rationals.of(BigDecimalMath.exp(exponent, work).round(ROUNDED));
    }
}
