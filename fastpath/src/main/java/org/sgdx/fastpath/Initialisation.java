package org.sgdx.fastpath;

import org.sgdx.reference.Option;

/**
 * The initialisation of MATH.md §1 and §9: {@code uniform} ({@code w_0} uniform on the sphere, default),
 * {@code uniform-positive} (the same, reflected so that {@code m_0 ≥ 0}), or {@code fixed} (a given
 * {@code m_0 ∈ [−1, 1]}, {@code w_0 = m_0 θ + √(1 − m_0²) e} with {@code e} a uniform unit vector orthogonal to θ).
 */
public enum Initialisation implements Option {
    UNIFORM("uniform"),
    UNIFORM_POSITIVE("uniform-positive"),
    FIXED("fixed");

    /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "uniform|uniform-positive|fixed";

    private final String key;

    Initialisation(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses {@code uniform | uniform-positive | fixed}. */
    public static Initialisation parse(String value) {
        return Option.parse(Initialisation.class, "init", value);
    }
}
