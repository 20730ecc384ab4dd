package org.sgdx.reference.dynamics;

import org.sgdx.reference.Option;

/** The three algorithms of MATH.md §5, all instances of the update template of MATH.md §4. */
public enum Algorithm implements Option {
    /** Online SGD: one gradient step per fresh sample. */
    ONLINE("online", "online SGD"),
    /** Batch reuse: an inner step of rate η, then the step of rate γ with the gradient at the displaced point. */
    REUSE("reuse", "batch reuse (two steps on the same sample)"),
    /** Alternating (layer-wise) SGD: the second layer first with rate η, then the first layer with the new weight. */
    ALTERNATING("alternating", "alternating layer-wise SGD");

    /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "online|reuse|alternating";

    private final String key;
    private final String description;

    Algorithm(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** {@code online}, {@code reuse} or {@code alternating}. */
    @Override
    public String key() {
        return key;
    }

    /** A few words naming the algorithm, for descriptions. */
    public String description() {
        return description;
    }

    /** Whether the algorithm has the second learning rate η (reuse and alternating). */
    public boolean usesEta() {
        return this != ONLINE;
    }

    /** Parses {@code online | reuse | alternating}; the exception names the parameter {@code algorithm}. */
    public static Algorithm parse(String value) {
        return Option.parse(Algorithm.class, "algorithm", value);
    }
}
