package org.sgdx.fastpath;

import org.sgdx.reference.Option;

/**
 * The hidden direction θ of the full engine: {@code e1} (the first basis vector, default) or {@code random} (a
 * uniform unit vector, fixed for all runs of a configuration and base seed). The law of {@code m_t} is the same
 * for both (rotation invariance of {@code N(0, I_d)}); the reduced engine does not depend on it.
 */
public enum TeacherDirection implements Option {
    E1("e1"),
    RANDOM("random");

    /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "e1|random";

    private final String key;

    TeacherDirection(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses {@code e1 | random}. */
    public static TeacherDirection parse(String value) {
        return Option.parse(TeacherDirection.class, "teacher", value);
    }
}
