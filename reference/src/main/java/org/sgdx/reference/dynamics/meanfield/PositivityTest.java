package org.sgdx.reference.dynamics.meanfield;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.poly.RationalPolynomial;

/**
 * Decides whether a polynomial with rational coefficients is positive on a closed interval {@code [a, b]}, exactly,
 * by Descartes' rule of signs with bisection (the Vincent–Collins–Akritas method).
 *
 * <p>The roots of {@code F} in {@code (a, b)} are the positive roots of {@code P(t) = (1+t)^n F((a + bt)/(1+t))}, and
 * the number of sign changes in the coefficients of {@code P} exceeds their number by an even number: no change
 * proves that there is no root, one change that there is exactly one. Otherwise the interval is halved (the value at
 * the split point is checked too), at its midpoint, or at its geometric mean when it spans more than a factor 4 (the
 * overlaps of the mean field run from {@code d^{−1/2}} to 1/2, and a pair of complex roots near the real axis at
 * {@code m ≈ 10^{−20}} would otherwise keep two sign changes through every halving of {@code [10^{−26}, 1/2]}); for an
 * interval with no root close to it in the complex plane the count eventually drops to 0 or 1. An interval that still
 * shows two or more changes after {@value #MAX_DEPTH} halvings holds a multiple root or roots very close to it, and is
 * reported as a zero. All arithmetic is on
 * integers: {@code F} is scaled to integer coefficients, and {@code P} is computed by Horner's scheme for the
 * homogeneous form {@code Σ c_k L^k M^{n−k}} with {@code L = δ(a + bt)}, {@code M = δ(1 + t)}.
 */
final class PositivityTest {

    private static final int MAX_DEPTH = 50;

    private PositivityTest() {
    }

    /**
     * A point of {@code [a, b]} where {@code F ≤ 0}, or an interval end near a zero, if there is one; empty when
     * {@code F > 0} on {@code [a, b]}.
     */
    static Optional<BigFraction> nonPositivePoint(RationalPolynomial f, BigFraction a, BigFraction b) {
        if (f.evaluate(a).signum() <= 0) {
            return Optional.of(a);
        }
        if (f.evaluate(b).signum() <= 0) {
            return Optional.of(b);
        }
        BigInteger[] c = integerCoefficients(f);
        return search(c, f, a, b, 0);
    }

    private static Optional<BigFraction> search(BigInteger[] c, RationalPolynomial f, BigFraction a, BigFraction b,
            int depth) {
        int changes = signChanges(mapped(c, a, b));
        if (changes == 0) {
            return Optional.empty();
        }
        if (changes == 1 || depth >= MAX_DEPTH) {
            return Optional.of(a);
        }
        BigFraction middle = split(a, b);
        if (f.evaluate(middle).signum() <= 0) {
            return Optional.of(middle);
        }
        Optional<BigFraction> left = search(c, f, a, middle, depth + 1);
        return left.isPresent() ? left : search(c, f, middle, b, depth + 1);
    }

    /**
     * The point that halves {@code [a, b]}: the midpoint, or, when {@code 0 < 4a < b}, a point within 20 digits of the
     * geometric mean (strictly inside), so that an interval spanning many decades is halved on the logarithmic scale
     * and a feature at the scale of its small end is reached in a few halvings.
     */
    static BigFraction split(BigFraction a, BigFraction b) {
        if (a.signum() <= 0 || Rationals.compare(a.multiply(4), b) >= 0) {
            return a.add(b).divide(2);
        }
        MathContext mc = new MathContext(20, RoundingMode.HALF_EVEN);
        BigDecimal product = Rationals.toBigDecimal(a.multiply(b), new MathContext(40, RoundingMode.HALF_EVEN));
        return Rationals.of(product.sqrt(mc));
    }

    /** The coefficients of {@code F} times the common denominator. */
    private static BigInteger[] integerCoefficients(RationalPolynomial f) {
        BigInteger denominator = f.commonDenominator();
        BigInteger[] c = new BigInteger[f.degree() + 1];
        for (int k = 0; k < c.length; k++) {
            BigFraction x = f.coefficient(k).multiply(denominator);
            c[k] = x.getNumerator().divide(x.getDenominator());
        }
        return c;
    }

    /** {@code P(t)} up to a positive factor, as integer coefficients of {@code t^0 .. t^n}. */
    private static BigInteger[] mapped(BigInteger[] c, BigFraction a, BigFraction b) {
        int n = c.length - 1;
        BigInteger delta = a.getDenominator().multiply(b.getDenominator());
        BigInteger alpha = a.getNumerator().multiply(b.getDenominator());
        BigInteger beta = b.getNumerator().multiply(a.getDenominator());
        BigInteger[] powersOfDelta = new BigInteger[n + 1];
        powersOfDelta[0] = BigInteger.ONE;
        for (int j = 1; j <= n; j++) {
            powersOfDelta[j] = powersOfDelta[j - 1].multiply(delta);
        }
        BigInteger[][] binomial = binomials(n);
        BigInteger[] r = new BigInteger[] {c[n]};
        for (int k = n - 1; k >= 0; k--) {
            // r ← r · (α + βt) + c_k δ^{n−k} (1 + t)^{n−k}
            int j = n - k;
            BigInteger[] next = new BigInteger[j + 1];
            java.util.Arrays.fill(next, BigInteger.ZERO);
            for (int i = 0; i < r.length; i++) {
                next[i] = next[i].add(r[i].multiply(alpha));
                next[i + 1] = next[i + 1].add(r[i].multiply(beta));
            }
            if (c[k].signum() != 0) {
                BigInteger scale = c[k].multiply(powersOfDelta[j]);
                for (int i = 0; i <= j; i++) {
                    next[i] = next[i].add(scale.multiply(binomial[j][i]));
                }
            }
            r = next;
        }
        return r;
    }

    private static BigInteger[][] binomials(int n) {
        BigInteger[][] b = new BigInteger[n + 1][];
        for (int j = 0; j <= n; j++) {
            b[j] = new BigInteger[j + 1];
            b[j][0] = BigInteger.ONE;
            b[j][j] = BigInteger.ONE;
            for (int i = 1; i < j; i++) {
                b[j][i] = b[j - 1][i - 1].add(b[j - 1][i]);
            }
        }
        return b;
    }

    private static int signChanges(BigInteger[] p) {
        int changes = 0;
        int last = 0;
        for (BigInteger x : p) {
            int s = x.signum();
            if (s != 0) {
                if (last != 0 && s != last) {
                    changes++;
                }
                last = s;
            }
        }
        return changes;
    }
}
