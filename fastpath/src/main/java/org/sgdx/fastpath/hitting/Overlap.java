package org.sgdx.fastpath.hitting;

import org.sgdx.reference.Option;

/**
 * Which overlap the hitting criterion tests: {@code signed} {@code m_t} itself (default; {@code m_t} can be
 * negative and a run that converges to {@code −θ} never hits) or {@code absolute} {@code |m_t|} (natural for
 * links whose problem is symmetric under {@code θ → −θ}).
 */
public enum Overlap implements Option {
    SIGNED("signed"),
    ABSOLUTE("absolute");

    /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "signed|absolute";

    private final String key;

    Overlap(String key) {
        this.key = key;
    }

    /** The stable lower-case name: {@code signed} or {@code absolute}. */
    @Override
    public String key() {
        return key;
    }

    /**
     * Parses {@code signed | absolute} (ignoring case).
     *
     * @throws IllegalArgumentException naming the parameter {@code overlap} and the allowed values otherwise
     */
    public static Overlap parse(String value) {
        return Option.parse(Overlap.class, "overlap", value);
    }
}
