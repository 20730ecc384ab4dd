package org.sgdx.reference.exponent.zeta;

import org.apache.commons.numbers.gamma.ErfDifference;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.InverseErfc;
import org.sgdx.reference.numeric.GaussLegendreRule;

/** Standard normal density, interval probabilities and quantiles, and normalised Hermite values, in double. */
final class Gaussian {

    /** {@code 1/√(2π)}. */
    static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double SQRT2 = 1.4142135623730951;
    /** The 8-point Gauss–Legendre rule of {@link #tailSquareMoment}, nodes increasing. */
    private static final double[] TAIL_NODES;
    private static final double[] TAIL_WEIGHTS;

    static {
        GaussLegendreRule rule = GaussLegendreRule.of(8, 20);
        TAIL_NODES = rule.doubleNodes();
        TAIL_WEIGHTS = rule.doubleWeights();
    }

    private Gaussian() {
    }

    /** {@code φ(z)}. */
    static double pdf(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /** {@code P(a < Z < b)} for {@code a ≤ b}, either possibly infinite, without cancellation in the tails. */
    static double probability(double a, double b) {
        if (!(a < b)) {
            return 0;
        }
        if (a == Double.NEGATIVE_INFINITY && b == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (a == Double.NEGATIVE_INFINITY) {
            return 0.5 * Erfc.value(-b / SQRT2);
        }
        if (b == Double.POSITIVE_INFINITY) {
            return 0.5 * Erfc.value(a / SQRT2);
        }
        return 0.5 * ErfDifference.value(a / SQRT2, b / SQRT2);
    }

    /** {@code Φ(z)}. */
    static double cdf(double z) {
        return 0.5 * Erfc.value(-z / SQRT2);
    }

    /** The quantile {@code Φ^{−1}(p)} for {@code 0 < p < 1}. */
    static double quantile(double p) {
        return -SQRT2 * InverseErfc.value(2 * p);
    }

    /** Fills {@code out[k] = h_k(z)} for {@code k = 0 .. out.length − 1} by the normalised three-term recurrence. */
    static void hermite(double z, double[] out) {
        out[0] = 1;
        if (out.length > 1) {
            out[1] = z;
        }
        for (int k = 1; k + 1 < out.length; k++) {
            out[k + 1] = (z * out[k] - Math.sqrt(k) * out[k - 1]) / Math.sqrt(k + 1.0);
        }
    }

    /**
     * Fills {@code out[k] = E[h_k(Z) 1{a < Z < b}]}: {@code P(a < Z < b)} for {@code k = 0}, and
     * {@code (h_{k−1}(a)φ(a) − h_{k−1}(b)φ(b)) / √k} for {@code k ≥ 1} (from {@code (He_{k−1}φ)' = −He_k φ}).
     * Infinite endpoints are allowed.
     */
    static void intervalMoments(double a, double b, double[] out) {
        out[0] = probability(a, b);
        int n = out.length;
        if (n == 1) {
            return;
        }
        double[] ha = new double[n];
        double[] hb = new double[n];
        double pa = Double.isInfinite(a) ? 0 : pdf(a);
        double pb = Double.isInfinite(b) ? 0 : pdf(b);
        if (pa != 0) {
            hermite(a, ha);
        }
        if (pb != 0) {
            hermite(b, hb);
        }
        for (int k = 1; k < n; k++) {
            out[k] = (ha[k - 1] * pa - hb[k - 1] * pb) / Math.sqrt(k);
        }
    }

    /**
     * An estimate of {@code ∫_{|z| > L} h_k(z)² φ(z) dz}, the mass of {@code h_k²} cut off by truncating
     * {@code z} to {@code [−L, L]}.
     */
    static double tailSquareMoment(int k, double cut) {
        double[] h = new double[k + 1];
        double sum = 0;
        double step = 1.0 / 16;
        for (int i = 0; i < 16 * 15; i++) {
            double z0 = cut + i * step;
            for (int j = 0; j < TAIL_NODES.length; j++) {
                double z = z0 + 0.5 * step * (1 + TAIL_NODES[j]);
                hermite(z, h);
                sum += 0.5 * step * TAIL_WEIGHTS[j] * h[k] * h[k] * pdf(z);
            }
        }
        return 2 * sum;
    }

    /**
     * The truncation point {@code L} (a multiple of 1/2, at least 8) beyond which
     * {@code ∫_{|z|>L} h_k² φ < 10^{-18}} for every {@code k ≤ maxK}.
     */
    static double truncation(int maxK) {
        double cut = 8;
        while (cut < 30 && maxTail(maxK, cut) > 1e-18) {
            cut += 0.5;
        }
        return cut;
    }

    private static double maxTail(int maxK, double cut) {
        double m = 0;
        for (int k = Math.max(0, maxK - 1); k <= maxK; k++) {
            m = Math.max(m, tailSquareMoment(k, cut));
        }
        return m;
    }
}
