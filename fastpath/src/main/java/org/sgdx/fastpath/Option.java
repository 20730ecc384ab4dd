package org.sgdx.fastpath;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named choice of the simulation (MATH.md §9). Each constant has a stable lower-case {@linkplain #key() key},
 * used on the command line, in canonical configuration strings and in outputs.
 */
public interface Option {

    /** The stable lower-case name, e.g. {@code squared} or {@code uniform-positive}. */
    String key();

    /**
     * The constant of {@code type} whose key is {@code value} (ignoring case).
     *
     * @param parameter the parameter name for the error message, e.g. {@code "loss"}
     * @throws IllegalArgumentException naming the parameter and the allowed values if there is none
     */
    static <E extends Enum<E> & Option> E parse(Class<E> type, String parameter, String value) {
        if (value != null) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            for (E e : type.getEnumConstants()) {
                if (e.key().equals(v)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("unknown " + parameter + " '" + value + "'; allowed values: "
                + allowed(type));
    }

    /** The allowed keys, comma-separated, for messages. */
    static <E extends Enum<E> & Option> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Option::key).collect(Collectors.joining(", "));
    }
}
