package org.sgdx.fastpath.diffusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.reference.dynamics.meanfield.DiffusionPassageTime;

/**
 * The engine's sample mean hitting time against the exact mean first-passage time of the same diffusion
 * ({@link DiffusionPassageTime}: scale function and speed measure, 20 digits with a precision ladder), online He3 with
 * correlation loss at {@code d = 10³} from {@code m_0 = 0.35} to {@code m_target = 0.45}. The formula reflects at a
 * lower boundary {@code L} placed where the potential {@code ∫2b/a} is {@code 30 ln 10} below its minimum on
 * {@code [m_0, m_target]}; the engine has no boundary there, and reaches {@code L} with a probability of that order, so
 * the two describe the same process. {@value #RUNS} runs at ε = 0.05; the mean must lie within 4 standard errors
 * (false failure about 6·10⁻⁵ by the CLT) plus the leap error, second order in ε, bounded here by 0.5% of the time.
 */
class DiffusionPassageTimeAgreementTest {

    static final int RUNS = 4000;

    @Test
    void sampleMeanMatchesTheExactMeanFirstPassageTime() {
        SimulationConfig config = DiffusionEngineTest.atLambda(DiffusionEngineTest.b("online").d(1000),
                DiffusionEngine.lambdaLimit(1000) / 2);
        DiffusionCoefficients c = DiffusionCoefficients.of(config);
        DiffusionPassageTime.Result exact = DiffusionPassageTime.of(c.drift().orElseThrow(), c.variance().orElseThrow())
                .meanTime(new BigDecimal(config.m0()), new BigDecimal(config.criterion().mTarget()), 20);
        double t = exact.time().value().doubleValue();
        assertThat(exact.time().error().doubleValue()).isLessThan(1e-19 * t);
        List<RunResult> runs = ParallelRunner.allCores().run(Engines.diffusion(0.05).prepare(config), RUNS);
        assertThat(runs).allMatch(RunResult::hit);
        double mean = runs.stream().mapToDouble(RunResult::steps).average().orElseThrow();
        double var = runs.stream().mapToDouble(r -> (r.steps() - mean) * (r.steps() - mean)).sum() / (RUNS - 1);
        double se = Math.sqrt(var / RUNS);
        assertThat(Math.abs(mean - t)).as("sample mean %s, exact %s, standard error %s", mean, t, se)
                .isLessThan(4 * se + 0.005 * t);
    }
}
