package org.sgdx.reference.exponent.zeta;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.sgdx.reference.link.Expr;

/**
 * {@code ζ_k} and {@code E_y[ζ_k(y)²]} for a noisy link {@code y = σ(Z) + τ ε} (MATH.md §3):
 * {@code ζ_k(y) = N_k(y)/D(y)} with {@code N_k(y) = E[h_k(Z) φ_τ(y − σ(Z))]} and {@code D(y) = N_0(y)}, the
 * density of {@code y}; {@code E_y[ζ_k²] = ∫ N_k(y)²/D(y) dy}.
 *
 * <p>The expectation over {@code Z} is a sum over nodes: composite Gauss–Legendre (8 nodes per panel) on the
 * monotone pieces of {@code σ}, with panels short enough that {@code σ} varies by at most a fraction of
 * {@code τ} on each, plus one node per flat level carrying the exact moments {@code E[h_k(Z) 1{Z in the level
 * set}]}. The {@code y}-integral is the trapezoidal rule with a step of a fraction of {@code τ} (exponentially
 * accurate for these Gaussian convolutions), each node contributing to the grid points within {@code 9τ}.
 */
final class NoisyZeta {

    /** Largest number of doubles the {@code y}-grid may hold. */
    private static final long MAX_GRID_DOUBLES = 25_000_000L;
    /** Largest number of quadrature nodes in {@code z}. */
    private static final long MAX_NODES = 20_000_000L;
    /** Half-width, in units of {@code τ}, of the window of nodes used for {@code ζ_k} at one point. */
    private static final double WINDOW = 12;
    private static final double ROUNDOFF = 64 * Math.ulp(1.0);

    /**
     * One resolution: largest variation of {@code σ} on a panel and {@code y}-step, both in units of {@code τ};
     * largest panel width; half-width of the Gaussian kernel in units of {@code τ}.
     */
    record Resolution(double variation, double width, double yStep, double window) {
    }

    static final Resolution COARSE = new Resolution(1.5, 0.75, 0.25, 10);
    static final Resolution FINE = new Resolution(1.0, 0.5, 0.125, WINDOW);

    /** Receives quadrature nodes: {@code coefficients[k] = weight · h_k} at the node, for {@code σ = s}. */
    private interface NodeSink {
        void accept(double s, double[] coefficients);
    }

    private final LinkStructure structure;
    private final double tau;
    private final int maxK;

