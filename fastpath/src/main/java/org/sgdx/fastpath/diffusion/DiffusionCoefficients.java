package org.sgdx.fastpath.diffusion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.fastpath.Initialisation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.LabelMoments;
import org.sgdx.reference.dynamics.Psi;
import org.sgdx.reference.dynamics.RealValue;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.dynamics.SecondMoments;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.ZFunction;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.LabelModel;

/**
 * The coefficients of the diffusion limit of the reduced chain (MATH.md §4, §7, §10; derivation in
 * proofs-notes/diffusion-limit.md §2): per SGD step, the increment of {@code m} has conditional mean and variance
 *
 * <pre>
 *   b(m) = γD − (γ²/2) N m − (γ³/2)(d−2) D₃ + (3/8) γ⁴ (d−2) d E[ψ⁴] m
 *   a(m) = γ² [(1 − m²) E[ψ²v²] − D²] − γ³ (d−2) m [D₃ − D E[ψ²]] + (γ⁴/4)(d−2) m² [d E[ψ⁴] − (d−2) E[ψ²]²]
 * </pre>
 *
 * with {@code N = (d − 2) E[ψ²] + E[ψ²v²]} and {@code D₃ = E[ψ³(u − mz)]}: every term of order γ and γ² when
 * {@code γ²d} is of order γ (the regime where the normalisation competes with the drift, so that the first terms of
 * MATH.md §10 are the leading ones); the terms dropped are smaller by the factor {@link #lambda() λ}. {@code D},
 * {@code D₃}, {@code E[ψ²]}, {@code E[ψ²v²]}, {@code E[ψ⁴]} are the reference's exact polynomials in {@code m}
 * ({@link DriftCoefficients}, {@link SecondMoments}) at the configuration's η and {@code d} (the binary values of the
 * doubles, exactly); {@code b} and {@code a} are formed exactly and rounded once to double. Batch reuse is modelled
 * with {@code |x|²} replaced by {@code d} in the inner step (the reference's convention, MATH.md §9), which is the
 * reduced chain's {@code --inner-norm d}.
 *
 * <p>When these moments are not finite polynomials in {@code m} (a non-polynomial link on both sides, or a
 * {@code ψ} that the reference expands as a series in η: batch reuse with a non-polynomial activation), {@code b} and
 * {@code a} are the same formulas evaluated on numerical tables of the moments, with an estimate of their error
 * ({@link #tableError()}; {@link CoefficientTable}, proofs-notes/diffusion-limit.md §3).
 *
 * <p>Also the validity parameter {@link #lambda() λ}: the terms the diffusion limit drops are {@code O(λ)} relative
 * to those it keeps. Immutable.
 */
public final class DiffusionCoefficients {

    private static final MathContext ROUND = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final int GRID = 2000;

    private final List<RealValue> drift;
    private final List<RealValue> variance;
    private final double[] driftDouble;
    private final double[] varianceDouble;
    private final CoefficientTable table;
    private final CoefficientTable outer;
    private final double lambda;

    private DiffusionCoefficients(List<RealValue> drift, List<RealValue> variance, double lambda) {
        this.drift = drift;
        this.variance = variance;
        this.driftDouble = doubles(drift);
        this.varianceDouble = doubles(variance);
        this.table = null;
        this.outer = null;
        this.lambda = lambda;
    }

    private DiffusionCoefficients(CoefficientTable table, CoefficientTable outer) {
        this.drift = null;
        this.variance = null;
        this.driftDouble = null;
        this.varianceDouble = null;
        this.table = table;
        this.outer = outer;
        this.lambda = table.lambda();
    }

    /**
     * The tabulated coefficients of a configuration: a table on {@code [−R, R]}, {@code R = (1 + r)/2}, whose error is
     * estimated for {@code |m| ≤ r = max(m_target, |m_0|)}, and beyond it a table on {@code [−1, 1]}.
     */
    static DiffusionCoefficients tabulated(SimulationConfig config) {
        double r = Math.min(1, range(config));
        double halfWidth = Math.min(1, (1 + r) / 2);
        return new DiffusionCoefficients(CoefficientTable.of(config, halfWidth, r), CoefficientTable.of(config, 1, 1));
    }

    /** {@code r = max(m_target, |m_0|)} ({@code m_0} of a fixed initialisation). */
    private static double range(SimulationConfig config) {
        return Math.max(config.criterion().mTarget(),
                config.initialisation() == Initialisation.FIXED ? Math.abs(config.m0()) : 0);
    }

