package org.sgdx.checks.claims;

import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of checking a claim, with the reason.
 *
 * @param status confirmed, refuted or inconclusive
 * @param reason why, in one sentence (e.g. {@code too few runs hit within the budget: 3 of 40})
 */
public record Verdict(Status status, String reason) {

    /** The three outcomes. */
    public enum Status {
        /** The measurement agrees with the prediction (within the stated tolerance and confidence). */
        CONFIRMED,
        /** The measurement contradicts the prediction. */
        REFUTED,
        /** The check could not decide (too few runs hit, an undefined interval, a failed computation, ...). */
        INCONCLUSIVE;

        /** The lower-case name used in reports: {@code confirmed}, {@code refuted}, {@code inconclusive}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    public static Verdict confirmed(String reason) {
        return new Verdict(Status.CONFIRMED, reason);
    }

    public static Verdict refuted(String reason) {
        return new Verdict(Status.REFUTED, reason);
    }

    public static Verdict inconclusive(String reason) {
        return new Verdict(Status.INCONCLUSIVE, reason);
    }

    public boolean isConfirmed() {
        return status == Status.CONFIRMED;
    }

    public boolean isRefuted() {
        return status == Status.REFUTED;
    }

    public boolean isInconclusive() {
        return status == Status.INCONCLUSIVE;
    }

    @Override
    public String toString() {
        return status.label() + (reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
