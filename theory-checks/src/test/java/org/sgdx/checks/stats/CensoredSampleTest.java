package org.sgdx.checks.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Kaplan–Meier quantiles of censored hitting times (MATH.md §8) against hand computations. */
class CensoredSampleTest {

    /**
     * Runs: 3 hit, 5 censored, 6 hit, 8 hit, 8 censored, 10 hit, 12 censored, 15 hit (n = 8). By hand:
     * S(3) = 7/8 = 0.875; at 6, 6 at risk: S = 0.875 · 5/6 = 0.7292; at 8, 5 at risk (the run censored at 8 is still
     * at risk): S = 0.7292 · 4/5 = 0.5833; at 10, 3 at risk: S = 0.5833 · 2/3 = 0.3889; at 15, 1 at risk: S = 0.
     * Hence the 0.25-quantile is 6 (first S ≤ 0.75), the median 10 (first S ≤ 0.5), the 0.75-quantile 15.
     */
    private static final CensoredSample HAND = CensoredSample.of(new long[] {3, 5, 6, 8, 8, 10, 12, 15},
            new boolean[] {true, false, true, true, false, true, false, true});

    @Test
    void kaplanMeierQuantilesMatchTheHandComputation() {
        assertThat(HAND.median().value()).isEqualTo(10);
        assertThat(HAND.quantile(0.25).value()).isEqualTo(6);
        assertThat(HAND.quantile(0.75).value()).isEqualTo(15);
        assertThat(HAND.kaplanMeier().survival(8)).isCloseTo(7.0 / 8 * 5 / 6 * 4 / 5, org.assertj.core.data.Offset
                .offset(1e-15));
        assertThat(HAND.hits()).isEqualTo(5);
        assertThat(HAND.censored()).isEqualTo(3);
    }

    /** The audit's samples: diverged runs never hit and are censored at the budget, not where they diverged. */
    @Test
    void divergedRunsAreCensoredAtTheBudget() {
        java.util.List<org.sgdx.fastpath.RunResult> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            org.sgdx.fastpath.hitting.RunStatus status = i < 4 ? org.sgdx.fastpath.hitting.RunStatus.HIT
                    : i < 9 ? org.sgdx.fastpath.hitting.RunStatus.DIVERGED : org.sgdx.fastpath.hitting.RunStatus.CENSORED;
            long steps = i < 4 ? 10L * (i + 1) : i < 9 ? i : 500;
            runs.add(new org.sgdx.fastpath.RunResult(i, status, steps, steps, 0, 1, org.sgdx.fastpath.Checkpoints.NONE));
        }
        CensoredSample s = CensoredSample.ofRuns(runs, 500);
        assertThat(s.hits()).isEqualTo(4);
        assertThat(s.time(5)).isEqualTo(500);
        assertThat(s.hit(5)).isFalse();
        assertThat(s.time(2)).isEqualTo(30);
        // 4 of 10 hit: the median is not reached (with the diverged runs censored at 4..8 it would be 20)
        assertThat(s.median().value()).isNaN();
    }

    @Test
    void droppingTheCensoredRunsWouldGiveAnotherMedian() {
        // the naive median of the 5 hitting times 3, 6, 8, 10, 15 is 8: censoring matters
        long[] hitsOnly = {3, 6, 8, 10, 15};
        assertThat(CensoredSample.uncensored(hitsOnly).median().value()).isEqualTo(8);
        assertThat(HAND.median().value()).isEqualTo(10);
    }

    @Test
    void aMedianThatIsNotReachedIsUndefinedWithItsReason() {
        CensoredSample s = CensoredSample.of(new long[] {1, 4, 4, 4}, new boolean[] {true, false, false, false});
        StatisticValue m = s.median();
        assertThat(m.isDefined()).isFalse();
        assertThat(m.reason()).contains("not reached").contains("0.750").contains("1 of 4 runs hit");
        StatisticValue none = CensoredSample.withBudget(new long[] {10, 20}, 5).median();
        assertThat(none.reason()).contains("no run hit");
    }

    @Test
    void budgetsCensorTheLongerTimes() {
        CensoredSample s = CensoredSample.withBudget(new long[] {5, 50, 500}, 100);
        assertThat(s.hits()).isEqualTo(2);
        assertThat(s.time(2)).isEqualTo(100);
        assertThat(s.hit(2)).isFalse();
        assertThat(s.maxTime()).isEqualTo(100);
    }

    @Test
    void resamplesAreReproducibleAndDrawFromTheRuns() {
        CensoredSample a = HAND.resample(Bootstrap.stream(7, 3));
        CensoredSample b = HAND.resample(Bootstrap.stream(7, 3));
        assertThat(a.timesAsDoubles()).containsExactly(b.timesAsDoubles());
        assertThat(a.size()).isEqualTo(HAND.size());
        for (double t : a.timesAsDoubles()) {
            assertThat(Arrays.stream(HAND.timesAsDoubles()).anyMatch(u -> u == t)).isTrue();
        }
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> CensoredSample.of(new long[] {1}, new boolean[] {true, false}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CensoredSample.of(new long[] {-1}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HAND.quantile(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
