package org.sgdx.reference.dynamics;

import org.sgdx.reference.Option;

/**
 * Whether the second-layer weight of alternating SGD keeps its updated value {@code ã} for the next sample or is
 * reset to {@code a_0} (MATH.md §5.3, §9). The coefficients {@code μ_i} of one step are the same in both cases,
 * evaluated at the current weight; the reference's drift and mean-field dynamics treat that weight as a constant.
 */
public enum SecondLayer implements Option {
    /** Held at {@code a_0}, so {@code ã} is recomputed from {@code a_0} at every step (the default). */
    FIXED("fixed"),
    /** {@code a ← ã} persists between samples. */
    PERSISTENT("persistent");

    /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "fixed|persistent";

    private final String key;

    SecondLayer(String key) {
        this.key = key;
    }

    /** {@code fixed} or {@code persistent}. */
    @Override
    public String key() {
        return key;
    }

    /** Parses {@code fixed | persistent}; the exception names the parameter {@code second-layer}. */
    public static SecondLayer parse(String value) {
        return Option.parse(SecondLayer.class, "second-layer", value);
    }
}
