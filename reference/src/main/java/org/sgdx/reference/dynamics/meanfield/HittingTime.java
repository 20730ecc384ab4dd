package org.sgdx.reference.dynamics.meanfield;

import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.numeric.Estimate;

/**
 * The hitting time {@code T = ∫_{m_0}^{m_target} dm / F_γ(m)} of the mean-field ODE {@code dm/dt = F_γ(m)},
 * {@code F_γ = γD − (γ²/2) N m} (MATH.md §4), in steps. It is finite exactly when {@code F_γ > 0} on
 * {@code [m_0, m_target]}; otherwise the ODE stops at the first zero of {@code F_γ} (or never moves up) and the time is
 * infinite.
 *
 * @param gamma the first-layer learning rate
 * @param m0 the initial overlap
 * @param mTarget the target overlap
 * @param time the time with its error estimate, empty when infinite
 * @param reason why the time is infinite, or how it was computed
 */
public record HittingTime(BigFraction gamma, BigFraction m0, BigFraction mTarget, Optional<Estimate> time,
        String reason) {

    public HittingTime {
        Objects.requireNonNull(gamma, "gamma");
        Objects.requireNonNull(m0, "m0");
        Objects.requireNonNull(mTarget, "mTarget");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the time is finite. */
    public boolean isFinite() {
        return time.isPresent();
    }
}
