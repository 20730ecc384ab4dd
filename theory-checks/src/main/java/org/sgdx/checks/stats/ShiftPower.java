package org.sgdx.checks.stats;

import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The smallest relative shift of the median hitting time that the {@link LogRank} test detects with a given power,
 * by simulation from a reference sample (MATH.md §8). A shift by the factor {@code c} multiplies every hitting time by
 * {@code c} (an accelerated-time alternative: every quantile, the median included, moves by the factor {@code c});
 * times beyond the step budget are censored there.
 *
 * <p>For each candidate {@code c} on a fixed ladder, {@code replicates} pairs of samples are drawn with replacement
 * from the reference runs: one of the tested sample's size with its hitting times scaled by {@code c} (rounded to
 * the nearest step), one of the reference's size unchanged; the power is the fraction of pairs whose log-rank
 * p-value is below the level. The same draws serve every {@code c}, so the estimated power grows with the shift
 * but for the Monte Carlo noise. Its standard error is at most {@code 0.5/√replicates}.
 */
public final class ShiftPower {

    /** The relative shifts tried, in increasing order: {@code c = 1 + δ} (slower) or {@code 1/(1 + δ)} (faster). */
    public static final List<Double> LADDER = List.of(0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15,
            0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0);

    /**
     * The smallest detected shift in one direction.
     *
     * @param delta the smallest {@code δ} of {@link #LADDER} with power at least the target, or {@code NaN} when no
     *     shift on the ladder reaches it
     * @param power the estimated power at {@code δ} (at the largest {@code δ} tried when none reaches the target)
     */
    public record Detectable(double delta, double power) {
    }

    /**
     * The smallest detected shifts towards slower and faster hitting.
     *
     * @param slower times multiplied by {@code 1 + δ}
     * @param faster times divided by {@code 1 + δ}
     * @param level the level of the log-rank test
     * @param power the target power
     * @param replicates the pairs of samples per shift
     */
    public record Result(Detectable slower, Detectable faster, double level, double power, int replicates) {
    }

    private ShiftPower() {
    }

    /**
     * Estimates the smallest detectable shifts.
     *
     * @param reference the reference runs
     * @param testedSize the size of the tested sample
     * @param budget the step budget: scaled times above it are censored there
     * @param level the log-rank test's level, in (0, 1)
     * @param power the target power, in (0, 1)
     * @param replicates pairs of samples per shift, at least 10
     * @param seed the seed of the draws
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Result of(CensoredSample reference, int testedSize, long budget, double level, double power,
            int replicates, long seed) {
        Objects.requireNonNull(reference, "reference");
        if (testedSize < 2) {
            throw new IllegalArgumentException("the tested sample size must be >= 2, got " + testedSize);
        }
        if (!(level > 0 && level < 1) || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("level and power must be in (0, 1), got " + level + " and " + power);
        }
        if (replicates < 10) {
            throw new IllegalArgumentException("replicates must be >= 10, got " + replicates);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int m = reference.size();
        int[][] tested = new int[replicates][testedSize];
        CensoredSample[] others = new CensoredSample[replicates];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < testedSize; i++) {
                tested[r][i] = rng.nextInt(m);
            }
            others[r] = reference.resample(rng);
        }
        Detectable slower = search(reference, tested, others, budget, level, power, true);
        Detectable faster = search(reference, tested, others, budget, level, power, false);
        return new Result(slower, faster, level, power, replicates);
    }

    private static Detectable search(CensoredSample reference, int[][] tested, CensoredSample[] others, long budget,
            double level, double target, boolean slower) {
        double last = 0;
        for (double delta : LADDER) {
            double c = slower ? 1 + delta : 1 / (1 + delta);
            int rejected = 0;
            for (int r = 0; r < tested.length; r++) {
                if (LogRank.test(scaled(reference, tested[r], c, budget), others[r]).pValue() < level) {
                    rejected++;
                }
            }
            last = (double) rejected / tested.length;
            if (last >= target) {
                return new Detectable(delta, last);
            }
        }
        return new Detectable(Double.NaN, last);
    }

    /** The runs {@code rows} of the reference with hitting times scaled by {@code c}, censored at the budget. */
    static CensoredSample scaled(CensoredSample reference, int[] rows, double c, long budget) {
        long[] t = new long[rows.length];
        boolean[] h = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int j = rows[i];
            if (reference.hit(j)) {
                double s = Math.rint(reference.time(j) * c);
                h[i] = s <= budget;
                t[i] = h[i] ? (long) s : budget;
            } else {
                t[i] = budget;
            }
        }
        return CensoredSample.of(t, h);
    }
}
