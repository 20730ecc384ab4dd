package org.sgdx.reference.link.compiled;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.poly.RationalPolynomial;

/** Exact change of basis from monomials to {@code He_k} (MATH.md §2), for the compiler's Clenshaw evaluation. */
final class HermiteBasis {

    private HermiteBasis() {
    }

    /** The monomial coefficients of {@code He_0, …, He_n}, by {@code He_{k+1} = z He_k − k He_{k−1}}. */
    static BigInteger[][] hermiteMonomials(int n) {
        BigInteger[][] he = new BigInteger[n + 1][];
        he[0] = new BigInteger[] {BigInteger.ONE};
        if (n >= 1) {
            he[1] = new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        for (int k = 1; k < n; k++) {
            BigInteger[] next = new BigInteger[k + 2];
            java.util.Arrays.fill(next, BigInteger.ZERO);
            for (int j = 0; j <= k; j++) {
                next[j + 1] = next[j + 1].add(he[k][j]);
            }
            BigInteger kk = BigInteger.valueOf(k);
            for (int j = 0; j < he[k - 1].length; j++) {
                next[j] = next[j].subtract(kk.multiply(he[k - 1][j]));
            }
            he[k + 1] = next;
        }
        return he;
    }

    /** The coefficients {@code b_k} with {@code p = Σ b_k He_k}, exactly (length {@code deg p + 1}). */
    static BigFraction[] toHermite(RationalPolynomial p) {
        int n = Math.max(p.degree(), 0);
        BigFraction[] rest = new BigFraction[n + 1];
        for (int k = 0; k <= n; k++) {
            rest[k] = p.coefficient(k);
        }
        BigInteger[][] he = hermiteMonomials(n);
        BigFraction[] b = new BigFraction[n + 1];
        for (int k = n; k >= 0; k--) {
            BigFraction c = rest[k];
            b[k] = c;
            if (c.signum() != 0) {
                for (int j = 0; j <= k; j++) {
                    rest[j] = rest[j].subtract(c.multiply(he[k][j]));
                }
            }
        }
        return b;
    }
}
