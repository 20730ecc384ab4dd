package org.sgdx.reference.exponent.zeta;

import java.util.Objects;
import org.sgdx.reference.Certainty;

/**
 * An estimate of {@code E_y[ζ_k(y)²]}, {@code ζ_k(y) = E[h_k(Z) | y]} (MATH.md §3). The generative exponent is the
 * least {@code k ≥ 1} for which this is positive.
 *
 * @param k the Hermite index, at least 1
 * @param value the estimate
 * @param error an estimate of the absolute error of {@code value} (not a proven bound)
 * @param certainty how the value is known
 */
public record ZetaMoment(int k, double value, double error, Certainty certainty) {

    public ZetaMoment {
        if (k < 1) {
            throw new IllegalArgumentException("the Hermite index k must be at least 1, got " + k);
        }
        if (!(error >= 0)) {
            throw new IllegalArgumentException("the error estimate must be non-negative, got " + error);
        }
        Objects.requireNonNull(certainty, "certainty");
    }

    /** How many error estimates a value must exceed to count as positive. */
    public static final int POSITIVE_SAFETY_FACTOR = 100;

    /** Smallest value that counts as positive, whatever the error estimate. */
    public static final double POSITIVE_FLOOR = 1e-9;

    /**
     * Whether {@code E[ζ_k²] > 0} as far as this estimate can tell: the value exceeds both
     * {@value #POSITIVE_SAFETY_FACTOR} error estimates and {@value #POSITIVE_FLOOR}. The generative exponent is
     * decided by this rule.
     */
    public boolean distinguishableFromZero() {
        return isPositive(value, error);
    }

    /** The rule of {@link #distinguishableFromZero()} for a value and its error estimate. */
    public static boolean isPositive(double value, double error) {
        return value > POSITIVE_FLOOR && value > POSITIVE_SAFETY_FACTOR * error;
    }
}
