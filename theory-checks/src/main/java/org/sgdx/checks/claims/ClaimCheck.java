package org.sgdx.checks.claims;

import java.util.Objects;

/**
 * The check of one claim. Implementations are stateless (or immutable) and deterministic given the
 * {@link Context}: all randomness from {@link Context#claimSeed()}, results independent of
 * {@link Context#threads()}.
 *
 * <p>The simulation claims of the audit implement this interface too; see the package documentation for the
 * planned list and what each one needs.
 */
public interface ClaimCheck {

    /** The claim checked. */
    Claim claim();

    /** Whether the check runs in the given mode (all checks run in {@code full}; default: every mode). */
    default boolean runsIn(Mode mode) {
        return true;
    }

    /**
     * Checks the claim. An exception is not a crash: the {@link Registry} turns it into an inconclusive verdict
     * carrying the message.
     *
     * @param context mode, seed, threads, output directory and progress, bound to {@link #claim()}
     * @return the result, for {@link #claim()}
     * @throws Exception when the check cannot be carried out
     */
    ClaimResult check(Context context) throws Exception;

    /**
     * The body of a simple check: fills in the result (which must receive a verdict).
     */
    @FunctionalInterface
    interface Body {
        void check(Context context, ClaimResult.Builder result) throws Exception;
    }

    /** A check of {@code claim} in every mode by {@code body}. */
    static ClaimCheck of(Claim claim, Body body) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(body, "body");
        return new ClaimCheck() {
            @Override
            public Claim claim() {
                return claim;
            }

            @Override
            public ClaimResult check(Context context) throws Exception {
                ClaimResult.Builder b = ClaimResult.builder(claim, context.mode());
                body.check(context, b);
                return b.build();
            }
        };
    }
}
