package org.sgdx.reference.dynamics;

/** The three algorithms of MATH.md §5. */
public enum Algorithm {
    /** Online SGD: one gradient step per fresh sample. */
    ONLINE("online SGD"),
    /** Batch reuse: an inner step of rate η, then the step of rate γ with the gradient at the displaced point. */
    REUSE("batch reuse (two steps on the same sample)"),
    /** Alternating (layer-wise) SGD: the second layer first with rate η, then the first layer with the new weight. */
    ALTERNATING("alternating layer-wise SGD");

    private final String description;

    Algorithm(String description) {
        this.description = description;
    }

    /** {@code online}, {@code reuse} or {@code alternating}. */
    public String label() {
        return Labels.label(this);
    }

    public String description() {
        return description;
    }

    /** The algorithm with this label; the exception names {@code --algorithm} and the choices. */
    public static Algorithm fromLabel(String label) {
        return Labels.parse(Algorithm.class, "algorithm", label);
    }
}
