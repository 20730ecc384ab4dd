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

    /** Whether the value exceeds its error estimate, i.e. {@code E[ζ_k²] > 0} as far as this estimate can tell. */
    public boolean distinguishableFromZero() {
        return value > error;
    }
}
