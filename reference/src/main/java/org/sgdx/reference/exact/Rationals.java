package org.sgdx.reference.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Comparator;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Helpers for exact rationals. {@link BigFraction} keeps the sign of the denominator it is given, and its
 * {@code compareTo} of Commons Numbers 1.2 orders two negative fractions by magnitude ({@code −2 > −1}); the order
 * here is the sign of the difference, which is always right.
 */
public final class Rationals {

    /** The numerical order of rationals. */
    public static final Comparator<BigFraction> ORDER = Rationals::compare;

    private Rationals() {
    }

    /** The sign of {@code a − b}. */
    public static int compare(BigFraction a, BigFraction b) {
        return a.subtract(b).signum();
    }

    /** The same value with a positive denominator. */
    public static BigFraction normalised(BigFraction q) {
        return q.getDenominator().signum() < 0 ? BigFraction.of(q.getNumerator().negate(), q.getDenominator().negate())
                : q;
    }

    /** The exact value of a decimal. */
    public static BigFraction of(BigDecimal x) {
        return x.scale() > 0 ? BigFraction.of(x.unscaledValue(), BigInteger.TEN.pow(x.scale()))
                : BigFraction.of(x.toBigIntegerExact());
    }

    /** Magnitudes of numbers given as text lie between {@code 1e-1000} and {@code 1e1000} (this exponent). */
    public static final int MAX_DECIMAL_EXPONENT = 1000;

    /**
     * The value of a parameter given as an exact decimal ({@code 0.5}, {@code 1e-3}) or a quotient {@code p/q} of
     * such, exactly. The decimals' magnitudes must lie between {@code 1e-1000} and {@code 1e1000}
     * ({@link #MAX_DECIMAL_EXPONENT}), so that no text makes a number too large to hold.
     *
     * @param name the parameter, for the error message
     * @param positive whether the value must be {@code > 0}
     * @throws IllegalArgumentException naming the parameter if the text is not such a number, or not positive
     */
    public static BigFraction parse(String name, String text, boolean positive) {
        BigFraction value;
        try {
            String t = text.strip();
            int slash = t.indexOf('/');
            if (slash >= 0) {
                BigFraction num = bounded(name, text, new BigDecimal(t.substring(0, slash).strip()));
                BigFraction den = bounded(name, text, new BigDecimal(t.substring(slash + 1).strip()));
                if (den.signum() == 0) {
                    throw new IllegalArgumentException(name + " has a zero denominator: '" + text + "'");
                }
                value = normalised(num.divide(den));
            } else {
                value = bounded(name, text, new BigDecimal(t));
            }
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            throw new IllegalArgumentException(name + " must be a finite number (a decimal such as 0.5 or 1e-3, or p/q),"
                    + " got '" + text + "'");
        }
        if (positive && value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + text);
        }
        return value;
    }

    /** The exact value of {@code x}, refused when its magnitude is outside {@code [1e-1000, 1e1000]}. */
    private static BigFraction bounded(String name, String text, BigDecimal x) {
        BigDecimal magnitude = x.abs();
        if (x.signum() != 0 && (magnitude.compareTo(BigDecimal.ONE.scaleByPowerOfTen(MAX_DECIMAL_EXPONENT)) > 0
                || magnitude.compareTo(BigDecimal.ONE.scaleByPowerOfTen(-MAX_DECIMAL_EXPONENT)) < 0)) {
            throw new IllegalArgumentException(name + " must be a number of magnitude between 1e-"
                    + MAX_DECIMAL_EXPONENT + " and 1e" + MAX_DECIMAL_EXPONENT + ", got '" + text + "'");
        }
        return of(x);
    }

    /** {@code q} as a decimal rounded to {@code mc}. */
    public static BigDecimal toBigDecimal(BigFraction q, MathContext mc) {
        return new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()), mc);
    }

    /** {@code -3/2}, {@code 2}: the normalised fraction, the denominator omitted when it is 1. */
    public static String toString(BigFraction q) {
        BigFraction n = normalised(q);
        return n.getDenominator().equals(BigInteger.ONE) ? n.getNumerator().toString()
                : n.getNumerator() + "/" + n.getDenominator();
    }
}
