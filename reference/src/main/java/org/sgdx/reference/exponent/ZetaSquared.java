package org.sgdx.reference.exponent;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.numeric.Estimate;

/**
 * One value {@code E_y[ζ_k(y)²]}, {@code ζ_k(y) = E[h_k(Z) | y]} (MATH.md §3), with how it is known.
 *
 * @param k the Hermite index, {@code k ≥ 1}
 * @param estimate the value (rounded to the requested digits when exact) with its error (zero when exact)
 * @param closedForm the closed form for exact values, or {@code null}
 * @param reason how the value was obtained
 */
public record ZetaSquared(int k, Estimate estimate, String closedForm, String reason) {

    public ZetaSquared {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(reason, "reason");
    }

    /** The value. */
    public BigDecimal value() {
        return estimate.value();
    }

    /** {@code exact} with a closed form, or {@code estimate}. */
    public Certainty certainty() {
        return estimate.certainty();
    }

    /** The error estimate, zero when exact. */
    public BigDecimal error() {
        return estimate.error();
    }

    public Optional<String> closedFormValue() {
        return Optional.ofNullable(closedForm);
    }

    /**
     * Whether the value is positive: exactly for exact values, by the one zero rule of {@link Estimate#signum()} for
     * estimates (the value exceeds {@value Estimate#ZERO_SAFETY_FACTOR} error estimates).
     */
    public boolean isPositive() {
        return estimate.signum() > 0;
    }
}
