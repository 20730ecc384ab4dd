package org.sgdx.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdx.fastpath.hitting.RunStatus;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.link.LabelModel;

/**
 * The reduced chain and the literal d-dimensional simulation agree in distribution (MATH.md §7;
 * proofs-notes/reduced-chain.md): two-sample Kolmogorov–Smirnov tests on the hitting times (censored and diverged
 * runs mapped above every hit, so the test compares the whole law of the outcome), on {@code m_t} at a fixed
 * {@code t}, and on the two-step transition law from a fixed {@code m_0} with a large step, for each algorithm and
 * the main options, at small {@code d} (3 to 50).
 *
 * <p>Fixed seeds, so the outcome is deterministic. False-failure rate: each of the 42 comparisons has level
 * {@value #ALPHA} (the exact p-value is conservative with ties), so for a correct implementation and seeds chosen
 * at random the class fails with probability at most 0.42%. Power: with {@value #RUNS} runs per engine the path
 * tests detect a difference of about 0.05 between the two distribution functions, the kernel tests
 * ({@value #KERNEL_RUNS} runs) about 0.03; replacing {@code χ²_{d−2}} by {@code χ²_{d−1}} in the reduced chain
 * fails 9 of the 14 kernel tests.
 */
class EngineAgreementTest {

    static final double ALPHA = 1e-4;
    static final int RUNS = 4000;
    static final int KERNEL_RUNS = 20000;

    static Stream<Arguments> cases() {
        return Stream.of(
                c("online squared He3 d=6", b("online").d(6).gamma(3e-3).maxSteps(150), 100),
                c("online correlation He3 d=8", b("online").loss(Loss.CORRELATION).d(8).gamma(2e-3).maxSteps(300), 100),
                c("online He2 d=3 (chi2 with 1 degree)", b("online").link("He2").d(3).gamma(2e-2).maxSteps(2000), 30),
                c("reuse plain He3 d=6", b("reuse").eta(1e-2).d(6).gamma(3e-3).maxSteps(60), 30),
                c("reuse projected He3 d=6", b("reuse").eta(3e-2).innerStep(InnerStep.PROJECTED).d(6).gamma(3e-3)
                        .maxSteps(3000), 50),
                c("reuse correlation, inner-norm d, d=20", b("reuse").loss(Loss.CORRELATION).innerNorm(InnerNorm.DIMENSION)
                        .eta(2e-3).d(20).gamma(1e-3).maxSteps(250), 100),
                c("alternating fixed He3 d=6", b("alternating").eta(0.1).d(6).gamma(3e-3).maxSteps(120), 50),
                c("alternating persistent He3 d=6", b("alternating").eta(0.02).secondLayer(SecondLayer.PERSISTENT).d(6)
                        .gamma(3e-3).maxSteps(3000), 50),
                c("alternating correlation He3 d=50", b("alternating").loss(Loss.CORRELATION).eta(0.05).d(50).gamma(3e-4)
                        .maxSteps(5000), 2000),
                c("alternating persistent eta=2, m_target=0.95 (most runs diverge) d=6", b("alternating").eta(2)
                        .secondLayer(SecondLayer.PERSISTENT).mTarget(0.95).d(6).gamma(3e-3).maxSteps(3000), 200),
                c("online noisy labels tau=0.5 d=6", b("online").noisyLabels(0.5).d(6).gamma(3e-3).maxSteps(150), 100),
                c("online binary labels q=sigmoid(2z), sigma=z, d=10", b("online").target("sigmoid(2*z)")
                        .activation("z").labels(LabelModel.Type.BINARY).loss(Loss.CORRELATION).d(10).gamma(0.05).maxSteps(2000), 20),
                c("reuse fixed m0=0.2, sustain 5, absolute overlap, d=5", b("reuse").eta(1e-2).fixedInit(0.2).sustain(5)
                        .overlap(org.sgdx.fastpath.hitting.Overlap.ABSOLUTE).d(5).gamma(3e-3).maxSteps(40), 20),
                c("alternating uniform-positive, random teacher, relu, d=8", b("alternating").link("relu").eta(0.3)
                        .initialisation(Initialisation.UNIFORM_POSITIVE).teacher(TeacherDirection.RANDOM).d(8)
                        .gamma(0.02).mTarget(0.9).maxSteps(300), 100));
    }

