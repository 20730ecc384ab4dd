package org.sgdx.checks.claims;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of claim checks. {@link #run} runs them one after the other, each isolated: an exception in a
 * check becomes an inconclusive verdict with its message, never a crash of the audit. Immutable.
 */
public final class Registry {

    private final List<ClaimCheck> checks;

    private Registry(List<ClaimCheck> checks) {
        this.checks = checks;
    }

    /**
     * A registry of the given checks, in order.
     *
     * @throws IllegalArgumentException if two checks have the same claim id
     */
    public static Registry of(List<? extends ClaimCheck> checks) {
        Set<String> ids = new HashSet<>();
        for (ClaimCheck c : checks) {
            String id = Objects.requireNonNull(c.claim(), "claim").id();
            if (!ids.add(id)) {
                throw new IllegalArgumentException("duplicate claim id " + id);
            }
        }
        return new Registry(List.copyOf(checks));
    }

    /** A registry of the given checks, in order. */
    public static Registry of(ClaimCheck... checks) {
        return of(List.of(checks));
    }

    /** The checks, in order. */
    public List<ClaimCheck> checks() {
        return checks;
    }

    /** The claims, in order. */
    public List<Claim> claims() {
        return checks.stream().map(ClaimCheck::claim).toList();
    }

    /** This registry followed by the checks of another. */
    public Registry with(Registry more) {
        List<ClaimCheck> all = new ArrayList<>(checks);
        all.addAll(more.checks);
        return of(all);
    }

    /**
     * The checks whose id equals one of the selectors or starts with a selector followed by a dot (so
     * {@code hermite} selects {@code hermite.mehler}); all checks when {@code selectors} is empty.
     *
     * @throws IllegalArgumentException if a selector selects nothing
     */
    public Registry select(Collection<String> selectors) {
        if (selectors.isEmpty()) {
            return this;
        }
        List<ClaimCheck> out = new ArrayList<>();
        for (String s : selectors) {
            boolean any = false;
            for (ClaimCheck c : checks) {
                String id = c.claim().id();
                if (id.equals(s) || id.startsWith(s + ".")) {
                    any = true;
                    if (!out.contains(c)) {
                        out.add(c);
                    }
                }
            }
            if (!any) {
                throw new IllegalArgumentException("no claim matches '" + s + "'; claims: "
                        + String.join(", ", claims().stream().map(Claim::id).toList()));
            }
        }
        List<ClaimCheck> ordered = checks.stream().filter(out::contains).toList();
        return new Registry(ordered);
    }

    /** Runs the checks that run in the context's mode, in order. */
    public AuditResult run(Context context) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        List<ClaimCheck> active = checks.stream().filter(c -> c.runsIn(context.mode())).toList();
        List<Claim> skipped = checks.stream().filter(c -> !c.runsIn(context.mode())).map(ClaimCheck::claim).toList();
        List<ClaimResult> results = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            ClaimCheck check = active.get(i);
            Claim claim = check.claim();
            context.listener().started(claim, i, active.size());
            long c0 = System.nanoTime();
            ClaimResult r = runIsolated(check, context.forClaim(claim));
            r = r.withElapsed(Duration.ofNanos(System.nanoTime() - c0));
            results.add(r);
            context.listener().finished(r, i, active.size());
        }
        return new AuditResult(context.mode(), context.seed(), context.threads(), start,
                Duration.ofNanos(System.nanoTime() - t0), results, skipped);
    }

    private static ClaimResult runIsolated(ClaimCheck check, Context context) {
        Claim claim = check.claim();
        try {
            ClaimResult r = check.check(context);
            if (r == null) {
                return ClaimResult.inconclusive(claim, context.mode(), "the check returned no result");
            }
            if (!r.claim().id().equals(claim.id())) {
                return ClaimResult.inconclusive(claim, context.mode(), "the check returned a result for another"
                        + " claim (" + r.claim().id() + ")");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ClaimResult.inconclusive(claim, context.mode(), "the check was interrupted");
        } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return ClaimResult.inconclusive(claim, context.mode(), "the check failed with "
                    + e.getClass().getSimpleName() + message);
        }
    }
}
