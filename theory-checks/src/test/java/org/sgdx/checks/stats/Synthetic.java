package org.sgdx.checks.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Synthetic hitting times with known medians: log-normal noise around a given median, censored at a budget. */
final class Synthetic {

    private Synthetic() {
    }

    /**
     * For each design value {@code x}, {@code runs} times {@code T = round(median(x) · e^{σ ε})}, {@code ε ~ N(0,1)},
     * censored at {@code budget}; the median of {@code T} is {@code median(x)} (up to the rounding).
     */
    static List<DataPoint> points(double[] xs, DoubleUnaryOperator median, double sigma, int runs, long budget,
            long seed) {
        UniformRandomProvider rng = Bootstrap.stream(seed, 12345);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        List<DataPoint> out = new ArrayList<>();
        for (double x : xs) {
            long[] t = new long[runs];
            for (int i = 0; i < runs; i++) {
                t[i] = Math.max(1, Math.round(median.applyAsDouble(x) * Math.exp(sigma * gauss.sample())));
            }
            out.add(new DataPoint(x, CensoredSample.withBudget(t, budget)));
        }
        return out;
    }

    static double[] geometric(double first, double ratio, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = first * Math.pow(ratio, i);
        }
        return v;
    }
}
