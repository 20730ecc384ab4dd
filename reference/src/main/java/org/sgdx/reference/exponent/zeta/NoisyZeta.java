package org.sgdx.reference.exponent.zeta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.numeric.Bisection;
import org.sgdx.reference.numeric.GaussKronrod;

/**
 * {@code ζ_k} and {@code E_y[ζ_k(y)²]} for a noisy link {@code y = σ(Z) + τ ε} (MATH.md §3):
 * {@code ζ_k(y) = N_k(y)/D(y)} with {@code N_k(y) = E[h_k(Z) φ_τ(y − σ(Z))]} and {@code D(y) = N_0(y)}, the
 * density of {@code y}; {@code E_y[ζ_k²] = ∫ N_k(y)²/D(y) dy}.
 *
 * <p>At each {@code y}, {@code N_k(y)} is an integral over the {@code z} with {@code |σ(z) − y| ≤ 13τ}: on
 * every monotone piece of {@code σ} that {@code z}-interval is cut at the preimages of equally spaced levels
 * (at most {@code 0.75τ} apart) and integrated by 15-point Gauss–Kronrod, bisecting panels whose error estimate
 * is not small; a flat level {@code c} (an atom of
 * {@code σ(Z)}) contributes its exact moments {@code E[h_k 1{σ(Z) = c}]} times {@code φ_τ(y − c)}. The outer
 * integral over {@code y} is globally adaptive Gauss–Kronrod, starting from a partition that contains the
 * critical values and atoms of {@code σ} (with neighbours at {@code ±2^j τ}) and the images of a
 * {@code z}-grid of step 1/4 on every piece, so the cost hardly depends on {@code τ} or on the range of
 * {@code σ}. The error estimate adds the {@code y}-quadrature estimate, the propagated {@code z}-quadrature
 * estimates, the truncation of {@code z} to {@code [−L, L]}, roundoff and the defect of the total probability.
 */
final class NoisyZeta {

    /** Half-width, in units of {@code τ}, of the part of the noise kernel that is integrated. */
    private static final double WINDOW = 13;
    /** Largest variation of {@code σ} on one {@code z}-panel, in units of {@code τ}. */
    private static final double VARIATION = 0.75;
    private static final double Y_TOLERANCE = 2e-14;
    private static final int MAX_INTERVALS = 3_000;
    /** Largest number of bisections of a {@code z}-panel. */
    private static final int MAX_DEPTH = 8;
    private static final double ROUNDOFF = 64 * Math.ulp(1.0);

    private final LinkStructure structure;
    private final double tau;
    private final int maxK;
    private final double maxPanelWidth;
    /** Per flat level: its value and moments {@code E[h_k 1{level set}]}. */
    private final double[] levelValues;
    private final double[][] levelMoments;

