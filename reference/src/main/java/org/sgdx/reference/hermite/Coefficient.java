package org.sgdx.reference.hermite;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactReal;

/**
 * One Hermite coefficient of a link, with how it is known.
 *
 * @param k the index
 * @param basis the convention: {@code u_k} ({@link Basis#HE}) or {@code c_k} ({@link Basis#H})
 * @param value the value rounded to the requested number of significant digits (an estimate: to fewer when its
 *     last digits would be below its error)
 * @param certainty {@code exact} (then {@code exact} holds the closed form) or {@code estimate}
 * @param error an estimate of {@code |value − true value|} for estimates, including the rounding of {@code value};
 *     zero for exact values (whose {@code value} is the closed form rounded to the requested digits)
 * @param exact the exact value, or {@code null}
 */
public record Coefficient(int k, Basis basis, BigDecimal value, Certainty certainty, BigDecimal error,
        ExactReal exact) {

    public Coefficient {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(error, "error");
        if (certainty == Certainty.EXACT && exact == null) {
            throw new IllegalArgumentException("an exact coefficient needs its exact value");
        }
    }

    /** The exact value, when known. */
    public Optional<ExactReal> exactValue() {
        return Optional.ofNullable(exact);
    }

    /**
     * Whether the coefficient is zero: decided exactly for exact values; for estimates, when {@code |value|} is
     * within a safety factor of the error estimate (a decision that is itself an estimate).
     */
    public boolean isZero() {
        if (exact != null) {
            return exact.isZero();
        }
        return value.abs().compareTo(error.multiply(BigDecimal.valueOf(ZERO_SAFETY_FACTOR))) <= 0;
    }

    /** How many error estimates a numerical value must exceed to count as non-zero. */
    public static final int ZERO_SAFETY_FACTOR = 1000;
}
