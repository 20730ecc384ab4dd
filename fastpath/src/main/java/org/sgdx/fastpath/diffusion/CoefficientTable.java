package org.sgdx.fastpath.diffusion;

import org.sgdx.reference.link.LabelModel;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.update.UpdateRule;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.link.compiled.CompiledLink;
import org.sgdx.reference.numeric.GaussHermiteRule;

/**
 * The diffusion coefficients {@code b(m)}, {@code a(m)} of {@link DiffusionCoefficients} for links whose moments are
 * not finite polynomials in {@code m}, tabulated on an interval {@code [−R, R]} with an estimate of their error for
 * {@code |m| ≤ ρ} (a radius {@code ρ ≤ R}; proofs-notes/diffusion-limit.md §3).
 *
 * <p>The moments {@code D = E[ψ(u − mz)] = c E[ψv]}, {@code D₃ = c E[ψ³v]}, {@code E[ψ²]}, {@code E[ψ²v²]},
 * {@code E[ψ⁴]}, {@code E[ψ⁴v²]} ({@code u = mz + cv}, {@code c = √(1 − m²)}, {@code z, v ~ N(0, 1)}) are computed
 * from their definitions with the reduced chain's own {@code ψ} ({@link UpdateRule}, at {@code |x|² = d}) by a
 * tensor Gauss–Hermite rule in {@code (z, v)} ({@link GaussHermiteRule}; for binary labels the two values of
 * {@code y} weighted by {@code q(u)}, for noisy labels a {@value #NOISE_POINTS}-point rule in the noise, exact since
 * {@code ψ} is then a polynomial of degree at most 2 in {@code y}). {@code b} and {@code a} are formed from them at the
 * Chebyshev–Lobatto points of the angle variable {@code x = arcsin m / arcsin R ∈ [−1, 1]} (Gaussian expectations are
 * smooth in the angle between the two directions, also at {@code |m| = 1} where they are not smooth in {@code m}),
 * and represented by their Chebyshev series in {@code x}.
 *
 * <p>Error estimate, for each of {@code b} and {@code a}, a bound for {@code |m| ≤ ρ}, taken on a grid of 2001
 * points: the quadrature's, the error of each moment at each node estimated from the rules with {@value #POINTS},
 * {@value #POINTS}/2 and {@value #POINTS}/4 points per dimension ({@link #quadratureError}) plus the rounding bound
 * {@code n²·2⁻⁵³ Σ W|f|}, propagated linearly into {@code b} and {@code a} and through the interpolation
 * ({@code Σ_j e_j |ℓ_j(x)|}, with {@code ℓ_j} the Lagrange basis); plus the interpolation's, the difference between
 * the interpolants of degree {@code N} and {@code N/2}, the degree doubled from {@value #FIRST_DEGREE} until
 * {@code Σ_k |c_k^{(N)} − c_k^{(N/2)}|} is below {@code 10⁻¹⁰ Σ_k |c_k^{(N)}|} or {@code N = }{@value #MAX_DEGREE}.
 * {@link #error()} states it relative to the scale of each coefficient: the largest, over {@code |m| ≤ ρ}, of the sum
 * of the absolute values of its terms. Near {@code |m| = 1} the quadrature converges more slowly (for tanh/tanh the
 * moments of ψ⁴ are good to about 10⁻⁷ relative at {@code |m| = 0.99}), and through the interpolation such errors
 * reach every {@code m}: hence a table on an interval that stops short of {@code ±1} for the region that decides
 * hitting times. Immutable.
 */
final class CoefficientTable {

    /** Gauss–Hermite points per dimension of the rule used; the error estimate compares with half as many. */
    static final int POINTS = 192;
    /** The first interpolation degree. */
    static final int FIRST_DEGREE = 16;
    /** The largest interpolation degree. */
    static final int MAX_DEGREE = 128;
    /** Points of the rule in the label noise. */
    static final int NOISE_POINTS = 7;

    private static final double INTERPOLATION_TARGET = 1e-10;
    private static final double UNIT_ROUNDOFF = 0x1p-53;
    private static final int GRID = 2000;
    private static final int QUANTITIES = 6;
    private static final int D = 0;
    private static final int D3 = 1;
    private static final int P2 = 2;
    private static final int P2V2 = 3;
    private static final int P4 = 4;
    private static final int P4V2 = 5;

    private final double span;
    private final double radius;
    private final double[] drift;
    private final double[] variance;
    private final double[][] moments;
    private final double driftBound;
    private final double varianceBound;
    private final double driftScale;
    private final double varianceScale;
    private final double lambda;

