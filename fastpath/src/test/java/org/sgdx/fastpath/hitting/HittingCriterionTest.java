package org.sgdx.fastpath.hitting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Hitting-time bookkeeping on hand-built trajectories (MATH.md §1, §8). */
class HittingCriterionTest {

    private static final double NAN = Double.NaN;

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L));
    }

    static HittingCriterion.Outcome outcome(RunStatus s, long steps) {
        return new HittingCriterion.Outcome(s, steps);
    }

    @Test
    void firstPassageIsTheFirstStepAtOrAboveTheTarget() {
        HittingCriterion c = HittingCriterion.firstPassage(0.5);
        assertThat(c.classify(0.1, 0.2, 0.49, 0.5, 0.3)).isEqualTo(outcome(RunStatus.HIT, 3));
        assertThat(c.classify(0.1, 0.9, 0.2, 0.9)).isEqualTo(outcome(RunStatus.HIT, 1));
    }

    @Test
    void theInitialStateCounts() {
        assertThat(HittingCriterion.firstPassage(0.5).classify(0.6, 0.1)).isEqualTo(outcome(RunStatus.HIT, 0));
        assertThat(HittingCriterion.firstPassage(0.5).classify(0.6)).isEqualTo(outcome(RunStatus.HIT, 0));
    }

    @Test
    void aRunThatNeverHitsIsCensoredAtTheBudget() {
        assertThat(HittingCriterion.firstPassage(0.5).classify(0.1, 0.2, 0.3, 0.4))
                .isEqualTo(outcome(RunStatus.CENSORED, 3));
        assertThat(HittingCriterion.firstPassage(0.5).classify(0.1)).isEqualTo(outcome(RunStatus.CENSORED, 0));
    }

    @Test
    void negativeOverlapsDoNotHitUnlessTheAbsoluteOverlapIsTracked() {
        double[] t = {0.1, -0.7, -0.9};
        assertThat(HittingCriterion.firstPassage(0.5).classify(t)).isEqualTo(outcome(RunStatus.CENSORED, 2));
        assertThat(new HittingCriterion(0.5, 1, Overlap.ABSOLUTE).classify(t)).isEqualTo(outcome(RunStatus.HIT, 1));
        assertThat(new HittingCriterion(0.5, 2, Overlap.ABSOLUTE).classify(t)).isEqualTo(outcome(RunStatus.HIT, 1));
    }

    @Test
    void sustainedCriterionReportsTheStartOfTheFirstCompleteStreak() {
        HittingCriterion l3 = new HittingCriterion(0.5, 3, Overlap.SIGNED);
        assertThat(l3.classify(0.6, 0.6, 0.1, 0.6, 0.7, 0.8, 0.0)).isEqualTo(outcome(RunStatus.HIT, 3));
        assertThat(l3.classify(0.1, 0.5, 0.5, 0.5)).isEqualTo(outcome(RunStatus.HIT, 1));
        // a streak cut by the budget does not count
        assertThat(l3.classify(0.1, 0.2, 0.6, 0.6)).isEqualTo(outcome(RunStatus.CENSORED, 3));
        // broken streaks
        assertThat(l3.classify(0.6, 0.6, 0.4, 0.6, 0.6, 0.4, 0.6)).isEqualTo(outcome(RunStatus.CENSORED, 6));
    }

    @Test
    void aNonFiniteStateIsDivergedAtThatStep() {
        HittingCriterion c = HittingCriterion.firstPassage(0.5);
        assertThat(c.classify(0.1, 0.2, NAN, 0.9)).isEqualTo(outcome(RunStatus.DIVERGED, 2));
        assertThat(c.classify(0.1, Double.POSITIVE_INFINITY)).isEqualTo(outcome(RunStatus.DIVERGED, 1));
        assertThat(c.classify(NAN)).isEqualTo(outcome(RunStatus.DIVERGED, 0));
        // an unfinished streak is broken by the divergence
        assertThat(new HittingCriterion(0.5, 3, Overlap.SIGNED).classify(0.6, 0.6, NAN))
                .isEqualTo(outcome(RunStatus.DIVERGED, 2));
        // a hit stays a hit
        assertThat(c.classify(0.1, 0.6, NAN)).isEqualTo(outcome(RunStatus.HIT, 1));
    }

    @Test
    void theTrackerIgnoresObservationsAfterTheDecision() {
        HittingTracker t = HittingCriterion.firstPassage(0.5).tracker();
        assertThat(t.observe(0, 0.1)).isFalse();
        assertThat(t.observe(1, 0.7)).isTrue();
        assertThat(t.decided()).isTrue();
        assertThat(t.observe(2, NAN)).isFalse();
        assertThat(t.outcome(10)).isEqualTo(outcome(RunStatus.HIT, 1));
    }

    @Test
    void agreesWithTheDefinitionOnRandomTrajectories() {
        Gen<Double> value = integers().between(0, 20).zip(doubles().between(-1, 1),
                (k, x) -> k == 0 ? Double.NaN : x);
        qt().forAll(lists().of(value).ofSizeBetween(1, 30), doubles().between(0.05, 0.95), integers().between(1, 4),
                integers().between(0, 1)).checkAssert((traj, target, sustain, abs) -> {
                    double[] m = traj.stream().mapToDouble(Double::doubleValue).toArray();
                    Overlap overlap = abs == 1 ? Overlap.ABSOLUTE : Overlap.SIGNED;
                    assertThat(new HittingCriterion(target, sustain, overlap).classify(m))
                            .isEqualTo(definition(m, target, sustain, overlap == Overlap.ABSOLUTE));
                });
    }

    /**
     * The definition: the first {@code t} such that {@code m_t, …, m_{t+L−1}} are all finite and at or above the
     * target, provided no non-finite value comes before {@code t + L − 1}.
     */
    private static HittingCriterion.Outcome definition(double[] m, double target, int sustain, boolean abs) {
        int firstNaN = m.length;
        for (int t = 0; t < m.length; t++) {
            if (Double.isNaN(m[t])) {
                firstNaN = t;
                break;
            }
        }
        for (int t = 0; t + sustain - 1 < firstNaN; t++) {
            boolean all = true;
            for (int j = t; j < t + sustain; j++) {
                all &= (abs ? Math.abs(m[j]) : m[j]) >= target;
            }
            if (all) {
                return outcome(RunStatus.HIT, t);
            }
        }
        return firstNaN < m.length ? outcome(RunStatus.DIVERGED, firstNaN) : outcome(RunStatus.CENSORED, m.length - 1);
    }

    @Test
    void badCriteriaAreRejected() {
        assertThatThrownBy(() -> HittingCriterion.firstPassage(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m-target must be a number in the open interval (0, 1)");
        assertThatThrownBy(() -> new HittingCriterion(0.5, 0, Overlap.SIGNED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sustain must be an integer >= 1");
        assertThatThrownBy(() -> HittingCriterion.firstPassage(0.5).classify())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least m_0");
        assertThat(List.of(RunStatus.values())).extracting(RunStatus::key).containsExactly("hit", "censored", "diverged");
    }
}
