package org.sgdx.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A named choice of an update rule or of a simulation (MATH.md §9). Each constant has a stable lower-case
 * {@linkplain #key() key}, used on the command line, in sweep files, in canonical configuration strings and in
 * outputs; {@link #parse} is the one way from text to a constant.
 */
public interface Option {

    /** The stable lower-case name, e.g. {@code squared} or {@code uniform-positive}. */
    String key();

    /**
     * The constant of {@code type} whose key is {@code value} (ignoring case and surrounding blanks).
     *
     * @param parameter the bare parameter name for the error message, e.g. {@code "loss"}
     * @throws IllegalArgumentException {@code unknown PARAMETER 'VALUE'; allowed values: ...} if there is none
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

    /** The keys of {@code type} in declaration order, comma-separated, for messages and help texts. */
    static <E extends Enum<E> & Option> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Option::key).collect(Collectors.joining(", "));
    }
}