    /**
     * The coefficients of a configuration.
     *
     * @throws IllegalArgumentException naming the option when the diffusion limit of this configuration is not
     *     modelled: a persistent second layer (a two-dimensional state), batch reuse with exact {@code |x|²} or a
     *     projected inner step, or tabulated coefficients of batch reuse with noisy labels
     */
    public static DiffusionCoefficients of(SimulationConfig config) {
        if (config.spec().secondLayer() == SecondLayer.PERSISTENT) {
            throw new IllegalArgumentException("second-layer persistent: engine diffusion models the overlap m alone;"
                    + " a persistent second-layer weight makes the state two-dimensional. Use parameter second-layer fixed or"
                    + " engine reduced");
        }
        if (config.spec().algorithm() == Algorithm.REUSE) {
            if (config.spec().innerNorm() != InnerNorm.DIMENSION) {
                throw new IllegalArgumentException("inner-norm exact: engine diffusion uses the reference's"
                        + " coefficients, which replace |x|^2 by d in the batch-reuse inner step (MATH.md §9); pass"
                        + " parameter inner-norm d");
            }
            if (config.spec().innerStep() != InnerStep.PLAIN) {
                throw new IllegalArgumentException("inner-step projected: the reference's coefficients of the"
                        + " projected step are a truncated series in eta; engine diffusion needs parameter inner-step plain");
            }
        }
        UpdateRule rule = config.spec().rule();
        LabelModel labels = config.spec().labels();
        if (!terminates(rule, labels)) {
            return tabulated(config);
        }
        DriftCoefficients c = DriftCoefficients.of(rule, labels);
        SecondMoments s = SecondMoments.of(c);
        if (!c.isComplete() || !s.isComplete()) {
            return tabulated(config);
        }
        BigFraction eta = exact(config.eta());
        BigFraction d = BigFraction.of(config.d());
        BigFraction gamma = exact(config.gamma());
        List<RealValue> dm = c.drift().inM(eta, d);
        List<RealValue> psi2 = s.psiSquared().inM(eta, d);
        List<RealValue> normalisation = s.normalisation().inM(eta, d);
        List<RealValue> psi2v2 = s.psiSquaredTimesVSquared().inM(eta, d);
        SecondMoments fourth = SecondMoments.fourth(c, SecondMoments.DEFAULT_MAX_INDEX);
        List<RealValue> psi4 = fourth.psiSquared().inM(eta, d);
        List<RealValue> cube = c.power(3).drift().inM(eta, d);
        BigFraction g2 = gamma.multiply(gamma);
        BigFraction g3 = g2.multiply(gamma);
        BigFraction g4 = g2.multiply(g2);
        BigFraction dm2 = d.subtract(2);
        // b = γD − (γ²/2) N m − (γ³/2)(d−2) D₃ + (3/8) γ⁴ (d−2) d E[ψ⁴] m
        List<RealValue> b = add(add(scale(dm, gamma), shift(scale(normalisation, g2.divide(2).negate()))),
                add(scale(cube, g3.multiply(dm2).divide(2).negate()),
                        shift(scale(psi4, g4.multiply(dm2).multiply(d).multiply(3).divide(8)))));
        // a = γ² [(1 − m²) E[ψ²v²] − D²] − γ³ (d−2) m [D₃ − D E[ψ²]] + (γ⁴/4)(d−2) m² [d E[ψ⁴] − (d−2) E[ψ²]²]
        List<RealValue> oneMinusM2 = List.of(RealValue.ONE, RealValue.ZERO, RealValue.of(BigFraction.of(-1)));
        List<RealValue> noise = scale(add(multiply(oneMinusM2, psi2v2), scale(multiply(dm, dm), BigFraction.of(-1))),
                g2);
        List<RealValue> cross = shift(scale(add(cube, scale(multiply(dm, psi2), BigFraction.of(-1))),
                g3.multiply(dm2).negate()));
        List<RealValue> fluctuation = shift(shift(scale(add(scale(psi4, d),
                scale(multiply(psi2, psi2), dm2.negate())), g4.multiply(dm2).divide(4))));
        List<RealValue> a = add(noise, add(cross, fluctuation));
        double[] p2 = doubles(psi2);
        double[] p2v2 = doubles(psi2v2);
        double[] p4 = doubles(psi4);
        double[] p4v2 = doubles(fourth.psiSquaredTimesVSquared().inM(eta, d));
        double ratio = 0;
        double range = range(config);
        for (int i = 0; i <= GRID; i++) {
            double m = range * (-1 + 2.0 * i / GRID);
            ratio = Math.max(ratio, Math.max(quotient(p4, p2, m), quotient(p4v2, p2v2, m)));
        }
        double g = config.gamma();
        return new DiffusionCoefficients(trim(b), trim(a), g * g * config.d() * ratio);
    }

    /**
     * Whether the coefficients rely on the reference's polynomials ({@code true}, see {@link #drift()}) and not on
     * numerical tables.
     */
    public boolean isPolynomial() {
        return table == null;
    }

    /**
     * The coefficients of {@code b(m)} in powers of {@code m}, exact when the reference's are; empty when the
     * coefficients are tabulated.
     */
    public Optional<List<RealValue>> drift() {
        return Optional.ofNullable(drift);
    }

    /**
     * The coefficients of {@code a(m)} in powers of {@code m}, exact when the reference's are; empty when the
     * coefficients are tabulated.
     */
    public Optional<List<RealValue>> variance() {
        return Optional.ofNullable(variance);
    }

    /** {@code b(m)} in double precision (Horner, or the table's Chebyshev series). */
    public double drift(double m) {
        return table == null ? horner(driftDouble, m) : tableAt(m).drift(m);
    }

