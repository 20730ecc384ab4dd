package org.sgdx.reference.numeric;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A limit on the work of the numerical integrals of one computation, shared by all its quadratures, with a listener
 * told of the work done. Work is counted in units of about one multiplication of two 100-digit decimals (see
 * {@code org.sgdx.reference.hermite.HermiteQuadrature.nodeCost}); the count depends only on the computation, never on the machine, so a
 * computation is refused or not whatever the machine's speed. Thread-safe.
 */
public final class WorkLimit {

    /** Told of the work done so far; called often, so it must be cheap. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param spent the units spent so far
         * @param limit the limit
         */
        void worked(long spent, long limit);
    }

    private final long limit;
    private final Listener listener;
    private final AtomicLong spent = new AtomicLong();

    private WorkLimit(long limit, Listener listener) {
        if (limit < 1) {
            throw new IllegalArgumentException("work limit must be >= 1, got " + limit);
        }
        this.limit = limit;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A limit of {@code limit} units, reporting to {@code listener}. */
    public static WorkLimit of(long limit, Listener listener) {
        return new WorkLimit(limit, listener);
    }

    /** No limit and no listener. */
    public static WorkLimit unlimited() {
        return new WorkLimit(Long.MAX_VALUE, (s, l) -> { });
    }

    /** The limit, in units. */
    public long limit() {
        return limit;
    }

    /** The units spent so far. */
    public long spent() {
        return spent.get();
    }

    /**
     * Refuses, before it starts, work that needs at least {@code units} more units than have been spent.
     *
     * @param units a lower bound of the work about to be done, {@code ≥ 0}
     * @param what what the work is, for the message
     * @throws WorkLimitExceededException if it would exceed the limit
     */
    public void require(long units, String what) {
        requireNonNegative(units);
        long total = saturatedAdd(spent.get(), units);
        if (total > limit) {
            throw new WorkLimitExceededException(what, total, limit, Reason.LOWER_BOUND);
        }
    }

    /**
     * Refuses, before it starts, work estimated at {@code units} more units than have been spent.
     *
     * @param units an estimate of the work about to be done, {@code ≥ 0}
     * @param what what the work is, for the message
     * @throws WorkLimitExceededException if it would exceed the limit
     */
    public void estimate(long units, String what) {
        requireNonNegative(units);
        long total = saturatedAdd(spent.get(), units);
        if (total > limit) {
            throw new WorkLimitExceededException(what, total, limit, Reason.ESTIMATED);
        }
    }

    /**
     * Refuses to go on with a part of the work that, at the rate seen so far, would end beyond twice the limit: once
     * the part has spent {@code 1/50} of the limit, its total is projected as {@code spentInPart / fractionDone}.
     *
     * @param spentInPart the units this part has spent
     * @param fractionDone the fraction of this part that is done, in {@code [0, 1]}
     * @param what what the work is, for the message
     * @throws WorkLimitExceededException if the projection exceeds twice the limit
     */
    public void checkProjection(long spentInPart, double fractionDone, String what) {
        if (spentInPart < limit / 50) {
            return;
        }
        double projected = spent.get() - spentInPart + spentInPart / Math.max(fractionDone, 1e-300);
        if (projected > 2.0 * limit) {
            throw new WorkLimitExceededException(what, projected >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) projected,
                    limit, Reason.PROJECTED);
        }
    }

    /**
     * Counts {@code units} of work done.
     *
     * @param units the work done, {@code ≥ 0}
     * @param what what the work is, for the message
     * @throws WorkLimitExceededException once the spent units exceed the limit
     */
    public void spend(long units, String what) {
        requireNonNegative(units);
        long total = spent.accumulateAndGet(units, WorkLimit::saturatedAdd);
        listener.worked(Math.min(total, limit), limit);
        if (total > limit) {
            throw new WorkLimitExceededException(what, total, limit, Reason.SPENT);
        }
    }

    private static void requireNonNegative(long units) {
        if (units < 0) {
            throw new IllegalArgumentException("work units must be >= 0, got " + units);
        }
    }

    private static long saturatedAdd(long a, long b) {
        long s = a + b;
        return ((a ^ s) & (b ^ s)) < 0 ? Long.MAX_VALUE : s;
    }

    /** Why work was refused. */
    public enum Reason {
        /** Before it started: a lower bound of its work exceeds the limit. */
        LOWER_BOUND,
        /** Before it started: an estimate of its work exceeds the limit. */
        ESTIMATED,
        /** While it ran: its work, projected from the part done, exceeds twice the limit. */
        PROJECTED,
        /** While it ran: the work spent exceeds the limit. */
        SPENT
    }

    /**
     * Work beyond a {@link WorkLimit}: bad input (the request is too expensive), not an internal error.
     */
    public static final class WorkLimitExceededException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String what;
        private final long units;
        private final long limit;
        private final Reason reason;

        WorkLimitExceededException(String what, long units, long limit, Reason reason) {
            super(what + switch (reason) {
                case LOWER_BOUND -> " needs at least " + units + " work units";
                case ESTIMATED -> " would need about " + units + " work units (estimated before starting)";
                case PROJECTED -> " would need about " + units + " work units (projected from the part done)";
                case SPENT -> " was stopped after " + units + " work units";
            } + ", more than the limit of " + limit);
            this.what = what;
            this.units = units;
            this.limit = limit;
            this.reason = reason;
        }

        /** What the work was. */
        public String what() {
            return what;
        }

        /** The units needed (a lower bound), estimated, projected, or spent when stopped; see {@link #reason()}. */
        public long units() {
            return units;
        }

        /** The limit. */
        public long limit() {
            return limit;
        }

        /** Why the work was refused. */
        public Reason reason() {
            return reason;
        }
    }
}
