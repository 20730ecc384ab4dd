package org.sgdx.checks.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * The log-rank test (Mantel 1966; Peto and Peto 1972) of equal laws of two right-censored samples of hitting times
 * (MATH.md §8), two-sided. At each distinct event time {@code t_j} of the pooled sample, with {@code n_j} runs at
 * risk ({@code n_{1j}} of the first sample) and {@code d_j} events ({@code d_{1j}} of the first sample),
 * {@code U = Σ (d_{1j} − d_j n_{1j}/n_j)}, {@code V = Σ d_j (n_{1j}/n_j)(1 − n_{1j}/n_j)(n_j − d_j)/(n_j − 1)}
 * (the hypergeometric variance, exact under ties), and {@code U/√V} is compared with the standard normal law. A run
 * censored at the time of an event is still at risk then (as in {@link KaplanMeier}). Sensitive to a shift of the
 * whole law, e.g. all hitting times scaled by a common factor.
 *
 * @param z the standardised statistic {@code U/√V} (positive when the first sample hits more often than expected,
 *     i.e. earlier)
 * @param pValue the two-sided p-value {@code P(|N(0, 1)| ≥ |z|)}; 1 when there is no event
 * @param observed {@code O_1}, the events of the first sample
 * @param expected {@code E_1}, the events the first sample would have under equal laws
 * @param n the size of the first sample
 * @param m the size of the second sample
 */
public record LogRank(double z, double pValue, double observed, double expected, int n, int m) {

    /** Tests two samples. */
    public static LogRank test(CensoredSample x, CensoredSample y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        int n = x.size();
        int total = n + y.size();
        // pooled runs sorted by time, events first at equal times; the sort key packs (time, censored, sample)
        long[] keys = new long[total];
        for (int i = 0; i < total; i++) {
            boolean first = i < n;
            CensoredSample s = first ? x : y;
            int k = first ? i : i - n;
            if (s.time(k) >= 1L << 61) {
                throw new IllegalArgumentException("times must be below 2^61, got " + s.time(k));
            }
            keys[i] = s.time(k) << 2 | (s.hit(k) ? 0 : 2) | (first ? 0 : 1);
        }
        Arrays.sort(keys);
        double u = 0;
        double v = 0;
        double observed = 0;
        double expected = 0;
        int atRisk = total;
        int atRiskFirst = n;
        int k = 0;
        while (k < total) {
            long t = keys[k] >>> 2;
            int d = 0;
            int dFirst = 0;
            int removed = 0;
            int removedFirst = 0;
            while (k < total && keys[k] >>> 2 == t) {
                boolean first = (keys[k] & 1) == 0;
                if ((keys[k] & 2) == 0) {
                    d++;
                    dFirst += first ? 1 : 0;
                }
                removed++;
                removedFirst += first ? 1 : 0;
                k++;
            }
            if (d > 0) {
                double p = (double) atRiskFirst / atRisk;
                double e = d * p;
                observed += dFirst;
                expected += e;
                u += dFirst - e;
                if (atRisk > 1) {
                    v += d * p * (1 - p) * (atRisk - d) / (atRisk - 1.0);
                }
            }
            atRisk -= removed;
            atRiskFirst -= removedFirst;
        }
        if (!(v > 0)) {
            return new LogRank(0, 1, observed, expected, n, y.size());
        }
        double z = u / Math.sqrt(v);
        return new LogRank(z, Erfc.value(Math.abs(z) / Math.sqrt(2)), observed, expected, n, y.size());
    }

    /** A one-line summary. */
    public String summary() {
        return String.format(Locale.ROOT, "log-rank: z = %.3f, p = %.4g (events %.0f observed, %.1f expected in the"
                + " first sample; n = %d, m = %d)", z, pValue, observed, expected, n, m);
    }
}