    private CoefficientTable tableAt(double m) {
        return Math.abs(m) <= table.halfWidth() ? table : outer;
    }

    /**
     * {@code a(m)} in double precision (Horner, or the table's Chebyshev series), clamped at 0 against rounding (it
     * is ≥ 0 by Cauchy–Schwarz).
     */
    public double variance(double m) {
        return Math.max(0, table == null ? horner(varianceDouble, m) : tableAt(m).variance(m));
    }

    /**
     * The estimated relative error of tabulated coefficients for {@code |m| ≤ r = max(m_target, |m_0|)} (the region
     * that decides hitting times, as for λ): the larger of the bounds on {@code |Δb|} and {@code |Δa|} there, each
     * divided by the largest size of its coefficient's terms there ({@link CoefficientTable}); 0 for the polynomial
     * coefficients, whose only error is the final rounding to double.
     */
    public double tableError() {
        return table == null ? 0 : table.error();
    }

    /** How the coefficients were obtained, in words, with the table's degree and error when tabulated. */
    public String describe() {
        return table == null ? "drift and variance from the reference's exact polynomials"
                : String.format(Locale.ROOT, "drift and variance tabulated (Gauss-Hermite quadrature of the moments of"
                        + " psi, Chebyshev interpolation of degree %d in arcsin m), estimated relative error %.2g for"
                        + " |m| <= %s (%.2g over [-1, 1])", table.degree(), table.error(),
                        Double.toString(table.radius()), outer.error());
    }

    /**
     * {@code λ = γ² d max_{|m| ≤ r} max(E[ψ⁴]/E[ψ²], E[ψ⁴v²]/E[ψ²v²])(m)} with {@code r = max(m_target, |m_0|)} (the
     * region that decides hitting times), the maximum taken on a grid of 2001 points: the relative size of the normalisation's effect {@code γ²ψ²|P⊥x|²} where the second moments have their
     * mass, which bounds the relative error of {@code b} and {@code a} (proofs-notes/diffusion-limit.md §3).
     */
    public double lambda() {
        return lambda;
    }

    /**
     * Whether every moment the coefficients need is a finite polynomial in {@code m}: {@code ψ} is not a truncated
     * series in η and each of its terms has a polynomial factor, either in {@code z} or in the labels' conditional
     * moments (up to the fourth power of ψ), so that every Mehler sum terminates. Decided from the forms alone,
     * before any sum is computed.
     */
    private static boolean terminates(UpdateRule rule, LabelModel labels) {
        Psi psi = rule.psi();
        if (psi.order().isPresent()) {
            return false;
        }
        boolean inZ = psi.terms().values().stream().allMatch(ZFunction::isPolynomial);
        return inZ || LabelMoments.upTo(labels, 4 * psi.maxYPower()).stream().allMatch(ZFunction::isPolynomial);
    }

    /** {@code p(m)/q(m)}, or 0 where {@code q(m) = 0} (then {@code p(m) = 0} too, both being moments of ψ). */
    private static double quotient(double[] p, double[] q, double m) {
        double den = horner(q, m);
        return den > 0 ? horner(p, m) / den : 0;
    }

    static double horner(double[] c, double m) {
        double r = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            r = r * m + c[k];
        }
        return r;
    }

    private static BigFraction exact(double x) {
        return Rationals.of(new BigDecimal(x));
    }

    private static double[] doubles(List<RealValue> v) {
        double[] out = new double[v.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = v.get(k).toBigDecimal(ROUND).doubleValue();
        }
        return out;
    }

    private static List<RealValue> scale(List<RealValue> p, BigFraction f) {
        List<RealValue> out = new ArrayList<>(p.size());
        for (RealValue c : p) {
            out.add(c.multiply(f));
        }
        return out;
    }

    /** {@code m · p}. */
    private static List<RealValue> shift(List<RealValue> p) {
        List<RealValue> out = new ArrayList<>(p.size() + 1);
        out.add(RealValue.ZERO);
        out.addAll(p);
        return out;
    }

    private static List<RealValue> add(List<RealValue> p, List<RealValue> q) {
        List<RealValue> out = new ArrayList<>();
        for (int k = 0; k < Math.max(p.size(), q.size()); k++) {
            RealValue x = k < p.size() ? p.get(k) : RealValue.ZERO;
            out.add(k < q.size() ? x.add(q.get(k)) : x);
        }
        return out;
    }

    private static List<RealValue> multiply(List<RealValue> p, List<RealValue> q) {
        List<RealValue> out = new ArrayList<>();
        for (int k = 0; k < p.size() + q.size() - 1; k++) {
            out.add(RealValue.ZERO);
        }
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < q.size(); j++) {
                out.set(i + j, out.get(i + j).add(p.get(i).multiply(q.get(j))));
            }
        }
        return out;
    }

    private static List<RealValue> trim(List<RealValue> p) {
        int n = p.size();
        while (n > 1 && p.get(n - 1) instanceof RealValue.Exact && p.get(n - 1).isZero()) {
            n--;
        }
        return List.copyOf(p.subList(0, n));
    }
}
