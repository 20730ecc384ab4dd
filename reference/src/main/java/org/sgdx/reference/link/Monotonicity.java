package org.sgdx.reference.link;

/** Monotonicity of a function on the whole real line, as far as it can be proved from its expression. */
public enum Monotonicity {
    STRICTLY_INCREASING,
    STRICTLY_DECREASING,
    CONSTANT,
    UNKNOWN;

    Monotonicity negate() {
        return switch (this) {
            case STRICTLY_INCREASING -> STRICTLY_DECREASING;
            case STRICTLY_DECREASING -> STRICTLY_INCREASING;
            default -> this;
        };
    }

    Monotonicity plus(Monotonicity o) {
        if (this == CONSTANT) {
            return o;
        }
        if (o == CONSTANT) {
            return this;
        }
        return this == o && this != UNKNOWN ? this : UNKNOWN;
    }

    /** Whether the function is strictly monotone (hence injective). */
    public boolean isStrict() {
        return this == STRICTLY_INCREASING || this == STRICTLY_DECREASING;
    }
}
