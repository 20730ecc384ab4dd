package org.sgdx.reference.dynamics;

/** The inner step of batch reuse (MATH.md §5, §9). */
public enum InnerStep {
    /**
     * {@code w̃ = w + η g x}, not normalised, with {@code |x|²} replaced by {@code d}: {@code z̃ = z + s g},
     * {@code s = ηd} (the default).
     */
    PLAIN,
    /**
     * {@code w̃ = (w + η g P⊥x) / |w + η g P⊥x|} with {@code |P⊥x|² → d − 1}:
     * {@code z̃ = (z + η g (d−1)) / √(1 + η² g² (d−1))}, a formal power series in η.
     */
    PROJECTED;

    /** {@code plain} or {@code projected}. */
    public String label() {
        return Labels.label(this);
    }

    /** The option with this label; the exception names {@code --inner-step} and the choices. */
    public static InnerStep fromLabel(String label) {
        return Labels.parse(InnerStep.class, "inner-step", label);
    }
}
