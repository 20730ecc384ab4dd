package org.sgdx.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.link.LabelModel;

/** Each option type's {@code KEYS} constant, which labels its command-line option, lists exactly its keys. */
class OptionKeysTest {

    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of(Algorithm.class, Algorithm.KEYS, "algorithm"),
                Arguments.of(Loss.class, Loss.KEYS, "loss"),
                Arguments.of(InnerStep.class, InnerStep.KEYS, "inner-step"),
                Arguments.of(InnerNorm.class, InnerNorm.KEYS, "inner-norm"),
                Arguments.of(SecondLayer.class, SecondLayer.KEYS, "second-layer"),
                Arguments.of(LabelModel.Type.class, LabelModel.Type.KEYS, "labels"));
    }

    @ParameterizedTest
    @MethodSource("options")
    <E extends Enum<E> & Option> void keysConstantListsTheKeysInDeclarationOrder(Class<E> type, String keys,
            String parameter) {
        String expected = Arrays.stream(type.getEnumConstants()).map(Option::key).collect(Collectors.joining("|"));
        assertThat(keys).isEqualTo(expected);
        assertThat(Option.allowed(type)).isEqualTo(expected.replace("|", ", "));
        for (String key : keys.split("\\|")) {
            assertThat(Option.parse(type, parameter, " " + key.toUpperCase(java.util.Locale.ROOT) + " ").key())
                    .isEqualTo(key);
        }
        assertThatThrownBy(() -> Option.parse(type, parameter, "none"))
                .hasMessage("unknown " + parameter + " 'none'; allowed values: " + Option.allowed(type));
    }
}
