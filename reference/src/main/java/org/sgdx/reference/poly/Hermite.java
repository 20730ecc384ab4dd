package org.sgdx.reference.poly;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.poly.RationalPolynomial;

/**
 * Probabilists' Hermite polynomials {@code He_k} and their normalisation {@code h_k = He_k/√(k!)} (MATH.md §2):
 * {@code He_0 = 1}, {@code He_1 = z}, {@code He_{k+1} = z He_k − k He_{k−1}}, orthogonal for the standard
 * Gaussian with {@code E[He_j He_k] = k! δ_jk}.
 *
 * <p>{@code He_k} has integer coefficients; {@code h_k} is kept exact as those integers together with the
 * square-root factor {@code 1/√(k!)} ({@code org.sgdx.reference.hermite.NormalisedHermite}). Values at a point are computed for all
 * degrees {@code 0..K} at once by the three-term recurrence.
 */
public final class Hermite {

    private Hermite() {
    }

    /** The coefficients {@code a_0 .. a_k} of {@code He_k = Σ a_n z^n}; {@code k ≥ 0}. */
    public static BigInteger[] heCoefficients(int k) {
        checkDegree(k);
        BigInteger[] prev = new BigInteger[0];
        BigInteger[] cur = {BigInteger.ONE};
        for (int j = 0; j < k; j++) {
            BigInteger[] next = nextCoefficients(cur, prev, j);
            prev = cur;
            cur = next;
        }
        return cur;
    }

    /** The coefficient vectors of {@code He_0 .. He_K}; row {@code k} has length {@code k+1}. */
    public static BigInteger[][] heCoefficientsUpTo(int maxDegree) {
        checkDegree(maxDegree);
        BigInteger[][] he = new BigInteger[maxDegree + 1][];
        he[0] = new BigInteger[] {BigInteger.ONE};
        for (int k = 0; k < maxDegree; k++) {
            he[k + 1] = nextCoefficients(he[k], k == 0 ? new BigInteger[0] : he[k - 1], k);
        }
        return he;
    }

    /** {@code He_{k+1} = z He_k − k He_{k−1}} on coefficient vectors. */
    private static BigInteger[] nextCoefficients(BigInteger[] cur, BigInteger[] prev, int k) {
        BigInteger[] next = new BigInteger[cur.length + 1];
        BigInteger bk = BigInteger.valueOf(k);
        for (int i = 0; i < next.length; i++) {
            BigInteger shifted = i >= 1 ? cur[i - 1] : BigInteger.ZERO;
            BigInteger lower = i < prev.length ? prev[i].multiply(bk) : BigInteger.ZERO;
            next[i] = shifted.subtract(lower);
        }
        return next;
    }

    /** {@code He_k} as a rational polynomial. */
    public static RationalPolynomial he(int k) {
        return toPolynomial(heCoefficients(k));
    }

    /** The polynomial with the integer coefficients {@code a} (constant term first). */
    public static RationalPolynomial toPolynomial(BigInteger[] a) {
        BigFraction[] c = new BigFraction[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = BigFraction.of(a[i]);
        }
        return RationalPolynomial.of(c);
    }

    /** {@code He_k(0)}: 0 for odd {@code k}, {@code (−1)^{k/2} (k−1)!!} for even {@code k}. */
    public static BigInteger heAtZero(int k) {
        checkDegree(k);
        if (k % 2 == 1) {
            return BigInteger.ZERO;
        }
        BigInteger v = BigInteger.ONE;
        for (int i = k - 1; i > 1; i -= 2) {
            v = v.multiply(BigInteger.valueOf(i));
        }
        return k % 4 == 0 ? v : v.negate();
    }

