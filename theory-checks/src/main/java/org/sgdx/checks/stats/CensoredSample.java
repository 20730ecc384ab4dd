package org.sgdx.checks.stats;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.sgdx.fastpath.RunResult;

/**
 * Right-censored hitting times of independent runs (MATH.md §8): each run either hit at its time or was censored
 * there (its hitting time is larger). Immutable.
 *
 * <p>Quantiles are Kaplan–Meier quantiles ({@link KaplanMeier}): the {@code p}-quantile is the smallest event time
 * {@code t} with {@code S(t) ≤ 1 − p}; it is undefined when {@code S} stays above {@code 1 − p} over the observed
 * times, which never happens by dropping or capping censored runs.
 */
public final class CensoredSample {

    private final long[] times;
    private final boolean[] hit;
    private final int hits;

    private CensoredSample(long[] times, boolean[] hit) {
        this.times = times;
        this.hit = hit;
        int h = 0;
        for (boolean b : hit) {
            if (b) {
                h++;
            }
        }
        this.hits = h;
    }

    /**
     * From times and event flags ({@code true} = hit at that time, {@code false} = censored there).
     *
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or a time is negative
     */
    public static CensoredSample of(long[] times, boolean[] hit) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(hit, "hit");
        if (times.length != hit.length) {
            throw new IllegalArgumentException("times and hit flags differ in length: " + times.length + " vs "
                    + hit.length);
        }
        if (times.length == 0) {
            throw new IllegalArgumentException("a sample needs at least one run");
        }
        for (long t : times) {
            if (t < 0) {
                throw new IllegalArgumentException("hitting times must be >= 0, got " + t);
            }
        }
        return new CensoredSample(times.clone(), hit.clone());
    }

    /** A sample in which every run hit. */
    public static CensoredSample uncensored(long... times) {
        boolean[] hit = new boolean[times.length];
        Arrays.fill(hit, true);
        return of(times, hit);
    }

    /**
     * A sample in which times above {@code budget} are censored at {@code budget} (the hitting times of runs with
     * a step budget).
     */
    public static CensoredSample withBudget(long[] hittingTimes, long budget) {
        long[] t = new long[hittingTimes.length];
        boolean[] h = new boolean[hittingTimes.length];
        for (int i = 0; i < t.length; i++) {
            h[i] = hittingTimes[i] <= budget;
            t[i] = Math.min(hittingTimes[i], budget);
        }
        return of(t, h);
    }

    /**
     * From simulator runs with step budget {@code budget}: hits are events at their hitting step; censored and
     * diverged runs are censored at the budget (as in {@link KaplanMeier#of(List, long)}).
     */
    public static CensoredSample ofRuns(List<RunResult> runs, long budget) {
        long[] t = new long[runs.size()];
        boolean[] h = new boolean[runs.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = runs.get(i).observedTime(budget);
            h[i] = runs.get(i).hit();
        }
        return of(t, h);
    }

    /** The number of runs. */
    public int size() {
        return times.length;
    }

    /** The number of runs that hit. */
    public int hits() {
        return hits;
    }

    /** The number of censored runs. */
    public int censored() {
        return times.length - hits;
    }

    /** The time of run {@code i}: its hitting time, or the time at which it was censored. */
    public long time(int i) {
        return times[i];
    }

    /** Whether run {@code i} hit. */
    public boolean hit(int i) {
        return hit[i];
    }

    /** The times as doubles (hitting times, and censoring times of censored runs). */
    public double[] timesAsDoubles() {
        double[] d = new double[times.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = times[i];
        }
        return d;
    }

    /** The largest time observed. */
    public long maxTime() {
        long m = 0;
        for (long t : times) {
            m = Math.max(m, t);
        }
        return m;
    }

    /** The Kaplan–Meier estimator of the law of the hitting time. */
    public KaplanMeier kaplanMeier() {
        return KaplanMeier.of(times, hit);
    }

    /**
     * The Kaplan–Meier {@code p}-quantile, or undefined with the reason when it is not reached.
     *
     * @throws IllegalArgumentException if {@code p} is not in (0, 1)
     */
    public StatisticValue quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in the open interval (0, 1), got " + p);
        }
        if (hits == 0) {
            return StatisticValue.undefined("no run hit (0 of " + size() + ")");
        }
        KaplanMeier km = kaplanMeier();
        double q = km.quantileEstimate(p);
        if (Double.isInfinite(q)) {
            List<KaplanMeier.Point> points = km.points();
            double last = points.isEmpty() ? 1 : points.get(points.size() - 1).survival();
            return StatisticValue.undefined(String.format(java.util.Locale.ROOT,
                    "the %s is not reached: the Kaplan-Meier P(T > t) stays at %.3f > %.3f after the last hit"
                            + " (%d of %d runs hit)", name(p), last, 1 - p, hits, size()));
        }
        return StatisticValue.of(q);
    }

    /** The Kaplan–Meier median. */
    public StatisticValue median() {
        return quantile(0.5);
    }

    /** A sample of the same size drawn with replacement from the runs of this one. */
    public CensoredSample resample(UniformRandomProvider rng) {
        int n = times.length;
        long[] t = new long[n];
        boolean[] h = new boolean[n];
        for (int i = 0; i < n; i++) {
            int j = rng.nextInt(n);
            t[i] = times[j];
            h[i] = hit[j];
        }
        return new CensoredSample(t, h);
    }

    private static String name(double p) {
        return p == 0.5 ? "median" : p + "-quantile";
    }

    @Override
    public String toString() {
        return "CensoredSample[runs=" + size() + ", hits=" + hits + "]";
    }
}
