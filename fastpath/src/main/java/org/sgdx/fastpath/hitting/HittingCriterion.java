package org.sgdx.fastpath.hitting;

import java.util.Objects;

/**
 * Weak recovery (MATH.md §1, §8): the first step {@code t} with {@code m_t ≥ m_target}, or, when
 * {@code sustain = L > 1}, the first step {@code t} that starts a streak {@code m_t, …, m_{t+L−1} ≥ m_target}
 * (the sustained criterion; {@code L = 1} is first passage). The streak must be complete within the step budget;
 * a streak cut by the budget is censored. Step 0 (the initial state) counts.
 *
 * @param mTarget the target overlap, in {@code (0, 1)}; default 1/2
 * @param sustain {@code L ≥ 1}
 * @param overlap whether {@code m_t} or {@code |m_t|} is tested
 */
public record HittingCriterion(double mTarget, int sustain, Overlap overlap) {

    /** The default target {@code m_target = 1/2}. */
    public static final double DEFAULT_TARGET = 0.5;

    public HittingCriterion {
        if (!(mTarget > 0 && mTarget < 1)) {
            throw new IllegalArgumentException("m-target must be a number in the open interval (0, 1), got " + mTarget);
        }
        if (sustain < 1) {
            throw new IllegalArgumentException("sustain must be an integer >= 1 (1 = first passage), got " + sustain);
        }
        Objects.requireNonNull(overlap, "overlap");
    }

    /** First passage of the signed overlap at {@code mTarget}. */
    public static HittingCriterion firstPassage(double mTarget) {
        return new HittingCriterion(mTarget, 1, Overlap.SIGNED);
    }

    /** A fresh tracker for one run. */
    public HittingTracker tracker() {
        return new HittingTracker(this);
    }

    /**
     * Classifies a whole trajectory {@code m_0, m_1, …, m_n}, whose step budget is {@code n = trajectory.length − 1}:
     * the bookkeeping of the engines, applied to a hand-built or recorded trajectory.
     *
     * @throws IllegalArgumentException if the trajectory is empty
     */
    public Outcome classify(double... trajectory) {
        if (trajectory.length == 0) {
            throw new IllegalArgumentException("trajectory must contain at least m_0");
        }
        HittingTracker tracker = tracker();
        for (int t = 0; t < trajectory.length; t++) {
            if (tracker.observe(t, trajectory[t])) {
                break;
            }
        }
        return tracker.outcome(trajectory.length - 1);
    }

    /** A status with its step: the hitting step, the budget, or the step of divergence. */
    public record Outcome(RunStatus status, long steps) {
        public Outcome {
            Objects.requireNonNull(status, "status");
        }
    }
}
