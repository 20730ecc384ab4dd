package org.sgdx.fastpath;

/**
 * The second-layer weight of alternating SGD (MATH.md §5.3, §9): {@code fixed} — held at {@code a_0}, so
 * {@code ã} is recomputed from {@code a_0} at every step (default) — or {@code persistent} ({@code a ← ã}).
 */
public enum SecondLayer implements Option {
    FIXED("fixed"),
    PERSISTENT("persistent");

    private final String key;

    SecondLayer(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses {@code fixed | persistent}. */
    public static SecondLayer parse(String value) {
        return Option.parse(SecondLayer.class, "second-layer", value);
    }
}
