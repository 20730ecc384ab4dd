package org.sgdx.reference.hermite;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.poly.Hermite;
import org.sgdx.reference.poly.RationalPolynomial;

/**
 * The normalised Hermite polynomial {@code h_k = He_k / √(k!)} held exactly (MATH.md §2): the integer
 * coefficients of {@code He_k} together with the radicand {@code k!} of the normalising square root, so
 * {@code h_k(z) = Σ_n a_n z^n / √(k!)} and {@code E[h_j h_k] = δ_jk}. Immutable.
 */
public final class NormalisedHermite {

    private final int k;
    private final BigInteger[] heCoefficients;
    private final BigInteger radicand;

    /** {@code h_k = He_k/√(k!)}, exactly. */
    public static NormalisedHermite of(int k) {
        return new NormalisedHermite(k, Hermite.heCoefficients(k));
    }

    NormalisedHermite(int k, BigInteger[] heCoefficients) {
        this.k = k;
        this.heCoefficients = heCoefficients;
        this.radicand = Hermite.factorial(k);
    }

    /** The degree {@code k}. */
    public int degree() {
        return k;
    }

    /** The radicand {@code k!}: {@code h_k = He_k / √(k!)}. */
    public BigInteger radicand() {
        return radicand;
    }

    /** The integer coefficients {@code a_0 .. a_k} of {@code He_k}. */
    public BigInteger[] heCoefficients() {
        return heCoefficients.clone();
    }

    /** {@code He_k = √(k!) h_k} as a rational polynomial. */
    public RationalPolynomial he() {
        return Hermite.toPolynomial(heCoefficients);
    }

    /** The exact coefficient {@code a_n / √(k!) = √(k!) · a_n / k!} of {@code z^n} in {@code h_k}. */
    public ExactNumber coefficient(int n) {
        if (n < 0 || n > k || heCoefficients[n].signum() == 0) {
            return ExactNumber.ZERO;
        }
        return ExactNumber.sqrt(radicand).multiply(BigFraction.of(heCoefficients[n], radicand));
    }

    /** {@code h_k(x)} within one unit in the last place of {@code mc}. */
    public BigDecimal evaluate(BigDecimal x, MathContext mc) {
        return Hermite.hValues(Objects.requireNonNull(x, "x"), k, mc)[k];
    }

    /** {@code h_k(x)} in double precision. */
    public double evaluate(double x) {
        return Hermite.hValues(x, k)[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalisedHermite h && h.k == k;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(k);
    }

    /** A readable form such as {@code (z^3 - 3*z)/sqrt(6)}. */
    @Override
    public String toString() {
        String p = he().toString();
        return radicand.equals(BigInteger.ONE) ? p : "(" + p + ")/sqrt(" + radicand + ")";
    }
}