    private CoefficientTable(double span, double radius, double[] drift, double[] variance, double[][] moments,
            double driftBound, double varianceBound, double driftScale, double varianceScale, double lambda) {
        this.span = span;
        this.radius = radius;
        this.drift = drift;
        this.variance = variance;
        this.moments = moments;
        this.driftBound = driftBound;
        this.varianceBound = varianceBound;
        this.driftScale = driftScale;
        this.varianceScale = varianceScale;
        this.lambda = lambda;
    }

    /**
     * The table of a configuration on {@code [−halfWidth, halfWidth]}, its error and λ for {@code |m| ≤ radius}.
     *
     * @throws IllegalArgumentException naming the option for a configuration whose {@code ψ} depends on
     *     {@code |x|²} ({@code --inner-norm exact}) or is not a polynomial in noisy labels (batch reuse)
     */
    static CoefficientTable of(SimulationConfig config, double halfWidth, double radius) {
        if (!(halfWidth > 0 && halfWidth <= 1 && radius > 0 && radius <= halfWidth)) {
            throw new IllegalArgumentException("need 0 < radius <= half-width <= 1, got " + radius + ", " + halfWidth);
        }
        if (config.spec().labels().type() == LabelModel.Type.NOISY && config.spec().algorithm() == Algorithm.REUSE) {
            throw new IllegalArgumentException("labels noisy: engine diffusion tabulates the coefficients of"
                    + " non-polynomial links for noisy labels only where psi is a polynomial in the label (online and"
                    + " alternating SGD); use deterministic or binary labels, or engine reduced");
        }
        Integrand integrand = new Integrand(config);
        double span = Math.asin(halfWidth);
        GaussHermiteRule fine = GaussHermiteRule.of(POINTS);
        GaussHermiteRule half = GaussHermiteRule.of(POINTS / 2);
        GaussHermiteRule quarter = GaussHermiteRule.of(POINTS / 4);
        double gamma = config.gamma();
        double d = config.d();
        // values at the Chebyshev-Lobatto points x_j = cos(πj/N) of the largest degree reached, filled as N doubles
        int n = FIRST_DEGREE;
        double[][] values = new double[QUANTITIES][];
        double[][] errors = new double[QUANTITIES][];
        double[] bValues = null;
        double[] aValues = null;
        double[] bErrors = null;
        double[] aErrors = null;
        double[] cb;
        double[] ca;
        while (true) {
            double[][] v = new double[QUANTITIES][n + 1];
            double[][] e = new double[QUANTITIES][n + 1];
            double[] bv = new double[n + 1];
            double[] av = new double[n + 1];
            double[] be = new double[n + 1];
            double[] ae = new double[n + 1];
            for (int j = 0; j <= n; j++) {
                if (values[0] != null && j % 2 == 0) {
                    for (int q = 0; q < QUANTITIES; q++) {
                        v[q][j] = values[q][j / 2];
                        e[q][j] = errors[q][j / 2];
                    }
                    bv[j] = bValues[j / 2];
                    av[j] = aValues[j / 2];
                    be[j] = bErrors[j / 2];
                    ae[j] = aErrors[j / 2];
                    continue;
                }
                double m = Math.sin(span * Math.cos(Math.PI * j / n));
                double[] q1 = integrand.moments(m, fine);
                double[] q2 = integrand.moments(m, half);
                double[] q4 = integrand.moments(m, quarter);
                double[] x = new double[QUANTITIES];
                double[] dx = new double[QUANTITIES];
                for (int q = 0; q < QUANTITIES; q++) {
                    x[q] = q1[q];
                    dx[q] = quadratureError(q1[q], q2[q], q4[q]) + (double) fine.size() * fine.size() * UNIT_ROUNDOFF
                            * q1[QUANTITIES + q];
                    v[q][j] = x[q];
                    e[q][j] = dx[q];
                }
                bv[j] = drift(gamma, d, m, x);
                av[j] = variance(gamma, d, m, x);
                be[j] = driftError(gamma, d, m, dx);
                ae[j] = varianceError(gamma, d, m, x, dx);
            }
            values = v;
            errors = e;
            bValues = bv;
            aValues = av;
            bErrors = be;
            aErrors = ae;
            if (n == FIRST_DEGREE) {
                n *= 2;
                continue;
            }
            cb = chebyshev(bValues, 1);
            ca = chebyshev(aValues, 1);
            if (n >= MAX_DEGREE || (difference(cb, chebyshev(bValues, 2)) <= INTERPOLATION_TARGET * sum(cb)
                    && difference(ca, chebyshev(aValues, 2)) <= INTERPOLATION_TARGET * sum(ca))) {
                break;
            }
            n *= 2;
        }
        double[][] mc = new double[QUANTITIES][];
        for (int q = 0; q < QUANTITIES; q++) {
            mc[q] = chebyshev(values[q], 1);
        }
        double[] cbHalf = chebyshev(bValues, 2);
        double[] caHalf = chebyshev(aValues, 2);
        double driftBound = 0;
        double varianceBound = 0;
        double driftScale = 0;
        double varianceScale = 0;
        double ratio = 0;
        double[] x = new double[QUANTITIES];
        double[] lagrange = new double[n + 1];
        for (int i = 0; i <= GRID; i++) {
            double m = radius * (-1 + 2.0 * i / GRID);
            double t = Math.asin(m) / span;
            for (int q = 0; q < QUANTITIES; q++) {
                x[q] = clenshaw(mc[q], t);
            }
            driftScale = Math.max(driftScale, driftScale(gamma, d, m, x));
            varianceScale = Math.max(varianceScale, varianceScale(gamma, d, m, x));
            ratio = Math.max(ratio, Math.max(x[P2] > 0 ? x[P4] / x[P2] : 0, x[P2V2] > 0 ? x[P4V2] / x[P2V2] : 0));
            lagrange(t, lagrange);
            double quadratureB = 0;
            double quadratureA = 0;
            for (int j = 0; j <= n; j++) {
                quadratureB += bErrors[j] * Math.abs(lagrange[j]);
                quadratureA += aErrors[j] * Math.abs(lagrange[j]);
            }
            driftBound = Math.max(driftBound, quadratureB + Math.abs(clenshaw(cb, t) - clenshaw(cbHalf, t)));
            varianceBound = Math.max(varianceBound, quadratureA + Math.abs(clenshaw(ca, t) - clenshaw(caHalf, t)));
        }
        return new CoefficientTable(span, radius, cb, ca, mc, driftBound, varianceBound, driftScale, varianceScale,
                gamma * gamma * d * ratio);
    }

