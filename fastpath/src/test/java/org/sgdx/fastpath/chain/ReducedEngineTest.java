package org.sgdx.fastpath.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.Initialisation;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.hitting.RunStatus;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.SecondLayer;

/** The reduced chain (MATH.md §7): its step, its χ² sampler, its initialisation and its bookkeeping. */
class ReducedEngineTest {

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L));
    }

    @Test
    void theStepIsTheFormulaOfMathSection7AndStaysOnTheCircle() {
        double[] out = new double[2];
        qt().withExamples(2000).forAll(doubles().between(-1, 1), doubles().between(-4, 4), doubles().between(0, 30),
                doubles().between(-50, 50)).checkAssert((m, v, q, s) -> {
                    double c = Math.sqrt((1 - m) * (1 + m));
                    ReducedEngine.step(m, c, v, q, s, out);
                    double expected = (m + s * c * v) / Math.sqrt(1 + s * s * (v * v + q));
                    assertThat(out[0]).isCloseTo(expected, within(1e-13));
                    assertThat(out[0] * out[0] + out[1] * out[1]).isCloseTo(1, within(1e-14));
                    assertThat(out[1]).isGreaterThanOrEqualTo(0);
                });
    }

    @Test
    void hugeAndNonFiniteStepSizes() {
        double[] out = new double[2];
        double m = 0.3;
        double c = Math.sqrt(1 - m * m);
        ReducedEngine.step(m, c, 0.7, 4, 1e100, out);
        double m100 = out[0];
        ReducedEngine.step(m, c, 0.7, 4, 1.0000001e100, out);
        assertThat(out[0]).isCloseTo(m100, within(1e-12));
        ReducedEngine.step(m, c, 0.7, 4, 1e300, out);
        // s → ∞: w' → P⊥x/|P⊥x|, whose overlap with θ is c v/√(v² + Q)
        assertThat(out[0]).isCloseTo(c * 0.7 / Math.sqrt(0.49 + 4), within(1e-14));
        ReducedEngine.step(m, c, 0.7, 4, Double.POSITIVE_INFINITY, out);
        assertThat(out[0]).isNaN();
        ReducedEngine.step(m, c, 0.7, 4, Double.NaN, out);
        assertThat(out[0]).isNaN();
    }

    /**
     * One-sample KS of the χ² sampler against the exact law for several degrees of freedom, 20 000 draws each.
     * False failure: level 10⁻⁴ per case, 7 cases, at most 0.07% for a random seed (fixed here).
     */
    @Test
    void chiSquaredSamplerHasTheExactLaw() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261129L);
        var g = ZigguratSampler.NormalizedGaussian.of(rng);
        for (long k : new long[] {1, 2, 3, 4, 9, 100, 1_000_000}) {
            ChiSquaredSampler chi = new ChiSquaredSampler(k, rng, g);
            double[] x = new double[20_000];
            for (int i = 0; i < x.length; i++) {
                x[i] = chi.sample();
            }
            ChiSquaredDistribution law = ChiSquaredDistribution.of(k);
            double p = KolmogorovSmirnovTest.withDefaults().test(x, law::cumulativeProbability).getPValue();
            assertThat(p).as("chi-squared with %d degrees", k).isGreaterThan(1e-4);
        }
    }

    /**
     * Uniform initialisation: {@code m_0² ~ Beta(1/2, (d−1)/2)} and the sign is symmetric; uniform-positive takes
     * the absolute value. KS at level 10⁻⁴ (two cases: false failure at most 0.02%).
     */
    @Test
    void uniformInitialisationHasTheLawOfACoordinateOfAUniformUnitVector() {
        for (long d : new long[] {3, 11}) {
            SimulationConfig c = SimulationConfig.builder().link("He3").d(d).gamma(1e-9).maxSteps(1)
                    .checkpointsPerDecade(1).seed(3).build();
            List<RunResult> runs = new ParallelRunner(2).run(Engines.reduced().prepare(c), 5000);
            double[] m0 = runs.stream().mapToDouble(r -> r.checkpoints().value(0)).toArray();
            double[] squares = java.util.Arrays.stream(m0).map(x -> x * x).toArray();
            BetaDistribution law = BetaDistribution.of(0.5, (d - 1) / 2.0);
            assertThat(KolmogorovSmirnovTest.withDefaults().test(squares, law::cumulativeProbability).getPValue())
                    .isGreaterThan(1e-4);
            long negative = java.util.Arrays.stream(m0).filter(x -> x < 0).count();
            assertThat(negative).isBetween(2250L, 2750L); // binomial(5000, 1/2): 7 standard deviations
        }
        SimulationConfig positive = SimulationConfig.builder().link("He3").d(5).gamma(1e-9).maxSteps(1)
                .initialisation(Initialisation.UNIFORM_POSITIVE).checkpointsPerDecade(1).build();
        assertThat(new ParallelRunner(2).run(Engines.reduced().prepare(positive), 500))
                .allSatisfy(r -> assertThat(r.checkpoints().value(0)).isGreaterThanOrEqualTo(0));
    }

    @Test
    void fixedInitialisationStartsAtM0AndCheckpointsAreLogSpaced() {
        SimulationConfig c = SimulationConfig.builder().link("He3").d(50).gamma(1e-3).fixedInit(0.125)
                .maxSteps(1000).mTarget(0.99).checkpointsPerDecade(3).stopAtHit(false).build();
        RunResult r = Engines.reduced().prepare(c).run(0);
        assertThat(r.checkpoints().steps()).containsExactly(0, 1, 2, 5, 10, 22, 46, 100, 215, 464, 1000);
        assertThat(r.checkpoints().value(0)).isEqualTo(0.125);
        assertThat(r.checkpoints().value(10)).isEqualTo(r.finalM());
        assertThat(r.simulatedSteps()).isEqualTo(1000);
        assertThat(org.sgdx.fastpath.Checkpoints.logSpacedSchedule(0, 1000)).isEmpty();
        assertThat(org.sgdx.fastpath.Checkpoints.logSpacedSchedule(1, Long.MAX_VALUE)).hasSize(20)
                .endsWith(1_000_000_000_000_000_000L);
    }

    @Test
    void runningPastTheHitKeepsTheHittingStep() {
        SimulationConfig stop = SimulationConfig.builder().link("He3").d(6).gamma(3e-3).maxSteps(5000).seed(5).build();
        SimulationConfig go = stop.toBuilder().stopAtHit(false).build();
        Simulation a = Engines.reduced().prepare(stop);
        Simulation b = Engines.reduced().prepare(go);
        for (int i = 0; i < 20; i++) {
            RunResult ra = a.run(i);
            RunResult rb = b.run(i);
            assertThat(rb.status()).isEqualTo(ra.status());
            assertThat(rb.steps()).isEqualTo(ra.steps());
            assertThat(rb.simulatedSteps()).isEqualTo(5000);
            if (ra.hit()) {
                assertThat(ra.simulatedSteps()).isEqualTo(ra.steps());
                assertThat(ra.finalM()).isGreaterThanOrEqualTo(0.5);
            }
        }
    }

    @Test
    void anExplodingSecondLayerMakesTheRunDiverge() {
        SimulationConfig c = SimulationConfig.builder().algorithm(Algorithm.ALTERNATING)
                .secondLayer(SecondLayer.PERSISTENT).link("He3").eta(3).d(6).gamma(1e-3).mTarget(0.999)
                .maxSteps(100_000).seed(1).build();
        for (Engine engine : List.of(Engines.reduced(), Engines.full())) {
            List<RunResult> runs = new ParallelRunner(2).run(engine.prepare(c), 40);
            assertThat(runs).filteredOn(r -> r.status() == RunStatus.DIVERGED).isNotEmpty()
                    .allSatisfy(r -> {
                        assertThat(r.steps()).isPositive().isLessThan(100_000);
                        assertThat(r.simulatedSteps()).isEqualTo(r.steps());
                        assertThat(r.finalM()).isBetween(-1.0, 1.0);
                        assertThat(Double.isFinite(r.finalA())).isTrue();
                    });
        }
    }
}
