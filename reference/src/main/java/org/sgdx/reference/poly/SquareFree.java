package org.sgdx.reference.poly;

import java.math.BigInteger;

/**
 * The decomposition {@code n = m² s} of a positive integer into a square and a square-free part, used to keep
 * square roots in the canonical form {@code √n = m √s}.
 *
 * @param square the factor {@code m}
 * @param squareFree the square-free part {@code s}
 */
public record SquareFree(BigInteger square, BigInteger squareFree) {

    /** The decomposition of {@code n ≥ 1} by trial division (intended for small {@code n}). */
    public static SquareFree of(BigInteger n) {
        if (n.signum() <= 0) {
            throw new IllegalArgumentException("not positive: " + n);
        }
        BigInteger m = BigInteger.ONE;
        BigInteger s = BigInteger.ONE;
        BigInteger rest = n;
        for (BigInteger p = BigInteger.TWO; p.multiply(p).compareTo(rest) <= 0; p = p.add(BigInteger.ONE)) {
            int e = 0;
            while (rest.mod(p).signum() == 0) {
                rest = rest.divide(p);
                e++;
            }
            m = m.multiply(p.pow(e / 2));
            if (e % 2 == 1) {
                s = s.multiply(p);
            }
        }
        return new SquareFree(m, s.multiply(rest));
    }

    /** The decomposition of {@code k!}, by Legendre's formula for the exponent of each prime {@code p ≤ k}. */
    public static SquareFree ofFactorial(int k) {
        BigInteger m = BigInteger.ONE;
        BigInteger s = BigInteger.ONE;
        for (int p = 2; p <= k; p++) {
            if (!BigInteger.valueOf(p).isProbablePrime(30)) {
                continue;
            }
            int e = 0;
            for (long q = p; q <= k; q *= p) {
                e += (int) (k / q);
            }
            BigInteger bp = BigInteger.valueOf(p);
            m = m.multiply(bp.pow(e / 2));
            if (e % 2 == 1) {
                s = s.multiply(bp);
            }
        }
        return new SquareFree(m, s);
    }

    /**
     * For square-free {@code s} and {@code t}: {@code √s √t = g √r} with {@code g = gcd(s, t)} and
     * {@code r = (s/g)(t/g)} square-free; returns {@code (g, r)}.
     */
    public static SquareFree productOfSquareFree(BigInteger s, BigInteger t) {
        BigInteger g = s.gcd(t);
        return new SquareFree(g, s.divide(g).multiply(t.divide(g)));
    }
}
