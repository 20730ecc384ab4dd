package org.sgdx.fastpath.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.hitting.Overlap;
import org.sgdx.fastpath.hitting.RunStatus;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;

/**
 * The diffusion engine against the exact reduced chain (MATH.md §7, §10; proofs-notes/diffusion-limit.md): two-sample
 * Kolmogorov–Smirnov tests on hitting times and on {@code m_t} at a fixed {@code t} (half the reduced chain's median
 * hitting time), for online, alternating and batch-reuse SGD at {@code d = 10³} and {@code 10⁴}, and for online He2
 * from the uniform initialisation (the random search phase from {@code m_0 ≈ d^{−1/2}}, both signs, absolute
 * overlap), from {@code m_0 = 0.35} to {@code m_target = 0.45} (He2: from the uniform initialisation to 1/2). γ is set
 * so that the validity parameter λ is half the engine's limit at each dimension: at
 * these dimensions that is well below the mean-field optimal γ, and the η of alternating and batch reuse must be
 * small (the fourth moments of ψ grow fast with η), so those runs are close to online SGD.
 *
 * <p>The last two cases are tanh/tanh, whose coefficients are tabulated ({@link CoefficientTable}, estimated relative
 * error below 10⁻⁹ here).
 *
 * <p>Fixed seeds, so the outcome is deterministic. False-failure rate: were the two laws equal, each of the 18
 * comparisons would fail with probability {@value #ALPHA}, so the class with probability at most 1.8%; the
 * diffusion limit is an approximation, of relative order {@code λ} plus the leap error (second order in ε), below
 * the KS resolution (about 0.2 in the distribution functions at {@value #RUNS} runs per engine and this level).
 */
class DiffusionEngineTest {

    static final double ALPHA = 1e-3;
    static final int RUNS = 200;
    static final long SEED = 20261207L;
    /** Half the limit at {@code d = 10⁴}. */
    static final double LAMBDA = 5e-4;

    static Stream<Arguments> cases() {
        return Stream.of(
                c("online d=1e3", b("online").d(1000)),
                c("online d=1e4", b("online").d(10_000)),
                c("alternating eta=3e-5 d=1e3", b("alternating").eta(3e-5).d(1000)),
                c("alternating eta=1e-5 d=1e4", b("alternating").eta(1e-5).d(10_000)),
                c("reuse eta=1e-8 inner-norm d, d=1e3", b("reuse").eta(1e-8).innerNorm(InnerNorm.DIMENSION).d(1000)),
                c("reuse eta=1e-9 inner-norm d, d=1e4", b("reuse").eta(1e-9).innerNorm(InnerNorm.DIMENSION).d(10_000)),
                c("online He2 uniform init, absolute overlap, d=1e3", SimulationConfig.builder().link("He2")
                        .loss(Loss.CORRELATION).overlap(Overlap.ABSOLUTE).d(1000).maxSteps(10_000_000).seed(SEED)),
                c("online tanh/tanh (tabulated coefficients), d=1e3", b("online").link("tanh").d(1000)),
                c("alternating eta=0.5 tanh/tanh (tabulated coefficients), d=1e3", b("alternating").eta(0.5)
                        .link("tanh").d(1000)));
    }

    static SimulationConfig.Builder b(String algorithm) {
        return SimulationConfig.builder().set("algorithm", algorithm).link("He3").loss(Loss.CORRELATION)
                .fixedInit(0.35).mTarget(0.45).maxSteps(10_000_000).seed(SEED);
    }

    /** The configuration with γ such that {@link DiffusionCoefficients#lambda()} is {@code lambda} (λ ∝ γ²). */
    static SimulationConfig atLambda(SimulationConfig.Builder builder, double lambda) {
        double atOne = DiffusionCoefficients.of(builder.gamma(1).build()).lambda();
        return builder.gamma(Math.sqrt(lambda / atOne)).build();
    }

