package org.sgdx.reference.dynamics;

import org.sgdx.reference.Option;

/** The loss of MATH.md §5 on which every step of an algorithm descends. */
public enum Loss implements Option {
    /** {@code ½(y − a σ(z))²}, the default. */
    SQUARED("squared", "1/2 (y - a*sigma(z))^2"),
    /** {@code −y a σ(z)}. */
    CORRELATION("correlation", "-y*a*sigma(z)");

    /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "squared|correlation";

    private final String key;
    private final String formula;

    Loss(String key, String formula) {
        this.key = key;
        this.formula = formula;
    }

    /** {@code squared} or {@code correlation}. */
    @Override
    public String key() {
        return key;
    }

    /** The loss as a formula in {@code y}, {@code a} and {@code σ(z)}. */
    public String formula() {
        return formula;
    }

    /** Parses {@code squared | correlation}; the exception names the parameter {@code loss}. */
    public static Loss parse(String value) {
        return Option.parse(Loss.class, "loss", value);
    }
}
