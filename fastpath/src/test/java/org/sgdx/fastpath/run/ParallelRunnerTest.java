package org.sgdx.fastpath.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Seeds;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.TeacherDirection;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.SecondLayer;

/** Reproducible parallel runs: results are bit-for-bit independent of the number of threads and of scheduling. */
class ParallelRunnerTest {

    static SimulationConfig.Builder config() {
        return SimulationConfig.builder().algorithm(Algorithm.ALTERNATING).secondLayer(SecondLayer.PERSISTENT)
                .link("He3").eta(0.05).d(8).gamma(3e-3).maxSteps(400).checkpointsPerDecade(4).seed(12345);
    }

    @Test
    void sameSeedGivesIdenticalResultsWithOneAndSeveralThreads() {
        for (Engine engine : List.of(Engines.reduced(), Engines.full())) {
            TeacherDirection teacher = engine.usesTeacherDirection() ? TeacherDirection.RANDOM : TeacherDirection.E1;
            Simulation s = engine.prepare(config().teacher(teacher).build());
            List<RunResult> one = new ParallelRunner(1).run(s, 60);
            List<RunResult> three = new ParallelRunner(3).run(s, 60);
            List<RunResult> eight = new ParallelRunner(8).run(engine.prepare(config().teacher(teacher).build()), 60);
            assertThat(three).isEqualTo(one);
            assertThat(eight).isEqualTo(one);
            assertThat(one).extracting(RunResult::run).containsExactlyElementsOf(
                    java.util.stream.LongStream.range(0, 60).boxed().toList());
            // bitwise, including the checkpoint values
            for (int i = 0; i < one.size(); i++) {
                assertThat(Double.doubleToRawLongBits(eight.get(i).finalM()))
                        .isEqualTo(Double.doubleToRawLongBits(one.get(i).finalM()));
            }
            assertThat(one.get(0).checkpoints().size()).isPositive();
        }
    }

    @Test
    void aRunDependsOnlyOnItsIndexNotOnTheBatch() {
        Simulation s = Engines.reduced().prepare(config().build());
        List<RunResult> all = new ParallelRunner(2).run(s, 20);
        Batch tail = new ParallelRunner(2).run(s, 12, 8, r -> { }, () -> false);
        assertThat(tail.results()).isEqualTo(all.subList(12, 20));
        assertThat(s.run(7)).isEqualTo(all.get(7));
        assertThat(s.run(7)).isNotEqualTo(s.run(8));
    }

    @Test
    void theBaseSeedAndTheConfigurationChangeTheStreams() {
        RunResult a = Engines.reduced().prepare(config().build()).run(0);
        RunResult b = Engines.reduced().prepare(config().seed(12346).build()).run(0);
        RunResult c = Engines.reduced().prepare(config().gamma(3.0000001e-3).build()).run(0);
        assertThat(b.finalM()).isNotEqualTo(a.finalM());
        assertThat(c.finalM()).isNotEqualTo(a.finalM());
        // the observation parameters do not: a longer budget extends the same trajectory
        RunResult longer = Engines.reduced().prepare(config().maxSteps(800).build()).run(0);
        assertThat(longer.checkpoints().values()).startsWith(a.checkpoints().values());
    }

    @Test
    void seedDerivationIsStable() {
        // SHA-256("abc") = ba7816bf 8f01cfea ... (FIPS 180-2, appendix B.1)
        assertThat(Seeds.hash("abc")).isEqualTo(0xba7816bf8f01cfeaL);
        // SplitMix64 reference outputs for state increments of the golden gamma from seed 0
        assertThat(Seeds.mix64(0x9E3779B97F4A7C15L)).isEqualTo(0xe220a8397b1dcdafL);
        assertThat(Seeds.runSeed(1, 2, 3)).isEqualTo(Seeds.runSeed(1, 2, 3)).isNotEqualTo(Seeds.runSeed(1, 2, 4));
    }

    @Test
    void listenerReceivesRunsInIndexOrderOneAtATime() {
        Simulation s = Engines.reduced().prepare(config().build());
        List<Long> seen = new ArrayList<>();
        AtomicInteger concurrent = new AtomicInteger();
        Batch batch = new ParallelRunner(4).run(s, 5, 40, r -> {
            assertThat(concurrent.incrementAndGet()).isEqualTo(1);
            seen.add(r.run());
            concurrent.decrementAndGet();
        }, () -> false);
        assertThat(seen).containsExactlyElementsOf(java.util.stream.LongStream.range(5, 45).boxed().toList());
        assertThat(batch.cancelled()).isFalse();
        assertThat(batch.simulatedSteps()).isEqualTo(batch.results().stream().mapToLong(RunResult::simulatedSteps).sum());
    }

    @Test
    void cancellationStopsTheBatchAndKeepsAContiguousPrefix() {
        // long runs (no hit in 10^9 steps at this γ and d) so that cancellation interrupts them
        Simulation s = Engines.reduced().prepare(SimulationConfig.builder().link("He3").d(100_000).gamma(1e-9)
                .maxSteps(1_000_000_000L).mTarget(0.99).build());
        Simulation quick = Engines.reduced().prepare(config().build());
        AtomicInteger delivered = new AtomicInteger();
        Batch none = new ParallelRunner(2).run(s, 0, 10, r -> delivered.incrementAndGet(), () -> true);
        assertThat(none.cancelled()).isTrue();
        assertThat(none.results()).isEmpty();
        long deadline = System.nanoTime() + 200_000_000L;
        Batch cut = new ParallelRunner(2).run(s, 0, 4, r -> { }, () -> System.nanoTime() > deadline);
        assertThat(cut.cancelled()).isTrue();
        assertThat(cut.results()).isEmpty();
        // cancel from the listener after 5 runs: a prefix of at least 5 runs is returned
        AtomicInteger count = new AtomicInteger();
        Batch prefix = new ParallelRunner(2).run(quick, 0, 1000, r -> count.incrementAndGet(), () -> count.get() >= 5);
        assertThat(prefix.cancelled()).isTrue();
        assertThat(prefix.results().size()).isGreaterThanOrEqualTo(5).isLessThan(1000);
        for (int i = 0; i < prefix.results().size(); i++) {
            assertThat(prefix.results().get(i).run()).isEqualTo(i);
        }
    }

    @Test
    void aFailingListenerCancelsAndReports() {
        Simulation s = Engines.reduced().prepare(config().build());
        assertThatThrownBy(() -> new ParallelRunner(2).run(s, 0, 50, r -> {
            if (r.run() == 3) {
                throw new java.io.IOException("disk full");
            }
        }, () -> false)).isInstanceOf(ParallelRunner.RunFailedException.class).hasRootCauseMessage("disk full");
    }
}
