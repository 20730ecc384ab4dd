package org.sgdx.fastpath.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sgdx.fastpath.Initialisation;
import org.sgdx.fastpath.TeacherDirection;
import org.sgdx.fastpath.hitting.Overlap;
import org.sgdx.reference.Option;

/** The {@code KEYS} constants that label the simulation settings on the command line list exactly their names. */
class OptionKeysTest {

    private static <E extends Enum<E> & Option> String keysOf(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Option::key).collect(Collectors.joining("|"));
    }

    @Test
    void settingKeysListTheKeysInDeclarationOrder() {
        assertThat(Initialisation.KEYS).isEqualTo(keysOf(Initialisation.class));
        assertThat(TeacherDirection.KEYS).isEqualTo(keysOf(TeacherDirection.class));
        assertThat(Overlap.KEYS).isEqualTo(keysOf(Overlap.class));
    }

    @Test
    void everyEngineKeyNamesAnEngineAndNoOtherNameDoes() {
        for (String key : Engines.KEYS.split("\\|")) {
            assertThat(Engines.named(key).name()).isEqualTo(key);
        }
        assertThatThrownBy(() -> Engines.named("exact"))
                .hasMessage("unknown engine 'exact'; allowed values: " + Engines.KEYS.replace("|", ", "));
    }
}
