package org.sgdx.checks.stats;

import java.util.Objects;

/**
 * The value of a statistic of one sample, or the reason why it is undefined (e.g. a Kaplan–Meier median that is not
 * reached because more than half of the runs are censored).
 *
 * @param value the value; {@link Double#NaN} when undefined
 * @param reason why the value is undefined; empty when it is defined
 */
public record StatisticValue(double value, String reason) {

    public StatisticValue {
        Objects.requireNonNull(reason, "reason");
        if (Double.isNaN(value) == reason.isEmpty()) {
            throw new IllegalArgumentException("a statistic is either a number or undefined with a reason");
        }
    }

    /** A defined value (finite or infinite, not NaN). */
    public static StatisticValue of(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("a defined statistic cannot be NaN");
        }
        return new StatisticValue(value, "");
    }

    /** An undefined value with its reason. */
    public static StatisticValue undefined(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an undefined statistic needs a reason");
        }
        return new StatisticValue(Double.NaN, reason);
    }

    /** Whether the value is defined. */
    public boolean isDefined() {
        return reason.isEmpty();
    }
}
