package org.sgdx.fastpath.full;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.TeacherDirection;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;

/** The literal d-dimensional engine. */
class FullEngineTest {

    @Test
    void fixedInitialisationStartsAtM0ForBothTeacherDirections() {
        for (TeacherDirection teacher : TeacherDirection.values()) {
            SimulationConfig c = SimulationConfig.builder().link("He3").d(40).gamma(1e-3).fixedInit(-0.3)
                    .teacher(teacher).maxSteps(10).checkpointsPerDecade(1).seed(9).build();
            RunResult r = Engines.full().prepare(c).run(3);
            assertThat(r.checkpoints().value(0)).isCloseTo(-0.3, within(1e-14));
        }
    }

    /**
     * The law does not depend on θ (rotation invariance): KS on {@code m_t} at {@code t = 200} for θ = e_1 and a
     * random θ, 3000 runs each, level 10⁻⁴ (false failure at most 0.01%).
     */
    @Test
    void theTeacherDirectionDoesNotChangeTheLaw() {
        SimulationConfig e1 = SimulationConfig.builder().link("He3").d(12).gamma(2e-3).maxSteps(200).stopAtHit(false)
                .seed(21).build();
        SimulationConfig random = e1.toBuilder().teacher(TeacherDirection.RANDOM).build();
        ParallelRunner runner = ParallelRunner.allCores();
        double[] a = runner.run(Engines.full().prepare(e1), 3000).stream().mapToDouble(RunResult::finalM).toArray();
        double[] b = runner.run(Engines.full().prepare(random), 3000).stream().mapToDouble(RunResult::finalM).toArray();
        assertThat(KolmogorovSmirnovTest.withDefaults().test(a, b).getPValue()).isGreaterThan(1e-4);
    }

    @Test
    void theOverlapStaysInTheUnitIntervalOverLongRuns() {
        SimulationConfig c = SimulationConfig.builder().link("He3").d(64).gamma(5e-2).maxSteps(20_000)
                .mTarget(0.999).stopAtHit(false).checkpointsPerDecade(2).seed(4).build();
        List<RunResult> runs = new ParallelRunner(2).run(Engines.full().prepare(c), 4);
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.simulatedSteps()).isEqualTo(20_000);
            for (double m : r.checkpoints().values()) {
                assertThat(m).isBetween(-1.0, 1.0);
            }
        });
    }
}
