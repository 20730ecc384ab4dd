package org.sgdx.checks.stats;

import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The nonparametric bootstrap over runs: each replicate resamples the runs of every design point with replacement
 * (independently across points) and recomputes the statistic. Replicate {@code b} draws from
 * {@link #stream(long, long) stream(seed, b)}, resampling the points in their given order, so a replicate depends only
 * on the seed, its index and the data.
 */
public final class Bootstrap {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Bootstrap() {
    }

    /**
     * The statistic on {@code replicates} bootstrap resamples of every sample.
     *
     * @return {@code values[b][i]}: the statistic of resample {@code b} of sample {@code i}, {@link Double#NaN} where
     *     it is undefined
     * @throws IllegalArgumentException if {@code replicates < 1}
     */
    public static double[][] replicates(List<CensoredSample> samples, SampleStatistic statistic, int replicates,
            long seed) {
        if (replicates < 1) {
            throw new IllegalArgumentException("the number of bootstrap replicates must be >= 1, got " + replicates);
        }
        double[][] values = new double[replicates][samples.size()];
        for (int b = 0; b < replicates; b++) {
            UniformRandomProvider rng = stream(seed, b);
            for (int i = 0; i < samples.size(); i++) {
                values[b][i] = statistic.evaluate(samples.get(i).resample(rng)).value();
            }
        }
        return values;
    }

    /**
     * The random stream with the given index: an {@code XO_RO_SHI_RO_128_PP} generator whose state is derived from
     * {@code seed} and {@code index} by SplitMix64 mixing.
     */
    public static UniformRandomProvider stream(long seed, long index) {
        long k = mix64(mix64(seed + GOLDEN) + (index + 1) * GOLDEN);
        long s0 = mix64(k + GOLDEN);
        long s1 = mix64(k + 2 * GOLDEN);
        if ((s0 | s1) == 0) {
            s1 = GOLDEN;
        }
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s0, s1});
    }

    /** A seed derived from a base seed and a text key (e.g. a claim id), by SplitMix64 mixing of its hash. */
    public static long derive(long seed, String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return mix64(mix64(seed) ^ mix64(h + GOLDEN));
    }

    /** The SplitMix64 finaliser (Stafford's variant 13). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The percentile interval of the finite values: the {@code (1 − level)/2} and {@code (1 + level)/2} sample
     * quantiles (Hyndman–Fan type 7, the default of R). NaN values (undefined replicates) are ignored.
     *
     * @return the interval, undefined when fewer than two finite values remain
     */
    public static ConfidenceInterval percentile(double[] values, double level) {
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        String method = String.format(Locale.ROOT, "percentile bootstrap, %d of %d replicates defined", finite.length,
                values.length);
        if (finite.length < 2) {
            return ConfidenceInterval.undefined(level, method + ": too few to form an interval");
        }
        double alpha = 1 - level;
        double[] q = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7)
                .evaluate(finite, alpha / 2, 1 - alpha / 2);
        return new ConfidenceInterval(q[0], q[1], level, method);
    }
}
