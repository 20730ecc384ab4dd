package org.sgdx.reference.hermite;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.poly.Hermite;
import org.sgdx.reference.poly.RationalPolynomial;

/**
 * An immutable finite Hermite expansion {@code f = Σ_k u_k He_k} with rational coefficients in the paper's
 * convention {@code u_k = E[f He_k] / k!} (MATH.md §2). The normalised coefficients are
 * {@code c_k = E[f h_k] = √(k!) u_k}, and {@code E f² = Σ k! u_k² = Σ c_k²}.
 *
 * <p>Every polynomial with rational coefficients has exactly one such expansion; the change of basis is
 * exact in both directions ({@link #ofPolynomial(RationalPolynomial)}, {@link #toPolynomial()}). Products
 * use the linearisation {@code He_m He_n = Σ_r C(m,r) C(n,r) r! He_{m+n−2r}}.
 *
 * <p>The coefficient list never has trailing zeros; the zero series has degree {@code -1}.
 */
public final class HermiteSeries {

    /** The zero function. */
    public static final HermiteSeries ZERO = new HermiteSeries(new BigFraction[0]);
    /** The constant 1 = {@code He_0}. */
    public static final HermiteSeries ONE = new HermiteSeries(new BigFraction[] {BigFraction.ONE});

    private final BigFraction[] u;

    private HermiteSeries(BigFraction[] trimmed) {
        this.u = trimmed;
    }

    /** The series {@code Σ u_k He_k} with the given {@code u_0, u_1, ...}. */
    public static HermiteSeries of(BigFraction... u) {
        BigFraction[] c = new BigFraction[u.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = Objects.requireNonNull(u[k], "coefficient");
        }
        return trim(c);
    }

    /** The series with the given {@code u_0, u_1, ...}. */
    public static HermiteSeries of(List<BigFraction> u) {
        return of(u.toArray(new BigFraction[0]));
    }

    /** The series with integer coefficients {@code u_0, u_1, ...}. */
    public static HermiteSeries ofIntegers(long... u) {
        BigFraction[] c = new BigFraction[u.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = BigFraction.of(u[k]);
        }
        return trim(c);
    }

    /** The single polynomial {@code He_k}. */
    public static HermiteSeries he(int k) {
        return he(BigFraction.ONE, k);
    }

    /** {@code a He_k}. */
    public static HermiteSeries he(BigFraction a, int k) {
        Hermite.checkDegree(k);
        BigFraction[] c = zeros(k + 1);
        c[k] = Objects.requireNonNull(a, "a");
        return trim(c);
    }

    /**
     * The Hermite expansion of a polynomial, exactly, from
     * {@code z^n = Σ_{j ≤ n/2} n! / (2^j j! (n−2j)!) He_{n−2j}}.
     */
    public static HermiteSeries ofPolynomial(RationalPolynomial p) {
        int d = p.degree();
        if (d < 0) {
            return ZERO;
        }
        BigFraction[] c = zeros(d + 1);
        for (int n = 0; n <= d; n++) {
            BigFraction a = p.coefficient(n);
            if (a.signum() == 0) {
                continue;
            }
            BigInteger t = BigInteger.ONE;
            for (int j = 0; 2 * j <= n; j++) {
                if (j > 0) {
                    t = t.multiply(BigInteger.valueOf((long) (n - 2 * j + 2) * (n - 2 * j + 1)))
                            .divide(BigInteger.valueOf(2L * j));
                }
                c[n - 2 * j] = c[n - 2 * j].add(a.multiply(t));
            }
        }
        return trim(c);
    }

    /** The same function in the monomial basis, exactly. */
    public RationalPolynomial toPolynomial() {
        if (u.length == 0) {
            return RationalPolynomial.ZERO;
        }
        BigInteger[][] he = Hermite.heCoefficientsUpTo(u.length - 1);
        BigFraction[] a = zeros(u.length);
        for (int k = 0; k < u.length; k++) {
            if (u[k].signum() == 0) {
                continue;
            }
            for (int n = 0; n <= k; n++) {
                if (he[k][n].signum() != 0) {
                    a[n] = a[n].add(u[k].multiply(he[k][n]));
                }
            }
        }
        return RationalPolynomial.of(a);
    }

    /** The degree; {@code -1} for zero. */
    public int degree() {
        return u.length - 1;
    }

    public boolean isZero() {
        return u.length == 0;
    }

    /** {@code u_k = E[f He_k] / k!} (zero beyond the degree). */
    public BigFraction u(int k) {
        Hermite.checkDegree(k);
        return k < u.length ? u[k] : BigFraction.ZERO;
    }

    /** {@code c_k = E[f h_k] = √(k!) u_k}, an exact number with radicand {@code k!}. */
    public ExactNumber c(int k) {
        BigFraction uk = u(k);
        return uk.signum() == 0 ? ExactNumber.ZERO : ExactNumber.sqrt(Hermite.factorial(k)).multiply(uk);
    }

    /** The coefficients {@code u_0 .. u_degree}. */
    public List<BigFraction> coefficients() {
        return List.of(u);
    }

