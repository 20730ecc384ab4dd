package org.sgdx.fastpath;

import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * Values {@code m_t} recorded at chosen steps (log-spaced by default). Checkpoints after the last simulated step
 * of a run (it stopped at a hit or diverged) are absent. Immutable.
 */
public final class Checkpoints {

    /** No checkpoints. */
    public static final Checkpoints NONE = new Checkpoints(new long[0], new double[0]);

    private final long[] steps;
    private final double[] values;

    private Checkpoints(long[] steps, double[] values) {
        this.steps = steps;
        this.values = values;
    }

    /** Checkpoints from parallel arrays (copied). */
    public static Checkpoints of(long[] steps, double[] values) {
        if (steps.length != values.length) {
            throw new IllegalArgumentException("steps and values differ in length: " + steps.length + " vs "
                    + values.length);
        }
        return new Checkpoints(steps.clone(), values.clone());
    }

    static Checkpoints wrap(long[] steps, double[] values, int count) {
        return count == 0 ? NONE : new Checkpoints(Arrays.copyOf(steps, count), Arrays.copyOf(values, count));
    }

    /**
     * The schedule {@code 0} and {@code round(10^{j/n})} for {@code j = 0, 1, …}, distinct, up to {@code maxSteps};
     * empty when {@code perDecade = 0}.
     */
    public static long[] logSpacedSchedule(int perDecade, long maxSteps) {
        if (perDecade == 0) {
            return new long[0];
        }
        LongStream.Builder b = LongStream.builder();
        b.add(0);
        long last = 0;
        for (int j = 0; ; j++) {
            double p = Math.pow(10, (double) j / perDecade);
            if (p > maxSteps + 0.5) {
                break;
            }
            long t = Math.round(p);
            if (t > last) {
                b.add(t);
                last = t;
            }
        }
        return b.build().toArray();
    }

    public int size() {
        return steps.length;
    }

    /** The steps (a copy). */
    public long[] steps() {
        return steps.clone();
    }

    /** The values {@code m_t} at the steps (a copy). */
    public double[] values() {
        return values.clone();
    }

    public long step(int i) {
        return steps[i];
    }

    public double value(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoints c && Arrays.equals(steps, c.steps) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(steps) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Checkpoints[");
        for (int i = 0; i < steps.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(steps[i]).append('=').append(values[i]);
        }
        return sb.append(']').toString();
    }
}
