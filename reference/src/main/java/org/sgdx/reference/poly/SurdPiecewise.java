package org.sgdx.reference.poly;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * An exact function {@code f(z) = Σ_s √s · F_s(z)}: a finite sum over distinct square-free integers {@code s} of
 * square roots times {@linkplain PiecewisePolynomial piecewise polynomials} with rational coefficients and their
 * only breakpoint at 0. It is the exact form of every link built from {@code z}, rational constants,
 * {@code He_k}, {@code h_k = He_k/√(k!)}, sums, products, powers and the breakpoint-0 functions (MATH.md §2).
 *
 * <p>The representation is canonical: no zero terms, each {@code s} square-free. Because square roots of
 * distinct square-free integers are linearly independent over ℚ, two functions are equal exactly when their
 * representations are.
 */
public final class SurdPiecewise {

    private static final PiecewisePolynomial ZERO_PIECES =
            PiecewisePolynomial.of(RationalPolynomial.ZERO);

    /** Terms by square-free radicand. */
    private final TreeMap<BigInteger, PiecewisePolynomial> terms;

    private SurdPiecewise(TreeMap<BigInteger, PiecewisePolynomial> terms) {
        this.terms = terms;
    }

    /** {@code √s · f} for square-free {@code s}. */
    public static SurdPiecewise of(BigInteger squareFree, PiecewisePolynomial f) {
        TreeMap<BigInteger, PiecewisePolynomial> t = new TreeMap<>();
        if (!f.equals(ZERO_PIECES)) {
            t.put(squareFree, f);
        }
        return new SurdPiecewise(t);
    }

    /** A rational piecewise polynomial. */
    public static SurdPiecewise of(PiecewisePolynomial f) {
        return of(BigInteger.ONE, f);
    }

    /** A rational polynomial. */
    public static SurdPiecewise of(RationalPolynomial p) {
        return of(PiecewisePolynomial.of(p));
    }

    /** A rational constant. */
    public static SurdPiecewise constant(BigFraction c) {
        return of(RationalPolynomial.constant(c));
    }

    /** The terms {@code s ↦ F_s}, in increasing order of {@code s}. */
    public Map<BigInteger, PiecewisePolynomial> terms() {
        return java.util.Collections.unmodifiableMap(terms);
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    /** The rational piecewise polynomial, when the only radicand is 1. */
    public Optional<PiecewisePolynomial> asRational() {
        if (terms.isEmpty()) {
            return Optional.of(ZERO_PIECES);
        }
        return terms.size() == 1 && terms.firstKey().equals(BigInteger.ONE)
                ? Optional.of(terms.firstEntry().getValue()) : Optional.empty();
    }

    /** The single term {@code (s, F_s)} when there is exactly one (or zero) term. */
    public Optional<Map.Entry<BigInteger, PiecewisePolynomial>> singleTerm() {
        if (terms.isEmpty()) {
            return Optional.of(Map.entry(BigInteger.ONE, ZERO_PIECES));
        }
        return terms.size() == 1 ? Optional.of(terms.firstEntry()) : Optional.empty();
    }

    /** The rational constant, if the function is one. */
    public Optional<BigFraction> asRationalConstant() {
        return asRational().filter(p -> p.isPolynomial() && p.positive().isConstant())
                .map(p -> p.positive().coefficient(0));
    }

    public SurdPiecewise add(SurdPiecewise o) {
        TreeMap<BigInteger, PiecewisePolynomial> t = new TreeMap<>(terms);
        o.terms.forEach((s, f) -> accumulate(t, s, f));
        return new SurdPiecewise(t);
    }

    public SurdPiecewise negate() {
        TreeMap<BigInteger, PiecewisePolynomial> t = new TreeMap<>();
        terms.forEach((s, f) -> t.put(s, f.negate()));
        return new SurdPiecewise(t);
    }

    /** Multiplication by {@code c·√n} for a rational {@code c} and a positive integer {@code n}. */
    public SurdPiecewise multiply(BigFraction c, BigInteger n) {
        SquareFree sf = SquareFree.of(n);
        return multiply(of(sf.squareFree(), PiecewisePolynomial.of(
                RationalPolynomial.constant(c.multiply(sf.square())))));
    }

    public SurdPiecewise multiply(SurdPiecewise o) {
        TreeMap<BigInteger, PiecewisePolynomial> t = new TreeMap<>();
        for (Map.Entry<BigInteger, PiecewisePolynomial> a : terms.entrySet()) {
            for (Map.Entry<BigInteger, PiecewisePolynomial> b : o.terms.entrySet()) {
                SquareFree g = SquareFree.productOfSquareFree(a.getKey(), b.getKey());
                PiecewisePolynomial f = a.getValue().multiply(b.getValue());
                if (!g.square().equals(BigInteger.ONE)) {
                    f = f.multiply(PiecewisePolynomial.of(RationalPolynomial.constant(BigFraction.of(g.square()))));
                }
                accumulate(t, g.squareFree(), f);
            }
        }
        return new SurdPiecewise(t);
    }

    /** {@code f^n}, {@code n ≥ 0}. */
    public SurdPiecewise pow(int n) {
        SurdPiecewise r = constant(BigFraction.ONE);
        SurdPiecewise b = this;
        for (int e = n; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                r = r.multiply(b);
            }
            if (e > 1) {
                b = b.multiply(b);
            }
        }
        return r;
    }

    /** {@code p(f(z))} for a rational polynomial {@code p}, by Horner's scheme. */
    public SurdPiecewise composeInto(RationalPolynomial p) {
        SurdPiecewise r = of(RationalPolynomial.ZERO);
        for (int i = p.degree(); i >= 0; i--) {
            r = r.multiply(this).add(constant(p.coefficient(i)));
        }
        return r;
    }

    /** Whether {@code f(−z) = f(z)}. */
    public boolean isEven() {
        return terms.values().stream().allMatch(PiecewisePolynomial::isEven);
    }

    /** Whether {@code f(−z) = −f(z)}. */
    public boolean isOdd() {
        return terms.values().stream().allMatch(PiecewisePolynomial::isOdd);
    }

    /** Whether there is no breakpoint, i.e. the function is a polynomial. */
    public boolean isPolynomial() {
        return terms.values().stream().allMatch(PiecewisePolynomial::isPolynomial);
    }

    private static void accumulate(TreeMap<BigInteger, PiecewisePolynomial> t, BigInteger s, PiecewisePolynomial f) {
        PiecewisePolynomial sum = t.containsKey(s) ? t.get(s).add(f) : f;
        if (sum.equals(ZERO_PIECES)) {
            t.remove(s);
        } else {
            t.put(s, sum);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurdPiecewise p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        terms.forEach((s, f) -> {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(s.equals(BigInteger.ONE) ? "" : "sqrt(" + s + ")*").append(terms.size() > 1 || !s.equals(BigInteger.ONE) ? "(" + f + ")" : f);
        });
        return sb.toString();
    }
}
