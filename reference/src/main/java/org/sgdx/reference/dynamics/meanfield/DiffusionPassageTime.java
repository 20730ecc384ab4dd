package org.sgdx.reference.dynamics.meanfield;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sgdx.reference.dynamics.RealValue;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.numeric.GaussLegendreRule;

/**
 * The mean first-passage time of a one-dimensional diffusion {@code dm = b(m) dt + √a(m) dW} (MATH.md §10) from
 * {@code x} up to {@code c > x}, with a reflecting lower boundary at {@code L < x}:
 *
 * <pre>
 *   T(x) = ∫_x^c h(y) dy,   h(y) = ∫_L^y (2/a(z)) exp(Φ(z) − Φ(y)) dz,   Φ' = 2b/a
 * </pre>
 *
 * (the scale function {@code s' = e^{−Φ}} and the speed density {@code 2/(a s')}). {@code b} and {@code a} are
 * polynomials in {@code m} given by their coefficients (exact or estimated). {@code L} is placed where it does not
 * matter: the lowest point of {@code [x, c]} in potential, {@code min Φ}, exceeds {@code Φ(L)} by
 * {@code (digits + 10) ln 10} and {@code b(L) > 0}, so that the part of the speed measure below {@code L} changes
 * {@code T} by a relative amount below {@code 10^{−digits−10}} when {@code Φ} keeps decreasing below {@code L} (a
 * diffusion that is pushed up from below, as SGD's overlap is from {@code −1}; the reflection then models the
 * unbounded diffusion). Derivation: proofs-notes/diffusion-limit.md §5.
 *
 * <p>Method: panels on which {@code Φ} changes by at most 1; on each, an {@code n}-point Gauss–Legendre rule and
 * its spectral integration matrix give {@code Φ}, the running integral of the speed density and {@code h} at the
 * nodes, all in {@code BigDecimal} with an explicit {@link MathContext}. The result at {@code digits} is checked by a
 * precision ladder (again at {@code 2·digits + 20} digits with more nodes); the error estimate is the difference plus
 * the effect of estimated coefficients. Immutable.
 */
public final class DiffusionPassageTime {

    /** The largest number of digits accepted. */
    public static final int MAX_DIGITS = 60;
    private static final double PANEL_PHI = 1;

    private final List<RealValue> drift;
    private final List<RealValue> variance;

    private DiffusionPassageTime(List<RealValue> drift, List<RealValue> variance) {
        this.drift = drift;
        this.variance = variance;
    }

    /**
     * The diffusion with drift {@code b} and variance {@code a}, by coefficients of {@code m^0, m^1, …}.
     *
     * @throws IllegalArgumentException if either list is empty
     */
    public static DiffusionPassageTime of(List<RealValue> drift, List<RealValue> variance) {
        if (drift.isEmpty() || variance.isEmpty()) {
            throw new IllegalArgumentException("the drift and variance polynomials need at least one coefficient");
        }
        return new DiffusionPassageTime(List.copyOf(drift), List.copyOf(variance));
    }

    /**
     * The mean passage time and where the reflecting boundary was put.
     *
     * @param time {@code T(x)} with its error estimate
     * @param lowerBoundary {@code L}
     */
    public record Result(Estimate time, BigDecimal lowerBoundary) {
        public Result {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(lowerBoundary, "lowerBoundary");
        }
    }

    /**
     * {@code T(x)} to {@code digits} significant digits.
     *
     * @throws IllegalArgumentException unless {@code −1 < x < c < 1} and {@code 1 ≤ digits ≤ 60}, or if {@code a ≤ 0}
     *     somewhere on {@code [L, c]}, or no lower boundary above {@code −1} makes the reflection negligible
     */
    public Result meanTime(BigDecimal x, BigDecimal c, int digits) {
        if (digits < 1 || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be in 1.." + MAX_DIGITS + ", got " + digits);
        }
        double xd = x.doubleValue();
        double cd = c.doubleValue();
        if (!(xd > -1 && xd < cd && cd < 1)) {
            throw new IllegalArgumentException("need -1 < x < c < 1, got x = " + x + ", c = " + c);
        }
        double[] b = MeanField.doubles(drift);
        double[] a = MeanField.doubles(variance);
        double lower = lowerBoundary(b, a, xd, cd, (digits + 10) * Math.log(10));
        BigDecimal l = new BigDecimal(lower).round(new MathContext(17));
        List<Double> below = panels(b, a, lower, xd);
        List<Double> above = panels(b, a, xd, cd);
        int n = Math.max(16, digits + 4);
        BigDecimal low = integrate(l, x, c, below, above, digits + 10, n);
        BigDecimal high = integrate(l, x, c, below, above, 2 * digits + 30, n + n / 2);
        BigDecimal error = low.subtract(high).abs().add(coefficientError(high));
        Estimate time = Estimate.estimate(high, error).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return new Result(time, l);
    }

