package org.sgdx.reference.dynamics.meanfield;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The first-layer learning rate that minimises the mean-field hitting time (MATH.md §4) at given η and {@code d}.
 *
 * <p>{@code T(γ) = ∫ dm / (γD(m) − (γ²/2) N(m) m)} is finite exactly for {@code 0 < γ < γ_max},
 * {@code γ_max = min_{[m_0, m_target]} 2D(m) / (N(m) m)}, and convex there (each integrand {@code 1/h(γ)} with
 * {@code h} positive and concave in γ is convex; {@code proofs-notes/mean-field-and-predictions.md}), so the
 * golden-section search on {@code log γ} finds its unique minimiser.
 *
 * @param gamma the minimiser, rounded to about ten significant digits, empty when no γ gives a finite time
 * @param relativeError an estimate of the relative error of {@code gamma} as the minimiser
 * @param gammaMax the stability limit {@code γ_max} (an estimate to about ten significant digits, in decimal so that it
 *     stays meaningful below the double range), zero when {@code D ≤ 0} somewhere on the interval
 * @param time the hitting time at {@code gamma}
 * @param reason how the rate was found, or why there is none
 */
public record OptimalRate(Optional<BigFraction> gamma, double relativeError, BigDecimal gammaMax,
        Optional<HittingTime> time, String reason) {

    public OptimalRate {
        Objects.requireNonNull(gamma, "gamma");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(gammaMax, "gammaMax");
        Objects.requireNonNull(reason, "reason");
    }
}
