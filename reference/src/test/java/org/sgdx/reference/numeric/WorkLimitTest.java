package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.hermite.HermiteMoments;
import org.sgdx.reference.hermite.HermiteQuadrature;
import org.sgdx.reference.link.Link;

/** The work limit of the Hermite quadrature: refused before, stopped during, or within it with unchanged results. */
class WorkLimitTest {

    private static HermiteMoments validated(String link, int maxDegree, int digits, WorkLimit work) {
        return HermiteQuadrature.validatedMoments(Link.parse(link).expression(), maxDegree, digits, work);
    }

    @Test
    void aComputationWithinTheLimitGivesTheSameMomentsAndReportsItsProgress() {
        List<Long> seen = new ArrayList<>();
        WorkLimit work = WorkLimit.of(20_000_000L, (spent, limit) -> seen.add(spent));
        HermiteMoments limited = validated("tanh", 6, 15, work);
        HermiteMoments unlimited = validated("tanh", 6, 15, WorkLimit.unlimited());
        for (int k = 0; k <= 6; k++) {
            assertThat(limited.moment(k)).isEqualTo(unlimited.moment(k));
        }
        assertThat(work.spent()).isPositive().isLessThanOrEqualTo(work.limit());
        assertThat(seen).isNotEmpty().isSorted().last().isEqualTo(work.spent());
        // the estimate is within a small factor of the work (it is what the refusal before starting uses)
        long estimate = HermiteQuadrature.estimatedWork(Link.parse("tanh").expression(), 6, 15, 50);
        assertThat((double) work.spent() / estimate).isBetween(0.3, 4.0);
    }

