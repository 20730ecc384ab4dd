package org.sgdx.fastpath.hitting;

/**
 * The mutable bookkeeping of one run for a {@link HittingCriterion}: observe {@code m_0, m_1, …} in order; the
 * status is decided at the first non-finite value (diverged) or when a streak reaches its length (hit), and
 * stays decided. Not thread-safe; one per run.
 */
public final class HittingTracker {

    private final double target;
    private final int sustain;
    private final boolean absolute;

    private long streak;
    private long streakStart;
    private RunStatus status;
    private long decidedStep;

    HittingTracker(HittingCriterion criterion) {
        this.target = criterion.mTarget();
        this.sustain = criterion.sustain();
        this.absolute = criterion.overlap() == Overlap.ABSOLUTE;
    }

    /**
     * Observes {@code m_t}; {@code t} must be 0 at the first call and increase by one (with {@code sustain = 1} it may
     * increase by more: the diffusion engine observes only the steps where a leap ends or the overlap first passes).
     *
     * @return whether the status was decided by this observation (a hit confirmed or a divergence)
     */
    public boolean observe(long t, double m) {
        if (status != null) {
            return false;
        }
        if (!(Math.abs(m) <= Double.MAX_VALUE)) {
            status = RunStatus.DIVERGED;
            decidedStep = t;
            return true;
        }
        double x = absolute ? Math.abs(m) : m;
        if (x >= target) {
            if (streak == 0) {
                streakStart = t;
            }
            if (++streak >= sustain) {
                status = RunStatus.HIT;
                decidedStep = streakStart;
                return true;
            }
        } else {
            streak = 0;
        }
        return false;
    }

    /** Whether a hit or a divergence has been observed. */
    public boolean decided() {
        return status != null;
    }

    /** The status and step when the run ends after {@code budget} steps: censored at the budget if undecided. */
    public HittingCriterion.Outcome outcome(long budget) {
        return status == null ? new HittingCriterion.Outcome(RunStatus.CENSORED, budget)
                : new HittingCriterion.Outcome(status, decidedStep);
    }
}
