package org.sgdx.checks.stats;

import java.util.Objects;

/**
 * A design point left out of a fit because its statistic is undefined (e.g. too many censored runs).
 *
 * @param x the design value
 * @param runs the number of runs
 * @param hits the number of runs that hit
 * @param reason why it was left out
 */
public record ExcludedPoint(double x, int runs, int hits, String reason) {

    public ExcludedPoint {
        Objects.requireNonNull(reason, "reason");
    }
}
