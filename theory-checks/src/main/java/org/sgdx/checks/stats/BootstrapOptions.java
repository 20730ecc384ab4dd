package org.sgdx.checks.stats;

/**
 * Options of the bootstrap behind a fit's confidence intervals.
 *
 * @param replicates the number of bootstrap replicates, {@code ≥ 1}
 * @param confidence the nominal coverage of the intervals, in (0, 1)
 * @param seed the seed of the replicate streams ({@link Bootstrap#stream(long, long)})
 */
public record BootstrapOptions(int replicates, double confidence, long seed) {

    public BootstrapOptions {
        if (replicates < 1) {
            throw new IllegalArgumentException("the number of bootstrap replicates must be >= 1, got " + replicates);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("the confidence level must be in (0, 1), got " + confidence);
        }
    }

    /** 1000 replicates, 95% intervals. */
    public static BootstrapOptions of(long seed) {
        return new BootstrapOptions(1000, 0.95, seed);
    }
}
