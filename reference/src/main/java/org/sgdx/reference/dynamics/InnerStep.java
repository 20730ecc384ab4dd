package org.sgdx.reference.dynamics;

import org.sgdx.reference.Option;

/** The inner step of batch reuse (MATH.md §5.2, §9). */
public enum InnerStep implements Option {
    /**
     * {@code w̃ = w + η g x}, Euclidean and not normalised (the default); the reference replaces {@code |x|²} by
     * {@code d}: {@code z̃ = z + s g}, {@code s = ηd}.
     */
    PLAIN("plain"),
    /**
     * {@code w̃ = (w + η g P⊥x) / |w + η g P⊥x|}; with {@code |P⊥x|² → d − 1}:
     * {@code z̃ = (z + η g (d−1)) / √(1 + η² g² (d−1))}, a formal power series in η.
     */
    PROJECTED("projected");

    /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "plain|projected";

    private final String key;

    InnerStep(String key) {
        this.key = key;
    }

    /** {@code plain} or {@code projected}. */
    @Override
    public String key() {
        return key;
    }

    /** Parses {@code plain | projected}; the exception names the parameter {@code inner-step}. */
    public static InnerStep parse(String value) {
        return Option.parse(InnerStep.class, "inner-step", value);
    }
}
