package org.sgdx.checks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Quantile pairs and the two-sample Kolmogorov–Smirnov wrapper. */
class QuantileQuantileTest {

    @Test
    void quantilesOfKnownSamples() {
        double[] x = new double[101];
        double[] y = new double[101];
        for (int i = 0; i <= 100; i++) {
            x[i] = i;
            y[i] = 2 * i;
        }
        QuantileQuantile qq = QuantileQuantile.of(x, y, 4);
        // type 7: the p-quantile of 0..100 is 100 p
        assertThat(qq.points()).extracting(QuantileQuantile.Point::x).containsExactly(12.5, 37.5, 62.5, 87.5);
        assertThat(qq.points()).allSatisfy(p -> assertThat(p.y()).isCloseTo(2 * p.x(), within(1e-12)));
        assertThat(QuantileQuantile.of(x, x, 10).maxRelativeDifference()).isZero();
    }

    @Test
    void censoredPairsStopWhereAQuantileIsNotReached() {
        CensoredSample a = CensoredSample.uncensored(1, 2, 3, 4, 5, 6, 7, 8);
        CensoredSample b = CensoredSample.withBudget(new long[] {1, 2, 3, 4, 50, 60, 70, 80}, 10);
        QuantileQuantile qq = QuantileQuantile.ofCensored(a, b, 8);
        // b has S = 0.5 after its 4th hit and nothing later: quantiles above 1/2 are not reached
        assertThat(qq.points()).extracting(QuantileQuantile.Point::p).containsExactly(0.0625, 0.1875, 0.3125, 0.4375);
        assertThat(qq.points()).allSatisfy(p -> assertThat(p.y()).isEqualTo(p.x()));
    }

    /** n = m = 3 with disjoint samples: D = 1 and the exact two-sided p-value is 2 / C(6, 3) = 0.1. */
    @Test
    void kolmogorovSmirnovOnAHandExample() {
        TwoSampleKs ks = TwoSampleKs.test(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertThat(ks.statistic()).isEqualTo(1.0);
        assertThat(ks.pValue()).isCloseTo(0.1, within(1e-12));
        assertThat(ks.summary()).contains("D = 1.0000");
    }

    /**
     * Two samples of 2000 standard normals from different streams: the test rejects at 0.001 with probability 0.001;
     * shifted by 0.5 standard deviations the p-value is below 1e-20 except with negligible probability.
     */
    @Test
    void kolmogorovSmirnovSeparatesEqualFromShiftedLaws() {
        double[] x = normals(1, 2000, 0);
        double[] y = normals(2, 2000, 0);
        double[] z = normals(3, 2000, 0.5);
        assertThat(TwoSampleKs.test(x, y).pValue()).isGreaterThan(0.001);
        assertThat(TwoSampleKs.test(x, z).pValue()).isLessThan(1e-20);
        assertThatThrownBy(() -> TwoSampleKs.test(new double[] {1}, y)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] normals(long seed, int n, double shift) {
        var g = org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(
                Bootstrap.stream(seed, 0));
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = g.sample() + shift;
        }
        return v;
    }

    @Test
    void percentileIntervalsIgnoreUndefinedReplicates() {
        double[] v = new double[102];
        for (int i = 0; i <= 100; i++) {
            v[i] = i;
        }
        v[101] = Double.NaN;
        ConfidenceInterval ci = Bootstrap.percentile(v, 0.9);
        assertThat(ci.lower()).isCloseTo(5, within(1e-12));
        assertThat(ci.upper()).isCloseTo(95, within(1e-12));
        assertThat(ci.method()).contains("101 of 102");
        assertThat(Bootstrap.percentile(new double[] {Double.NaN, 1}, 0.9).isDefined()).isFalse();
    }
}