    /**
     * The Lagrange basis of the Chebyshev–Lobatto points {@code cos(πj/N)}, {@code j = 0..N}, at {@code x}
     * (barycentric form, weights {@code (−1)^j}, halved at both ends).
     */
    static void lagrange(double x, double[] out) {
        int n = out.length - 1;
        double sum = 0;
        for (int j = 0; j <= n; j++) {
            double diff = x - Math.cos(Math.PI * j / n);
            if (diff == 0) {
                java.util.Arrays.fill(out, 0);
                out[j] = 1;
                return;
            }
            double w = (j % 2 == 0 ? 1 : -1) * (j == 0 || j == n ? 0.5 : 1) / diff;
            out[j] = w;
            sum += w;
        }
        for (int j = 0; j <= n; j++) {
            out[j] /= sum;
        }
    }

    /** The radius ρ of the region of {@link #error()} and {@link #lambda()}. */
    double radius() {
        return radius;
    }

    /** The half-width {@code R} of the table's interval {@code [−R, R]}. */
    double halfWidth() {
        return Math.sin(span);
    }

    /** {@code b(m)} from the table ({@code m} clamped to the table's interval). */
    double drift(double m) {
        return clenshaw(drift, angle(m));
    }

    /** {@code a(m)} from the table (not clamped). */
    double variance(double m) {
        return clenshaw(variance, angle(m));
    }

    /** The moment {@code q} (0 to 5: {@code D, D₃, E[ψ²], E[ψ²v²], E[ψ⁴], E[ψ⁴v²]}) at {@code m}, interpolated. */
    double moment(int q, double m) {
        return clenshaw(moments[q], angle(m));
    }

    /** The bound on {@code |b_table(m) − b(m)|} for {@code |m|} up to the radius. */
    double driftBound() {
        return driftBound;
    }

    /** The bound on {@code |a_table(m) − a(m)|} for {@code |m|} up to the radius. */
    double varianceBound() {
        return varianceBound;
    }

    /** The estimated relative error: the larger of the two bounds over the scale of their coefficient. */
    double error() {
        double e = Math.max(driftBound / driftScale, varianceBound / varianceScale);
        return e == e ? e : Double.POSITIVE_INFINITY;
    }

