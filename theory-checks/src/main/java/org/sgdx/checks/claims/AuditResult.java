package org.sgdx.checks.claims;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The results of running a {@link Registry}.
 *
 * @param mode quick or full
 * @param seed the base seed
 * @param threads the number of threads the checks could use
 * @param started when the audit started
 * @param elapsed how long it took
 * @param results the results, in the order of the registry
 * @param skipped the claims whose checks do not run in this mode
 */
public record AuditResult(Mode mode, long seed, int threads, Instant started, Duration elapsed,
        List<ClaimResult> results, List<Claim> skipped) {

    /** The exit code when no claim is refuted (DESIGN.md). */
    public static final int EXIT_OK = 0;
    /** The exit code when a claim is refuted (DESIGN.md). */
    public static final int EXIT_REFUTED = 1;

    public AuditResult {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(elapsed, "elapsed");
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
    }

    /** The number of results with the given status. */
    public long count(Verdict.Status status) {
        return results.stream().filter(r -> r.verdict().status() == status).count();
    }

    /** Whether some claim is refuted. */
    public boolean anyRefuted() {
        return count(Verdict.Status.REFUTED) > 0;
    }

    /** {@value #EXIT_REFUTED} when a claim is refuted, {@value #EXIT_OK} otherwise. */
    public int exitCode() {
        return anyRefuted() ? EXIT_REFUTED : EXIT_OK;
    }

    /** A one-line summary, e.g. {@code 13 claims: 12 confirmed, 0 refuted, 1 inconclusive}. */
    public String summary() {
        return results.size() + " claims: " + count(Verdict.Status.CONFIRMED) + " confirmed, "
                + count(Verdict.Status.REFUTED) + " refuted, " + count(Verdict.Status.INCONCLUSIVE) + " inconclusive"
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " not run in " + mode.label() + " mode");
    }
}