    private static SimulationConfig.Builder b(String algorithm) {
        return SimulationConfig.builder().set("algorithm", algorithm).link("He3").seed(20261129L);
    }

    private static Arguments c(String name, SimulationConfig.Builder builder, long fixedT) {
        return Arguments.of(name, builder.build(), fixedT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hittingTimesAndOverlapAtFixedTimeAgree(String name, SimulationConfig config, long fixedT) {
        ParallelRunner runner = ParallelRunner.allCores();
        double[][] outcome = new double[2][];
        double[][] overlap = new double[2][];
        long[] hits = new long[2];
        SimulationConfig atT = config.toBuilder().maxSteps(fixedT).stopAtHit(false).build();
        int e = 0;
        for (Engine engine : List.of(Engines.reduced(), Engines.full())) {
            List<RunResult> runs = runner.run(engine.prepare(forEngine(engine, config)), RUNS);
            outcome[e] = runs.stream().mapToDouble(EngineAgreementTest::outcome).toArray();
            hits[e] = runs.stream().filter(RunResult::hit).count();
            overlap[e] = runner.run(engine.prepare(forEngine(engine, atT)), RUNS).stream()
                    .mapToDouble(r -> quantised(r.finalM())).toArray();
            e++;
        }
        double pHit = KolmogorovSmirnovTest.withDefaults().test(outcome[0], outcome[1]).getPValue();
        double pOverlap = KolmogorovSmirnovTest.withDefaults().test(overlap[0], overlap[1]).getPValue();
        assertThat(hits[0]).as("enough hits for a meaningful comparison").isGreaterThan(RUNS / 10);
        assertThat(pHit).as("KS p-value, hitting times").isGreaterThan(ALPHA);
        assertThat(pOverlap).as("KS p-value, m_t at t = %d", fixedT).isGreaterThan(ALPHA);
    }

    /**
     * The transition kernel itself, with more power per run: {@code m_2} from {@code m_0 = 0.3} with a large step
     * {@code γ = 0.05}, {@value #KERNEL_RUNS} runs per engine (the law of the paths follows from the kernel and the
     * initial law, proofs-notes/reduced-chain.md §1). Level {@value #ALPHA} per case.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void twoStepKernelsAgree(String name, SimulationConfig config, long fixedT) {
        SimulationConfig twoSteps = config.toBuilder().fixedInit(0.3).gamma(0.05).maxSteps(2).stopAtHit(false)
                .build();
        ParallelRunner runner = ParallelRunner.allCores();
        double[] reduced = runner.run(Engines.reduced().prepare(forEngine(Engines.reduced(), twoSteps)), KERNEL_RUNS)
                .stream()
                .mapToDouble(r -> quantised(r.finalM())).toArray();
        double[] full = runner.run(Engines.full().prepare(twoSteps), KERNEL_RUNS).stream()
                .mapToDouble(r -> quantised(r.finalM())).toArray();
        double p = KolmogorovSmirnovTest.withDefaults().test(reduced, full).getPValue();
        assertThat(p).as("KS p-value, m_2 from m_0 = 0.3").isGreaterThan(ALPHA);
    }

    /**
     * The configuration as {@code engine} takes it: a random teacher direction only for the full engine (the reduced
     * chain follows the overlap alone, whose law does not depend on the direction; comparing it with the full engine's
     * random direction checks exactly that).
     */
    static SimulationConfig forEngine(Engine engine, SimulationConfig config) {
        return engine.usesTeacherDirection() ? config : config.toBuilder().teacher(TeacherDirection.E1).build();
    }

    /**
     * {@code m} on a grid of 10⁻¹²: the law can have atoms (e.g. {@code ψ = 0} whenever {@code z < 0} for ReLU, so
     * {@code m_2 = m_0} with probability 1/4), which the two engines round to values a few ulps apart; without the
     * grid KS would see those ulps.
     */
    static double quantised(double m) {
        return Math.rint(m * 1e12) / 1e12;
    }

    /** Hit: the hitting step; censored or diverged: above every possible hit, keeping the step. */
    static double outcome(RunResult r) {
        double offset = r.status() == RunStatus.HIT ? 0 : r.status() == RunStatus.CENSORED ? 1e12 : 2e12;
        return offset + r.steps();
    }
}
