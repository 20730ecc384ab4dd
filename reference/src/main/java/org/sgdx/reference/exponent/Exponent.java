package org.sgdx.reference.exponent;

import java.util.Objects;
import java.util.OptionalInt;
import org.sgdx.reference.Certainty;

/**
 * An exponent (information, generative or power exponent; MATH.md §3) with how it is known.
 *
 * @param value the exponent, or empty when none was found up to the search limit (e.g. a constant link)
 * @param certainty {@code exact} when every zero/non-zero decision behind it is exact
 * @param reason the rule or computation that decided it, for reports
 */
public record Exponent(OptionalInt value, Certainty certainty, String reason) {

    public Exponent {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(reason, "reason");
    }

    public static Exponent of(int value, Certainty certainty, String reason) {
        return new Exponent(OptionalInt.of(value), certainty, reason);
    }

    /** No exponent up to the search limit. */
    public static Exponent none(Certainty certainty, String reason) {
        return new Exponent(OptionalInt.empty(), certainty, reason);
    }

    @Override
    public String toString() {
        return (value.isPresent() ? String.valueOf(value.getAsInt()) : "none") + " (" + certainty.label() + ")";
    }
}
