package org.sgdx.checks.stats;

/**
 * A design point used in a fit.
 *
 * @param x the design value (natural scale)
 * @param value the statistic at {@code x} (natural scale, {@code > 0}); its logarithm is fitted
 * @param runs the number of runs ({@code 0} when the value was given without a sample)
 * @param hits the number of runs that hit
 */
public record FitPoint(double x, double value, int runs, int hits) {
}