    /** tanh to degree 1000 at 200 digits (minutes of work) is refused at once, before any work is spent. */
    @Test
    void anExpensiveRequestIsRefusedBeforeItStarts() {
        WorkLimit work = WorkLimit.of(20_000_000L, (spent, limit) -> { });
        assertThatThrownBy(() -> validated("tanh", 1000, 200, work))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WorkLimit.Reason.ESTIMATED);
                    assertThat(e.units()).isGreaterThan(e.limit());
                })
                .hasMessageContaining("tanh(z) up to degree 1000 at 200 digits would need about");
        assertThat(work.spent()).isZero();
    }

    /**
     * sin(10⁶ z) oscillates faster than the rules resolve: its pieces would be halved for hours. It is stopped once a
     * fiftieth of the limit is spent, its projected work being far beyond the limit.
     */
    @Test
    void aFunctionTheRulesCannotResolveIsStoppedEarly() {
        WorkLimit work = WorkLimit.of(5_000_000L, (spent, limit) -> { });
        assertThatThrownBy(() -> validated("sin(1e6*z)", 10, 30, work))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class,
                        e -> assertThat(e.reason()).isIn(WorkLimit.Reason.PROJECTED, WorkLimit.Reason.SPENT))
                .hasMessageContaining("sin(1000000*z)");
        assertThat(work.spent()).isLessThan(work.limit() / 10);
    }

    @Test
    void spendingPastTheLimitStops() {
        WorkLimit work = WorkLimit.of(100, (spent, limit) -> { });
        work.spend(60, "a");
        work.require(40, "b");
        assertThatThrownBy(() -> work.require(41, "c")).hasMessageContaining("c needs at least 101 work units");
        assertThatThrownBy(() -> work.spend(41, "d")).hasMessageContaining("d was stopped after 101 work units");
        assertThatThrownBy(() -> WorkLimit.of(0, (s, l) -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLimitItselfMayBeReachedByEveryKindOfCheck() {
        WorkLimit work = WorkLimit.of(1, (spent, limit) -> { });
        assertThat(work.limit()).isEqualTo(1);
        work.require(1, "a");
        work.estimate(1, "b");
        work.spend(1, "c");
        assertThat(work.spent()).isEqualTo(1);
        assertThatThrownBy(() -> work.estimate(1, "d"))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class, e -> {
                    assertThat(e.what()).isEqualTo("d");
                    assertThat(e.units()).isEqualTo(2);
                    assertThat(e.limit()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo(WorkLimit.Reason.ESTIMATED);
                })
                .hasMessage("d would need about 2 work units (estimated before starting), more than the limit of 1");
        assertThatThrownBy(() -> work.spend(1, "e"))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class, e -> {
                    assertThat(e.units()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo(WorkLimit.Reason.SPENT);
                });
    }

    @Test
    void totalsThatOverflowSaturateAtLongMaxValue() {
        WorkLimit work = WorkLimit.of(100, (spent, limit) -> { });
        work.spend(60, "a");
        assertThatThrownBy(() -> work.require(Long.MAX_VALUE, "b"))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class,
                        e -> assertThat(e.units()).isEqualTo(Long.MAX_VALUE));
        assertThatThrownBy(() -> work.estimate(Long.MAX_VALUE - 59, "c"))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class,
                        e -> assertThat(e.units()).isEqualTo(Long.MAX_VALUE));
        // the largest sum that does not overflow
        assertThatThrownBy(() -> work.estimate(Long.MAX_VALUE - 60, "d"))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class,
                        e -> assertThat(e.units()).isEqualTo(Long.MAX_VALUE));

        WorkLimit unlimited = WorkLimit.unlimited();
        assertThat(unlimited.limit()).isEqualTo(Long.MAX_VALUE);
        unlimited.spend(Long.MAX_VALUE - 1, "e");
        unlimited.spend(1, "f");
        unlimited.require(Long.MAX_VALUE, "g");
        unlimited.spend(Long.MAX_VALUE, "h");
        assertThat(unlimited.spent()).isEqualTo(Long.MAX_VALUE);
    }

    /**
     * With a limit of 6400 the projection starts once a part has spent 6400/50 = 128 units, and refuses a projected
     * total above 12800; the fractions are chosen so that the projections are exact in double.
     */
    @Test
    void theProjectionStartsAtAFiftiethOfTheLimitAndAllowsTwiceTheLimit() {
        WorkLimit work = WorkLimit.of(6400, (spent, limit) -> { });
        work.spend(1000, "earlier parts");
        // below 128 units in the part: no projection, however small the fraction done
        work.spend(127, "part");
        work.checkProjection(127, 0, "part");
        work.spend(73, "part");
        // 200 units in the part, 1/16 of it done: 1000 + 200·16 = 4200
        work.checkProjection(200, 1.0 / 16, "part");
        // 1000 + 200·59 = 12800, exactly twice the limit
        work.checkProjection(200, 1.0 / 59, "part");
        assertThatThrownBy(() -> work.checkProjection(200, 1.0 / 64, "part"))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class, e -> {
                    assertThat(e.units()).isEqualTo(1000 + 200 * 64);
                    assertThat(e.reason()).isEqualTo(WorkLimit.Reason.PROJECTED);
                })
                .hasMessage("part would need about 13800 work units (projected from the part done), more than the"
                        + " limit of 6400");
        // nothing done: the projection is unbounded
        assertThatThrownBy(() -> work.checkProjection(128, 0, "part"))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class,
                        e -> assertThat(e.units()).isEqualTo(Long.MAX_VALUE));
        assertThat(work.spent()).isEqualTo(1200);
    }

    @Test
    void negativeWorkIsRefusedAndCountsNothing() {
        WorkLimit limit = WorkLimit.of(100, (s, l) -> { });
        limit.spend(10, "work");
        assertThatThrownBy(() -> limit.spend(-5, "work")).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(WorkLimit.WorkLimitExceededException.class)
                .hasMessage("work units must be >= 0, got -5");
        assertThatThrownBy(() -> limit.require(-1, "work")).hasMessage("work units must be >= 0, got -1");
        assertThatThrownBy(() -> limit.estimate(-1, "work")).hasMessage("work units must be >= 0, got -1");
        assertThat(limit.spent()).isEqualTo(10);
        limit.spend(0, "work");
        assertThat(limit.spent()).isEqualTo(10);
    }
}
