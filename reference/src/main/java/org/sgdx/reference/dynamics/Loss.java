package org.sgdx.reference.dynamics;

/** The loss of MATH.md §5 on which every step of an algorithm descends. */
public enum Loss {
    /** {@code ½(y − a σ(z))²}, the default. */
    SQUARED("1/2 (y - a*sigma(z))^2"),
    /** {@code −y a σ(z)}. */
    CORRELATION("-y*a*sigma(z)");

    private final String formula;

    Loss(String formula) {
        this.formula = formula;
    }

    /** {@code squared} or {@code correlation}. */
    public String label() {
        return Labels.label(this);
    }

    /** The loss as a formula in {@code y}, {@code a} and {@code σ(z)}. */
    public String formula() {
        return formula;
    }

    /** The loss with this label; the exception names {@code --loss} and the choices. */
    public static Loss fromLabel(String label) {
        return Labels.parse(Loss.class, "loss", label);
    }
}