    NoisyZeta(Expr sigma, double tau, int maxK) {
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("the noise level tau must be positive and finite, got " + tau);
        }
        this.tau = tau;
        this.maxK = maxK;
        this.structure = LinkStructure.analyse(sigma, Gaussian.truncation(maxK), "link", true);
        this.maxPanelWidth = Math.min(0.5, 2 / Math.sqrt(maxK + 1.0));
        List<double[]> values = new ArrayList<>();
        List<double[]> moments = new ArrayList<>();
        for (LinkStructure.Level level : structure.levels) {
            double[] m = new double[maxK + 1];
            level.moments(m);
            values.add(new double[] {level.value()});
            moments.add(m);
        }
        for (LinkStructure.Monotone p : structure.monotone) {
            if (p.lo == p.hi) {
                // constant in double precision (a saturated piece): its mass sits at one value of σ
                double[] m = new double[maxK + 1];
                Gaussian.intervalMoments(p.a, p.b, m);
                values.add(new double[] {p.lo});
                moments.add(m);
            }
        }
        this.levelValues = values.stream().mapToDouble(v -> v[0]).toArray();
        this.levelMoments = moments.toArray(new double[0][]);
    }

    /** {@code E_y[ζ_k²]} for {@code k = 0 .. maxK} ({@code k = 0}: the total probability). */
    MomentSums moments() {
        int n = maxK + 1;
        double[] partition = initialPartition();
        PriorityQueue<Interval> queue = new PriorityQueue<>((u, v) -> Double.compare(v.worst, u.worst));
        double[] total = new double[n];
        double[] totalError = new double[n];
        double[] zError = new double[n];
        Workspace w = new Workspace(n);
        for (int i = 0; i + 1 < partition.length; i++) {
            Interval iv = integrate(partition[i], partition[i + 1], w);
            queue.add(iv);
            iv.addTo(total, totalError, zError);
        }
        int count = queue.size();
        while (count < MAX_INTERVALS && max(totalError) > Y_TOLERANCE) {
            Interval worst = queue.poll();
            if (worst == null || worst.worst <= 0 || worst.b - worst.a < 1e-4 * tau) {
                break;
            }
            worst.subtractFrom(total, totalError, zError);
            double mid = 0.5 * (worst.a + worst.b);
            Interval left = integrate(worst.a, mid, w);
            Interval right = integrate(mid, worst.b, w);
            left.addTo(total, totalError, zError);
            right.addTo(total, totalError, zError);
            queue.add(left);
            queue.add(right);
            count++;
        }
        double[] error = new double[n];
        double massDefect = Math.abs(1 - total[0]);
        for (int k = 0; k < n; k++) {
            error[k] = Math.abs(totalError[k]) + zError[k] + ROUNDOFF * (1 + Math.abs(total[k]))
                    + Gaussian.tailSquareMoment(k, structure.cut) + massDefect;
        }
        return new MomentSums(total, error);
    }

    /**
     * {@code {D(y), ζ_k(y)}} at each {@code y}, with {@code ζ_k} NaN where {@code D} underflows to 0.
     */
    double[][] transform(int k, double[] ys) {
        Workspace w = new Workspace(maxK + 1);
        double[][] out = new double[ys.length][];
        for (int j = 0; j < ys.length; j++) {
            densities(ys[j], w);
            double d = w.n[0];
            out[j] = new double[] {d, d > 0 ? w.n[k] / d : Double.NaN};
        }
        return out;
    }

    /** Approximate central interval of probability {@code p} of {@code y}, from a quantile grid of {@code Z}. */
    double[] centralRange(double p) {
        int m = 4000;
        double[] sig = new double[m];
        for (int i = 0; i < m; i++) {
            sig[i] = structure.sigma.applyAsDouble(Gaussian.quantile((i + 0.5) / m));
        }
        double lo = Arrays.stream(sig).min().orElseThrow() - 6 * tau;
        double hi = Arrays.stream(sig).max().orElseThrow() + 6 * tau;
        return new double[] {quantile(sig, (1 - p) / 2, lo, hi), quantile(sig, (1 + p) / 2, lo, hi)};
    }

    private double quantile(double[] sig, double target, double lo, double hi) {
        return Bisection.boundary(y -> {
            double f = 0;
            for (double s : sig) {
                f += Gaussian.cdf((y - s) / tau);
            }
            return f / sig.length < target;
        }, lo, hi, 60);
    }

    /** Scratch arrays for one thread of evaluation. */
    private static final class Workspace {
        final double[] n;
        final double[] nError;
        final double[] h;
        final double[][] values = new double[GaussKronrod.POINTS][];
        final double[][] outer = new double[GaussKronrod.POINTS][];
        final double[][] outerError = new double[GaussKronrod.POINTS][];

        Workspace(int n) {
            this.n = new double[n];
            this.nError = new double[n];
            this.h = new double[n];
            for (int j = 0; j < GaussKronrod.POINTS; j++) {
                values[j] = new double[n];
                outer[j] = new double[n];
                outerError[j] = new double[n];
            }
        }
    }

    /** One interval of the outer quadrature with its estimates. */
    private static final class Interval {
        final double a;
        final double b;
        final double[] value;
        final double[] error;
        final double[] zError;
        final double worst;

        /**
         * @param noise relative size of the rounding noise in the integrand, below which bisection cannot help
         */
        Interval(double a, double b, double[] value, double[] error, double[] zError, double noise) {
            this.a = a;
            this.b = b;
            this.value = value;
            this.error = error;
            this.zError = zError;
            double w = 0;
            for (int k = 0; k < value.length; k++) {
                w = Math.max(w, Math.abs(error[k]) - noise * Math.abs(value[k]));
            }
            this.worst = w;
        }

        void addTo(double[] total, double[] totalError, double[] totalZ) {
            for (int k = 0; k < value.length; k++) {
                total[k] += value[k];
                totalError[k] += error[k];
                totalZ[k] += zError[k];
            }
        }

        void subtractFrom(double[] total, double[] totalError, double[] totalZ) {
            for (int k = 0; k < value.length; k++) {
                total[k] -= value[k];
                totalError[k] -= error[k];
                totalZ[k] -= zError[k];
            }
        }
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** Gauss–Kronrod on {@code [a, b]} of {@code D} (component 0) and {@code N_k²/D} (components {@code k ≥ 1}). */
    private Interval integrate(double a, double b, Workspace w) {
        int n = maxK + 1;
        for (int j = 0; j < GaussKronrod.POINTS; j++) {
            double y = GaussKronrod.node(a, b, j);
            densities(y, w);
            double d = w.n[0];
            double[] f = w.outer[j];
            double[] fe = w.outerError[j];
            f[0] = d;
            fe[0] = w.nError[0];
            for (int k = 1; k < n; k++) {
                if (d > 0) {
                    double r = w.n[k] / d;
                    f[k] = w.n[k] * r;
                    fe[k] = 2 * Math.abs(r) * w.nError[k] + r * r * w.nError[0];
                } else {
                    f[k] = 0;
                    fe[k] = 0;
                }
            }
        }
        double[] value = new double[n];
        double[] error = new double[n];
        GaussKronrod.apply(a, b, w.outer, value, error);
        double[] zError = new double[n];
        double[] ignored = new double[n];
        GaussKronrod.apply(a, b, w.outerError, zError, ignored);
        for (int k = 0; k < n; k++) {
            zError[k] = Math.abs(zError[k]);
        }
        // σ is known to about an ulp, so the kernel argument (y − σ)/τ carries noise of about ulp(y)/τ
        double noise = 64 * Math.ulp(Math.max(Math.abs(a), Math.abs(b))) / tau;
        return new Interval(a, b, value, error, zError, noise);
    }

    /**
     * Sets {@code w.n[k] = N_k(y)} for {@code k = 0 .. K} and {@code w.nError[k]} to its quadrature error
     * estimate.
     */
    private void densities(double y, Workspace w) {
        int n = maxK + 1;
        Arrays.fill(w.n, 0);
        Arrays.fill(w.nError, 0);
        double reach = WINDOW * tau;
        double norm = Gaussian.INV_SQRT_2PI / tau;
        for (int l = 0; l < levelValues.length; l++) {
            double u = (y - levelValues[l]) / tau;
            if (Math.abs(u) <= WINDOW) {
                double g = norm * Math.exp(-0.5 * u * u);
                for (int k = 0; k < n; k++) {
                    w.n[k] += g * levelMoments[l][k];
                }
            }
        }
        for (LinkStructure.Monotone p : structure.monotone) {
            if (p.lo == p.hi) {
                continue;
            }
            double sLo = Math.max(p.lo, y - reach);
            double sHi = Math.min(p.hi, y + reach);
            if (!(sLo < sHi)) {
                continue;
            }
            int m = (int) Math.ceil((sHi - sLo) / (VARIATION * tau));
            double zPrev = sLo == p.lo ? (p.ya <= p.yb ? p.a : p.b) : p.preimage(sLo);
            for (int i = 1; i <= m; i++) {
                double z;
                if (i == m) {
                    z = sHi == p.hi ? (p.ya <= p.yb ? p.b : p.a) : p.preimage(sHi);
                } else {
                    z = p.preimage(sLo + (sHi - sLo) * i / m);
                }
                if (Double.isNaN(z) || Double.isNaN(zPrev)) {
                    zPrev = z;
                    continue;
                }
                panel(Math.min(zPrev, z), Math.max(zPrev, z), y, w);
                zPrev = z;
            }
        }
    }

    /**
     * Adds the integrals of {@code h_k(z) φ(z) φ_τ(y − σ(z))} over {@code [a, b]}: Gauss–Kronrod on parts of
     * width at most {@code H}, each bisected (up to 8 times) while its error estimate exceeds {@code 1e-13} of
     * the integrals, or the rounding noise if that is larger (where {@code σ} bends sharply inside a panel, as
     * near saturation).
     */
    private void panel(double a, double b, double y, Workspace w) {
        if (!(b > a)) {
            return;
        }
        int parts = (int) Math.ceil((b - a) / maxPanelWidth);
        for (int q = 0; q < parts; q++) {
            double lo = q == 0 ? a : a + (b - a) * q / parts;
            double hi = q == parts - 1 ? b : a + (b - a) * (q + 1) / parts;
            adaptive(lo, hi, y, w, 0);
        }
    }

    private void adaptive(double a, double b, double y, Workspace w, int depth) {
        int n = maxK + 1;
        DoubleUnaryOperator sigma = structure.sigma;
        double norm = Gaussian.INV_SQRT_2PI / tau;
        for (int j = 0; j < GaussKronrod.POINTS; j++) {
            double z = GaussKronrod.node(a, b, j);
            double u = (y - sigma.applyAsDouble(z)) / tau;
            double g = Gaussian.pdf(z) * norm * Math.exp(-0.5 * u * u);
            Gaussian.hermite(z, w.h);
            double[] v = w.values[j];
            for (int k = 0; k < n; k++) {
                v[k] = g * w.h[k];
            }
        }
        double[] value = new double[n];
        double[] error = new double[n];
        GaussKronrod.apply(a, b, w.values, value, error);
        if (depth < MAX_DEPTH) {
            double scale = Math.abs(value[0]);
            for (int k = 0; k < n; k++) {
                scale = Math.max(scale, Math.abs(value[k]));
            }
            // below the rounding noise of the kernel argument (y − σ)/τ bisection cannot help
            double noise = 16 * (1 + WINDOW) * Math.ulp(Math.abs(y) + WINDOW * tau) / tau;
            double tolerance = Math.max(1e-13, noise) * scale + Double.MIN_NORMAL;
            for (int k = 0; k < n; k++) {
                if (error[k] > tolerance) {
                    double mid = 0.5 * (a + b);
                    adaptive(a, mid, y, w, depth + 1);
                    adaptive(mid, b, y, w, depth + 1);
                    return;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            w.n[k] += value[k];
            w.nError[k] += error[k];
        }
    }

    /**
     * Breakpoints of the outer quadrature: the ends of the {@code y}-range, the critical values and levels of
     * {@code σ} and their neighbours at {@code ±τ, ±2τ, ±4τ, ...} up to the range of {@code σ}, and the images
     * of a {@code z}-grid of step 1/4
     * on every monotone piece; points closer than {@code τ/4} are merged.
     */
    private double[] initialPartition() {
        List<Double> features = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (LinkStructure.Monotone p : structure.monotone) {
            features.add(p.lo);
            features.add(p.hi);
            lo = Math.min(lo, p.lo);
            hi = Math.max(hi, p.hi);
        }
        for (double v : levelValues) {
            features.add(v);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double first = lo - WINDOW * tau;
        double last = hi + WINDOW * tau;
        List<Double> points = new ArrayList<>();
        points.add(first);
        points.add(last);
        double scale = Math.max(1, hi - lo);
        for (double f : features) {
            points.add(f);
            for (double d = tau; d < scale; d *= 2) {
                points.add(f - d);
                points.add(f + d);
            }
        }
        for (LinkStructure.Monotone p : structure.monotone) {
            double[] zs = p.gridZ();
            double[] ss = p.gridSigma();
            double previous = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < zs.length; i++) {
                if (zs[i] - previous >= 0.25) {
                    points.add(ss[i]);
                    previous = zs[i];
                }
            }
        }
        double[] sorted = points.stream().mapToDouble(Double::doubleValue).filter(v -> v >= first && v <= last)
                .sorted().toArray();
        double[] out = new double[sorted.length];
        int m = 0;
        for (double v : sorted) {
            if (m == 0 || v - out[m - 1] >= 0.25 * tau) {
                out[m++] = v;
            }
        }
        if (out[m - 1] < last) {
            out[m - 1] = last;
        }
        return Arrays.copyOf(out, m);
    }
}
