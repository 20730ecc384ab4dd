package org.sgdx.fastpath.hitting;

import java.util.Locale;

/** How a run ended (MATH.md §8): it hit the target, ran out of its step budget, or its state became non-finite. */
public enum RunStatus {
    /** The hitting criterion was met; {@code steps} is the hitting step. */
    HIT,
    /** The step budget ran out first; {@code steps} is the budget. A right-censored hitting time. */
    CENSORED,
    /** The state became non-finite; {@code steps} is the step at which it did. Treated as censored there. */
    DIVERGED;

    /** The lower-case name used in outputs: {@code hit}, {@code censored}, {@code diverged}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