    /** A first-order bound of the effect of estimated coefficients: {@code T Σ |error_k| / min |coefficient scale|}. */
    private BigDecimal coefficientError(BigDecimal t) {
        BigDecimal worst = BigDecimal.ZERO;
        for (List<RealValue> p : List.of(drift, variance)) {
            BigDecimal norm = BigDecimal.ZERO;
            BigDecimal err = BigDecimal.ZERO;
            for (RealValue v : p) {
                norm = norm.add(v.toBigDecimal(MathContext.DECIMAL64).abs());
                err = err.add(v.error());
            }
            if (norm.signum() > 0) {
                worst = worst.max(err.divide(norm, MathContext.DECIMAL64));
            }
        }
        return worst.signum() == 0 ? BigDecimal.ZERO : t.abs().multiply(worst).multiply(BigDecimal.valueOf(4));
    }

    /**
     * The lowest {@code L} needed: march down from {@code x} until {@code Φ(L) ≤ min_{[x,c]} Φ − margin} with
     * {@code b(L) > 0}.
     */
    private static double lowerBoundary(double[] b, double[] a, double x, double c, double margin) {
        // Φ relative to Φ(x), by Simpson on small steps
        double minAbove = 0;
        double phi = 0;
        int steps = 4000;
        double h = (c - x) / steps;
        for (int i = 0; i < steps; i++) {
            phi += simpson(b, a, x + i * h, x + (i + 1) * h);
            minAbove = Math.min(minAbove, phi);
        }
        phi = 0;
        double y = x;
        double step = Math.min(1e-3, (c - x) / 100);
        while (true) {
            double next = y - step;
            if (next <= -1 + 1e-9) {
                throw new IllegalArgumentException("no reflecting boundary above -1 makes the reflection negligible:"
                        + " the potential 2b/a does not confine the diffusion from below");
            }
            phi -= simpson(b, a, next, y);
            y = next;
            if (phi <= minAbove - margin && MeanField.horner(b, y) > 0) {
                return y;
            }
        }
    }

    private static double simpson(double[] b, double[] a, double lo, double hi) {
        double mid = 0.5 * (lo + hi);
        return (hi - lo) / 6 * (ratio(b, a, lo) + 4 * ratio(b, a, mid) + ratio(b, a, hi));
    }

    private static double ratio(double[] b, double[] a, double m) {
        double av = MeanField.horner(a, m);
        if (!(av > 0)) {
            throw new IllegalArgumentException("the variance a(m) is not positive at m = " + m);
        }
        return 2 * MeanField.horner(b, m) / av;
    }

    /** Panel boundaries from {@code lo} to {@code hi} with {@code |ΔΦ| ≤ 1} and width at most {@code (hi − lo)/16}. */
    private static List<Double> panels(double[] b, double[] a, double lo, double hi) {
        List<Double> t = new ArrayList<>();
        t.add(lo);
        double y = lo;
        double maxWidth = (hi - lo) / 16;
        while (y < hi) {
            double w = Math.min(maxWidth, hi - y);
            for (int it = 0; it < 60; it++) {
                double slope = Math.max(Math.abs(ratio(b, a, y)), Math.max(Math.abs(ratio(b, a, y + w)),
                        Math.abs(ratio(b, a, y + 0.5 * w))));
                if (slope * w <= PANEL_PHI) {
                    break;
                }
                w *= 0.5;
            }
            y = w >= hi - y ? hi : y + w;
            t.add(y);
        }
        return t;
    }

