package org.sgdx.reference.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The label models, and the one rule for binary labels: {@code q} must be a probability. */
class LabelModelTest {

    @Test
    void binaryLabelsNeedAProbabilityEverywhere() {
        assertThat(new LabelModel.Binary(Link.parse("sigmoid(3*z)")).kind()).isEqualTo("binary");
        assertThat(LabelModel.of("binary", Link.parse("0.05 + 0.9*step(z)"), null)).isInstanceOf(LabelModel.Binary.class);
        assertThat(LabelModel.of("binary", Link.parse("(1 + tanh)/2"), null)).isInstanceOf(LabelModel.Binary.class);
        // negative for z < 0
        assertThatThrownBy(() -> LabelModel.of("binary", Link.parse("tanh"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels binary needs a probability")
                .hasMessageContaining("q(-0.001)");
        assertThatThrownBy(() -> new LabelModel.Binary(Link.parse("z"))).hasMessageContaining("q(");
        assertThatThrownBy(() -> new LabelModel.Binary(Link.parse("1.5*step(z)"))).hasMessageContaining("= 1.5");
        // within [0, 1] on [-12, 12] but not beyond
        assertThatThrownBy(() -> new LabelModel.Binary(Link.parse("relu(z)/100"))).hasMessageContaining("q(1000.0)");
        assertThatThrownBy(() -> new LabelModel.Binary(Link.parse("z^2/200"))).hasMessageContaining("q(-20.0)");
    }
}
