package org.sgdx.reference.hermite;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.numeric.Estimate;

/**
 * One Hermite coefficient of a link, with how it is known.
 *
 * @param k the index
 * @param basis the convention: {@code u_k} ({@link Basis#HE}) or {@code c_k} ({@link Basis#H})
 * @param estimate the value rounded to the requested number of significant digits with its error: for an
 *     {@code exact} coefficient the correct rounding of the closed form with error zero; for an {@code estimate}
 *     rounded to fewer digits when its last digits would be below its error, which includes that rounding
 * @param exact the exact value, or {@code null}
 */
public record Coefficient(int k, Basis basis, Estimate estimate, ExactReal exact) {

    public Coefficient {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(estimate, "estimate");
        if (estimate.certainty() == Certainty.EXACT && exact == null) {
            throw new IllegalArgumentException("an exact coefficient needs its exact value");
        }
    }

    /** The value as rounded for output. */
    public BigDecimal value() {
        return estimate.value();
    }

    /** How the value is known. */
    public Certainty certainty() {
        return estimate.certainty();
    }

    /** The error: zero for exact values, an estimate of {@code |value − true value|} otherwise. */
    public BigDecimal error() {
        return estimate.error();
    }

    /** The exact value, when known. */
    public Optional<ExactReal> exactValue() {
        return Optional.ofNullable(exact);
    }

    /**
     * Whether the coefficient is zero: decided exactly for exact values; for estimates by the one zero rule of
     * {@link Estimate#isZero()} (a decision that is itself an estimate).
     */
    public boolean isZero() {
        if (exact != null) {
            return exact.isZero();
        }
        return estimate.isZero();
    }
}
