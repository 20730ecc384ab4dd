package org.sgdx.fastpath;

/**
 * What the batch-reuse inner step uses for the squared norms (MATH.md §9): {@code exact} {@code |x|²} and
 * {@code |P⊥x|²} of the sample (default, the literal algorithm), or {@code d} — the dimension {@code d} for
 * {@code |x|²} and {@code d − 1} for {@code |P⊥x|²}, as in the reference's expansion of {@code ψ_η}. The outer
 * step and its normalisation always use the exact norms.
 */
public enum InnerNorm implements Option {
    EXACT("exact"),
    DIMENSION("d");

    private final String key;

    InnerNorm(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses {@code exact | d}. */
    public static InnerNorm parse(String value) {
        return Option.parse(InnerNorm.class, "inner-norm", value);
    }
}
