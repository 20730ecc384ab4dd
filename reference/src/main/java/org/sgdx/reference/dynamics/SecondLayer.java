package org.sgdx.reference.dynamics;

/**
 * Whether the second-layer weight of alternating SGD keeps its updated value {@code ã} for the next sample or is
 * reset to {@code a_0} (MATH.md §5, §9). The coefficients {@code μ_i} of one step are the same in both cases,
 * evaluated at the current weight; the reference's drift and mean-field dynamics treat that weight as a constant.
 */
public enum SecondLayer {
    /** Held at {@code a_0} (the default). */
    FIXED,
    /** {@code a ← ã} persists between samples. */
    PERSISTENT;

    /** {@code fixed} or {@code persistent}. */
    public String label() {
        return Labels.label(this);
    }

    /** The option with this label; the exception names {@code --second-layer} and the choices. */
    public static SecondLayer fromLabel(String label) {
        return Labels.parse(SecondLayer.class, "second-layer", label);
    }
}
