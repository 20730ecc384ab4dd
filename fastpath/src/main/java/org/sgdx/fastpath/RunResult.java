package org.sgdx.fastpath;

import java.util.Objects;
import org.sgdx.fastpath.hitting.RunStatus;

/**
 * The outcome of one run (MATH.md §8).
 *
 * @param run the run index
 * @param status hit, censored or diverged
 * @param steps the hitting step (hit), the step budget (censored) or the step at which the state became
 *        non-finite (diverged)
 * @param simulatedSteps the number of steps actually simulated (for throughput; with the sustained criterion or
 *        without stopping at the hit it exceeds {@code steps})
 * @param finalM {@code m} after the last simulated step; for a diverged run, the last finite value
 * @param finalA the second-layer weight after the last simulated step ({@code a_0} unless it is persistent); for
 *        a diverged run, the last finite value
 * @param checkpoints {@code m_t} at the checkpoint steps reached, or {@link Checkpoints#NONE}
 * @param leaps the number of leaps of the diffusion engine ({@code simulatedSteps} counts the SGD steps they
 *        cover); 0 for the engines that simulate every step
 */
public record RunResult(long run, RunStatus status, long steps, long simulatedSteps, double finalM, double finalA,
        Checkpoints checkpoints, long leaps) {

    public RunResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkpoints, "checkpoints");
        if (leaps < 0) {
            throw new IllegalArgumentException("leaps must be >= 0, got " + leaps);
        }
    }

    /** A run of an engine that simulates every step (no leaps). */
    public RunResult(long run, RunStatus status, long steps, long simulatedSteps, double finalM, double finalA,
            Checkpoints checkpoints) {
        this(run, status, steps, simulatedSteps, finalM, finalA, checkpoints, 0);
    }

    /** Whether the run hit. */
    public boolean hit() {
        return status == RunStatus.HIT;
    }

    /**
     * The run's time in survival statistics (MATH.md §8): the hitting step of a hit; the step budget for every other
     * run. A diverged run never hits, so it is censored at the budget like a run that exhausted it; censoring it at
     * the step where it diverged would be informative censoring and bias quantiles low.
     *
     * @param budget the step budget of the run's configuration
     * @throws IllegalArgumentException if {@code budget < steps}
     */
    public long observedTime(long budget) {
        if (budget < steps) {
            throw new IllegalArgumentException("the budget " + budget + " is below the run's " + steps + " steps");
        }
        return hit() ? steps : budget;
    }
}
