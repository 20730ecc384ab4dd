package org.sgdx.reference.dynamics.meanfield;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.ParameterPolynomial;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.dynamics.RealValue;
import org.sgdx.reference.dynamics.SecondMoments;
import org.sgdx.reference.numeric.Bisection;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.numeric.GaussLegendreRule;
import org.sgdx.reference.numeric.GoldenSection;
import org.sgdx.reference.poly.RationalPolynomial;

/**
 * The mean-field dynamics of MATH.md §4 at fixed η and {@code d}: the map
 * {@code m_{t+1} = m_t + γD(m_t) − (γ²/2) N(m_t) m_t} and the ODE {@code dm/dt = F_γ(m) = γD(m) − (γ²/2) N(m) m},
 * with {@code D} and {@code N} polynomials in {@code m} (exact when the coefficients are).
 *
 * <ul>
 *   <li>{@link #iterate}: the map in double precision with step counting; {@link #trajectory}: the map in
 *       arbitrary precision for short runs.</li>
 *   <li>{@link #hittingTime}: {@code ∫_{m_0}^{m_target} dm / F_γ(m)} to a requested number of digits, validated by a
 *       precision ladder; infinite when {@code F_γ} has a zero on {@code [m_0, m_target]} (decided exactly by
 *       Descartes' rule of signs with bisection when the coefficients are rational).</li>
 *   <li>{@link #optimalRate}: the γ that minimises the hitting time.</li>
 * </ul>
 */
public final class MeanField {

    /**
     * The largest dimension for which {@link #optimalRate} is computed: its search works in double precision on
     * {@code [m_0, m_target]} with {@code m_0 = d^{−1/2}}, and on drift and normalisation scaled to their largest
     * coefficients, which stays within range up to {@code d = 10^300}.
     */
    public static final BigFraction MAX_DIMENSION = BigFraction.of(java.math.BigInteger.TEN.pow(300));

    /** The largest number of digits accepted for hitting times. */
    public static final int MAX_DIGITS = 200;

    private final List<RealValue> drift;
    private final List<RealValue> normalisation;
    private final BigFraction eta;
    private final BigFraction d;
    private final boolean complete;

    private MeanField(List<RealValue> drift, List<RealValue> normalisation, BigFraction eta, BigFraction d,
            boolean complete) {
        this.drift = drift;
        this.normalisation = normalisation;
        this.eta = eta;
        this.d = d;
        this.complete = complete;
    }

    /**
     * The dynamics of the update of {@code coefficients} at the given η and {@code d}.
     *
     * @throws IllegalArgumentException if η is negative or {@code d < 3}
     */
    public static MeanField of(DriftCoefficients coefficients, SecondMoments moments, BigFraction eta, BigFraction d) {
        Objects.requireNonNull(coefficients, "coefficients");
        Objects.requireNonNull(moments, "moments");
        if (eta.signum() < 0) {
            throw new IllegalArgumentException("eta must be >= 0, got " + eta);
        }
        if (Rationals.compare(d, BigFraction.of(3)) < 0) {
            throw new IllegalArgumentException("d must be >= 3, got " + d);
        }
        return new MeanField(coefficients.drift().inM(eta, d), moments.normalisation().inM(eta, d), eta, d,
                coefficients.isComplete() && moments.isComplete() && coefficients.psi().order().isEmpty());
    }

    /** The coefficients of {@code D(m)} in powers of {@code m}. */
    public List<RealValue> drift() {
        return drift;
    }

    /** The coefficients of {@code N(m)} in powers of {@code m}. */
    public List<RealValue> normalisation() {
        return normalisation;
    }

    public BigFraction eta() {
        return eta;
    }

    public BigFraction d() {
        return d;
    }

    /**
     * Whether {@code D} and {@code N} are complete: not truncated at a Hermite index, and not from a ψ that is a
     * truncated series in η.
     */
    public boolean isComplete() {
        return complete;
    }

