package org.sgdx.reference.exponent.zeta;

import java.math.BigDecimal;
import java.util.Objects;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.numeric.Estimate;

/**
 * An estimate of {@code E_y[ζ_k(y)²]}, {@code ζ_k(y) = E[h_k(Z) | y]} (MATH.md §3). The generative exponent is the
 * least {@code k ≥ 1} for which this is positive.
 *
 * @param k the Hermite index, at least 1
 * @param estimate the value with its error estimate (not a proven bound) and certainty
 */
public record ZetaMoment(int k, Estimate estimate) {

    public ZetaMoment {
        if (k < 1) {
            throw new IllegalArgumentException("the Hermite index k must be at least 1, got " + k);
        }
        Objects.requireNonNull(estimate, "estimate");
    }

    /**
     * A double-precision estimate: the value and error are held exactly as the doubles given.
     *
     * @throws IllegalArgumentException if {@code k < 1}, the value is not finite or the error is negative or not
     *     finite
     */
    public static ZetaMoment of(int k, double value, double error) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("the value must be finite, got " + value);
        }
        if (!(error >= 0) || !Double.isFinite(error)) {
            throw new IllegalArgumentException("the error estimate must be finite and non-negative, got " + error);
        }
        return new ZetaMoment(k, Estimate.estimate(new BigDecimal(value), new BigDecimal(error)));
    }

    /** The value, as the double it was computed in. */
    public double value() {
        return estimate.value().doubleValue();
    }

    /** The error estimate, as the double it was computed in. */
    public double error() {
        return estimate.error().doubleValue();
    }

    /** How the value is known. */
    public Certainty certainty() {
        return estimate.certainty();
    }

    /**
     * Whether {@code E[ζ_k²] > 0} as far as this estimate can tell: by the one rule of {@link Estimate#signum()}, the
     * value exceeds {@value Estimate#ZERO_SAFETY_FACTOR} error estimates. The generative exponent is decided by this
     * rule.
     */
    public boolean distinguishableFromZero() {
        return estimate.signum() > 0;
    }
}