    /** The degree {@code N} of the interpolants. */
    int degree() {
        return drift.length - 1;
    }

    /**
     * The validity parameter λ of {@link DiffusionCoefficients#lambda()} from the tabulated moments, the maximum taken
     * for {@code |m|} up to the radius.
     */
    double lambda() {
        return lambda;
    }

    /** {@code b} from the moments (DiffusionCoefficients; proofs-notes/diffusion-limit.md §2). */
    static double drift(double gamma, double d, double m, double[] x) {
        double n = (d - 2) * x[P2] + x[P2V2];
        return gamma * x[D] - 0.5 * gamma * gamma * n * m - 0.5 * gamma * gamma * gamma * (d - 2) * x[D3]
                + 0.375 * Math.pow(gamma, 4) * (d - 2) * d * x[P4] * m;
    }

    /** {@code a} from the moments (DiffusionCoefficients; proofs-notes/diffusion-limit.md §2). */
    static double variance(double gamma, double d, double m, double[] x) {
        double g2 = gamma * gamma;
        return g2 * ((1 - m * m) * x[P2V2] - x[D] * x[D]) - g2 * gamma * (d - 2) * m * (x[D3] - x[D] * x[P2])
                + 0.25 * g2 * g2 * (d - 2) * m * m * (d * x[P4] - (d - 2) * x[P2] * x[P2]);
    }

    private static double driftScale(double gamma, double d, double m, double[] x) {
        double am = Math.abs(m);
        return gamma * Math.abs(x[D]) + 0.5 * gamma * gamma * ((d - 2) * x[P2] + x[P2V2]) * am
                + 0.5 * gamma * gamma * gamma * (d - 2) * Math.abs(x[D3]) + 0.375 * Math.pow(gamma, 4) * (d - 2) * d
                * x[P4] * am;
    }

    private static double varianceScale(double gamma, double d, double m, double[] x) {
        double g2 = gamma * gamma;
        return g2 * ((1 - m * m) * x[P2V2] + x[D] * x[D])
                + g2 * gamma * (d - 2) * Math.abs(m) * (Math.abs(x[D3]) + Math.abs(x[D]) * x[P2])
                + 0.25 * g2 * g2 * (d - 2) * m * m * (d * x[P4] + (d - 2) * x[P2] * x[P2]);
    }

    private static double driftError(double gamma, double d, double m, double[] e) {
        double am = Math.abs(m);
        return gamma * e[D] + 0.5 * gamma * gamma * ((d - 2) * e[P2] + e[P2V2]) * am
                + 0.5 * gamma * gamma * gamma * (d - 2) * e[D3] + 0.375 * Math.pow(gamma, 4) * (d - 2) * d * e[P4] * am;
    }

    private static double varianceError(double gamma, double d, double m, double[] x, double[] e) {
        double g2 = gamma * gamma;
        double ad = Math.abs(x[D]);
        return g2 * ((1 - m * m) * e[P2V2] + 2 * ad * e[D])
                + g2 * gamma * (d - 2) * Math.abs(m) * (e[D3] + ad * e[P2] + Math.abs(x[P2]) * e[D])
                + 0.25 * g2 * g2 * (d - 2) * m * m * (d * e[P4] + 2 * (d - 2) * Math.abs(x[P2]) * e[P2]);
    }

    /**
     * The error of {@code q1} (the rule with {@code n} points per dimension) estimated from those with {@code n/2} and
     * {@code n/4}: {@code δ min(1, δ/δ')^{√2}}, {@code δ = |q1 − q2|}, {@code δ' = |q2 − q4|}. For an integrand
     * analytic in a strip the error of Gauss–Hermite rules decreases like {@code exp(−c√n)}, so from {@code n/2} to
     * {@code n} by the ratio {@code δ/δ'} raised to {@code (√n − √(n/2))/(√(n/2) − √(n/4)) = √2}; {@code δ} alone when
     * the rules do not converge ({@code δ ≥ δ'}).
     */
    static double quadratureError(double q1, double q2, double q4) {
        double delta = Math.abs(q1 - q2);
        double before = Math.abs(q2 - q4);
        return delta < before ? delta * Math.pow(delta / before, Math.sqrt(2)) : delta;
    }

    /** {@code x = arcsin m / arcsin R}, with {@code m} clamped to {@code [−R, R]}. */
    private double angle(double m) {
        return Math.max(-1, Math.min(1, Math.asin(Math.max(-1, Math.min(1, m))) / span));
    }