    /** {@code T} at the working precision with {@code n} nodes per panel. */
    private BigDecimal integrate(BigDecimal lower, BigDecimal x, BigDecimal c, List<Double> below, List<Double> above,
            int workDigits, int n) {
        MathContext mc = new MathContext(workDigits, RoundingMode.HALF_EVEN);
        BigDecimal[] bc = decimals(drift, mc);
        BigDecimal[] ac = decimals(variance, mc);
        Rule rule = Rule.of(n, mc);
        BigDecimal[] state = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}; // Φ, J = ∫ speed, T
        sweep(points(below, lower, x), bc, ac, rule, mc, state, false);
        sweep(points(above, x, c), bc, ac, rule, mc, state, true);
        return state[2];
    }

    private static BigDecimal[] points(List<Double> t, BigDecimal first, BigDecimal last) {
        BigDecimal[] p = new BigDecimal[t.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = i == 0 ? first : i == p.length - 1 ? last : new BigDecimal(t.get(i));
        }
        return p;
    }

    private static void sweep(BigDecimal[] t, BigDecimal[] bc, BigDecimal[] ac, Rule rule, MathContext mc,
            BigDecimal[] state, boolean accumulate) {
        int n = rule.nodes.length;
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal[] f = new BigDecimal[n];
        BigDecimal[] speed = new BigDecimal[n];
        BigDecimal[] phi = new BigDecimal[n];
        BigDecimal[] weight = new BigDecimal[n];
        for (int j = 0; j + 1 < t.length; j++) {
            BigDecimal half = t[j + 1].subtract(t[j], mc).divide(two, mc);
            BigDecimal mid = t[j].add(half, mc);
            BigDecimal[] y = new BigDecimal[n];
            BigDecimal[] inverseA = new BigDecimal[n];
            for (int k = 0; k < n; k++) {
                y[k] = mid.add(half.multiply(rule.nodes[k], mc), mc);
                inverseA[k] = BigDecimal.ONE.divide(horner(ac, y[k], mc), mc);
                f[k] = two.multiply(horner(bc, y[k], mc), mc).multiply(inverseA[k], mc);
            }
            BigDecimal phi0 = state[0];
            for (int i = 0; i < n; i++) {
                phi[i] = phi0.add(half.multiply(dot(rule.matrix[i], f, mc), mc), mc);
                weight[i] = BigDecimalMath.exp(phi[i], mc);
                speed[i] = two.multiply(inverseA[i], mc).multiply(weight[i], mc);
            }
            BigDecimal j0 = state[1];
            BigDecimal t0 = state[2];
            for (int i = 0; i < n && accumulate; i++) {
                BigDecimal running = j0.add(half.multiply(dot(rule.matrix[i], speed, mc), mc), mc);
                BigDecimal h = running.divide(weight[i], mc);
                t0 = t0.add(half.multiply(rule.weights[i], mc).multiply(h, mc), mc);
            }
            state[0] = phi0.add(half.multiply(dot(rule.weights, f, mc), mc), mc);
            state[1] = j0.add(half.multiply(dot(rule.weights, speed, mc), mc), mc);
            state[2] = t0;
        }
    }

    /**
     * A Gauss–Legendre rule on {@code [−1, 1]} with its spectral integration matrix
     * {@code S_ik = ∫_{−1}^{x_i} ℓ_k = w_k [(x_i + 1)/2 + ½ Σ_{p=1}^{n−1} P_p(x_k)(P_{p+1}(x_i) − P_{p−1}(x_i))]}
     * (the Lagrange basis {@code ℓ_k = w_k Σ_p (p + ½) P_p(x_k) P_p}, exact by the rule's discrete orthogonality).
     */
    private record Rule(BigDecimal[] nodes, BigDecimal[] weights, BigDecimal[][] matrix) {
        static Rule of(int n, MathContext mc) {
            GaussLegendreRule gl = GaussLegendreRule.of(n, mc.getPrecision());
            BigDecimal[] x = new BigDecimal[n];
            BigDecimal[] w = new BigDecimal[n];
            int k = 0;
            for (int i = 0; i < gl.halfSize(); i++) {
                x[k] = gl.node(i);
                w[k++] = gl.weight(i);
                if (!gl.isMiddle(i)) {
                    x[k] = gl.node(i).negate();
                    w[k++] = gl.weight(i);
                }
            }
            BigDecimal[][] p = new BigDecimal[n][];
            for (int i = 0; i < n; i++) {
                p[i] = legendre(x[i], n, mc);
            }
            BigDecimal half = new BigDecimal("0.5");
            BigDecimal[][] s = new BigDecimal[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    BigDecimal sum = x[i].add(BigDecimal.ONE, mc).multiply(half, mc);
                    for (int q = 1; q <= n - 1; q++) {
                        sum = sum.add(half.multiply(p[j][q], mc).multiply(p[i][q + 1].subtract(p[i][q - 1], mc), mc),
                                mc);
                    }
                    s[i][j] = w[j].multiply(sum, mc);
                }
            }
            return new Rule(x, w, s);
        }

        /** {@code P_0(x) … P_n(x)} by Bonnet's recurrence. */
        private static BigDecimal[] legendre(BigDecimal x, int n, MathContext mc) {
            BigDecimal[] p = new BigDecimal[n + 1];
            p[0] = BigDecimal.ONE;
            p[1] = x;
            for (int q = 1; q < n; q++) {
                p[q + 1] = BigDecimal.valueOf(2L * q + 1).multiply(x, mc).multiply(p[q], mc)
                        .subtract(BigDecimal.valueOf(q).multiply(p[q - 1], mc), mc)
                        .divide(BigDecimal.valueOf(q + 1L), mc);
            }
            return p;
        }
    }

    private static BigDecimal dot(BigDecimal[] u, BigDecimal[] v, MathContext mc) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < u.length; i++) {
            s = s.add(u[i].multiply(v[i], mc), mc);
        }
        return s;
    }

    private static BigDecimal horner(BigDecimal[] c, BigDecimal m, MathContext mc) {
        BigDecimal r = BigDecimal.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            r = r.multiply(m, mc).add(c[k], mc);
        }
        return r;
    }

    private static BigDecimal[] decimals(List<RealValue> p, MathContext mc) {
        BigDecimal[] out = new BigDecimal[p.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = p.get(k).toBigDecimal(mc);
        }
        return out;
    }
}
