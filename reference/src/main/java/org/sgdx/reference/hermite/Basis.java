package org.sgdx.reference.hermite;

import java.util.Locale;

/**
 * The two Hermite conventions of MATH.md §2; every coefficient output names the one it uses.
 */
public enum Basis {
    /** Probabilists' {@code He_k}, coefficients {@code u_k = E[f He_k] / k!} (the paper's convention). */
    HE("He", "u_k"),
    /** Normalised {@code h_k = He_k / √(k!)}, coefficients {@code c_k = E[f h_k] = √(k!) u_k}. */
    H("h", "c_k");

    private final String label;
    private final String coefficientName;

    Basis(String label, String coefficientName) {
        this.label = label;
        this.coefficientName = coefficientName;
    }

    /** {@code "He"} or {@code "h"}. */
    public String label() {
        return label;
    }

    /** {@code "u_k"} or {@code "c_k"}. */
    public String coefficientName() {
        return coefficientName;
    }

    /**
     * The basis with the given label ({@code He} or {@code h}, as on the command line; the case of {@code He}
     * is ignored, {@code h} must be lower case).
     *
     * @throws IllegalArgumentException for any other label
     */
    public static Basis fromLabel(String label) {
        if (label != null) {
            if (label.toLowerCase(Locale.ROOT).equals("he")) {
                return HE;
            }
            if (label.equals("h")) {
                return H;
            }
        }
        throw new IllegalArgumentException("basis must be 'He' or 'h': " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