    NoisyZeta(Expr sigma, double tau, int maxK) {
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("the noise level tau must be positive and finite, got " + tau);
        }
        this.tau = tau;
        this.maxK = maxK;
        this.structure = LinkStructure.analyse(sigma, Gaussian.truncation(maxK), "link", true);
    }

    /** {@code E_y[ζ_k²]} for {@code k = 0 .. maxK}: the fine resolution, with its distance to the coarse one. */
    Estimate moments() {
        double[] coarse = moments(COARSE);
        double[] fine = moments(FINE);
        int n = maxK + 1;
        double[] error = new double[n];
        double massDefect = Math.abs(1 - fine[0]);
        for (int k = 0; k < n; k++) {
            error[k] = Math.abs(fine[k] - coarse[k]) + ROUNDOFF * (1 + Math.abs(fine[k]))
                    + Gaussian.tailSquareMoment(k, structure.cut) + massDefect;
        }
        return new Estimate(fine, error);
    }

    double[] moments(Resolution res) {
        int n = maxK + 1;
        double[] range = yRange();
        double step = res.yStep * tau;
        double reach = res.window * tau;
        double y0 = range[0] - reach;
        long count = (long) Math.ceil((range[1] + reach - y0) / step) + 1;
        if (count * n > MAX_GRID_DOUBLES) {
            throw tooFine("the label range [" + range[0] + ", " + range[1] + "] needs " + count + " grid points");
        }
        int m = (int) count;
        double[] grid = new double[m * n];
        double delta = step / tau;
        double q = Math.exp(-delta * delta);
        forEachNode(res, n, (s, c) -> {
            int i0 = Math.max(0, (int) Math.ceil((s - reach - y0) / step));
            int i1 = Math.min(m - 1, (int) Math.floor((s + reach - y0) / step));
            int centre = Math.min(i1, Math.max(i0, (int) Math.round((s - y0) / step)));
            double u = (y0 + centre * step - s) / tau;
            double g0 = Math.exp(-0.5 * u * u);
            // exp(−u_i²/2) along the grid by the recurrences g_{i±1} = g_i r_±, r_± ← r_± e^{−δ²}
            double g = g0;
            double r = Math.exp(-u * delta - 0.5 * delta * delta);
            for (int i = centre; i <= i1; i++) {
                int base = i * n;
                for (int k = 0; k < n; k++) {
                    grid[base + k] += g * c[k];
                }
                g *= r;
                r *= q;
            }
            g = g0;
            r = Math.exp(u * delta - 0.5 * delta * delta);
            for (int i = centre - 1; i >= i0; i--) {
                g *= r;
                r *= q;
                int base = i * n;
                for (int k = 0; k < n; k++) {
                    grid[base + k] += g * c[k];
                }
            }
        });
        double[] out = new double[n];
        for (int i = 0; i < m; i++) {
            int base = i * n;
            double d = grid[base];
            if (d > 0) {
                out[0] += d;
                for (int k = 1; k < n; k++) {
                    out[k] += grid[base + k] * grid[base + k] / d;
                }
            }
        }
        double scale = step * Gaussian.INV_SQRT_2PI / tau;
        for (int k = 0; k < n; k++) {
            out[k] *= scale;
        }
        return out;
    }

    /**
     * {@code {D(y), ζ_k(y)}} at each {@code y}, with {@code ζ_k} NaN where {@code D} underflows to 0; computed at
     * the fine resolution.
     */
    double[][] transform(int k, double[] ys) {
        int n = k + 1;
        int[] size = {0};
        double[][] store = {new double[1024], new double[1024], new double[1024]};
        forEachNode(FINE, n, (s, c) -> {
            if (size[0] == store[0].length) {
                for (int j = 0; j < 3; j++) {
                    store[j] = Arrays.copyOf(store[j], 2 * size[0]);
                }
            }
            store[0][size[0]] = s;
            store[1][size[0]] = c[0];
            store[2][size[0]] = c[k];
            size[0]++;
        });
        int total = size[0];
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(store[0][a], store[0][b]));
        double[] s = new double[total];
        double[] c0 = new double[total];
        double[] ck = new double[total];
        for (int i = 0; i < total; i++) {
            s[i] = store[0][order[i]];
            c0[i] = store[1][order[i]];
            ck[i] = store[2][order[i]];
        }
        double[][] out = new double[ys.length][];
        for (int j = 0; j < ys.length; j++) {
            double y = ys[j];
            int from = lowerBound(s, y - WINDOW * tau);
            int to = lowerBound(s, y + WINDOW * tau);
            double d = 0;
            double num = 0;
            for (int i = from; i < to; i++) {
                double u = (y - s[i]) / tau;
                double g = Math.exp(-0.5 * u * u);
                d += g * c0[i];
                num += g * ck[i];
            }
            out[j] = new double[] {d * Gaussian.INV_SQRT_2PI / tau, d > 0 ? num / d : Double.NaN};
        }
        return out;
    }

    /** Approximate {@code p}-quantile of {@code y}, from the nodes of {@code z} and the normal law of the noise. */
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
        for (int it = 0; it < 60; it++) {
            double mid = 0.5 * (lo + hi);
            double f = 0;
            for (double s : sig) {
                f += Gaussian.cdf((mid - s) / tau);
            }
            if (f / sig.length < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static int lowerBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double[] yRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (LinkStructure.Monotone p : structure.monotone) {
            lo = Math.min(lo, p.lo);
            hi = Math.max(hi, p.hi);
        }
        for (LinkStructure.Level level : structure.levels) {
            lo = Math.min(lo, level.value());
            hi = Math.max(hi, level.value());
        }
        return new double[] {lo, hi};
    }

    private IllegalArgumentException tooFine(String detail) {
        return new IllegalArgumentException("the noise level tau = " + tau + " is too small for the double-precision"
                + " estimate of this link (" + detail + "); use a larger tau or the deterministic label model");
    }

    /** Generates the nodes: one per flat level, and Gauss–Legendre nodes on panels of the monotone pieces. */
    private void forEachNode(Resolution res, int n, NodeSink sink) {
        double[] c = new double[n];
        for (LinkStructure.Level level : structure.levels) {
            level.moments(c);
            if (c[0] > 0) {
                sink.accept(level.value(), c);
            }
        }
        double maxVariation = res.variation * tau;
        long estimate = 0;
        for (LinkStructure.Monotone p : structure.monotone) {
            double[] ss = p.gridSigma();
            for (int i = 0; i + 1 < ss.length; i++) {
                estimate += (long) Math.ceil(Math.abs(ss[i + 1] - ss[i]) / maxVariation) + 1;
            }
        }
        if (estimate * 8 > MAX_NODES) {
            throw tooFine("about " + estimate * 8 + " quadrature nodes would be needed");
        }
        double[][] gl = GaussLegendre.nodes(8);
        double[] h = new double[n];
        DoubleUnaryOperator sigma = structure.sigma;
        PanelSink panel = (a, b) -> {
            double mid = 0.5 * (a + b);
            double half = 0.5 * (b - a);
            for (double[] node : gl) {
                double z = mid + half * node[0];
                double w = half * node[1] * Gaussian.pdf(z);
                Gaussian.hermite(z, h);
                for (int k = 0; k < n; k++) {
                    c[k] = w * h[k];
                }
                sink.accept(sigma.applyAsDouble(z), c);
            }
        };
        for (LinkStructure.Monotone p : structure.monotone) {
            panels(p.gridZ(), p.gridSigma(), maxVariation, res.width, panel);
        }
    }

    private interface PanelSink {
        void accept(double a, double b);
    }

    /**
     * Cuts a monotone piece sampled at {@code (zs, ss)} into panels on which {@code σ} varies by at most
     * {@code maxVariation} and whose width is at most {@code maxWidth}; grid cells steeper than that are cut
     * uniformly.
     */
    private static void panels(double[] zs, double[] ss, double maxVariation, double maxWidth, PanelSink sink) {
        double start = zs[0];
        double startS = ss[0];
        for (int i = 0; i + 1 < zs.length; i++) {
            double ds = Math.abs(ss[i + 1] - ss[i]);
            if (ds > maxVariation) {
                if (zs[i] > start) {
                    sink.accept(start, zs[i]);
                }
                int parts = (int) Math.ceil(ds / maxVariation);
                double dz = zs[i + 1] - zs[i];
                for (int j = 0; j < parts; j++) {
                    double a = zs[i] + dz * j / parts;
                    double b = j == parts - 1 ? zs[i + 1] : zs[i] + dz * (j + 1) / parts;
                    sink.accept(a, b);
                }
                start = zs[i + 1];
                startS = ss[i + 1];
                continue;
            }
            if (Math.abs(ss[i + 1] - startS) > maxVariation || zs[i + 1] - start > maxWidth) {
                if (zs[i] > start) {
                    sink.accept(start, zs[i]);
                    start = zs[i];
                    startS = ss[i];
                }
            }
        }
        if (zs[zs.length - 1] > start) {
            sink.accept(start, zs[zs.length - 1]);
        }
    }
}
