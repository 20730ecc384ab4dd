package org.sgdx.checks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Log–log slope fits with bootstrap intervals on synthetic power laws with known exponents. */
class SlopeFitTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261129L);
    private static final double[] D = Synthetic.geometric(100, 2, 6);

    @Test
    void noiselessPowerLawsAreRecoveredExactly() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(doubles().between(-3, 3), doubles().between(-5, 5))
                .checkAssert((slope, intercept) -> {
                    double[] t = new double[D.length];
                    for (int i = 0; i < D.length; i++) {
                        t[i] = Math.exp(intercept + slope * Math.log(D[i]));
                    }
                    SlopeFit f = SlopeFit.ofValues("T", D, t);
                    assertThat(f.slope()).isCloseTo(slope, within(1e-9));
                    assertThat(f.intercept()).isCloseTo(intercept, within(1e-8));
                });
    }

    /**
     * T = 0.5 d² e^{0.5 ε} with 64 runs at each of 6 dimensions 100..3200. The per-point log-median has standard
     * deviation ≈ 1.2533 · 0.5/√64 ≈ 0.078, so the slope has standard deviation ≈ 0.078/√8.41 ≈ 0.027. Asserting
     * |slope − 2| < 0.12 fails for a true slope with probability ≈ 1e-5; asserting that the 95% interval widened by
     * 0.06 contains 2 fails with probability ≈ P(|Z| > 1.96 + 2.2) ≈ 3e-5. The seed is fixed.
     */
    @Test
    void noisyPowerLawSlopeHasAnIntervalAroundTheTruth() {
        List<DataPoint> pts = Synthetic.points(D, d -> 0.5 * d * d, 0.5, 64, Long.MAX_VALUE, SEED);
        SlopeFit f = SlopeFit.of(pts, SampleStatistic.median(), new BootstrapOptions(400, 0.95, SEED));
        assertThat(f.slope()).isCloseTo(2, within(0.12));
        assertThat(f.slopeInterval().lower() - 0.06).isLessThanOrEqualTo(2);
        assertThat(f.slopeInterval().upper() + 0.06).isGreaterThanOrEqualTo(2);
        assertThat(f.slopeInterval().width()).isBetween(0.02, 0.4);
        assertThat(f.used()).hasSize(6);
        assertThat(f.excluded()).isEmpty();
        assertThat(f.degenerateReplicates()).isZero();
        assertThat(f.line().residualSd()).isLessThan(0.3);
        assertThat(f.summary()).contains("slope 2.0");
    }

    @Test
    void theBootstrapIsReproducibleAndDependsOnTheSeed() {
        List<DataPoint> pts = Synthetic.points(D, d -> d, 0.5, 32, Long.MAX_VALUE, 3);
        SlopeFit a = SlopeFit.of(pts, SampleStatistic.median(), new BootstrapOptions(200, 0.9, 11));
        SlopeFit b = SlopeFit.of(pts, SampleStatistic.median(), new BootstrapOptions(200, 0.9, 11));
        SlopeFit c = SlopeFit.of(pts, SampleStatistic.median(), new BootstrapOptions(200, 0.9, 12));
        assertThat(a).isEqualTo(b);
        assertThat(a.slope()).isEqualTo(c.slope());
        assertThat(a.slopeInterval()).isNotEqualTo(c.slopeInterval());
    }

    /**
     * The budget is twice the median at d = 1600: there about 8% of the runs are censored (P(ε > ln 2 / 0.5)), at
     * d = 3200 about 92%, so the median is not reached there and the point is reported and excluded; the fit uses
     * the others. Fitting only the uncensored times would instead bias the slope down.
     */
    @Test
    void pointsWithTooManyCensoredRunsAreExcludedWithTheirReason() {
        double budget = 2 * 0.5 * 1600 * 1600;
        List<DataPoint> pts = Synthetic.points(D, d -> 0.5 * d * d, 0.5, 64, (long) budget, SEED);
        SlopeFit f = SlopeFit.of(pts, SampleStatistic.median(), new BootstrapOptions(200, 0.95, SEED));
        assertThat(f.excluded()).extracting(ExcludedPoint::x).containsExactly(3200.0);
        assertThat(f.excluded().get(0).reason()).contains("not reached");
        assertThat(f.used()).hasSize(5);
        assertThat(f.slope()).isCloseTo(2, within(0.15));
        // with 8% censored at d = 1600, a replicate loses that median with negligible probability
        assertThat(f.degenerateFraction()).isLessThan(0.01);
    }

    @Test
    void withFewerThanTwoUsablePointsThereIsNoFit() {
        List<DataPoint> pts = new ArrayList<>();
        pts.add(new DataPoint(10, CensoredSample.uncensored(5, 6, 7)));
        pts.add(new DataPoint(20, CensoredSample.withBudget(new long[] {50, 60}, 10)));
        SlopeFit f = SlopeFit.of(pts, SampleStatistic.median(), BootstrapOptions.of(1));
        assertThat(f.isDefined()).isFalse();
        assertThat(f.note()).contains("fewer than two");
        assertThat(f.slopeInterval().isDefined()).isFalse();
        assertThat(f.excluded()).hasSize(1);
    }

    @Test
    void lineFitKnowsItsResidualsAndRejectsDegenerateInput() {
        LineFit f = LineFit.ols(new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7.5});
        assertThat(f.slope()).isCloseTo(2.15, within(1e-12));
        assertThat(f.residualSd()).isGreaterThan(0);
        LineFit fixed = LineFit.withSlope(new double[] {0, 1}, new double[] {1, 2}, 1);
        assertThat(fixed.intercept()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LineFit.ols(new double[] {1, 1},
                new double[] {0, 1})).isInstanceOf(IllegalArgumentException.class);
    }
}
