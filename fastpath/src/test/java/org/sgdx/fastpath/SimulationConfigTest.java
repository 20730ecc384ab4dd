package org.sgdx.fastpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdx.fastpath.full.FullEngine;
import org.sgdx.fastpath.hitting.Overlap;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.link.LabelModel;

/** Validation of every parameter (bad input gets a clear message naming it and the allowed values), defaults. */
class SimulationConfigTest {

    static SimulationConfig.Builder valid() {
        return SimulationConfig.builder().link("He3").d(10).gamma(1e-3).maxSteps(100);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("d = 2", b -> b.d(2), "d must be an integer >= 3, got 2"),
                bad("d negative", b -> b.d(-5), "d must be an integer >= 3"),
                bad("d unset", b -> b.d(0), "d must be an integer >= 3, got 0"),
                bad("gamma zero", b -> b.gamma(0), "gamma must be a finite number > 0, got 0.0"),
                bad("gamma negative", b -> b.gamma(-1e-3), "gamma must be a finite number > 0"),
                bad("gamma NaN", b -> b.gamma(Double.NaN), "gamma must be a finite number > 0, got NaN"),
                bad("gamma infinite", b -> b.gamma(Double.POSITIVE_INFINITY), "gamma must be a finite number > 0, got Infinity"),
                bad("eta zero for reuse", b -> b.algorithm(Algorithm.REUSE), "eta must be a finite number > 0 for algorithm reuse, got 0.0"),
                bad("eta negative", b -> b.algorithm(Algorithm.ALTERNATING).eta(-1), "eta must be a finite number > 0 for algorithm alternating"),
                bad("eta NaN", b -> b.algorithm(Algorithm.REUSE).eta(Double.NaN), "eta must be a finite number > 0"),
                bad("eta infinite", b -> b.algorithm(Algorithm.REUSE).eta(Double.NEGATIVE_INFINITY), "eta must be a finite number > 0"),
                bad("eta for online", b -> b.eta(0.1), "eta applies only to algorithms reuse and alternating"),
                bad("m-target 0", b -> b.mTarget(0), "m-target must be a number in the open interval (0, 1), got 0.0"),
                bad("m-target 1", b -> b.mTarget(1), "m-target must be a number in the open interval (0, 1), got 1.0"),
                bad("m-target 1.5", b -> b.mTarget(1.5), "m-target must be a number in the open interval (0, 1)"),
                bad("m-target negative", b -> b.mTarget(-0.5), "m-target must be a number in the open interval (0, 1)"),
                bad("m-target NaN", b -> b.mTarget(Double.NaN), "m-target must be a number in the open interval (0, 1), got NaN"),
                bad("budget 0", b -> b.maxSteps(0), "max-steps (the step budget) must be an integer >= 1, got 0"),
                bad("budget negative", b -> b.maxSteps(-10), "max-steps (the step budget) must be an integer >= 1"),
                bad("sustain 0", b -> b.sustain(0), "sustain must be an integer >= 1"),
                bad("a0 NaN", b -> b.a0(Double.NaN), "a0 must be a finite number"),
                bad("noise for deterministic labels", b -> b.noise(0.5), "noise applies only to labels noisy"),
                bad("noise zero for noisy labels", b -> b.labels(LabelModel.Type.NOISY), "noise must be a finite number > 0 for labels noisy"),
                bad("noise negative", b -> b.noisyLabels(-1), "noise must be a finite number > 0 for labels noisy"),
                bad("m0 outside (-1, 1)", b -> b.fixedInit(1.5),
                        "m0 must be in the open interval (-1, 1) for init fixed, got 1.5"),
                bad("m0 = 1", b -> b.fixedInit(1), "m0 must be in the open interval (-1, 1) for init fixed, got 1.0"),
                bad("m0 = -1", b -> b.fixedInit(-1), "m0 must be in the open interval (-1, 1)"),
                bad("m0 unset for init fixed", b -> b.set("init", "fixed"), "m0 is required for init fixed"),
                bad("m0 NaN", b -> b.set("init", "fixed").set("m0", "NaN"), "m0 must be a finite number, got 'NaN'"),
                bad("a beyond the double range", b -> b.set("a", "1e400"), "a must be a finite number, got '1e400'"),
                bad("gamma infinite as text", b -> b.set("gamma", "-Infinity"), "gamma must be a finite number"),
                bad("m-target below the double range", b -> b.set("m-target", "1e-400"),
                        "m-target is too small for double precision"),
                bad("m0 without fixed init", b -> b.m0(0.1), "m0 applies only to init fixed"),
                bad("inner-step for online", b -> b.innerStep(InnerStep.PROJECTED), "inner-step applies only to algorithm reuse"),
                bad("inner-norm for alternating", b -> b.algorithm(Algorithm.ALTERNATING).eta(1).innerNorm(InnerNorm.DIMENSION),
                        "inner-norm applies only to algorithm reuse"),
                bad("second-layer for reuse", b -> b.algorithm(Algorithm.REUSE).eta(1).secondLayer(SecondLayer.PERSISTENT),
                        "second-layer applies only to algorithm alternating"),
                bad("checkpoints negative", b -> b.checkpointsPerDecade(-1), "checkpoints (per decade) must be an integer in [0, 1000]"),
                bad("no target", b -> b.target((org.sgdx.reference.link.Link) null), "target is required"),
                bad("unknown algorithm", b -> b.set("algorithm", "adam"),
                        "unknown algorithm 'adam'; allowed values: online, reuse, alternating"),
                bad("unknown loss", b -> b.set("loss", "hinge"), "unknown loss 'hinge'; allowed values: squared, correlation"),
                bad("unknown inner step", b -> b.set("inner-step", "normalised"),
                        "unknown inner-step 'normalised'; allowed values: plain, projected"),
                bad("unknown inner norm", b -> b.set("inner-norm", "approx"), "unknown inner-norm 'approx'; allowed values: exact, d"),
                bad("unknown second layer", b -> b.set("second-layer", "trained"),
                        "unknown second-layer 'trained'; allowed values: fixed, persistent"),
                bad("unknown labels", b -> b.set("labels", "poisson"),
                        "unknown labels 'poisson'; allowed values: deterministic, noisy, binary"),
                bad("unknown init", b -> b.set("init", "zero"), "unknown init 'zero'; allowed values: uniform, uniform-positive, fixed"),
                bad("unknown teacher", b -> b.set("teacher", "e2"), "unknown teacher 'e2'; allowed values: e1, random"),
                bad("unknown overlap", b -> b.set("overlap", "squared"), "unknown overlap 'squared'; allowed values: signed, absolute"),
                bad("unknown parameter", b -> b.set("learning-rate", "0.1"), "unknown parameter 'learning-rate'; allowed: algorithm, loss"),
                bad("malformed number", b -> b.set("gamma", "fast"), "gamma must be a number, got 'fast'"),
                bad("malformed integer", b -> b.set("d", "12.5"), "d must be an integer, got '12.5'"),
                bad("malformed boolean", b -> b.set("stop-at-hit", "yes"), "stop-at-hit must be true or false, got 'yes'"),
                bad("malformed link", b -> b.set("target", "He3 +"), "invalid link specification"),
                bad("unknown link function", b -> b.set("activation", "softplus"), "invalid link specification"));
    }

    private static Arguments bad(String name, UnaryOperator<SimulationConfig.Builder> change, String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRejectedWithAClearMessage(String name, UnaryOperator<SimulationConfig.Builder> change, String message) {
        assertThatThrownBy(() -> change.apply(valid()).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theActivationIsTheTargetUnlessGiven() {
        SimulationConfig c = SimulationConfig.builder().target("He3").d(10).gamma(0.01).maxSteps(10).build();
        assertThat(c.spec().activation()).isSameAs(c.spec().target());
        assertThat(c.spec().target().specification()).isEqualTo("He3");
        assertThat(valid().activation((org.sgdx.reference.link.Link) null).build().spec().activation().specification())
                .isEqualTo(c.spec().target().specification());
        assertThat(c.toBuilder().activation("tanh").build().spec().activation().specification()).isEqualTo("tanh");
    }

    @Test
    void defaultsAreThoseOfMathSection9() {
        SimulationConfig c = valid().build();
        assertThat(c.spec().algorithm()).isEqualTo(Algorithm.ONLINE);
        assertThat(c.spec().loss()).isEqualTo(Loss.SQUARED);
        assertThat(c.spec().innerStep()).isEqualTo(InnerStep.PLAIN);
        assertThat(c.spec().innerNorm()).isEqualTo(InnerNorm.EXACT);
        assertThat(c.spec().secondLayer()).isEqualTo(SecondLayer.FIXED);
        assertThat(c.a0()).isEqualTo(1.0);
        assertThat(c.spec().labels().type()).isEqualTo(LabelModel.Type.DETERMINISTIC);
        assertThat(c.initialisation()).isEqualTo(Initialisation.UNIFORM);
        assertThat(c.teacher()).isEqualTo(TeacherDirection.E1);
        assertThat(c.criterion().mTarget()).isEqualTo(0.5);
        assertThat(c.criterion().sustain()).isEqualTo(1);
        assertThat(c.criterion().overlap()).isEqualTo(Overlap.SIGNED);
        assertThat(c.stopAtHit()).isTrue();
        assertThat(c.checkpointsPerDecade()).isZero();
    }

    @Test
    void everyParameterCanBeSetByName() {
        SimulationConfig.Builder b = SimulationConfig.builder();
        b.set("algorithm", "reuse").set("loss", "correlation").set("inner-step", "projected").set("inner-norm", "d")
                .set("a0", "2").set("target", "He3").set("labels", "noisy").set("noise", "0.25").set("activation", "He2")
                .set("d", "1e3").set("gamma", "1e-4").set("eta", "0.5").set("init", "fixed").set("m0", "-0.1")
                .set("teacher", "random").set("max-steps", "1000000").set("m-target", "0.75").set("sustain", "3")
                .set("overlap", "absolute").set("checkpoints", "4").set("stop-at-hit", "false").set("seed", "42");
        SimulationConfig c = b.build();
        assertThat(c.parameters()).containsEntry("algorithm", "reuse").containsEntry("inner-norm", "d")
                .containsEntry("d", "1000").containsEntry("m0", "-0.1").containsEntry("overlap", "absolute")
                .containsEntry("seed", "42").containsKeys(SimulationConfig.Builder.parameterNames().stream()
                        .filter(k -> !k.equals("a")).toArray(String[]::new));
        assertThat(c.toBuilder().build()).isEqualTo(c);
    }

    @Test
    void canonicalStringKeysTheLawButNotTheObservation() {
        SimulationConfig c = valid().build();
        assertThat(c.toBuilder().seed(99).maxSteps(5).mTarget(0.9).checkpointsPerDecade(3).stopAtHit(false).build()
                .canonicalString()).isEqualTo(c.canonicalString());
        assertThat(c.toBuilder().gamma(2e-3).build().canonicalString()).isNotEqualTo(c.canonicalString());
        assertThat(c.toBuilder().d(11).build().canonicalString()).isNotEqualTo(c.canonicalString());
        assertThat(c.toBuilder().activation("He2").build().canonicalString()).isNotEqualTo(c.canonicalString());
        assertThat(Seeds.streamKey("reduced", c)).isNotEqualTo(Seeds.streamKey("full", c));
    }

    @Test
    void enginesCheckTheirOwnLimitsAndNames() {
        assertThatThrownBy(() -> Engines.named("exact")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown engine 'exact'; allowed values: reduced, full, diffusion");
        assertThat(Engines.named(" Reduced ").name()).isEqualTo("reduced");
        assertThat(Engines.named("full").name()).isEqualTo("full");
        assertThat(Engines.named("diffusion").name()).isEqualTo("diffusion");
        assertThat(Engines.named("diffusion").settings()).containsEntry("epsilon", "0.1");
        assertThat(Engines.named("diffusion", 0.25).settings()).containsEntry("epsilon", "0.25");
        SimulationConfig huge = valid().d(FullEngine.MAX_DIMENSION + 1).build();
        assertThatThrownBy(() -> Engines.full().prepare(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d must be an integer in [3, 16777216] for engine full");
        assertThat(Engines.reduced().prepare(valid().d(1_000_000_000_000L).build()).run(0).simulatedSteps())
                .isPositive();
    }

    /** Only the full engine simulates the teacher direction; the others refuse {@code teacher random}. */
    @Test
    void onlyTheFullEngineTakesARandomTeacher() {
        SimulationConfig random = valid().teacher(TeacherDirection.RANDOM).build();
        assertThat(Engines.full().prepare(random).run(0).simulatedSteps()).isPositive();
        for (Engine engine : java.util.List.of(Engines.reduced(), Engines.diffusion(0.1))) {
            assertThatThrownBy(() -> engine.prepare(random)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("teacher random applies only to engine full")
                    .hasMessageContaining("engine " + engine.name());
        }
    }

    @Test
    void runIndicesAndThreadCountsAreChecked() {
        Simulation s = Engines.reduced().prepare(valid().build());
        assertThatThrownBy(() -> s.run(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run index must be >= 0");
        assertThatThrownBy(() -> new ParallelRunner(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads must be an integer in 1..1024, got 0");
        assertThatThrownBy(() -> new ParallelRunner(2).run(s, -1, 3, r -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first run index must be >= 0");
    }
}
