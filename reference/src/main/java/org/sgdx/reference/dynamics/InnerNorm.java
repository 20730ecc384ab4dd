package org.sgdx.reference.dynamics;

import org.sgdx.reference.Option;

/**
 * What the simulated batch-reuse inner step uses for the squared norms (MATH.md §9): {@code exact} {@code |x|²} and
 * {@code |P⊥x|²} of the sample (the default, the literal algorithm), or {@code d}: the dimension {@code d} for
 * {@code |x|²} and {@code d − 1} for {@code |P⊥x|²}, as in the reference's expansion of ψ ({@link UpdateRule}),
 * which always uses {@code d}. The outer step and its normalisation always use the exact norms.
 */
public enum InnerNorm implements Option {
    /** The sample's own norms (the default). */
    EXACT("exact"),
    /** {@code d} and {@code d − 1} in place of the norms. */
    DIMENSION("d");

    /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "exact|d";

    private final String key;

    InnerNorm(String key) {
        this.key = key;
    }

    /** {@code exact} or {@code d}. */
    @Override
    public String key() {
        return key;
    }

    /** Parses {@code exact | d}; the exception names the parameter {@code inner-norm}. */
    public static InnerNorm parse(String value) {
        return Option.parse(InnerNorm.class, "inner-norm", value);
    }
}
