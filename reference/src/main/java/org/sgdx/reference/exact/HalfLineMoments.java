package org.sgdx.reference.exact;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Exact Gaussian moments over a half-line, {@code Z ~ N(0,1)}, with {@code ω = 1/√(2π) = φ(0)} (MATH.md §2):
 *
 * <pre>
 *   E[Z^n 1{Z>0}] = (n−1)!! / 2                       (n even; n = 0 gives 1/2)
 *   E[Z^n 1{Z>0}] = (n−1)!! ω = 2^{(n−1)/2} ((n−1)/2)! ω   (n odd)
 *   E[Z^n 1{Z&lt;0}] = (−1)^n E[Z^n 1{Z&gt;0}]
 *   E[Z^n]        = (n−1)!!  (n even),  0  (n odd)
 * </pre>
 *
 * with {@code (−1)!! = 0!! = 1}. Both parities follow from {@code E[Z^n 1{Z>0}] = (n−1) E[Z^{n−2} 1{Z>0}]}
 * (integration by parts, {@code φ' = −zφ}); the tables below use that recurrence, so all moments up to
 * {@code N} cost {@code N} multiplications.
 */
public final class HalfLineMoments {

    private static final BigFraction HALF = BigFraction.of(1, 2);

    private HalfLineMoments() {
    }

    /** The double factorial {@code n!! = n (n−2) (n−4) ⋯}, with {@code (−1)!! = 0!! = 1}; {@code n ≥ −1}. */
    public static BigInteger doubleFactorial(int n) {
        if (n < -1) {
            throw new IllegalArgumentException("n must be >= -1: " + n);
        }
        BigInteger f = BigInteger.ONE;
        for (int i = n; i > 1; i -= 2) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /**
     * {@code E[Z^n 1{Z>0}]}, {@code n ≥ 0}; exact.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static ExactNumber positive(int n) {
        checkOrder(n);
        return fromDoubleFactorial(n, doubleFactorial(n - 1));
    }

    /**
     * {@code E[Z^n 1{Z<0}] = (−1)^n E[Z^n 1{Z>0}]}, {@code n ≥ 0}; exact.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static ExactNumber negative(int n) {
        ExactNumber m = positive(n);
        return n % 2 == 0 ? m : m.negate();
    }

    /**
     * {@code E[Z^n]}: {@code (n−1)!!} for even {@code n}, 0 for odd {@code n}; {@code n ≥ 0}.
     *
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static BigInteger full(int n) {
        checkOrder(n);
        return n % 2 == 0 ? doubleFactorial(n - 1) : BigInteger.ZERO;
    }

    /**
     * {@code E[Z^n 1{Z>0}]} for {@code n = 0..maxOrder}.
     *
     * @throws IllegalArgumentException if {@code maxOrder < 0}
     */
    public static ExactNumber[] positiveUpTo(int maxOrder) {
        BigInteger[] df = doubleFactorialsOfPredecessors(maxOrder);
        ExactNumber[] m = new ExactNumber[maxOrder + 1];
        for (int n = 0; n <= maxOrder; n++) {
            m[n] = fromDoubleFactorial(n, df[n]);
        }
        return m;
    }

    /**
     * {@code E[Z^n 1{Z<0}]} for {@code n = 0..maxOrder}.
     *
     * @throws IllegalArgumentException if {@code maxOrder < 0}
     */
    public static ExactNumber[] negativeUpTo(int maxOrder) {
        ExactNumber[] m = positiveUpTo(maxOrder);
        for (int n = 1; n <= maxOrder; n += 2) {
            m[n] = m[n].negate();
        }
        return m;
    }

    /**
     * {@code E[Z^n]} for {@code n = 0..maxOrder}.
     *
     * @throws IllegalArgumentException if {@code maxOrder < 0}
     */
    public static BigInteger[] fullUpTo(int maxOrder) {
        BigInteger[] df = doubleFactorialsOfPredecessors(maxOrder);
        BigInteger[] m = new BigInteger[maxOrder + 1];
        for (int n = 0; n <= maxOrder; n++) {
            m[n] = n % 2 == 0 ? df[n] : BigInteger.ZERO;
        }
        return m;
    }

    /** {@code (n−1)!!} for {@code n = 0..maxOrder}, by {@code (n−1)!! = (n−1)·(n−3)!!}. */
    static BigInteger[] doubleFactorialsOfPredecessors(int maxOrder) {
        checkOrder(maxOrder);
        BigInteger[] df = new BigInteger[maxOrder + 1];
        for (int n = 0; n <= maxOrder; n++) {
            df[n] = n < 2 ? BigInteger.ONE : df[n - 2].multiply(BigInteger.valueOf(n - 1));
        }
        return df;
    }

    private static ExactNumber fromDoubleFactorial(int n, BigInteger df) {
        return n % 2 == 0
                ? ExactNumber.of(HALF.multiply(df))
                : ExactNumber.ofOmegaPower(BigFraction.of(df), 1);
    }

    private static void checkOrder(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("moment order must be >= 0: " + n);
        }
    }
}