    /** The coefficients of {@code F_γ(m) = γ D(m) − (γ²/2) N(m) m} in powers of {@code m}. */
    public List<RealValue> velocity(BigFraction gamma) {
        int degree = Math.max(drift.size() - 1, normalisation.size());
        List<RealValue> out = new ArrayList<>(degree + 1);
        BigFraction halfSquare = gamma.multiply(gamma).divide(2).negate();
        for (int k = 0; k <= degree; k++) {
            RealValue c = k < drift.size() ? drift.get(k).multiply(gamma) : RealValue.ZERO;
            if (k >= 1 && k - 1 < normalisation.size()) {
                c = c.add(normalisation.get(k - 1).multiply(halfSquare));
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /**
     * Iterates the map in double precision from {@code m0} until {@code m ≥ mTarget}, the budget is spent, or
     * {@code m} stops increasing.
     */
    public MapRun iterate(double gamma, double m0, double mTarget, long maxSteps) {
        checkRate(gamma);
        checkOverlaps(m0, mTarget);
        if (maxSteps < 0) {
            throw new IllegalArgumentException("the step budget must be >= 0, got " + maxSteps);
        }
        double[] f = doubles(velocity(fraction(gamma)));
        double m = m0;
        for (long t = 0; t < maxSteps; t++) {
            if (m >= mTarget) {
                return new MapRun(MapRun.Status.HIT, t, m);
            }
            double next = m + horner(f, m);
            if (!(next > -1 && next < 1)) {
                return new MapRun(MapRun.Status.ESCAPED, t + 1, next);
            }
            if (next <= m) {
                return new MapRun(MapRun.Status.STALLED, t, m);
            }
            m = next;
        }
        return new MapRun(m >= mTarget ? MapRun.Status.HIT : MapRun.Status.BUDGET, maxSteps, m);
    }

    /** {@code m_0, m_1, ..., m_steps} of the map, each step rounded to {@code mc}. */
    public List<BigDecimal> trajectory(BigFraction gamma, BigDecimal m0, int steps, MathContext mc) {
        if (gamma.signum() <= 0) {
            throw new IllegalArgumentException("gamma must be positive, got " + gamma);
        }
        List<RealValue> v = velocity(gamma);
        BigDecimal[] f = new BigDecimal[v.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = v.get(k).toBigDecimal(mc);
        }
        List<BigDecimal> out = new ArrayList<>(steps + 1);
        BigDecimal m = m0;
        out.add(m);
        for (int t = 0; t < steps; t++) {
            BigDecimal increment = BigDecimal.ZERO;
            for (int k = f.length - 1; k >= 0; k--) {
                increment = increment.multiply(m, mc).add(f[k], mc);
            }
            m = m.add(increment, mc);
            out.add(m);
        }
        return List.copyOf(out);
    }

    /**
     * The ODE hitting time from {@code m0} to {@code mTarget} to {@code digits} significant digits: computed at
     * {@code digits} and at {@code 2·digits + 20}, the error estimate being the larger of the internal estimate (plus
     * the first-order effect of estimated coefficients) and the difference of the two.
     *
     * @throws IllegalArgumentException unless {@code γ > 0}, {@code 0 < m0 < mTarget < 1} and
     *     {@code 1 ≤ digits ≤ 200}
     */
    public HittingTime hittingTime(BigFraction gamma, BigFraction m0, BigFraction mTarget, int digits) {
        if (gamma.signum() <= 0) {
            throw new IllegalArgumentException("gamma must be positive, got " + gamma);
        }
        checkOverlaps(m0.doubleValue(), mTarget.doubleValue());
        if (m0.signum() <= 0 || Rationals.compare(m0, BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("m0 must be in (0, 1), got " + m0);
        }
        if (Rationals.compare(mTarget, m0) <= 0 || Rationals.compare(mTarget, BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("m-target must be in (m0, 1), got " + mTarget);
        }
        if (digits < 1 || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be in 1.." + MAX_DIGITS + ", got " + digits);
        }
        List<RealValue> v = velocity(gamma);
        Optional<String> zero = zeroOn(v, m0, mTarget);
        if (zero.isPresent()) {
            return new HittingTime(gamma, m0, mTarget, Optional.empty(), zero.get());
        }
        ReciprocalIntegral.Result low = integrate(v, m0, mTarget, digits);
        ReciprocalIntegral.Result high = integrate(v, m0, mTarget, 2 * digits + 20);
        BigDecimal difference = low.value().subtract(high.value()).abs();
        BigDecimal error = low.quadratureError().max(difference).add(low.coefficientError());
        Estimate time = Estimate.estimate(low.value(), error).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        String how = "Gauss-Legendre on geometric pieces, precision ladder " + digits + " / " + (2 * digits + 20)
                + " digits" + (certainty(v) == Certainty.EXACT ? "" : "; includes the effect of estimated coefficients")
                + (complete ? "" : "; D and N are truncated series (Hermite index or powers of eta)");
        return new HittingTime(gamma, m0, mTarget, Optional.of(time), how);
    }

    private ReciprocalIntegral.Result integrate(List<RealValue> v, BigFraction m0, BigFraction mTarget, int digits) {
        MathContext mc = new MathContext(digits + 20, RoundingMode.HALF_EVEN);
        BigDecimal[] f = new BigDecimal[v.size()];
        BigDecimal[] errors = certainty(v) == Certainty.EXACT ? null : new BigDecimal[v.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = v.get(k).toBigDecimal(mc);
            if (errors != null) {
                errors[k] = v.get(k).error();
            }
        }
        return ReciprocalIntegral.integrate(f, errors, Rationals.toBigDecimal(m0, mc),
                Rationals.toBigDecimal(mTarget, mc), digits);
    }

    /**
     * Why {@code F_γ} is not positive on {@code [a, b]}, or empty when it is: decided exactly by {@link PositivityTest}
     * when the coefficients are rational, applied to the coefficients rounded to 40 digits otherwise.
     */
    private static Optional<String> zeroOn(List<RealValue> v, BigFraction a, BigFraction b) {
        RationalPolynomial f = rational(v);
        if (f.isZero()) {
            return Optional.of("F(m) = 0: the overlap does not move");
        }
        if (f.evaluate(a).signum() <= 0) {
            return Optional.of("F(m0) <= 0: the overlap does not increase from m0");
        }
        if (PositivityTest.nonPositivePoint(f, a, b).isPresent()) {
            return Optional.of("F(m) = gamma*D(m) - (gamma^2/2)*N(m)*m has a zero in [m0, m_target]"
                    + firstZero(f, a, b).map(z -> " near m = " + z).orElse("")
                    + ": the mean-field overlap stops there");
        }
        return Optional.empty();
    }

    private static Optional<String> firstZero(RationalPolynomial f, BigFraction a, BigFraction b) {
        double lo = a.doubleValue();
        double hi = b.doubleValue();
        int n = 4096;
        double previous = lo;
        for (int i = 1; i <= n; i++) {
            double m = lo * Math.pow(hi / lo, (double) i / n);
            if (f.evaluate(m) <= 0) {
                double zero = Bisection.boundary(c -> f.evaluate(c) > 0, previous, m, 60);
                return Optional.of(new BigDecimal(zero).round(new MathContext(6)).toString());
            }
            previous = m;
        }
        return Optional.empty();
    }

    /**
     * The learning rate that minimises the hitting time: {@code γ_max} from a geometric grid of
     * {@code 2D(m)/(N(m) m)} refined by golden-section search, then golden-section search of {@code log γ} on
     * {@code (10^{−8} γ_max, γ_max)} with the time computed in double precision (relative tolerance
     * {@code 10^{−9}}), and the time at the minimiser to {@code digits} digits by {@link #hittingTime}.
     */
    public OptimalRate optimalRate(BigFraction m0, BigFraction mTarget, int digits) {
        checkOverlaps(m0.doubleValue(), mTarget.doubleValue());
        double a = m0.doubleValue();
        double b = mTarget.doubleValue();
        // D and N in units of their largest coefficients, so that neither the ratio 2D/(Nm) (about d^{-3/2} and
        // below) nor gamma^2 N underflows or overflows in double precision at any d: with D = D'/sD, N = N'/sN and
        // gamma = g * gamma_max, gamma_max = r' sN/sD where r' = min 2D'/(N'm), the velocity is
        // (gamma_max/sD) (g D' - (g^2/2) r' N' m), whose hitting time the search minimises over g.
        int driftExponent = largestExponent(drift);
        int normalisationExponent = largestExponent(normalisation);
        double[] dr = doubles(drift, driftExponent);
        double[] nm = doubles(normalisation, normalisationExponent);
        double ratioMin = Double.POSITIVE_INFINITY;
        int grid = 2000;
        int best = -1;
        for (int i = 0; i <= grid; i++) {
            double m = a * Math.pow(b / a, (double) i / grid);
            double ratio = stabilityRatio(dr, nm, m);
            if (!(ratio > 0)) {
                return new OptimalRate(Optional.empty(), Double.NaN, BigDecimal.ZERO, Optional.empty(),
                        "D(m) <= 0 at m = " + new BigDecimal(m).round(new MathContext(6))
                                + ": no learning rate gives a finite mean-field hitting time");
            }
            if (ratio < ratioMin) {
                ratioMin = ratio;
                best = i;
            }
        }
        double lo = Math.log(a) + Math.max(best - 1, 0) * Math.log(b / a) / grid;
        double hi = Math.log(a) + Math.min(best + 1, grid) * Math.log(b / a) / grid;
        GoldenSection.Minimum refined = GoldenSection.minimize(x -> stabilityRatio(dr, nm, Math.exp(x)), lo, hi, 1e-12);
        ratioMin = Math.min(ratioMin, refined.value());
        BigDecimal gammaMaxExact = new BigDecimal(ratioMin).movePointRight(driftExponent - normalisationExponent);
        BigDecimal gammaMax = gammaMaxExact.round(new MathContext(10));
        double scaledRatio = ratioMin;
        QuickTime quick = new QuickTime(dr, scale(nm, scaledRatio), a, b);
        GoldenSection.Minimum min = GoldenSection.minimize(x -> quick.time(Math.exp(x)), -8 * Math.log(10), 0, 1e-9);
        if (!Double.isFinite(min.value())) {
            return new OptimalRate(Optional.empty(), Double.NaN, gammaMax, Optional.empty(),
                    "the hitting time is infinite for every gamma searched");
        }
        BigFraction found = Rationals.of(gammaMaxExact.multiply(new BigDecimal(Math.exp(min.x())))
                .round(new MathContext(10)));
        BigFraction gamma = found;
        HittingTime time = hittingTime(gamma, m0, mTarget, digits);
        String how = "golden-section search of log(gamma) on (1e-8*gamma_max, gamma_max); T(gamma) is convex there";
        // The double-precision search can land within rounding of gamma_max, where F_gamma touches zero; the exact
        // positivity test then finds the time infinite. Back off towards the interior until it is finite.
        for (int k = 9; !time.isFinite() && k >= 1; k--) {
            gamma = found.multiply(BigFraction.ONE.subtract(BigFraction.of(java.math.BigInteger.ONE,
                    java.math.BigInteger.TEN.pow(k))));
            time = hittingTime(gamma, m0, mTarget, digits);
            if (time.isFinite()) {
                how += "; the search's minimiser " + found.doubleValue() + " gives an infinite time (F_gamma has a"
                        + " zero), so gamma was lowered by a factor 1 - 1e-" + k;
            }
        }
        return new OptimalRate(Optional.of(gamma), 1e-6, gammaMax, Optional.of(time), how);
    }

    private static double stabilityRatio(double[] dr, double[] nm, double m) {
        return 2 * horner(dr, m) / (horner(nm, m) * m);
    }

    /** The hitting time in double precision: 20-point Gauss–Legendre on pieces of ratio 5/4; infinite if F ≤ 0. */
    static final class QuickTime {
        private static final int POINTS = 20;
        private final double[] drift;
        private final double[] normalisation;
        private final double[] nodes;
        private final double[] weights;
        private final double a;
        private final double b;

        QuickTime(double[] drift, double[] normalisation, double a, double b) {
            this.drift = drift;
            this.normalisation = normalisation;
            this.a = a;
            this.b = b;
            GaussLegendreRule rule = GaussLegendreRule.of(POINTS, 20);
            double[] x = rule.doubleNodes();
            double[] w = rule.doubleWeights();
            // summed in the order x_0, −x_0, x_1, −x_1, ... from the largest node
            nodes = new double[POINTS];
            weights = new double[POINTS];
            for (int i = 0; i < POINTS / 2; i++) {
                nodes[2 * i] = x[POINTS - 1 - i];
                nodes[2 * i + 1] = x[i];
                weights[2 * i] = w[POINTS - 1 - i];
                weights[2 * i + 1] = w[i];
            }
        }

        double time(double gamma) {
            double total = 0;
            double left = a;
            while (left < b) {
                double right = Math.min(1.25 * left, b);
                double half = 0.5 * (right - left);
                double centre = left + half;
                if (velocity(gamma, right) <= 0) {
                    return Double.POSITIVE_INFINITY;
                }
                for (int i = 0; i < POINTS; i++) {
                    double v = velocity(gamma, centre + half * nodes[i]);
                    if (v <= 0) {
                        return Double.POSITIVE_INFINITY;
                    }
                    total += half * weights[i] / v;
                }
                left = right;
            }
            return total;
        }

        private double velocity(double gamma, double m) {
            return gamma * horner(drift, m) - 0.5 * gamma * gamma * horner(normalisation, m) * m;
        }
    }

    /** {@code Σ c_k m^k} by Horner's rule in double precision. */
    static double horner(double[] c, double m) {
        double r = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            r = r * m + c[k];
        }
        return r;
    }

    /** The coefficients rounded to double (through 16 significant digits). */
    /** The decimal exponent of the largest coefficient in magnitude (0 when all vanish). */
    private static int largestExponent(List<RealValue> v) {
        int e = Integer.MIN_VALUE;
        for (RealValue x : v) {
            BigDecimal c = x.toBigDecimal(MathContext.DECIMAL64);
            if (c.signum() != 0) {
                e = Math.max(e, c.precision() - c.scale() - 1);
            }
        }
        return e == Integer.MIN_VALUE ? 0 : e;
    }

    /** The coefficients divided by {@code 10^exponent}, in double precision. */
    private static double[] doubles(List<RealValue> v, int exponent) {
        double[] out = new double[v.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = v.get(k).toBigDecimal(MathContext.DECIMAL64).movePointLeft(exponent).doubleValue();
        }
        return out;
    }

    private static double[] scale(double[] c, double factor) {
        double[] out = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            out[k] = c[k] * factor;
        }
        return out;
    }

    static double[] doubles(List<RealValue> v) {
        double[] out = new double[v.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = v.get(k).toBigDecimal(MathContext.DECIMAL64).doubleValue();
        }
        return out;
    }

    private static RationalPolynomial rational(List<RealValue> v) {
        BigFraction[] c = new BigFraction[v.size()];
        for (int k = 0; k < c.length; k++) {
            RealValue x = v.get(k);
            if (x instanceof RealValue.Exact e && e.value().isRational()) {
                c[k] = e.value().terms().isEmpty() ? BigFraction.ZERO
                        : e.value().terms().values().iterator().next().rationalValue();
            } else {
                c[k] = Rationals.of(x.toBigDecimal(new MathContext(40, RoundingMode.HALF_EVEN)));
            }
        }
        return RationalPolynomial.of(c);
    }

    private static Certainty certainty(List<RealValue> v) {
        Certainty c = Certainty.EXACT;
        for (RealValue x : v) {
            c = c.and(x.certainty());
        }
        return c;
    }

    /** The exact value of a finite double. */
    static BigFraction fraction(double x) {
        return Rationals.of(new BigDecimal(x));
    }

    private static void checkRate(double gamma) {
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be positive and finite, got " + gamma);
        }
    }

    private static void checkOverlaps(double m0, double mTarget) {
        if (!(m0 > 0 && m0 < 1)) {
            throw new IllegalArgumentException("m0 must be in (0, 1), got " + m0);
        }
        if (!(mTarget > m0 && mTarget < 1)) {
            throw new IllegalArgumentException("m-target must be in (m0, 1), got " + mTarget);
        }
    }

    /** The polynomials as text, for reports: {@code D(m)} and {@code N(m)} at this η and {@code d}. */
    public String describe() {
        return "D(m) = " + asPolynomial(drift) + "; N(m) = " + asPolynomial(normalisation);
    }

    private static String asPolynomial(List<RealValue> c) {
        java.util.Map<ParameterPolynomial.Powers, RealValue> terms = new java.util.TreeMap<>();
        for (int k = 0; k < c.size(); k++) {
            terms.put(new ParameterPolynomial.Powers(k, 0, 0), c.get(k));
        }
        return ParameterPolynomial.of(terms).toString();
    }
}
