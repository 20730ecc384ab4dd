package org.sgdx.reference.dynamics.phase;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The mean-field hitting time at one point {@code (η, d)} of the limit dynamics (MATH.md §4, §10), with the learning
 * rate γ that minimises it, from {@code m_0 = d^{−1/2}} to {@code m_target}.
 *
 * @param d the dimension
 * @param eta the learning rate η used ({@code d^q}, exact when it is rational, otherwise rounded to 40 digits)
 * @param etaExact whether {@code eta} equals {@code d^q} exactly
 * @param time the hitting time in steps (an estimate), empty when no γ gives a finite time
 * @param timeError the error estimate of {@code time} (zero when the time is infinite)
 * @param gamma the minimising γ (rounded to about ten digits), empty when there is none
 * @param reason why the time is infinite, or how it was computed
 */
public record RayPoint(BigFraction d, BigFraction eta, boolean etaExact, Optional<BigDecimal> time,
        BigDecimal timeError, Optional<BigFraction> gamma, String reason) {

    public RayPoint {
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(timeError, "timeError");
        Objects.requireNonNull(gamma, "gamma");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the time is finite. */
    public boolean isFinite() {
        return time.isPresent();
    }

    /** {@code ln T}; NaN when the time is infinite. */
    public double logTime() {
        return time.map(Logs::ln).orElse(Double.NaN);
    }

    /** The relative error of the time; NaN when it is infinite. */
    public double relativeError() {
        return time.map(t -> timeError.doubleValue() / t.doubleValue()).orElse(Double.NaN);
    }
}
