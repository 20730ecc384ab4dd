package org.sgdx.fastpath;

import org.sgdx.reference.Option;

/**
 * The label model of MATH.md §1, given the teacher field {@code u = ⟨θ, x⟩}: {@code deterministic}
 * {@code y = σ*(u)}, {@code noisy} {@code y = σ*(u) + τ ε} with {@code ε ~ N(0,1)}, or {@code binary}
 * {@code y = ±1} with {@code P(y = +1 | u) = q(u)} (the target link is then {@code q}, which must stay in
 * {@code [0, 1]}: {@code LabelModel.requireProbability}).
 */
public enum Labels implements Option {
    DETERMINISTIC("deterministic"),
    NOISY("noisy"),
    BINARY("binary");

    private final String key;

    Labels(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses {@code deterministic | noisy | binary}. */
    public static Labels parse(String value) {
        return Option.parse(Labels.class, "labels", value);
    }
}
