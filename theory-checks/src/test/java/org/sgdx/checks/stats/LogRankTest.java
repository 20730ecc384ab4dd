package org.sgdx.checks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class LogRankTest {

    @Test
    void separatedSamplesGiveTheHypergeometricSums() {
        // pooled events at 1..6, the first sample at risk 3, 2, 1, 0, 0, 0 of 6, 5, 4, 3, 2, 1
        LogRank r = LogRank.test(CensoredSample.uncensored(1, 2, 3), CensoredSample.uncensored(4, 5, 6));
        double expected = 3.0 / 6 + 2.0 / 5 + 1.0 / 4;
        double variance = (3.0 / 6) * (3.0 / 6) + (2.0 / 5) * (3.0 / 5) + (1.0 / 4) * (3.0 / 4);
        double z = (3 - expected) / Math.sqrt(variance);
        assertThat(r.observed()).isEqualTo(3);
        assertThat(r.expected()).isCloseTo(expected, within(1e-15));
        assertThat(r.z()).isCloseTo(z, within(1e-12));
        assertThat(r.pValue()).isCloseTo(Erfc.value(z / Math.sqrt(2)), within(1e-15));
    }

    @Test
    void tiesAndCensoringUseTheHypergeometricVariance() {
        // at t = 2: 4 at risk (2 of the first sample), 2 events (1 each): e = 1, v = 2 (1/2)(1/2)(2/3); the censored
        // runs at 2 are at risk then; at t = 3: 1 at risk, 1 event of the second sample: e = 0, v = 0
        CensoredSample x = CensoredSample.of(new long[] {2, 2}, new boolean[] {true, false});
        CensoredSample y = CensoredSample.of(new long[] {2, 3}, new boolean[] {true, true});
        LogRank r = LogRank.test(x, y);
        assertThat(r.expected()).isCloseTo(1.0, within(1e-15));
        assertThat(r.z()).isCloseTo(0.0, within(1e-15));
        LogRank s = LogRank.test(CensoredSample.of(new long[] {1, 2}, new boolean[] {true, false}), y);
        // t = 1: 4 at risk, 2 of the first; t = 2: 3 at risk, 1 of the first (censored there), 1 event
        double v = 0.5 * 0.5 + (1.0 / 3) * (2.0 / 3);
        assertThat(s.z()).isCloseTo((1 - 0.5 - 1.0 / 3) / Math.sqrt(v), within(1e-12));
    }

    @Test
    void swappingTheSamplesFlipsTheSign() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        CensoredSample x = exponential(rng, 50, 1.0, 200);
        CensoredSample y = exponential(rng, 80, 1.3, 200);
        LogRank a = LogRank.test(x, y);
        LogRank b = LogRank.test(y, x);
        assertThat(b.z()).isCloseTo(-a.z(), within(1e-12));
        assertThat(b.pValue()).isCloseTo(a.pValue(), within(1e-12));
        assertThat(LogRank.test(x, x).pValue()).isEqualTo(1.0);
    }

    /**
     * Under equal laws (censored exponential times, ties from rounding to steps) the p-value is uniform: the fraction
     * below 0.05 over 2000 pairs has standard deviation 0.0049; the band of +-0.02 (4 standard deviations) fails by
     * chance with probability below 1e-4. Fixed seed.
     */
    @Test
    void pValuesAreCalibratedUnderEqualLaws() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        int rejected = 0;
        int pairs = 2000;
        for (int k = 0; k < pairs; k++) {
            if (LogRank.test(exponential(rng, 60, 1, 150), exponential(rng, 240, 1, 150)).pValue() < 0.05) {
                rejected++;
            }
        }
        assertThat((double) rejected / pairs).isBetween(0.03, 0.07);
    }

    /** Times 1.5 times longer are detected with 200 runs per sample (fixed seed; the expected |z| is about 5). */
    @Test
    void detectsAScaledLaw() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        LogRank r = LogRank.test(exponential(rng, 200, 1.5, 1000), exponential(rng, 200, 1, 1000));
        assertThat(r.z()).isNegative();
        assertThat(r.pValue()).isLessThan(1e-3);
    }

    @Test
    void theDetectableShiftShrinksWithTheSampleSize() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        CensoredSample reference = exponential(rng, 2000, 1, 400);
        ShiftPower.Result small = ShiftPower.of(reference, 50, 400, 0.01, 0.8, 100, 1L);
        ShiftPower.Result large = ShiftPower.of(reference, 800, 400, 0.01, 0.8, 100, 1L);
        assertThat(small.slower().delta()).isGreaterThan(large.slower().delta());
        assertThat(small.faster().delta()).isGreaterThan(large.faster().delta());
        assertThat(large.slower().power()).isGreaterThanOrEqualTo(0.8);
        // for exponential times, scaling by c is a hazard ratio 1/c: with 800 and 2000 runs, z ~ log(c) sqrt(571)
        // reaches the 1% level's 2.58 + 0.84 at c ~ 1.15
        assertThat(large.slower().delta()).isBetween(0.08, 0.25);
    }

    /** Exponential times of mean {@code 100 scale} rounded to steps, censored at {@code budget}. */
    private static CensoredSample exponential(UniformRandomProvider rng, int n, double scale, long budget) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = Math.round(-100 * scale * Math.log(1 - rng.nextDouble()));
        }
        return CensoredSample.withBudget(t, budget);
    }
}
