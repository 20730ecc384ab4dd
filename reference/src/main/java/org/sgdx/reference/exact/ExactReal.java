package org.sgdx.reference.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.poly.SquareFree;

/**
 * An exact real number {@code x = Σ_s √s · x_s(ω)}: a finite sum over distinct square-free integers {@code s}
 * of square roots times elements {@code x_s} of {@code ℚ[ω]}, {@code ω = 1/√(2π)}. It is the exact value of a
 * Hermite coefficient of any link with an exact form, in either convention ({@code u_k} or
 * {@code c_k = √(k!) u_k}), e.g. of {@code 0.5*h2 + h4}.
 *
 * <p><b>Exact zero test.</b> ω is transcendental over the algebraic numbers (π is transcendental), and square
 * roots of distinct square-free integers are linearly independent over ℚ; hence {@code x = 0} exactly when every
 * rational coefficient vanishes, which the canonical representation (no zero terms) makes a test for an empty
 * sum ({@code proofs-notes/breakpoint-zero-field.md}).
 */
public final class ExactReal {

    public static final ExactReal ZERO = new ExactReal(new TreeMap<>());

    /** Terms by square-free radicand; each value has radicand 1 and is non-zero. */
    private final TreeMap<BigInteger, ExactNumber> terms;

    private ExactReal(TreeMap<BigInteger, ExactNumber> terms) {
        this.terms = terms;
    }

    /** The value of an {@link ExactNumber} {@code √r · y}, with {@code r = m² s} written as {@code m √s · y}. */
    public static ExactReal of(ExactNumber x) {
        Objects.requireNonNull(x, "x");
        if (x.isZero()) {
            return ZERO;
        }
        SquareFree sf = SquareFree.of(x.radicand());
        ExactNumber rational = ExactNumber.of(BigInteger.ONE, x.coefficients()).multiply(BigFraction.of(sf.square()));
        TreeMap<BigInteger, ExactNumber> t = new TreeMap<>();
        t.put(sf.squareFree(), rational);
        return new ExactReal(t);
    }

    /** A rational number. */
    public static ExactReal of(BigFraction q) {
        return of(ExactNumber.of(q));
    }

    /** {@code c · √n} for a positive integer {@code n}. */
    public static ExactReal sqrt(BigFraction c, BigInteger n) {
        return of(ExactNumber.sqrt(n).multiply(c));
    }

    /** {@code √(k!)}, the normalisation of {@code h_k}. */
    public static ExactReal sqrtFactorial(int k) {
        SquareFree sf = SquareFree.ofFactorial(k);
        TreeMap<BigInteger, ExactNumber> t = new TreeMap<>();
        t.put(sf.squareFree(), ExactNumber.of(BigFraction.of(sf.square())));
        return new ExactReal(t);
    }

    /** The terms {@code s ↦ x_s} (square-free {@code s}, {@code x_s ∈ ℚ[ω]}). */
    public Map<BigInteger, ExactNumber> terms() {
        return java.util.Collections.unmodifiableMap(terms);
    }

    /** Whether the value is 0; exact (see the class comment). */
    public boolean isZero() {
        return terms.isEmpty();
    }

    /** Whether the value is rational. */
    public boolean isRational() {
        return terms.isEmpty() || terms.size() == 1 && terms.firstKey().equals(BigInteger.ONE)
                && terms.firstEntry().getValue().isRational();
    }

    public ExactReal add(ExactReal o) {
        TreeMap<BigInteger, ExactNumber> t = new TreeMap<>(terms);
        o.terms.forEach((s, x) -> accumulate(t, s, x));
        return new ExactReal(t);
    }

    public ExactReal negate() {
        TreeMap<BigInteger, ExactNumber> t = new TreeMap<>();
        terms.forEach((s, x) -> t.put(s, x.negate()));
        return new ExactReal(t);
    }

    public ExactReal subtract(ExactReal o) {
        return add(o.negate());
    }

    public ExactReal multiply(BigFraction q) {
        if (q.signum() == 0) {
            return ZERO;
        }
        TreeMap<BigInteger, ExactNumber> t = new TreeMap<>();
        terms.forEach((s, x) -> t.put(s, x.multiply(q)));
        return new ExactReal(t);
    }

