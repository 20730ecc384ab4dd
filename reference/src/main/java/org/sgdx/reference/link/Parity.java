package org.sgdx.reference.link;

/** Symmetry of a function under {@code z ↦ −z}, as far as it is known. */
public enum Parity {
    /** {@code f(−z) = f(z)}. */
    EVEN,
    /** {@code f(−z) = −f(z)}. */
    ODD,
    /** Neither is known. */
    NONE;

    Parity times(Parity o) {
        if (this == NONE || o == NONE) {
            return NONE;
        }
        return this == o ? EVEN : ODD;
    }

    Parity plus(Parity o) {
        return this == o ? this : NONE;
    }

    /** The parity of {@code f(g(z))} where {@code this} is the parity of {@code f} and {@code inner} of {@code g}. */
    Parity compose(Parity inner) {
        return switch (inner) {
            case EVEN -> EVEN;
            case ODD -> this;
            case NONE -> NONE;
        };
    }
}