    /** {@code k!}, {@code k ≥ 0}. */
    public static BigInteger factorial(int k) {
        checkDegree(k);
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /** {@code 0!, 1!, .., K!}. */
    public static BigInteger[] factorialsUpTo(int maxDegree) {
        BigInteger[] f = new BigInteger[maxDegree + 1];
        f[0] = BigInteger.ONE;
        for (int k = 1; k <= maxDegree; k++) {
            f[k] = f[k - 1].multiply(BigInteger.valueOf(k));
        }
        return f;
    }

    /** The exact values {@code He_0(x) .. He_K(x)} at a rational point. */
    public static BigFraction[] heValues(BigFraction x, int maxDegree) {
        Objects.requireNonNull(x, "x");
        checkDegree(maxDegree);
        BigFraction[] v = new BigFraction[maxDegree + 1];
        v[0] = BigFraction.ONE;
        if (maxDegree >= 1) {
            v[1] = x;
        }
        for (int k = 1; k < maxDegree; k++) {
            v[k + 1] = x.multiply(v[k]).subtract(v[k - 1].multiply(k));
        }
        return v;
    }

    /**
     * {@code He_0(x) .. He_K(x)}, each the correct rounding to {@code mc} of the exact value: since a
     * {@code BigDecimal} is an exact rational, the recurrence is run in exact decimal arithmetic (numbers of up to
     * about {@code K · digits(x)} digits) and each value is rounded once.
     */
    public static BigDecimal[] heValues(BigDecimal x, int maxDegree, MathContext mc) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(mc, "mc");
        BigDecimal[] exact = exactHeValues(x, maxDegree);
        BigDecimal[] v = new BigDecimal[exact.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = exact[k].round(mc);
        }
        return v;
    }

    /**
     * {@code h_0(x) .. h_K(x)} with {@code h_k = He_k/√(k!)}, each within one unit in the last place of
     * {@code mc} (the exact {@code He_k(x)} and {@code √(k!)} are taken with ten guard digits, then divided).
     *
     * @throws IllegalArgumentException if {@code mc} has unlimited precision
     */
    public static BigDecimal[] hValues(BigDecimal x, int maxDegree, MathContext mc) {
        Objects.requireNonNull(mc, "mc");
        if (mc.getPrecision() == 0) {
            throw new IllegalArgumentException("h_k values need a finite precision");
        }
        BigDecimal[] exact = exactHeValues(Objects.requireNonNull(x, "x"), maxDegree);
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal[] v = new BigDecimal[exact.length];
        BigInteger f = BigInteger.ONE;
        for (int k = 0; k < v.length; k++) {
            if (k > 1) {
                f = f.multiply(BigInteger.valueOf(k));
            }
            BigDecimal root = BigDecimalMath.sqrt(new BigDecimal(f), work);
            v[k] = exact[k].round(work).divide(root, mc);
        }
        return v;
    }

    private static BigDecimal[] exactHeValues(BigDecimal x, int maxDegree) {
        checkDegree(maxDegree);
        BigDecimal[] v = new BigDecimal[maxDegree + 1];
        v[0] = BigDecimal.ONE;
        if (maxDegree >= 1) {
            v[1] = x;
        }
        for (int k = 1; k < maxDegree; k++) {
            v[k + 1] = x.multiply(v[k]).subtract(v[k - 1].multiply(BigDecimal.valueOf(k)));
        }
        return v;
    }

    /** {@code He_0(x) .. He_K(x)} in double precision by the recurrence (may overflow for large K and |x|). */
    public static double[] heValues(double x, int maxDegree) {
        checkDegree(maxDegree);
        double[] v = new double[maxDegree + 1];
        v[0] = 1;
        if (maxDegree >= 1) {
            v[1] = x;
        }
        for (int k = 1; k < maxDegree; k++) {
            v[k + 1] = x * v[k] - k * v[k - 1];
        }
        return v;
    }

    /**
     * {@code h_0(x) .. h_K(x)} in double precision by the normalised recurrence
     * {@code h_{k+1} = (x h_k − √k h_{k−1}) / √(k+1)}, which avoids the factorial growth of {@code He_k}.
     */
    public static double[] hValues(double x, int maxDegree) {
        checkDegree(maxDegree);
        double[] v = new double[maxDegree + 1];
        v[0] = 1;
        if (maxDegree >= 1) {
            v[1] = x;
        }
        for (int k = 1; k < maxDegree; k++) {
            v[k + 1] = (x * v[k] - Math.sqrt(k) * v[k - 1]) / Math.sqrt(k + 1.0);
        }
        return v;
    }

    /**
     * @throws IllegalArgumentException if {@code k < 0}
     */
    public static void checkDegree(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("Hermite degree must be >= 0: " + k);
        }
    }
}
