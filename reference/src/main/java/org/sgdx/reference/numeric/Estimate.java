package org.sgdx.reference.numeric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.sgdx.reference.Certainty;

/**
 * A number together with a statement of how well it is known (DESIGN.md, "Trustworthy numbers"): for
 * {@link Certainty#EXACT} the error is zero (the value may be the correct rounding of the exact value), for
 * {@link Certainty#ENCLOSURE} the true value lies in {@code [value − error, value + error]}, for
 * {@link Certainty#ESTIMATE} {@code error} is an estimate of {@code |value − true value|} that is not a proof. This is the one value-with-error type of the reference; records
 * that add meaning (an index, a basis, a closed form) hold one.
 *
 * <p>The one zero rule: a value is reported as zero when {@code |value| ≤ }{@value #ZERO_SAFETY_FACTOR}{@code  · error}
 * ({@link #isZero()}). For an exact value (error 0) that is {@code value = 0}; for an enclosure it implies that the
 * enclosure contains 0; for an estimate it is a decision that is itself an estimate, made with a safety factor
 * because error estimates of quadratures and series can be optimistic by a few orders of magnitude.
 *
 * @param value the approximation
 * @param error a non-negative bound or estimate of the absolute error
 * @param certainty how the error is known
 */
public record Estimate(BigDecimal value, BigDecimal error, Certainty certainty) {

    /** How many errors a value must exceed to count as non-zero ({@link #isZero()}). */
    public static final int ZERO_SAFETY_FACTOR = 1000;

    /** Significant digits kept in derived errors, which are rounded up. */
    private static final int ERROR_DIGITS = 3;

    public Estimate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(certainty, "certainty");
        if (error.signum() < 0) {
            throw new IllegalArgumentException("error must be non-negative: " + error);
        }
    }

    /** An exact value (error zero). */
    public static Estimate exact(BigDecimal value) {
        return new Estimate(value, BigDecimal.ZERO, Certainty.EXACT);
    }

    /** An estimated value with the given error estimate. */
    public static Estimate estimate(BigDecimal value, BigDecimal error) {
        return new Estimate(value, error, Certainty.ESTIMATE);
    }

    /**
     * The value rounded to {@code mc}; the rounding change is added to the error (rounded up to three digits), so
     * the statement about the true value stays valid.
     */
    public Estimate round(MathContext mc) {
        BigDecimal r = value.round(mc);
        BigDecimal e = error.add(r.subtract(value).abs()).round(new MathContext(ERROR_DIGITS, RoundingMode.UP));
        return new Estimate(r, e, certainty);
    }

    /**
     * The value as it should be printed: rounded to at most {@code maxDigits} significant digits, and to fewer when
     * the error exceeds a unit in the last of them (only digits whose unit is at least the error are shown; at least
     * one digit). The rounding change is added to the error as in {@link #round}, so the error bounds (or estimates)
     * {@code |printed value − true value|}.
     *
     * @throws IllegalArgumentException if {@code maxDigits < 1}
     */
    public Estimate toDigits(int maxDigits) {
        if (maxDigits < 1) {
            throw new IllegalArgumentException("maxDigits must be >= 1, got " + maxDigits);
        }
        int digits = maxDigits;
        if (error.signum() > 0 && value.signum() != 0) {
            int magnitude = value.precision() - value.scale() - 1;
            // the unit of the n-th significant digit, 10^(magnitude − n + 1), must be at least the error
            int errorExponent = error.precision() - error.scale() - 1;
            boolean powerOfTen = error.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE);
            int ceilLog10Error = powerOfTen ? errorExponent : errorExponent + 1;
            digits = Math.max(1, Math.min(maxDigits, magnitude + 1 - ceilLog10Error));
        }
        return round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    /**
     * This estimate divided by a positive {@code divisor} known to the precision of {@code mc}: the value is
     * rounded to {@code mc} and the error is scaled and rounded up to three digits (the relative rounding of the
     * value, at most one unit in the last place of {@code mc}, is meant to be negligible against the error).
     */
    public Estimate divide(BigDecimal divisor, MathContext mc) {
        if (divisor.signum() <= 0) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
        MathContext up = new MathContext(ERROR_DIGITS, RoundingMode.UP);
        return new Estimate(value.divide(divisor, mc), error.divide(divisor, up), certainty);
    }

    /**
     * Whether the value is reported as zero, by the one rule {@code |value| ≤ }{@value #ZERO_SAFETY_FACTOR}
     * {@code · error}: exactly zero for an exact value, within the safety factor of zero otherwise.
     */
    public boolean isZero() {
        return value.abs().compareTo(error.multiply(BigDecimal.valueOf(ZERO_SAFETY_FACTOR))) <= 0;
    }

    /** The sign of the value, 0 when it is {@linkplain #isZero() reported as zero}. */
    public int signum() {
        return isZero() ? 0 : value.signum();
    }

    /**
     * Whether {@code |value − other| ≤ error + tolerance}: this estimate is consistent with {@code other} known to
     * within {@code tolerance}.
     */
    public boolean isConsistentWith(BigDecimal other, BigDecimal tolerance) {
        return value.subtract(other).abs().compareTo(error.add(tolerance)) <= 0;
    }
}
