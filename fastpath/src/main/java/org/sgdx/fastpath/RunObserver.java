package org.sgdx.fastpath;

import org.sgdx.fastpath.hitting.HittingCriterion;
import org.sgdx.fastpath.hitting.HittingTracker;

/**
 * The per-run bookkeeping shared by the engines: hitting criterion, checkpoints and the last finite state. The
 * engines call {@link #observe} with {@code m_0, m_1, …}. Mutable; one per run.
 */
public final class RunObserver {

    private final HittingTracker tracker;
    private final boolean stopAtHit;
    private final long[] schedule;
    private final double[] recorded;
    private int recordedCount;
    private long nextCheckpoint;
    private double lastM = Double.NaN;
    private double lastA = Double.NaN;
    private final long maxSteps;

    /** An observer for one run of {@code config}, with its checkpoint schedule (shared, not modified). */
    public RunObserver(SimulationConfig config, long[] schedule) {
        this.tracker = config.criterion().tracker();
        this.stopAtHit = config.stopAtHit();
        this.schedule = schedule;
        this.recorded = new double[schedule.length];
        this.nextCheckpoint = schedule.length > 0 ? schedule[0] : -1;
        this.maxSteps = config.maxSteps();
    }

    /**
     * Observes the state after step {@code t}. Steps increase; the diffusion engine skips steps, but never a
     * checkpoint step.
     *
     * @return whether the run should stop (diverged, or hit when stopping at the hit)
     */
    public boolean observe(long t, double m, double a) {
        if (!(Math.abs(m) <= Double.MAX_VALUE && Math.abs(a) <= Double.MAX_VALUE)) {
            tracker.observe(t, Double.NaN);
            return true;
        }
        lastM = m;
        lastA = a;
        if (t == nextCheckpoint) {
            recorded[recordedCount++] = m;
            nextCheckpoint = recordedCount < schedule.length ? schedule[recordedCount] : -1;
        }
        return tracker.observe(t, m) && stopAtHit;
    }

    /** The result after {@code simulatedSteps} steps. */
    public RunResult finish(long run, long simulatedSteps) {
        return finish(run, simulatedSteps, 0);
    }

    /** The result after {@code simulatedSteps} steps taken in {@code leaps} leaps (the diffusion engine). */
    public RunResult finish(long run, long simulatedSteps, long leaps) {
        HittingCriterion.Outcome o = tracker.outcome(maxSteps);
        return new RunResult(run, o.status(), o.steps(), simulatedSteps, lastM, lastA,
                Checkpoints.wrap(schedule, recorded, recordedCount), leaps);
    }
}
