package org.sgdx.checks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Broken-line fits and the phase boundary on synthetic data with known kinks (MATH.md §6). */
class BrokenLineFitTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261129L);

    private static double[] grid(double from, double to, int n) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = from + (to - from) * i / (n - 1);
        }
        return u;
    }

    @Test
    void aNoiselessFlatThenMinusTwoLineIsLocatedExactly() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(doubles().between(-5.5, -1.5), doubles().between(-2, 12))
                .checkAssert((c, level) -> {
                    double[] u = grid(-6, -1, 11);
                    double[] y = new double[u.length];
                    for (int i = 0; i < u.length; i++) {
                        y[i] = level + (u[i] <= c ? 0 : -2 * (u[i] - c));
                    }
                    BrokenLineFit f = BrokenLineFit.fit(u, y, BrokenLineFit.Branches.fixed(0, -2));
                    assertThat(f.breakpoint()).isCloseTo(c, within(1e-7));
                    assertThat(f.level()).isCloseTo(level, within(1e-7));
                    assertThat(f.valueAt(-6)).isCloseTo(level, within(1e-7));
                });
    }

    @Test
    void freeSlopesAreFittedWithTheBreakpoint() {
        double[] u = grid(0, 10, 21);
        double[] y = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            y[i] = 3 + (u[i] <= 4.3 ? 0.5 : -1.5) * (u[i] - 4.3);
        }
        BrokenLineFit f = BrokenLineFit.fit(u, y, BrokenLineFit.Branches.free());
        assertThat(f.breakpoint()).isCloseTo(4.3, within(1e-6));
        assertThat(f.leftSlope()).isCloseTo(0.5, within(1e-6));
        assertThat(f.rightSlope()).isCloseTo(-1.5, within(1e-6));
        assertThat(f.residualSd()).isLessThan(1e-6);
    }

    /**
     * Alternating-SGD-like data at d = 400: median T(η) = min(d², d η^{−2}), kink at η_c = d^{−1/2} = 0.05
     * (log η_c = −3.0), 48 runs per η with log-normal noise σ = 0.4, nine η from 10^{−2.5} to 10^{−0.5}. The
     * breakpoint's bootstrap standard deviation is about 0.05 (in log η), so asserting that it lies within 0.3 of the
     * truth fails with probability below 1e-6, and that the 95% interval widened by 0.15 contains it with
     * probability below 1e-4 for a random seed. The seed is fixed.
     */
    @Test
    void theKinkOfNoisyAlternatingDataHasAnIntervalAroundTheTruth() {
        double d = 400;
        double[] eta = Synthetic.geometric(Math.pow(10, -2.5), Math.pow(10, 0.25), 9);
        List<DataPoint> pts = Synthetic.points(eta, e -> Math.min(d * d, d / (e * e)), 0.4, 48, Long.MAX_VALUE, SEED);
        BrokenLineFit f = BrokenLineFit.of(pts, SampleStatistic.median(), BrokenLineFit.Branches.fixed(0, -2),
                new BootstrapOptions(300, 0.95, SEED));
        double truth = Math.log(Math.pow(d, -0.5));
        assertThat(f.breakpoint()).isCloseTo(truth, within(0.3));
        assertThat(f.breakpointInterval().lower() - 0.15).isLessThanOrEqualTo(truth);
        assertThat(f.breakpointInterval().upper() + 0.15).isGreaterThanOrEqualTo(truth);
        assertThat(f.breakpointX()).isCloseTo(0.05, within(0.02));
        assertThat(f.summary()).contains("breakpoint");
    }

    /**
     * The boundary η_c(d) = d^{−1/2} over d = 100, 400, 1600, 6400 (same noise as above): the fitted slope of
     * log η_c against log d has a standard deviation of about 0.03; asserting |slope + 1/2| < 0.15 fails with
     * probability below 1e-6, and the 95% interval widened by 0.1 misses −1/2 with probability below 1e-3.
     */
    @Test
    void thePhaseBoundarySlopeIsMinusOneHalf() {
        Map<Double, List<DataPoint>> byD = new LinkedHashMap<>();
        long s = SEED;
        for (double d : new double[] {100, 400, 1600, 6400}) {
            double c = Math.pow(d, -0.5);
            double[] eta = Synthetic.geometric(c / 10, Math.pow(10, 0.25), 9);
            byD.put(d, Synthetic.points(eta, e -> Math.min(d * d, d / (e * e)), 0.4, 32, Long.MAX_VALUE, s++));
        }
        PhaseBoundary b = PhaseBoundary.locate(byD, SampleStatistic.median(), BrokenLineFit.Branches.fixed(0, -2),
                new BootstrapOptions(200, 0.95, SEED));
        assertThat(b.kinks()).hasSize(4).allMatch(BrokenLineFit::isDefined);
        assertThat(b.boundary().slope()).isCloseTo(-0.5, within(0.15));
        assertThat(b.boundary().slopeInterval().lower() - 0.1).isLessThanOrEqualTo(-0.5);
        assertThat(b.boundary().slopeInterval().upper() + 0.1).isGreaterThanOrEqualTo(-0.5);
        assertThat(b.dimensions()).containsExactly(100.0, 400.0, 1600.0, 6400.0);
    }

    @Test
    void tooFewPointsGiveNoFit() {
        BrokenLineFit f = BrokenLineFit.fit(new double[] {1, 2, 3}, new double[] {1, 1, 0},
                BrokenLineFit.Branches.free());
        assertThat(f.isDefined()).isFalse();
        assertThat(f.note()).contains("needs at least 4 points");
        assertThatThrownBy(() -> BrokenLineFit.Branches.fixed(-2, -2)).isInstanceOf(IllegalArgumentException.class);
    }
}
