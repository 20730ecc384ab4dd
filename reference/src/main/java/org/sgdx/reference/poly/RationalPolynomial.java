package org.sgdx.reference.poly;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An immutable polynomial {@code Σ a_n z^n} in the monomial basis with exact rational coefficients.
 *
 * <p>The coefficient list never has trailing zeros; the zero polynomial has degree {@code -1}.
 */
public final class RationalPolynomial {

    public static final RationalPolynomial ZERO = new RationalPolynomial(new BigFraction[0]);
    public static final RationalPolynomial ONE = constant(BigFraction.ONE);
    /** The identity {@code z}. */
    public static final RationalPolynomial Z = of(BigFraction.ZERO, BigFraction.ONE);

    private final BigFraction[] coefficients;
    /**
     * Cache of {@link #scaledNumerators()}: {@code L c_0, …, L c_n, L}; computed at most once per thread, the same
     * by all.
     */
    private volatile BigInteger[] numerators;

    private RationalPolynomial(BigFraction[] trimmed) {
        this.coefficients = trimmed;
    }

    /** The polynomial {@code Σ a_n z^n} with the given coefficients {@code a_0, a_1, ...}. */
    public static RationalPolynomial of(BigFraction... coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1].signum() == 0) {
            n--;
        }
        BigFraction[] copy = new BigFraction[n];
        for (int i = 0; i < n; i++) {
            copy[i] = Objects.requireNonNull(coefficients[i], "coefficient");
        }
        return new RationalPolynomial(copy);
    }

    /** The polynomial with the given coefficients {@code a_0, a_1, ...}. */
    public static RationalPolynomial of(List<BigFraction> coefficients) {
        return of(coefficients.toArray(new BigFraction[0]));
    }

    /** The polynomial with integer coefficients {@code a_0, a_1, ...}. */
    public static RationalPolynomial ofIntegers(long... coefficients) {
        BigFraction[] c = new BigFraction[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = BigFraction.of(coefficients[i]);
        }
        return of(c);
    }

    /** The constant polynomial {@code c}. */
    public static RationalPolynomial constant(BigFraction c) {
        return of(c);
    }

    /** The monomial {@code c z^n}. */
    public static RationalPolynomial monomial(BigFraction c, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative degree " + n);
        }
        BigFraction[] a = new BigFraction[n + 1];
        Arrays.fill(a, BigFraction.ZERO);
        a[n] = c;
        return of(a);
    }

    /** The degree; {@code -1} for the zero polynomial. */
    public int degree() {
        return coefficients.length - 1;
    }

    public boolean isZero() {
        return coefficients.length == 0;
    }

    /** Whether the polynomial is a constant (including zero). */
    public boolean isConstant() {
        return coefficients.length <= 1;
    }

    /** The coefficient of {@code z^n} (zero beyond the degree). */
    public BigFraction coefficient(int n) {
        return n >= 0 && n < coefficients.length ? coefficients[n] : BigFraction.ZERO;
    }

    /** The leading coefficient; zero for the zero polynomial. */
    public BigFraction leadingCoefficient() {
        return isZero() ? BigFraction.ZERO : coefficients[coefficients.length - 1];
    }

    /** The coefficients {@code a_0 .. a_degree} as a new list. */
    public List<BigFraction> coefficients() {
        return List.of(coefficients);
    }

    public RationalPolynomial add(RationalPolynomial other) {
        int n = Math.max(coefficients.length, other.coefficients.length);
        BigFraction[] s = new BigFraction[n];
        for (int i = 0; i < n; i++) {
            s[i] = coefficient(i).add(other.coefficient(i));
        }
        return of(s);
    }

    public RationalPolynomial negate() {
        BigFraction[] s = new BigFraction[coefficients.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = coefficients[i].negate();
        }
        return new RationalPolynomial(s);
    }

    public RationalPolynomial subtract(RationalPolynomial other) {
        return add(other.negate());
    }

    public RationalPolynomial multiply(BigFraction c) {
        if (c.signum() == 0) {
            return ZERO;
        }
        BigFraction[] s = new BigFraction[coefficients.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = coefficients[i].multiply(c);
        }
        return new RationalPolynomial(s);
    }

    public RationalPolynomial multiply(RationalPolynomial other) {
        if (isZero() || other.isZero()) {
            return ZERO;
        }
        BigFraction[] s = new BigFraction[coefficients.length + other.coefficients.length - 1];
        Arrays.fill(s, BigFraction.ZERO);
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i].signum() == 0) {
                continue;
            }
            for (int j = 0; j < other.coefficients.length; j++) {
                s[i + j] = s[i + j].add(coefficients[i].multiply(other.coefficients[j]));
            }
        }
        return of(s);
    }

    /** {@code p^n} for {@code n ≥ 0}, by repeated squaring. */
    public RationalPolynomial pow(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative exponent " + n);
        }
        RationalPolynomial result = ONE;
        RationalPolynomial base = this;
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

    /** The composition {@code p(q(z))}, by Horner's scheme. */
    public RationalPolynomial compose(RationalPolynomial inner) {
        RationalPolynomial result = ZERO;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            result = result.multiply(inner).add(constant(coefficients[i]));
        }
        return result;
    }

    /** The derivative {@code p'}. */
    public RationalPolynomial derivative() {
        if (coefficients.length <= 1) {
            return ZERO;
        }
        BigFraction[] d = new BigFraction[coefficients.length - 1];
        for (int i = 1; i < coefficients.length; i++) {
            d[i - 1] = coefficients[i].multiply(i);
        }
        return of(d);
    }

    /** {@code p(-z)}. */
    public RationalPolynomial reflect() {
        BigFraction[] r = new BigFraction[coefficients.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (i % 2 == 0) ? coefficients[i] : coefficients[i].negate();
        }
        return new RationalPolynomial(r);
    }

    /** Whether {@code p(-z) = p(z)} identically. */
    public boolean isEven() {
        for (int i = 1; i < coefficients.length; i += 2) {
            if (coefficients[i].signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code p(-z) = -p(z)} identically. */
    public boolean isOdd() {
        for (int i = 0; i < coefficients.length; i += 2) {
            if (coefficients[i].signum() != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Division with remainder: returns {@code {q, r}} with {@code this = q·divisor + r} and
     * {@code deg r < deg divisor}.
     */
    public RationalPolynomial[] divideAndRemainder(RationalPolynomial divisor) {
        if (divisor.isZero()) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        RationalPolynomial q = ZERO;
        RationalPolynomial r = this;
        BigFraction lead = divisor.leadingCoefficient();
        while (!r.isZero() && r.degree() >= divisor.degree()) {
            RationalPolynomial t = monomial(r.leadingCoefficient().divide(lead), r.degree() - divisor.degree());
            q = q.add(t);
            r = r.subtract(t.multiply(divisor));
        }
        return new RationalPolynomial[] {q, r};
    }

    /**
     * The number of distinct real roots in the open half-line {@code (0, ∞)}, by Sturm's theorem; the zero
     * polynomial throws.
     */
    public int countPositiveRoots() {
        if (isZero()) {
            throw new ArithmeticException("the zero polynomial vanishes everywhere");
        }
        RationalPolynomial p = this;
        while (p.coefficient(0).signum() == 0) {
            p = p.divideAndRemainder(Z)[0];
        }
        if (p.degree() == 0) {
            return 0;
        }
        List<RationalPolynomial> chain = new java.util.ArrayList<>();
        chain.add(p);
        chain.add(p.derivative());
        while (chain.get(chain.size() - 1).degree() > 0) {
            RationalPolynomial a = chain.get(chain.size() - 2);
            RationalPolynomial b = chain.get(chain.size() - 1);
            RationalPolynomial r = a.divideAndRemainder(b)[1].negate();
            if (r.isZero()) {
                break;
            }
            chain.add(r);
        }
        int atZero = 0;
        int atInfinity = 0;
        int lastZero = 0;
        int lastInfinity = 0;
        for (RationalPolynomial c : chain) {
            int s0 = c.coefficient(0).signum();
            int sInf = c.leadingCoefficient().signum();
            if (s0 != 0) {
                if (lastZero != 0 && s0 != lastZero) {
                    atZero++;
                }
                lastZero = s0;
            }
            if (lastInfinity != 0 && sInf != lastInfinity) {
                atInfinity++;
            }
            lastInfinity = sInf;
        }
        return atZero - atInfinity;
    }

    /** The number of distinct real roots in {@code (−∞, 0)}. */
    public int countNegativeRoots() {
        return reflect().countPositiveRoots();
    }

    /**
     * Exact value at a rational point {@code z = p/q}: Horner's scheme on integers,
     * {@code f(z) = (Σ a_i p^i q^{n−i}) / (L q^n)} with {@code a_i = L c_i} and {@code L} the common denominator, so
     * that only the result is reduced.
     */
    public BigFraction evaluate(BigFraction z) {
        int n = coefficients.length - 1;
        if (n < 0) {
            return BigFraction.ZERO;
        }
        BigInteger[] a = scaledNumerators();
        BigInteger p = z.getNumerator();
        BigInteger q = z.getDenominator();
        BigInteger acc = a[n];
        BigInteger qPower = BigInteger.ONE;
        for (int i = n - 1; i >= 0; i--) {
            qPower = qPower.multiply(q);
            acc = acc.multiply(p);
            if (a[i].signum() != 0) {
                acc = acc.add(a[i].multiply(qPower));
            }
        }
        return BigFraction.of(acc, a[n + 1].multiply(q.pow(n)));
    }

    /** {@code L c_0, …, L c_n} and {@code L}, integers, for {@link #evaluate(BigFraction)}. */
    private BigInteger[] scaledNumerators() {
        BigInteger[] a = numerators;
        if (a == null) {
            BigInteger l = commonDenominator();
            a = new BigInteger[coefficients.length + 1];
            for (int i = 0; i < coefficients.length; i++) {
                a[i] = coefficients[i].getNumerator().multiply(l.divide(coefficients[i].getDenominator()));
            }
            a[coefficients.length] = l;
            numerators = a;
        }
        return a;
    }

    /** Value at {@code z}, each Horner step rounded to {@code mc}. */
    public BigDecimal evaluate(BigDecimal z, MathContext mc) {
        BigDecimal r = BigDecimal.ZERO;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            r = r.multiply(z, mc).add(toBigDecimal(coefficients[i], mc), mc);
        }
        return r;
    }

    /** Double-precision value at {@code z} by Horner's scheme. */
    public double evaluate(double z) {
        double r = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            r = r * z + coefficients[i].doubleValue();
        }
        return r;
    }

    /** The least common multiple of the coefficient denominators. */
    public BigInteger commonDenominator() {
        BigInteger l = BigInteger.ONE;
        for (BigFraction c : coefficients) {
            BigInteger d = c.getDenominator();
            l = l.divide(l.gcd(d)).multiply(d);
        }
        return l;
    }

    private static BigDecimal toBigDecimal(BigFraction f, MathContext mc) {
        return new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()), mc);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RationalPolynomial p && Arrays.equals(coefficients, p.coefficients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients);
    }

    /** A readable form such as {@code z^3 - 3*z}. */
    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = coefficients.length - 1; i >= 0; i--) {
            BigFraction c = coefficients[i];
            if (c.signum() == 0) {
                continue;
            }
            boolean negative = c.signum() < 0;
            BigFraction abs = c.abs();
            String mono = i == 0 ? "" : (i == 1 ? "z" : "z^" + i);
            String coeff;
            if (i > 0 && abs.equals(BigFraction.ONE)) {
                coeff = "";
            } else {
                coeff = abs.getDenominator().equals(BigInteger.ONE)
                        ? abs.getNumerator().toString()
                        : "(" + abs.getNumerator() + "/" + abs.getDenominator() + ")";
                if (i > 0) {
                    coeff += "*";
                }
            }
            if (sb.length() == 0) {
                sb.append(negative ? "-" : "");
            } else {
                sb.append(negative ? " - " : " + ");
            }
            sb.append(coeff).append(mono);
        }
        return sb.toString();
    }
}
