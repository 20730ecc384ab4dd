package org.sgdx.reference.hermite;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.poly.RationalPolynomial;

/** Test oracle: exact standard Gaussian expectations of polynomials from {@code E[Z^{2m}] = (2m)!/(2^m m!)}. */
public final class Gaussian {

    private Gaussian() {
    }

    /** {@code E[Z^n]}, computed from factorials (not from a recurrence). */
    public static BigInteger moment(int n) {
        if (n % 2 == 1) {
            return BigInteger.ZERO;
        }
        int m = n / 2;
        return factorial(n).divide(BigInteger.TWO.pow(m).multiply(factorial(m)));
    }

    /** {@code E[p(Z)]}. */
    public static BigFraction expectation(RationalPolynomial p) {
        BigFraction s = BigFraction.ZERO;
        for (int n = 0; n <= p.degree(); n += 2) {
            s = s.add(p.coefficient(n).multiply(moment(n)));
        }
        return s;
    }

    public static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }
}
