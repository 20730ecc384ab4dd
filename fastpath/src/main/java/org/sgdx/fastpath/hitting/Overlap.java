package org.sgdx.fastpath.hitting;

import org.sgdx.fastpath.Option;

/**
 * Which overlap the hitting criterion tests: {@code signed} {@code m_t} itself (default; {@code m_t} can be
 * negative and a run that converges to {@code −θ} never hits) or {@code absolute} {@code |m_t|} (natural for
 * links whose problem is symmetric under {@code θ → −θ}).
 */
public enum Overlap implements Option {
    SIGNED("signed"),
    ABSOLUTE("absolute");

    private final String key;

    Overlap(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses {@code signed | absolute}. */
    public static Overlap parse(String value) {
        return Option.parse(Overlap.class, "overlap", value);
    }
}
