package org.sgdx.reference.exact;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact real number {@code x = √s · Σ_{j=0}^{J} r_j ω^j} with {@code ω = 1/√(2π)}, a positive integer radicand
 * {@code s} and rational {@code r_j} (MATH.md §2). Gaussian half-line moments and the Hermite coefficients of
 * functions with their breakpoints at 0 lie in {@code ℚ[ω]} (radicand 1); the normalised coefficients
 * {@code c_k = √(k!) u_k} carry the radicand {@code k!}.
 *
 * <p><b>Exact zero test.</b> Since π is transcendental, so is ω, and a polynomial in ω with rational
 * coefficients vanishes only when all its coefficients do. Hence {@code x = 0} if and only if every {@code r_j}
 * is zero, which {@link #isZero()} decides exactly. Likewise a non-zero value with {@code J ≥ 1} is transcendental,
 * and {@code √s · r_0} is irrational for a non-square {@code s}: a non-zero value is never a decimal boundary
 * unless it is rational, so {@link #signum()} and {@link #toBigDecimal(MathContext)} always terminate.
 *
 * <p><b>Representation.</b> Trailing zero {@code r_j} are trimmed, a square radicand is absorbed into the
 * {@code r_j}, and zero has radicand 1. The radicand is not reduced further ({@code √8} stays {@code √8}; see
 * {@link #withRadicand(BigInteger)}), but {@link #equals(Object)} compares values, exactly: {@code √8} equals
 * {@code 2√2}. Instances are immutable.
 */
public final class ExactNumber {

    /** The number 0. */
    public static final ExactNumber ZERO = new ExactNumber(BigInteger.ONE, new BigFraction[0]);
    /** The number 1. */
    public static final ExactNumber ONE = of(BigFraction.ONE);
    /** {@code ω = 1/√(2π) = φ(0)}. */
    public static final ExactNumber OMEGA = ofOmegaPower(1);

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final BigInteger radicand;
    /** {@code r_0 .. r_J}, no trailing zero; empty for zero. */
    private final BigFraction[] r;

    private ExactNumber(BigInteger radicand, BigFraction[] trimmed) {
        this.radicand = radicand;
        this.r = trimmed;
    }

    /**
     * The number {@code √s · Σ r_j ω^j}.
     *
     * @param radicand {@code s ≥ 1}
     * @param r the coefficients {@code r_0, r_1, ...} of the powers of ω
     * @throws IllegalArgumentException if {@code s < 1}
     */
    public static ExactNumber of(BigInteger radicand, List<BigFraction> r) {
        Objects.requireNonNull(radicand, "radicand");
        if (radicand.signum() <= 0) {
            throw new IllegalArgumentException("radicand must be positive: " + radicand);
        }
        BigFraction[] c = r.toArray(new BigFraction[0]);
        for (BigFraction x : c) {
            Objects.requireNonNull(x, "coefficient");
        }
        return normalise(radicand, c);
    }

    /** The rational number {@code q}. */
    public static ExactNumber of(BigFraction q) {
        return normalise(BigInteger.ONE, new BigFraction[] {Objects.requireNonNull(q, "q")});
    }

    /** The integer {@code n}. */
    public static ExactNumber of(long n) {
        return of(BigFraction.of(n));
    }

    /** The element {@code Σ r_j ω^j} of {@code ℚ[ω]}. */
    public static ExactNumber ofOmegaPolynomial(BigFraction... r) {
        return of(BigInteger.ONE, Arrays.asList(r));
    }

    /** {@code ω^j = (2π)^{-j/2}}, {@code j ≥ 0}. */
    public static ExactNumber ofOmegaPower(int j) {
        return ofOmegaPower(BigFraction.ONE, j);
    }

    /** {@code c · ω^j}, {@code j ≥ 0}. */
    public static ExactNumber ofOmegaPower(BigFraction c, int j) {
        if (j < 0) {
            throw new IllegalArgumentException("power of omega must be >= 0: " + j);
        }
        BigFraction[] a = new BigFraction[j + 1];
        Arrays.fill(a, BigFraction.ZERO);
        a[j] = Objects.requireNonNull(c, "c");
        return normalise(BigInteger.ONE, a);
    }

    /** {@code √s} for an integer {@code s ≥ 1}. */
    public static ExactNumber sqrt(BigInteger s) {
        return of(s, List.of(BigFraction.ONE));
    }

    private static ExactNumber normalise(BigInteger radicand, BigFraction[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1].signum() == 0) {
            n--;
        }
        if (n == 0) {
            return ZERO;
        }
        BigFraction[] c = Arrays.copyOf(a, n);
        BigInteger[] root = radicand.sqrtAndRemainder();
        if (root[1].signum() == 0 && !radicand.equals(BigInteger.ONE)) {
            for (int j = 0; j < n; j++) {
                c[j] = c[j].multiply(root[0]);
            }
            return new ExactNumber(BigInteger.ONE, c);
        }
        return new ExactNumber(radicand, c);
    }

    /** The radicand {@code s} (1 for zero and for every element of {@code ℚ[ω]}). */
    public BigInteger radicand() {
        return radicand;
    }

    /** The coefficient {@code r_j} of {@code ω^j} (zero beyond {@link #omegaDegree()}). */
    public BigFraction coefficient(int j) {
        return j >= 0 && j < r.length ? r[j] : BigFraction.ZERO;
    }

    /** The coefficients {@code r_0 .. r_J}, empty for zero. */
    public List<BigFraction> coefficients() {
        return List.of(r);
    }

    /** The largest {@code J} with {@code r_J ≠ 0}; {@code -1} for zero. */
    public int omegaDegree() {
        return r.length - 1;
    }

    /** Whether the number is zero; exact (see the class comment). */
    public boolean isZero() {
        return r.length == 0;
    }

    /** Whether the number is rational: zero, or {@code r_0} alone with radicand 1. */
    public boolean isRational() {
        return r.length <= 1 && radicand.equals(BigInteger.ONE);
    }

    /**
     * The value as a fraction.
     *
     * @throws ArithmeticException if the number is not {@linkplain #isRational() rational}
     */
    public BigFraction rationalValue() {
        if (!isRational()) {
            throw new ArithmeticException("not rational: " + this);
        }
        return coefficient(0);
    }

    public ExactNumber negate() {
        BigFraction[] c = new BigFraction[r.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = r[j].negate();
        }
        return new ExactNumber(radicand, c);
    }

    /** {@code |x|}. */
    public ExactNumber abs() {
        return signum() < 0 ? negate() : this;
    }

    /**
     * The sum; exact.
     *
     * @throws IllegalArgumentException if both operands are non-zero with different radicands
     */
    public ExactNumber add(ExactNumber o) {
        if (o.isZero()) {
            return this;
        }
        if (isZero()) {
            return o;
        }
        if (!radicand.equals(o.radicand)) {
            throw new IllegalArgumentException(
                    "cannot add numbers with radicands " + radicand + " and " + o.radicand);
        }
        int n = Math.max(r.length, o.r.length);
        BigFraction[] c = new BigFraction[n];
        for (int j = 0; j < n; j++) {
            c[j] = coefficient(j).add(o.coefficient(j));
        }
        return normalise(radicand, c);
    }

    /**
     * The difference; exact.
     *
     * @throws IllegalArgumentException if both operands are non-zero with different radicands
     */
    public ExactNumber subtract(ExactNumber o) {
        return add(o.negate());
    }

    /** The product by a rational; exact. */
    public ExactNumber multiply(BigFraction q) {
        if (q.signum() == 0 || isZero()) {
            return ZERO;
        }
        BigFraction[] c = new BigFraction[r.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = r[j].multiply(q);
        }
        return new ExactNumber(radicand, c);
    }

    /**
     * The product; exact. Radicands multiply: {@code √s √t = g √((s/g)(t/g))} with {@code g = gcd(s, t)}, and
     * the ω-polynomials multiply.
     */
    public ExactNumber multiply(ExactNumber o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        BigInteger g = radicand.gcd(o.radicand);
        BigInteger s = radicand.divide(g).multiply(o.radicand.divide(g));
        BigFraction[] c = new BigFraction[r.length + o.r.length - 1];
        Arrays.fill(c, BigFraction.ZERO);
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < o.r.length; j++) {
                c[i + j] = c[i + j].add(r[i].multiply(o.r[j]));
            }
        }
        if (!g.equals(BigInteger.ONE)) {
            for (int j = 0; j < c.length; j++) {
                c[j] = c[j].multiply(g);
            }
        }
        return normalise(s, c);
    }

    /** {@code x² = s · (Σ r_j ω^j)²}, an element of {@code ℚ[ω]}; exact. */
    public ExactNumber square() {
        return multiply(this);
    }

    /**
     * The same value written with the radicand {@code t}: {@code √s · A = √t · (√(s/t) · A)}. A square
     * {@code t} is absorbed as in every factory, so the result then has radicand 1.
     *
     * @throws IllegalArgumentException if {@code t < 1}, or if {@code s/t} is not the square of a rational
     *     (then the value has no such form)
     */
    public ExactNumber withRadicand(BigInteger t) {
        if (t.signum() <= 0) {
            throw new IllegalArgumentException("radicand must be positive: " + t);
        }
        if (isZero() || t.equals(radicand)) {
            return this;
        }
        BigFraction q = BigFraction.of(radicand, t);
        BigInteger[] num = q.getNumerator().sqrtAndRemainder();
        BigInteger[] den = q.getDenominator().sqrtAndRemainder();
        if (num[1].signum() != 0 || den[1].signum() != 0) {
            throw new IllegalArgumentException(
                    "sqrt(" + radicand + ") is not a rational multiple of sqrt(" + t + ")");
        }
        BigFraction f = BigFraction.of(num[0], den[0]);
        BigFraction[] c = new BigFraction[r.length];
        for (int j = 0; j < c.length; j++) {
            c[j] = r[j].multiply(f);
        }
        return normalise(t, c);
    }

    /**
     * The sign: exact for zero and for rationals; otherwise decided from enclosures of the value at increasing
     * working precision until one excludes zero, which terminates because a non-zero number is never confused
     * with zero (class comment).
     */
    public int signum() {
        if (r.length <= 1) {
            return r.length == 0 ? 0 : r[0].signum();
        }
        for (int w = 24;; w *= 2) {
            BigDecimal[] e = sumEnclosure(w);
            if (e[0].signum() > 0) {
                return 1;
            }
            if (e[1].signum() < 0) {
                return -1;
            }
        }
    }

    /**
     * The value rounded to {@code mc}. The result is the correct rounding of the exact value in the rounding mode
     * of {@code mc}: the value is enclosed in an interval at a working precision with guard digits (ω from
     * big-math's π and square root, every error bounded), and the precision is raised until both ends of the
     * interval round to the same number. For a rational value the division is rounded directly.
     *
     * @throws IllegalArgumentException if {@code mc} has unlimited precision and the value is irrational
     * @throws ArithmeticException if the rounding mode is {@code UNNECESSARY} and the value is not representable
     */
    public BigDecimal toBigDecimal(MathContext mc) {
        Objects.requireNonNull(mc, "mc");
        if (isRational()) {
            BigFraction q = coefficient(0);
            return new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()), mc);
        }
        if (mc.getPrecision() == 0) {
            throw new IllegalArgumentException("an irrational number needs a finite precision: " + this);
        }
        if (mc.getRoundingMode() == RoundingMode.UNNECESSARY) {
            throw new ArithmeticException("irrational number " + this + " cannot be represented exactly");
        }
        int p = mc.getPrecision();
        for (int guard = 12;; guard *= 2) {
            int w = p + guard;
            BigDecimal[] e = sumEnclosure(w);
            if (e[0].signum() <= 0 && e[1].signum() >= 0) {
                continue;
            }
            if (!radicand.equals(BigInteger.ONE)) {
                e = scaleBySqrtRadicand(e, w);
            }
            BigDecimal lo = e[0].round(mc);
            BigDecimal hi = e[1].round(mc);
            if (lo.compareTo(hi) == 0) {
                return lo;
            }
        }
    }

    /**
     * A double within one unit in the last place of the value: the value rounded to {@link #DOUBLE_DIGITS}
     * significant digits (relative error below {@code 10⁻¹⁹}), then to the nearest double.
     */
    public double doubleValue() {
        return toBigDecimal(DOUBLE_DIGITS).doubleValue();
    }

    /**
     * The decimal precision from which {@link #doubleValue} rounds: 20 digits, so that the decimal rounding adds at
     * most {@code 0.0005} ulp to the final rounding's half ulp (16 digits could add more than two ulps near a power of
     * ten).
     */
    static final MathContext DOUBLE_DIGITS = new MathContext(20, RoundingMode.HALF_EVEN);

    /**
     * An interval {@code [lo, hi]} containing {@code S = Σ r_j ω^j}, computed at {@code w} significant digits.
     * Every rounded operation has relative error at most {@code u = 10^{1-w}} and big-math's π and square root
     * are assumed accurate to {@code 10u}; then ω has relative error below {@code 25u}, each term
     * {@code r_j ω^j} below {@code 30(j+1)u}, and the rounded sum is within {@code 31(J+1)u Σ|t_j|} of S. The
     * bound used, {@code 100(J+1)u Σ|t_j|}, leaves a wide margin.
     */
    private BigDecimal[] sumEnclosure(int w) {
        MathContext mcw = new MathContext(w, RoundingMode.HALF_EVEN);
        BigDecimal omega = omega(mcw);
        BigDecimal power = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal absSum = BigDecimal.ZERO;
        for (int j = 0; j < r.length; j++) {
            if (j > 0) {
                power = power.multiply(omega, mcw);
            }
            if (r[j].signum() != 0) {
                BigDecimal t = toBigDecimal(r[j], mcw).multiply(power, mcw);
                sum = sum.add(t, mcw);
                absSum = absSum.add(t.abs(), mcw);
            }
        }
        BigDecimal err = absSum.multiply(BigDecimal.valueOf(100L * r.length))
                .multiply(BigDecimal.ONE.scaleByPowerOfTen(1 - w))
                .round(new MathContext(8, RoundingMode.CEILING));
        return new BigDecimal[] {
            sum.subtract(err, new MathContext(w, RoundingMode.FLOOR)),
            sum.add(err, new MathContext(w, RoundingMode.CEILING))
        };
    }

    /** {@code √s · [lo, hi]} for an interval not containing 0, rounded outward (√s accurate to 10u assumed). */
    private BigDecimal[] scaleBySqrtRadicand(BigDecimal[] e, int w) {
        MathContext down = new MathContext(w, RoundingMode.FLOOR);
        MathContext up = new MathContext(w, RoundingMode.CEILING);
        BigDecimal root = BigDecimalMath.sqrt(new BigDecimal(radicand), new MathContext(w, RoundingMode.HALF_EVEN));
        BigDecimal slack = BigDecimal.ONE.scaleByPowerOfTen(3 - w);
        BigDecimal rootLo = root.multiply(BigDecimal.ONE.subtract(slack), down);
        BigDecimal rootHi = root.multiply(BigDecimal.ONE.add(slack), up);
        if (e[0].signum() > 0) {
            return new BigDecimal[] {e[0].multiply(rootLo, down), e[1].multiply(rootHi, up)};
        }
        return new BigDecimal[] {e[0].multiply(rootHi, down), e[1].multiply(rootLo, up)};
    }

    private static BigDecimal omega(MathContext mc) {
        BigDecimal twoPi = BigDecimalMath.pi(mc).multiply(TWO, mc);
        return BigDecimal.ONE.divide(BigDecimalMath.sqrt(twoPi, mc), mc);
    }

    private static BigDecimal toBigDecimal(BigFraction q, MathContext mc) {
        return new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()), mc);
    }

    /**
     * Value equality, decided exactly. With {@code x = √s A} and {@code y = √t B} ({@code A, B ∈ ℚ[ω]}): if
     * {@code s = t}, {@code x = y} exactly when {@code A = B}. Otherwise {@code x = y} forces {@code A = μB} with
     * {@code μ = ±√(t/s)}, and μ is rational because the only real algebraic numbers in {@code ℚ(ω)} are the
     * rationals; so {@code x = y} exactly when {@code s A² = t B²} in {@code ℚ[ω]} and the leading coefficients
     * of {@code A} and {@code B} have the same sign.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExactNumber x) || r.length != x.r.length) {
            return false;
        }
        if (radicand.equals(x.radicand)) {
            return Arrays.equals(r, x.r);
        }
        return r[r.length - 1].signum() == x.r[r.length - 1].signum()
                && Arrays.equals(scaledSquare(), x.scaledSquare());
    }

    /** Consistent with value equality: the hash of the ω-coefficients of {@code x² = s A²}. */
    @Override
    public int hashCode() {
        return Arrays.hashCode(scaledSquare());
    }

    /** The coefficients of {@code s A²}. */
    private BigFraction[] scaledSquare() {
        if (r.length == 0) {
            return r;
        }
        BigFraction[] c = new BigFraction[2 * r.length - 1];
        Arrays.fill(c, BigFraction.ZERO);
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j < r.length; j++) {
                c[i + j] = c[i + j].add(r[i].multiply(r[j]));
            }
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].multiply(radicand);
        }
        return c;
    }

    /**
     * A readable form, e.g. {@code -3/2 + 1/sqrt(2*pi)}, {@code 1/(2*pi)} for ω², {@code 3/(2*sqrt(2*pi))},
     * {@code sqrt(6)*(1/2 - 1/sqrt(2*pi))}, {@code -sqrt(24)/(24*sqrt(2*pi))}.
     */
    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        boolean unit = radicand.equals(BigInteger.ONE);
        String root = "sqrt(" + radicand + ")";
        int terms = 0;
        StringBuilder inner = new StringBuilder();
        for (int j = 0; j < r.length; j++) {
            if (r[j].signum() == 0) {
                continue;
            }
            if (terms == 0) {
                inner.append(r[j].signum() < 0 ? "-" : "");
            } else {
                inner.append(r[j].signum() < 0 ? " - " : " + ");
            }
            inner.append(term(r[j].abs(), j, null));
            terms++;
        }
        if (unit) {
            return inner.toString();
        }
        if (terms > 1) {
            return root + "*(" + inner + ")";
        }
        int j = r.length - 1;
        return (r[j].signum() < 0 ? "-" : "") + term(r[j].abs(), j, root);
    }

    /** {@code c ω^j} for {@code c > 0}, with an optional factor {@code root} in the numerator. */
    private static String term(BigFraction c, int j, String root) {
        BigInteger p = c.getNumerator();
        BigInteger q = c.getDenominator();
        String num;
        if (root == null) {
            num = p.toString();
        } else {
            num = p.equals(BigInteger.ONE) ? root : p + "*" + root;
        }
        String d;
        if (j == 0) {
            d = null;
        } else if (j == 1) {
            d = "sqrt(2*pi)";
        } else if (j == 2) {
            d = "(2*pi)";
        } else if (j % 2 == 0) {
            d = "(2*pi)^" + (j / 2);
        } else {
            d = "(2*pi)^(" + j + "/2)";
        }
        if (d == null) {
            return q.equals(BigInteger.ONE) ? num : num + "/" + q;
        }
        return q.equals(BigInteger.ONE) ? num + "/" + d : num + "/(" + q + "*" + d + ")";
    }
}
