package org.sgdx.checks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.sgdx.fastpath.Checkpoints;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.hitting.RunStatus;

/** The Kaplan–Meier estimator, Greenwood variances and Brookmeyer–Crowley quantile intervals (MATH.md §8). */
class KaplanMeierTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void withoutCensoringItIsTheEmpiricalDistribution() {
        long[] t = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        KaplanMeier km = KaplanMeier.of(t, events(t.length, true));
        assertThat(km.survival(0)).isEqualTo(1.0);
        assertThat(km.survival(1)).isCloseTo(0.8, within(1e-15));
        assertThat(km.survival(3)).isCloseTo(0.5, within(1e-15));
        assertThat(km.survival(9)).isEqualTo(0.0);
        assertThat(km.quantileEstimate(0.5)).isEqualTo(3);
        assertThat(km.quantileEstimate(0.9)).isEqualTo(6);
        assertThat(km.events()).isEqualTo(10);
    }

    @Test
    void handComputedExampleWithCensoring() {
        // times 1 (event), 2 (censored), 3 (event), 4 (event), 5 (censored)
        KaplanMeier km = KaplanMeier.of(new long[] {1, 2, 3, 4, 5}, new boolean[] {true, false, true, true, false});
        assertThat(km.survival(1)).isCloseTo(0.8, within(1e-15));
        assertThat(km.survival(3)).isCloseTo(0.8 * 2 / 3, within(1e-15));
        assertThat(km.survival(4)).isCloseTo(0.8 * 2 / 3 / 2, within(1e-15));
        KaplanMeier.Point p3 = km.points().get(1);
        assertThat(p3.atRisk()).isEqualTo(3);
        assertThat(p3.variance()).isCloseTo(Math.pow(0.8 * 2 / 3, 2) * (1.0 / 20 + 1.0 / 6), within(1e-15));
        assertThat(km.quantileEstimate(0.5)).isEqualTo(4);
        assertThat(km.quantileEstimate(0.8)).isEqualTo(INF);
    }

    @Test
    void runsCensoredAtAnEventTimeAreStillAtRiskThen() {
        KaplanMeier km = KaplanMeier.of(new long[] {2, 2, 2, 3}, new boolean[] {true, false, false, true});
        assertThat(km.points().get(0).atRisk()).isEqualTo(4);
        assertThat(km.survival(2)).isCloseTo(0.75, within(1e-15));
        assertThat(km.survival(3)).isEqualTo(0.0);
    }

    /**
     * The acute myelogenous leukaemia data ({@code aml} in R's survival package). R's
     * {@code survfit(Surv(time, status) ~ 1, data = aml)} prints median 27 with 0.95 limits 18 and 45 (its default
     * band is {@code log}); the plain (Brookmeyer–Crowley) and log-log limits were computed independently.
     */
    @Test
    void amlMedianMatchesR() {
        long[] time = {9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161, 5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45};
        int[] status = {1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1};
        boolean[] event = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            event[i] = status[i] == 1;
        }
        KaplanMeier km = KaplanMeier.of(time, event);
        assertThat(km.survival(27)).isCloseTo(0.4968944099378882, within(1e-14));
        assertThat(km.quantile(0.5, 0.95, KaplanMeier.Band.LOG))
                .isEqualTo(new KaplanMeier.Quantile(0.5, 0.95, 27, 18, 45));
        assertThat(km.median()).isEqualTo(new KaplanMeier.Quantile(0.5, 0.95, 27, 18, 34));
        assertThat(km.quantile(0.5, 0.95, KaplanMeier.Band.LOG_LOG))
                .isEqualTo(new KaplanMeier.Quantile(0.5, 0.95, 27, 13, 34));
    }

    @Test
    void divergedRunsNeverHitAndAreCensoredAtTheBudget() {
        List<RunResult> runs = List.of(run(0, RunStatus.HIT, 10), run(1, RunStatus.DIVERGED, 5),
                run(2, RunStatus.CENSORED, 100), run(3, RunStatus.HIT, 20));
        KaplanMeier km = KaplanMeier.of(runs, 100);
        assertThat(km.events()).isEqualTo(2);
        assertThat(km.size()).isEqualTo(4);
        // at t = 10 the diverged run is still at risk: it never hits, so it leaves the risk set only at the budget
        assertThat(km.points().get(0).atRisk()).isEqualTo(4);
        assertThat(km.survival(10)).isCloseTo(3.0 / 4, within(1e-15));
        assertThat(km.survival(20)).isCloseTo(1.0 / 2, within(1e-15));
        assertThat(km.median().estimate()).isEqualTo(20);
        assertThatThrownBy(() -> KaplanMeier.of(runs, 99)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget 99");
    }

    /**
     * Most runs diverge early and 4 of 10 hit: at most 40% ever hit, so the median is not reached. Censoring the
     * diverged runs where they diverged would drop them from the risk set and report a median of 20.
     */
    @Test
    void manyDivergedRunsDoNotBiasTheMedianLow() {
        List<RunResult> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(run(i, RunStatus.DIVERGED, i + 1));
        }
        for (int i = 0; i < 4; i++) {
            runs.add(run(6 + i, RunStatus.HIT, 10L * (i + 1)));
        }
        KaplanMeier km = KaplanMeier.of(runs, 1000);
        assertThat(km.survival(40)).isCloseTo(0.6, within(1e-15));
        assertThat(km.median().estimate()).isEqualTo(INF);
        assertThat(km.quantileEstimate(0.3)).isEqualTo(30);
    }

    @Test
    void allCensoredGivesAnUnreachedMedian() {
        KaplanMeier km = KaplanMeier.of(new long[] {100, 100, 100}, new boolean[] {false, false, false});
        assertThat(km.median()).isEqualTo(new KaplanMeier.Quantile(0.5, 0.95, INF, INF, INF));
        assertThat(KaplanMeier.of(new long[0], new boolean[0]).median().estimate()).isEqualTo(INF);
    }

    /**
     * Coverage of the 95% Brookmeyer–Crowley interval for the median of an exponential law (median ln 2 · 100)
     * observed with uniform censoring, 400 samples of 200. False failure: the coverage count is binomial; with a
     * true coverage of 0.95 (or anything in [0.93, 0.97]) the probability of falling outside [0.90, 0.99] is below
     * 10⁻⁴. Fixed seed.
     */
    @Test
    void medianIntervalHasNominalCoverage() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261129L);
        double trueMedian = 100 * Math.log(2);
        int covered = 0;
        int samples = 400;
        for (int s = 0; s < samples; s++) {
            int n = 200;
            long[] t = new long[n];
            boolean[] e = new boolean[n];
            for (int i = 0; i < n; i++) {
                double hit = -100 * Math.log(rng.nextDouble());
                double censor = 400 * rng.nextDouble();
                // integer steps: continuous times rounded up, so the step median is ceil-ish; use fine units
                t[i] = (long) Math.ceil(1000 * Math.min(hit, censor));
                e[i] = hit <= censor;
            }
            KaplanMeier.Quantile q = KaplanMeier.of(t, e).median();
            if (q.lower() <= 1000 * trueMedian && 1000 * trueMedian <= q.upper()) {
                covered++;
            }
        }
        assertThat(covered / (double) samples).isBetween(0.90, 0.99);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> KaplanMeier.of(new long[] {1, 2}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> KaplanMeier.of(new long[] {-1}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times must be >= 0");
        KaplanMeier km = KaplanMeier.of(new long[] {1}, new boolean[] {true});
        assertThatThrownBy(() -> km.quantile(1.5, 0.95, KaplanMeier.Band.PLAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p must be in the open interval");
        assertThatThrownBy(() -> km.quantile(0.5, 1, KaplanMeier.Band.PLAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence must be in the open");
    }

    private static boolean[] events(int n, boolean value) {
        boolean[] e = new boolean[n];
        java.util.Arrays.fill(e, value);
        return e;
    }

    private static RunResult run(long index, RunStatus status, long steps) {
        return new RunResult(index, status, steps, steps, 0.1, 1, Checkpoints.NONE);
    }
}
