package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/** The specification of an update rule: defaults, the options that apply to each algorithm, and its exact rule. */
class UpdateRuleSpecTest {

    private static final Link HE3 = Link.parse("He3");
    private static final Link TANH = Link.parse("tanh");

    @Test
    void defaultsAreThoseOfMath9WithTheActivationEqualToTheTarget() {
        UpdateRuleSpec spec = UpdateRuleSpec.of(Algorithm.REUSE, HE3);
        assertThat(spec.loss()).isEqualTo(Loss.SQUARED);
        assertThat(spec.labels()).isEqualTo(new LabelModel.Deterministic(HE3));
        assertThat(spec.target()).isSameAs(HE3);
        assertThat(spec.activation()).isSameAs(HE3);
        assertThat(spec.a()).isEqualTo(BigFraction.ONE);
        assertThat(spec.secondLayer()).isEqualTo(SecondLayer.FIXED);
        assertThat(spec.innerStep()).isEqualTo(InnerStep.PLAIN);
        assertThat(spec.innerNorm()).isEqualTo(InnerNorm.EXACT);
        LabelModel binary = new LabelModel.Binary(Link.parse("sigmoid"));
        assertThat(UpdateRuleSpec.activationOrTarget(null, binary)).isSameAs(binary.link());
        assertThat(UpdateRuleSpec.activationOrTarget(TANH, binary)).isSameAs(TANH);
    }

    @Test
    void withChangesOneComponent() {
        UpdateRuleSpec spec = UpdateRuleSpec.of(Algorithm.ONLINE, HE3);
        UpdateRuleSpec other = spec.withAlgorithm(Algorithm.ALTERNATING).withLoss(Loss.CORRELATION)
                .withActivation(TANH).withA(BigFraction.of(1, 2)).withSecondLayer(SecondLayer.PERSISTENT)
                .withLabels(new LabelModel.Noisy(HE3, BigFraction.of(1, 10)));
        assertThat(other).isEqualTo(new UpdateRuleSpec(Algorithm.ALTERNATING, Loss.CORRELATION,
                new LabelModel.Noisy(HE3, BigFraction.of(1, 10)), TANH, BigFraction.of(1, 2), SecondLayer.PERSISTENT,
                InnerStep.PLAIN, InnerNorm.EXACT));
        assertThat(spec.withAlgorithm(Algorithm.REUSE).withInnerStep(InnerStep.PROJECTED)
                .withInnerNorm(InnerNorm.DIMENSION).innerStep()).isEqualTo(InnerStep.PROJECTED);
        assertThat(spec).isEqualTo(UpdateRuleSpec.of(Algorithm.ONLINE, HE3));
    }

    @Test
    void optionsOutsideTheirAlgorithmAreRefusedNamingTheParameter() {
        UpdateRuleSpec online = UpdateRuleSpec.of(Algorithm.ONLINE, HE3);
        assertThatThrownBy(() -> online.withInnerStep(InnerStep.PROJECTED))
                .hasMessage("inner-step applies only to algorithm reuse; leave it at plain for online");
        assertThatThrownBy(() -> online.withInnerNorm(InnerNorm.DIMENSION))
                .hasMessage("inner-norm applies only to algorithm reuse; leave it at exact for online");
        assertThatThrownBy(() -> online.withAlgorithm(Algorithm.REUSE).withSecondLayer(SecondLayer.PERSISTENT))
                .hasMessage("second-layer applies only to algorithm alternating; leave it at fixed for reuse");
        assertThatThrownBy(() -> online.withAlgorithm(Algorithm.REUSE).withInnerStep(InnerStep.PROJECTED)
                .withAlgorithm(Algorithm.ALTERNATING)).hasMessageStartingWith("inner-step applies only to");
        assertThatThrownBy(() -> online.withLabels(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("labels");
        assertThatThrownBy(() -> online.withInnerNorm(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("inner-norm");
    }

    @Test
    void theExactRuleHasTheSameOptions() {
        UpdateRuleSpec spec = UpdateRuleSpec.of(Algorithm.REUSE, TANH).withLoss(Loss.CORRELATION)
                .withA(BigFraction.of(3, 2)).withInnerStep(InnerStep.PROJECTED).withInnerNorm(InnerNorm.DIMENSION);
        assertThat(spec.rule()).isEqualTo(new UpdateRule(Algorithm.REUSE, Loss.CORRELATION, TANH, BigFraction.of(3, 2),
                SecondLayer.FIXED, InnerStep.PROJECTED, UpdateRule.DEFAULT_ORDER));
        assertThat(spec.rule(2).order()).isEqualTo(2);
        // the reference expands ψ by Taylor's formula: batch reuse needs a smooth activation, the simulators do not
        UpdateRuleSpec kinked = UpdateRuleSpec.of(Algorithm.REUSE, Link.parse("relu"));
        assertThatThrownBy(kinked::rule).hasMessageStartingWith("activation must be smooth");
        UpdateRuleSpec online = UpdateRuleSpec.of(Algorithm.ONLINE, HE3);
        assertThat(DriftCoefficients.of(online).mu()).isEqualTo(DriftCoefficients.of(online.rule(),
                online.labels()).mu());
    }

    @Test
    void labelModelTypesParseByTheirKeys() {
        assertThat(LabelModel.Type.parse(" Noisy ")).isEqualTo(LabelModel.Type.NOISY);
        assertThatThrownBy(() -> LabelModel.Type.parse("poisson"))
                .hasMessage("unknown labels 'poisson'; allowed values: deterministic, noisy, binary");
        assertThat(LabelModel.of((String) null, HE3, BigFraction.of(1, 2))).isEqualTo(
                new LabelModel.Noisy(HE3, BigFraction.of(1, 2)));
        assertThat(LabelModel.of(LabelModel.Type.DETERMINISTIC, HE3, null).kind()).isEqualTo("deterministic");
        assertThat(new LabelModel.Noisy(HE3, BigFraction.of(1, 2)).noise()).isEqualTo(BigFraction.of(1, 2));
        assertThat(new LabelModel.Deterministic(HE3).noise()).isEqualTo(BigFraction.ZERO);
        assertThatThrownBy(() -> LabelModel.of(LabelModel.Type.BINARY, Link.parse("sigmoid"), BigFraction.ONE))
                .hasMessage("noise applies only with parameter labels noisy");
        assertThatThrownBy(() -> LabelModel.of(LabelModel.Type.NOISY, HE3, null))
                .hasMessageStartingWith("labels noisy needs a noise level");
    }

    @Test
    void coefficientsOfASpecificationWithAnIndexAndDigits() {
        UpdateRuleSpec spec = UpdateRuleSpec.of(Algorithm.REUSE, HE3);
        DriftCoefficients c = DriftCoefficients.of(spec, 3, 30);
        assertThat(c.maxIndex()).isEqualTo(3);
        assertThat(c.digits()).isEqualTo(30);
        assertThat(c.mu()).isEqualTo(DriftCoefficients.of(spec.rule(), spec.labels(), 3, 30).mu());
    }
}
