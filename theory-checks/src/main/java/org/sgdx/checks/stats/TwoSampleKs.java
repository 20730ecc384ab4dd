package org.sgdx.checks.stats;

import java.util.Locale;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;

/**
 * The two-sample Kolmogorov–Smirnov test of equal distributions (two-sided), through Commons Statistics: the exact
 * p-value for samples below 10000 and the asymptotic one above. Used for the reduced chain against the literal
 * simulation (MATH.md §7), on {@code m_t} at a fixed {@code t}, or on hitting times censored at a common budget
 * {@code B} (then the test compares the laws of {@code min(T, B)}, equal when the laws of {@code T} are).
 *
 * @param statistic the statistic {@code D = sup |F_x − F_y|}
 * @param pValue the p-value {@code P(D_{n,m} ≥ d)} under equal continuous distributions
 * @param n the size of the first sample
 * @param m the size of the second sample
 * @param significantTies whether ties between the samples make {@code D} ambiguous (the p-value is then an
 *     over-estimate for the larger possible {@code D}; discrete data such as step counts have ties)
 */
public record TwoSampleKs(double statistic, double pValue, int n, int m, boolean significantTies) {

    /**
     * Tests two samples.
     *
     * @throws IllegalArgumentException if a sample has fewer than two values or contains NaN
     */
    public static TwoSampleKs test(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("the two-sample Kolmogorov-Smirnov test needs at least two values in"
                    + " each sample, got " + x.length + " and " + y.length);
        }
        KolmogorovSmirnovTest.TwoResult r = KolmogorovSmirnovTest.withDefaults().test(x, y);
        return new TwoSampleKs(r.getStatistic(), r.getPValue(), x.length, y.length, r.hasSignificantTies());
    }

    /** A one-line summary for evidence traces. */
    public String summary() {
        return String.format(Locale.ROOT, "two-sample Kolmogorov-Smirnov: D = %.4f, p = %.4g (n = %d, m = %d%s)",
                statistic, pValue, n, m, significantTies ? ", significant ties" : "");
    }
}