    /**
     * The smallest {@code k ≥ from} with {@code u_k ≠ 0}, if any. With {@code from = 1} this is the information
     * exponent of the polynomial (MATH.md §3).
     */
    public OptionalInt firstNonZeroIndex(int from) {
        for (int k = Math.max(from, 0); k < u.length; k++) {
            if (u[k].signum() != 0) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code E[f(Z)] = u_0}. */
    public BigFraction expectation() {
        return u(0);
    }

    /** {@code E[f(Z)²] = Σ k! u_k²}. */
    public BigFraction normSquared() {
        return innerProduct(this);
    }

    /** {@code E[f(Z) g(Z)] = Σ k! u_k(f) u_k(g)}. */
    public BigFraction innerProduct(HermiteSeries g) {
        BigFraction s = BigFraction.ZERO;
        BigInteger f = BigInteger.ONE;
        int n = Math.min(u.length, g.u.length);
        for (int k = 0; k < n; k++) {
            if (k > 1) {
                f = f.multiply(BigInteger.valueOf(k));
            }
            if (u[k].signum() != 0 && g.u[k].signum() != 0) {
                s = s.add(u[k].multiply(g.u[k]).multiply(f));
            }
        }
        return s;
    }

    public HermiteSeries add(HermiteSeries g) {
        BigFraction[] c = zeros(Math.max(u.length, g.u.length));
        for (int k = 0; k < c.length; k++) {
            c[k] = u(k).add(g.u(k));
        }
        return trim(c);
    }

    public HermiteSeries negate() {
        BigFraction[] c = new BigFraction[u.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = u[k].negate();
        }
        return new HermiteSeries(c);
    }

    public HermiteSeries subtract(HermiteSeries g) {
        return add(g.negate());
    }

    public HermiteSeries multiply(BigFraction a) {
        if (a.signum() == 0) {
            return ZERO;
        }
        BigFraction[] c = new BigFraction[u.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = u[k].multiply(a);
        }
        return new HermiteSeries(c);
    }

    /** The derivative, from {@code He_k' = k He_{k−1}}. */
    public HermiteSeries derivative() {
        if (u.length <= 1) {
            return ZERO;
        }
        BigFraction[] c = new BigFraction[u.length - 1];
        for (int k = 1; k < u.length; k++) {
            c[k - 1] = u[k].multiply(k);
        }
        return trim(c);
    }

    /**
     * The product {@code He_m He_n = Σ_{r=0}^{min(m,n)} C(m,r) C(n,r) r! He_{m+n−2r}} as a series.
     */
    public static HermiteSeries heProduct(int m, int n) {
        Hermite.checkDegree(m);
        Hermite.checkDegree(n);
        BigInteger[] w = linearisation(m, n);
        BigFraction[] c = zeros(m + n + 1);
        for (int r = 0; r < w.length; r++) {
            c[m + n - 2 * r] = BigFraction.of(w[r]);
        }
        return trim(c);
    }

    /** The weights {@code C(m,r) C(n,r) r!} for {@code r = 0..min(m,n)}. */
    private static BigInteger[] linearisation(int m, int n) {
        int rMax = Math.min(m, n);
        BigInteger[] w = new BigInteger[rMax + 1];
        w[0] = BigInteger.ONE;
        for (int r = 0; r < rMax; r++) {
            w[r + 1] = w[r].multiply(BigInteger.valueOf((long) (m - r) * (n - r))).divide(BigInteger.valueOf(r + 1));
        }
        return w;
    }

    /** The product of two series, exactly, term by term with the linearisation formula. */
    public HermiteSeries multiply(HermiteSeries g) {
        if (isZero() || g.isZero()) {
            return ZERO;
        }
        BigFraction[] c = zeros(u.length + g.u.length - 1);
        for (int m = 0; m < u.length; m++) {
            if (u[m].signum() == 0) {
                continue;
            }
            for (int n = 0; n < g.u.length; n++) {
                if (g.u[n].signum() == 0) {
                    continue;
                }
                BigFraction a = u[m].multiply(g.u[n]);
                BigInteger[] w = linearisation(m, n);
                for (int r = 0; r < w.length; r++) {
                    c[m + n - 2 * r] = c[m + n - 2 * r].add(a.multiply(w[r]));
                }
            }
        }
        return trim(c);
    }

    /** {@code f^n}, {@code n ≥ 0}, by square-and-multiply with the linearisation formula. */
    public HermiteSeries pow(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("exponent must be >= 0: " + n);
        }
        HermiteSeries result = ONE;
        HermiteSeries base = this;
        for (int e = n; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.multiply(base);
            }
            if (e > 1) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    private static BigFraction[] zeros(int n) {
        BigFraction[] c = new BigFraction[n];
        Arrays.fill(c, BigFraction.ZERO);
        return c;
    }

    private static HermiteSeries trim(BigFraction[] c) {
        int n = c.length;
        while (n > 0 && c[n - 1].signum() == 0) {
            n--;
        }
        return n == 0 ? ZERO : new HermiteSeries(n == c.length ? c : Arrays.copyOf(c, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HermiteSeries s && Arrays.equals(u, s.u);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(u);
    }

    /** A readable form such as {@code He_6 + 9*He_4 + 18*He_2 + 6}, highest degree first. */
    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = u.length - 1; k >= 0; k--) {
            BigFraction c = u[k];
            if (c.signum() == 0) {
                continue;
            }
            if (sb.length() == 0) {
                sb.append(c.signum() < 0 ? "-" : "");
            } else {
                sb.append(c.signum() < 0 ? " - " : " + ");
            }
            BigFraction a = c.abs();
            String num = a.getDenominator().equals(BigInteger.ONE)
                    ? a.getNumerator().toString() : "(" + a.getNumerator() + "/" + a.getDenominator() + ")";
            if (k == 0) {
                sb.append(num);
            } else {
                sb.append(a.equals(BigFraction.ONE) ? "" : num + "*").append("He_").append(k);
            }
        }
        return sb.toString();
    }
}
