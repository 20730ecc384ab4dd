package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The option enums of MATH.md §9: parsing by key and the parameter named when a value is unknown (their {@code KEYS}
 * constants: {@code org.sgdx.reference.OptionKeysTest}).
 */
class OptionsTest {

    @Test
    void keysParseBackToTheirValues() {
        for (Algorithm v : Algorithm.values()) {
            assertThat(Algorithm.parse(v.key())).isSameAs(v);
        }
        for (Loss v : Loss.values()) {
            assertThat(Loss.parse(v.key())).isSameAs(v);
        }
        for (InnerStep v : InnerStep.values()) {
            assertThat(InnerStep.parse(v.key())).isSameAs(v);
        }
        for (InnerNorm v : InnerNorm.values()) {
            assertThat(InnerNorm.parse(v.key())).isSameAs(v);
        }
        for (SecondLayer v : SecondLayer.values()) {
            assertThat(SecondLayer.parse(v.key())).isSameAs(v);
        }
    }

    @Test
    void unknownValuesNameTheParameter() {
        assertThatThrownBy(() -> InnerStep.parse("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown inner-step 'x'");
        assertThatThrownBy(() -> InnerNorm.parse("x")).hasMessageStartingWith("unknown inner-norm 'x'");
        assertThatThrownBy(() -> SecondLayer.parse("x")).hasMessageStartingWith("unknown second-layer 'x'");
        assertThatThrownBy(() -> Loss.parse("x")).hasMessageStartingWith("unknown loss 'x'");
        assertThatThrownBy(() -> Algorithm.parse("x")).hasMessageStartingWith("unknown algorithm 'x'");
    }

    @Test
    void onlyOnlineSgdHasNoInnerRate() {
        assertThat(Algorithm.ONLINE.usesEta()).isFalse();
        assertThat(Algorithm.REUSE.usesEta()).isTrue();
        assertThat(Algorithm.ALTERNATING.usesEta()).isTrue();
        assertThat(Loss.SQUARED.formula()).isEqualTo("1/2 (y - a*sigma(z))^2");
        assertThat(Algorithm.ONLINE.description()).isEqualTo("online SGD");
    }
}