    /**
     * The Chebyshev coefficients of the interpolant through every {@code stride}-th value of {@code f} at the points
     * {@code cos(πj/N)}, {@code j = 0..N}: of degree {@code N/stride}.
     */
    static double[] chebyshev(double[] f, int stride) {
        int n = (f.length - 1) / stride;
        double[] c = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            double s = 0;
            for (int j = 0; j <= n; j++) {
                double term = f[j * stride] * Math.cos(Math.PI * ((long) j * k % (2L * n)) / n);
                s += j == 0 || j == n ? 0.5 * term : term;
            }
            c[k] = (k == 0 || k == n ? 1.0 : 2.0) * s / n;
        }
        return c;
    }

    /** {@code Σ_k c_k T_k(x)} (Clenshaw). */
    static double clenshaw(double[] c, double x) {
        double b1 = 0;
        double b2 = 0;
        double twoX = 2 * x;
        for (int k = c.length - 1; k >= 1; k--) {
            double b0 = twoX * b1 - b2 + c[k];
            b2 = b1;
            b1 = b0;
        }
        return x * b1 - b2 + c[0];
    }

    /** {@code Σ_k |c_k − e_k|}, the shorter series extended by zeros: a bound on the sup-norm of the difference. */
    private static double difference(double[] c, double[] e) {
        double s = 0;
        for (int k = 0; k < Math.max(c.length, e.length); k++) {
            s += Math.abs((k < c.length ? c[k] : 0) - (k < e.length ? e[k] : 0));
        }
        return s;
    }

    private static double sum(double[] c) {
        double s = 0;
        for (double x : c) {
            s += Math.abs(x);
        }
        return s;
    }

    /** The integrands: {@code ψ} of the reduced chain and the label model, in double precision. */
    private static final class Integrand {
        private final UpdateRule rule;
        private final CompiledLink target;
        private final LabelModel.Type labels;
        private final double tau;
        private final double xNorm2;
        private final double a0;
        private final GaussHermiteRule noise;

        Integrand(SimulationConfig config) {
            this.rule = UpdateRule.of(config);
            this.target = CompiledLink.of(config.spec().target());
            this.labels = config.spec().labels().type();
            this.tau = config.noise();
            this.xNorm2 = config.d();
            this.a0 = config.a0();
            this.noise = GaussHermiteRule.of(NOISE_POINTS);
        }

        /**
         * {@code D, D₃, E[ψ²], E[ψ²v²], E[ψ⁴], E[ψ⁴v²]} at {@code m} by the rule, followed by the same six with
         * {@code |f|} in place of {@code f} (for the rounding bound).
         */
        double[] moments(double m, GaussHermiteRule gh) {
            double c = Math.sqrt((1 - m) * (1 + m));
            double[] s = new double[2 * QUANTITIES];
            int n = gh.size();
            for (int i = 0; i < n; i++) {
                double z = gh.node(i);
                double wz = gh.weight(i);
                for (int j = 0; j < n; j++) {
                    double v = gh.node(j);
                    double w = wz * gh.weight(j);
                    double u = m * z + c * v;
                    double t = target.value(u);
                    switch (labels) {
                        case DETERMINISTIC -> add(s, w, psi(t, z), v, c);
                        case BINARY -> {
                            add(s, w * t, psi(1, z), v, c);
                            add(s, w * (1 - t), psi(-1, z), v, c);
                        }
                        case NOISY -> {
                            for (int k = 0; k < noise.size(); k++) {
                                add(s, w * noise.weight(k), psi(t + tau * noise.node(k), z), v, c);
                            }
                        }
                    }
                }
            }
            return s;
        }

        private double psi(double y, double z) {
            return rule.psi(y, z, xNorm2, xNorm2 - 1, a0);
        }

        private static void add(double[] s, double w, double psi, double v, double c) {
            double p1 = w * psi;
            double p2 = p1 * psi;
            double p4 = p2 * psi * psi;
            double v2 = v * v;
            double cv = c * v;
            accumulate(s, D, p1 * cv);
            accumulate(s, D3, p2 * psi * cv);
            accumulate(s, P2, p2);
            accumulate(s, P2V2, p2 * v2);
            accumulate(s, P4, p4);
            accumulate(s, P4V2, p4 * v2);
        }

        private static void accumulate(double[] s, int q, double term) {
            s[q] += term;
            s[QUANTITIES + q] += Math.abs(term);
        }
    }
}
