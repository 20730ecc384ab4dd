package org.sgdx.reference.numeric;

import java.util.function.DoubleUnaryOperator;

/**
 * Golden-section search for the minimum of a unimodal function on an interval, in double precision (Kiefer, 1953):
 * the bracket {@code [a, b]} shrinks by the factor {@code (√5 − 1)/2} per evaluation, keeping the smaller of the two
 * interior values; ties keep the left point. Without unimodality the result is a local minimum of the sampled values.
 */
public final class GoldenSection {

    private static final double RATIO = (Math.sqrt(5) - 1) / 2;

    /** When the bracket {@code [a, b]} is narrow enough. */
    @FunctionalInterface
    public interface Stop {
        /** Whether the search ends with the bracket {@code [a, b]}. */
        boolean test(double a, double b);
    }

    /**
     * A minimiser and the function value there.
     *
     * @param x the point
     * @param value the function value at {@code x}
     */
    public record Minimum(double x, double value) {
    }

    private GoldenSection() {
    }

    /**
     * The smaller of the two interior points of the final bracket, found by shrinking {@code [lo, hi]} until
     * {@code stop} holds or after {@code maxIterations} evaluations beyond the first two.
     *
     * @param g the function, unimodal on {@code [lo, hi]}
     * @param lo the left end, {@code lo < hi}
     * @param hi the right end
     * @param stop when the bracket is narrow enough
     * @param maxIterations the largest number of shrinking steps
     */
    public static Minimum minimize(DoubleUnaryOperator g, double lo, double hi, Stop stop, int maxIterations) {
        double a = lo;
        double b = hi;
        double c = b - RATIO * (b - a);
        double e = a + RATIO * (b - a);
        double gc = g.applyAsDouble(c);
        double ge = g.applyAsDouble(e);
        for (int i = 0; i < maxIterations && !stop.test(a, b); i++) {
            if (gc <= ge) {
                b = e;
                e = c;
                ge = gc;
                c = b - RATIO * (b - a);
                gc = g.applyAsDouble(c);
            } else {
                a = c;
                c = e;
                gc = ge;
                e = a + RATIO * (b - a);
                ge = g.applyAsDouble(e);
            }
        }
        return gc <= ge ? new Minimum(c, gc) : new Minimum(e, ge);
    }

    /**
     * {@link #minimize(DoubleUnaryOperator, double, double, Stop, int)} until
     * {@code b − a ≤ tolerance · max(1, |a| + |b|)}, with no bound on the number of steps.
     */
    public static Minimum minimize(DoubleUnaryOperator g, double lo, double hi, double tolerance) {
        return minimize(g, lo, hi, (a, b) -> !(b - a > tolerance * Math.max(1, Math.abs(a) + Math.abs(b))),
                Integer.MAX_VALUE);
    }
}
