package org.sgdx.fastpath;

/** The three algorithms of MATH.md §5, all instances of the update template of MATH.md §4. */
public enum Algorithm implements Option {
    /** Online SGD: one gradient step per fresh sample. */
    ONLINE("online"),
    /** Batch reuse: an inner step with rate η, the gradient at the displaced point applied at the old point. */
    REUSE("reuse"),
    /** Alternating layer-wise SGD: the second layer first, then the first layer with the updated weight. */
    ALTERNATING("alternating");

    private final String key;

    Algorithm(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Whether the algorithm has the second learning rate η. */
    public boolean usesEta() {
        return this != ONLINE;
    }

    /** Parses {@code online | reuse | alternating}. */
    public static Algorithm parse(String value) {
        return Option.parse(Algorithm.class, "algorithm", value);
    }
}
