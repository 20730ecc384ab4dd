package org.sgdx.reference;

import java.util.Locale;

/**
 * How a number printed by the reference is known (DESIGN.md, "Trustworthy numbers").
 */
public enum Certainty {
    /** The value is known exactly; a printed decimal is its correct rounding. */
    EXACT,
    /** The value lies in a rigorously proven interval. */
    ENCLOSURE,
    /** The value is a numerical estimate with an error estimate that is not a proof. */
    ESTIMATE;

    /** The weaker of two certainties: combining an exact with an estimated input gives an estimate. */
    public Certainty and(Certainty other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The lower-case name used in text and JSON output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
