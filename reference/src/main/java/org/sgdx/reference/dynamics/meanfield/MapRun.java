package org.sgdx.reference.dynamics.meanfield;

/**
 * A run of the mean-field map {@code m_{t+1} = m_t + γD(m_t) − (γ²/2) N(m_t) m_t} (MATH.md §4) in double precision.
 *
 * @param status how the run ended
 * @param steps the number of steps taken ({@code m_steps ≥ m_target} when {@link Status#HIT})
 * @param finalOverlap the last overlap
 */
public record MapRun(Status status, long steps, double finalOverlap) {

    /** How a run ended. */
    public enum Status {
        /** {@code m_t ≥ m_target}. */
        HIT,
        /** The step budget ran out first. */
        BUDGET,
        /** {@code m} stopped increasing: the increment is ≤ 0, or below the resolution of a double. */
        STALLED,
        /** {@code m} left {@code (−1, 1)} or became NaN. */
        ESCAPED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
