package org.sgdx.reference.dynamics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of the lower-case labels by which the enums of this package appear on the command line. */
final class Labels {

    private Labels() {
    }

    /** The constant whose label is {@code text} (ignoring case), or an exception naming the parameter and the choices. */
    static <E extends Enum<E>> E parse(Class<E> type, String parameter, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (label(e).equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException(parameter + " must be one of " + choices(type) + ", got '" + text + "'");
    }

    /** The label of a constant: its name in lower case. */
    static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** {@code a|b|c}. */
    static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labels::label).collect(Collectors.joining("|"));
    }
}
