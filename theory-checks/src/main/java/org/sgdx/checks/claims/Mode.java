package org.sgdx.checks.claims;

import java.util.Locale;

/** How thoroughly the audit checks: {@code quick} (the default; minutes) or {@code full} (under an hour). */
public enum Mode {
    QUICK,
    FULL;

    /** {@code quick} or {@code full}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
