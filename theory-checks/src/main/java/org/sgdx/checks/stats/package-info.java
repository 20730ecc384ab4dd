/**
 * Statistics of censored hitting times (MATH.md §8): Kaplan–Meier quantiles, log–log slope fits and broken-line
 * (phase boundary) fits with seeded bootstrap confidence intervals, quantile–quantile pairs, the two-sample
 * Kolmogorov–Smirnov test, the log-rank test of two censored samples and the shift of the median it detects
 * ({@link org.sgdx.checks.stats.ShiftPower}, by seeded resampling).
 *
 * <p>All randomness comes from an explicit seed: replicate {@code b} of a bootstrap draws from its own
 * {@code XO_RO_SHI_RO_128_PP} stream ({@link org.sgdx.checks.stats.Bootstrap#stream(long, long)}), so results do not
 * depend on the order or the thread in which replicates are computed. Logarithms are natural logarithms.
 */
package org.sgdx.checks.stats;
