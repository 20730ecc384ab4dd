package org.sgdx.checks.claims;

import java.util.Objects;

/**
 * A claim check with one plan per audit mode: a small {@code quick} plan and the {@code full} one, each a record
 * whose named fields are the sizes of the measurement (dimensions, runs, budgets). {@link #check(Context)} picks the
 * plan of the context's mode and a result builder for the claim; the subclass measures, analyses and reports into
 * it ({@link #check(Context, Object, ClaimResult.Builder)}): settings first, then evidence, figures and the verdict.
 *
 * @param <P> the plan type
 */
abstract class PlannedCheck<P> implements ClaimCheck {

    private final Claim claim;
    private final P quick;
    private final P full;

    PlannedCheck(Claim claim, P quick, P full) {
        this.claim = Objects.requireNonNull(claim, "claim");
        this.quick = Objects.requireNonNull(quick, "quick");
        this.full = Objects.requireNonNull(full, "full");
    }

    @Override
    public final Claim claim() {
        return claim;
    }

    /** The plan of {@code mode}. */
    final P plan(Mode mode) {
        return mode == Mode.FULL ? full : quick;
    }

    @Override
    public final ClaimResult check(Context context) throws Exception {
        ClaimResult.Builder result = ClaimResult.builder(claim, context.mode());
        check(context, plan(context.mode()), result);
        return result.build();
    }

    /**
     * Measures, analyses and reports the claim with {@code plan} into {@code result}, which must receive a verdict.
     *
     * @throws Exception when the check cannot be carried out (the {@link Registry} reports it as inconclusive)
     */
    abstract void check(Context context, P plan, ClaimResult.Builder result) throws Exception;
}
