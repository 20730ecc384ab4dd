package org.sgdx.checks.stats;

import java.util.Objects;

/**
 * A confidence interval {@code [lower, upper]}.
 *
 * @param lower the lower limit ({@link Double#NaN} when it could not be computed)
 * @param upper the upper limit ({@link Double#NaN} when it could not be computed)
 * @param level the nominal coverage, in (0, 1)
 * @param method how it was computed, for reports (e.g. {@code percentile bootstrap, 1000 replicates})
 */
public record ConfidenceInterval(double lower, double upper, double level, String method) {

    public ConfidenceInterval {
        Objects.requireNonNull(method, "method");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must be in (0, 1), got " + level);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower limit " + lower + " exceeds upper limit " + upper);
        }
    }

    /** An interval that could not be computed, with the reason as its method. */
    public static ConfidenceInterval undefined(double level, String reason) {
        return new ConfidenceInterval(Double.NaN, Double.NaN, level, reason);
    }

    /** Whether both limits are finite numbers. */
    public boolean isDefined() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    /** Whether {@code lower ≤ value ≤ upper}. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** {@code upper − lower}. */
    public double width() {
        return upper - lower;
    }
}
