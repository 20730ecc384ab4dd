package org.sgdx.fastpath;

/**
 * The inner step of batch reuse (MATH.md §5.2, §9): {@code plain} {@code w̃ = w + η g x} (default, Euclidean and
 * unnormalised) or {@code projected} {@code w̃ = (w + η g P⊥x)/|w + η g P⊥x|}.
 */
public enum InnerStep implements Option {
    PLAIN("plain"),
    PROJECTED("projected");

    private final String key;

    InnerStep(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses {@code plain | projected}. */
    public static InnerStep parse(String value) {
        return Option.parse(InnerStep.class, "inner-step", value);
    }
}