    public ExactReal multiply(ExactReal o) {
        TreeMap<BigInteger, ExactNumber> t = new TreeMap<>();
        for (Map.Entry<BigInteger, ExactNumber> a : terms.entrySet()) {
            for (Map.Entry<BigInteger, ExactNumber> b : o.terms.entrySet()) {
                SquareFree g = SquareFree.productOfSquareFree(a.getKey(), b.getKey());
                accumulate(t, g.squareFree(), a.getValue().multiply(b.getValue()).multiply(BigFraction.of(g.square())));
            }
        }
        return new ExactReal(t);
    }

    public ExactReal square() {
        return multiply(this);
    }

    /** The sign, exact for zero and decided by evaluation at increasing precision otherwise. */
    public int signum() {
        if (isZero()) {
            return 0;
        }
        for (int digits = 20; ; digits *= 2) {
            MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
            BigDecimal v = toBigDecimal(mc);
            BigDecimal bound = errorBound(mc);
            if (v.abs().compareTo(bound) > 0) {
                return v.signum();
            }
        }
    }

    private BigDecimal errorBound(MathContext mc) {
        BigDecimal scale = BigDecimal.ONE;
        for (ExactNumber x : terms.values()) {
            double magnitude = Math.abs(x.doubleValue());
            // beyond the double range (coefficients such as a^2 = 1e200 times d), the magnitude as a decimal, rounded up
            scale = scale.max(Double.isFinite(magnitude) ? BigDecimal.valueOf(magnitude + 1)
                    : x.toBigDecimal(new MathContext(3, RoundingMode.UP)).abs().add(BigDecimal.ONE));
        }
        return scale.multiply(BigDecimal.ONE.movePointLeft(mc.getPrecision() - 2 - terms.size()));
    }

    /** The value rounded to {@code mc}, computed with guard digits (and more when terms cancel). */
    public BigDecimal toBigDecimal(MathContext mc) {
        if (isZero()) {
            return BigDecimal.ZERO;
        }
        if (terms.size() == 1) {
            Map.Entry<BigInteger, ExactNumber> e = terms.firstEntry();
            return ExactNumber.of(e.getKey(), e.getValue().coefficients()).toBigDecimal(mc);
        }
        for (int guard = 10; ; guard *= 2) {
            MathContext work = new MathContext(mc.getPrecision() + guard, RoundingMode.HALF_EVEN);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal largest = BigDecimal.ZERO;
            for (Map.Entry<BigInteger, ExactNumber> e : terms.entrySet()) {
                BigDecimal v = ExactNumber.of(e.getKey(), e.getValue().coefficients()).toBigDecimal(work);
                sum = sum.add(v, work);
                largest = largest.max(v.abs());
            }
            // the value is non-zero, so enough guard digits eventually resolve the cancellation
            int lost = largest.signum() == 0 || sum.signum() == 0 ? Integer.MAX_VALUE
                    : largest.precision() - largest.scale() - (sum.precision() - sum.scale());
            if (lost < guard - 5) {
                return sum.round(mc);
            }
        }
    }

    /** A double within one unit in the last place of the value (as {@link ExactNumber#doubleValue}). */
    public double doubleValue() {
        return toBigDecimal(ExactNumber.DOUBLE_DIGITS).doubleValue();
    }

    private static void accumulate(TreeMap<BigInteger, ExactNumber> t, BigInteger s, ExactNumber x) {
        ExactNumber sum = t.containsKey(s) ? t.get(s).add(x) : x;
        if (sum.isZero()) {
            t.remove(s);
        } else {
            t.put(s, sum);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExactReal x && terms.equals(x.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    /**
     * A readable closed form such as {@code 1/2 + 1/sqrt(2*pi)}, {@code sqrt(6)/2} or
     * {@code (1/2 - 1/sqrt(2*pi)) + sqrt(2)}.
     */
    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<BigInteger, ExactNumber> e : terms.entrySet()) {
            String part = ExactNumber.of(e.getKey(), e.getValue().coefficients()).toString();
            boolean compound = part.indexOf(" + ") >= 0 || part.indexOf(" - ") >= 0;
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(compound && terms.size() > 1 ? "(" + part + ")" : part);
        }
        return sb.toString();
    }
}