    /** The case with λ at half the engine's limit at its dimension. */
    private static Arguments c(String name, SimulationConfig.Builder builder) {
        long d = builder.gamma(1).build().d();
        return Arguments.of(name, atLambda(builder, DiffusionEngine.lambdaLimit(d) / 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hittingTimesAndOverlapAtFixedTimeAgreeWithTheReducedChain(String name, SimulationConfig config) {
        ParallelRunner runner = ParallelRunner.allCores();
        Engine diffusion = Engines.diffusion(DiffusionEngine.DEFAULT_EPSILON);
        List<RunResult> exact = runner.run(Engines.reduced().prepare(config), RUNS);
        List<RunResult> leaped = runner.run(diffusion.prepare(config), RUNS);
        assertThat(exact).as("every run hits").allMatch(RunResult::hit);
        assertThat(leaped).as("every run hits").allMatch(RunResult::hit);
        double[] t0 = exact.stream().mapToDouble(RunResult::steps).sorted().toArray();
        double[] t1 = leaped.stream().mapToDouble(RunResult::steps).toArray();
        SimulationConfig atT = config.toBuilder().maxSteps((long) (t0[RUNS / 2] / 2)).stopAtHit(false).build();
        double[] m0 = runner.run(Engines.reduced().prepare(atT), RUNS).stream().mapToDouble(RunResult::finalM).toArray();
        double[] m1 = runner.run(diffusion.prepare(atT), RUNS).stream().mapToDouble(RunResult::finalM).toArray();
        double pTime = KolmogorovSmirnovTest.withDefaults().test(t0, t1).getPValue();
        double pOverlap = KolmogorovSmirnovTest.withDefaults().test(m0, m1).getPValue();
        assertThat(pTime).as("KS p-value, hitting times").isGreaterThan(ALPHA);
        assertThat(pOverlap).as("KS p-value, m_t at t = %d", atT.maxSteps()).isGreaterThan(ALPHA);
    }

    /**
     * Halving ε changes the law of the hitting time by less than the KS resolution: {@value #EPSILON_RUNS} runs at
     * ε = 0.1 and at 0.05 (independent streams). False-failure rate {@value #ALPHA} were the laws equal; the leap error
     * is second order in ε.
     */
    static final int EPSILON_RUNS = 4000;

    @Test
    void halvingEpsilonDoesNotChangeTheHittingTimeLaw() {
        SimulationConfig config = atLambda(b("online").d(1000), LAMBDA);
        ParallelRunner runner = ParallelRunner.allCores();
        double[] coarse = runner.run(Engines.diffusion(0.1).prepare(config), EPSILON_RUNS).stream()
                .mapToDouble(RunResult::steps).toArray();
        double[] fine = runner.run(Engines.diffusion(0.05).prepare(config), EPSILON_RUNS).stream()
                .mapToDouble(RunResult::steps).toArray();
        assertThat(KolmogorovSmirnovTest.withDefaults().test(coarse, fine).getPValue()).isGreaterThan(ALPHA);
    }

    @Test
    void leapsAreFewAndStepsAreCountedExactly() {
        SimulationConfig config = atLambda(b("online").d(1000).checkpointsPerDecade(2), LAMBDA);
        Simulation s = Engines.diffusion(0.1).prepare(config);
        for (int run = 0; run < 20; run++) {
            RunResult r = s.run(run);
            assertThat(r.status()).isEqualTo(RunStatus.HIT);
            assertThat(r.simulatedSteps()).isEqualTo(r.steps());
            assertThat(r.leaps()).isBetween(1L, 5000L).isLessThan(r.steps());
            assertThat(r.finalM()).isEqualTo(0.45);
            long[] recorded = r.checkpoints().steps();
            long[] schedule = config.checkpointSchedule();
            assertThat(recorded).as("every checkpoint before the hit is recorded")
                    .containsExactly(java.util.Arrays.stream(schedule).filter(t -> t <= r.steps()).toArray());
        }
    }

    @Test
    void aRunDependsOnlyOnItsIndexAndTheBudgetIsNeverExceeded() {
        SimulationConfig config = atLambda(b("online").d(1000).maxSteps(50_000), LAMBDA);
        Simulation s = Engines.diffusion(0.1).prepare(config);
        List<RunResult> parallel = new ParallelRunner(3).run(s, 30);
        for (int run = 29; run >= 0; run--) {
            assertThat(s.run(run)).isEqualTo(parallel.get(run));
        }
        assertThat(parallel).allSatisfy(r -> {
            assertThat(r.status()).isIn(RunStatus.HIT, RunStatus.CENSORED);
            assertThat(r.simulatedSteps()).isLessThanOrEqualTo(50_000);
        });
        assertThat(parallel).anyMatch(r -> r.status() == RunStatus.CENSORED && r.steps() == 50_000);
    }

    @Test
    void uniformInitialisationHasTheSignOfTheReducedChainAndAbsoluteOverlapWatchesBothBarriers() {
        // He2 online: the drift is odd in m, so a run converges to the sign it starts with
        SimulationConfig signed = atLambda(SimulationConfig.builder().link("He2").loss(Loss.CORRELATION).d(1000)
                .maxSteps(2_000_000).seed(SEED), LAMBDA);
        List<RunResult> s = ParallelRunner.allCores().run(Engines.diffusion(0.1).prepare(signed), 400);
        long hitSigned = s.stream().filter(RunResult::hit).count();
        // half the runs start with m_0 < 0: binomial(400, 1/2) lies in [150, 250] except with probability 6e-7
        assertThat(hitSigned).isBetween(150L, 250L);
        SimulationConfig absolute = signed.toBuilder().overlap(Overlap.ABSOLUTE).build();
        List<RunResult> a = ParallelRunner.allCores().run(Engines.diffusion(0.1).prepare(absolute), 400);
        assertThat(a).allMatch(RunResult::hit);
        assertThat(a.stream().filter(r -> r.finalM() == -0.5).count()).isBetween(150L, 250L);
    }

    /**
     * A run held at a stable point of the drift short of the target (proofs-notes/diffusion-limit.md §4): alternating
     * He4 at {@code d = 10⁶}, η = 10⁻⁹, the mean-field optimal γ ({@code sgdx predict}: 7.025545589·10⁻¹⁴), signed
     * overlap from the uniform initialisation. A run that the search phase takes to {@code m < 0} settles at
     * {@code m* ≈ −0.99991}, where the explicit leap is limited to about {@code ε/|b'(m*)|} steps, about 10⁸ leaps for
     * the budget of 7·10¹⁷ steps; the exponential leaps finish it in about a thousand. Half the runs start with
     * {@code m_0 < 0}, so with 40 runs none is held with probability below 10⁻¹²; the timeout turns a return to the
     * explicit limit into a failure.
     */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aRunHeldAtAStablePointFinishesItsBudgetInFewLeaps() {
        long budget = 700_000_000_000_000_000L;
        SimulationConfig config = SimulationConfig.builder().set("algorithm", "alternating").link("He4")
                .loss(Loss.CORRELATION).eta(1e-9).d(1_000_000).gamma(7.025545589e-14).maxSteps(budget).seed(SEED)
                .build();
        List<RunResult> runs = ParallelRunner.allCores().run(Engines.diffusion(0.1).prepare(config), 40);
        List<RunResult> held = runs.stream().filter(r -> r.status() == RunStatus.CENSORED).toList();
        assertThat(held).isNotEmpty().allSatisfy(r -> {
            assertThat(r.finalM()).isBetween(-0.99995, -0.99985);
            assertThat(r.steps()).isEqualTo(budget);
            assertThat(r.leaps()).isLessThan(5000);
        });
    }

    /**
     * The exponential leap against the reduced chain: online He2 (odd drift) from {@code m_0 = −0.9} with signed
     * overlap and {@code m_target = 0.5}, so that the runs settle at the stable point {@code m* ≈ −0.9685}, far from
     * the barrier; the law of {@code m_t} at {@code t = 4·10⁴} (many relaxation times) by two-sample KS,
     * false-failure rate {@value #ALPHA} (measured: {@code p = 0.83} at 1000 runs, stationary standard deviations
     * 0.001777 against the chain's 0.001771). The explicit leaps alone take 52 leaps per run here, the exponential
     * leaps 22 (asserted below 40).
     */
    @Test
    void theExponentialLeapAgreesWithTheReducedChainAtAStablePoint() {
        SimulationConfig config = atLambda(SimulationConfig.builder().link("He2").loss(Loss.CORRELATION).d(1000)
                .fixedInit(-0.9).mTarget(0.5).maxSteps(40_000).seed(SEED), LAMBDA);
        ParallelRunner runner = ParallelRunner.allCores();
        List<RunResult> exact = runner.run(Engines.reduced().prepare(config), RUNS);
        List<RunResult> leaped = runner.run(Engines.diffusion(0.1).prepare(config), RUNS);
        assertThat(leaped).allMatch(r -> r.status() == RunStatus.CENSORED);
        double[] m0 = exact.stream().mapToDouble(RunResult::finalM).toArray();
        double[] m1 = leaped.stream().mapToDouble(RunResult::finalM).toArray();
        assertThat(KolmogorovSmirnovTest.withDefaults().test(m0, m1).getPValue()).isGreaterThan(ALPHA);
        assertThat(leaped.stream().mapToLong(RunResult::leaps).average().orElseThrow()).isLessThan(40);
    }

    @Test
    void configurationsItCannotModelAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> Engines.diffusion(0)).hasMessageStartingWith("epsilon ");
        assertThatThrownBy(() -> Engines.diffusion(0.51)).hasMessageStartingWith("epsilon ");
        assertThatThrownBy(() -> Engines.diffusion(Double.NaN)).hasMessageStartingWith("epsilon ");
        assertThatThrownBy(() -> Engines.named("reduced", 0.1)).hasMessageStartingWith("epsilon ");
        Engine e = Engines.diffusion(0.1);
        assertThatThrownBy(() -> e.prepare(b("online").d(1000).gamma(1e-5).sustain(3).build()))
                .hasMessageStartingWith("sustain ");
        assertThatThrownBy(() -> e.prepare(b("alternating").eta(1e-3).secondLayer(SecondLayer.PERSISTENT).d(1000)
                .gamma(1e-6).build())).hasMessageStartingWith("second-layer persistent");
        assertThatThrownBy(() -> e.prepare(b("reuse").eta(1e-6).d(1000).gamma(1e-6).build()))
                .hasMessageStartingWith("inner-norm exact");
        assertThatThrownBy(() -> e.prepare(b("online").target("sign").activation("tanh").d(1000).gamma(1e-6).build()))
                .hasMessageStartingWith("target sign").hasMessageContaining("estimated relative error");
    }

    /**
     * The validity threshold: λ is proportional to γ², the engine accepts λ just below
     * {@link DiffusionEngine#lambdaLimit} ({@code √(10⁻²/d)} at {@code d = 1000}) and refuses it just above, naming
     * {@code --gamma}.
     */
    @Test
    void theDiffusionRegimeIsDecidedByLambda() {
        SimulationConfig.Builder online = b("online").d(1000);
        double atOne = DiffusionCoefficients.of(online.gamma(1).build()).lambda();
        assertThat(DiffusionCoefficients.of(online.gamma(1e-3).build()).lambda())
                .isCloseTo(1e-6 * atOne, org.assertj.core.data.Percentage.withPercentage(1e-9));
        double limit = Math.sqrt(DiffusionEngine.lambdaLimit(1000) / atOne);
        Engine e = Engines.diffusion(0.1);
        assertThat(e.prepare(online.gamma(limit * 0.999).build())).isNotNull();
        assertThatThrownBy(() -> e.prepare(online.gamma(limit * 1.001).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("gamma ")
                .hasMessageContaining("diffusion regime");
    }
}
