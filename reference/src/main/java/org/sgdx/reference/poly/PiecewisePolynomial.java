package org.sgdx.reference.poly;

import java.util.Objects;

/**
 * A function that is a polynomial on each half-line, with its only breakpoint at 0:
 * {@code f(z) = negative(z)} for {@code z < 0} and {@code f(z) = positive(z)} for {@code z > 0}
 * (the value at 0 is irrelevant for Gaussian expectations).
 *
 * <p>ReLU is {@code (0, z)}, |z| is {@code (-z, z)}, sign is {@code (-1, 1)}, step is {@code (0, 1)}. The class
 * is closed under sums, products, powers and composition with an outer polynomial, and its Hermite
 * coefficients lie in the exact number field of MATH.md §2 (see {@code proofs-notes/breakpoint-zero-field.md}).
 */
public record PiecewisePolynomial(RationalPolynomial negative, RationalPolynomial positive) {

    public PiecewisePolynomial {
        Objects.requireNonNull(negative, "negative");
        Objects.requireNonNull(positive, "positive");
    }

    /** A polynomial seen as a piecewise polynomial with equal pieces. */
    public static PiecewisePolynomial of(RationalPolynomial p) {
        return new PiecewisePolynomial(p, p);
    }

    /** Whether both pieces are the same polynomial, i.e. there is no breakpoint. */
    public boolean isPolynomial() {
        return negative.equals(positive);
    }

    public PiecewisePolynomial add(PiecewisePolynomial o) {
        return new PiecewisePolynomial(negative.add(o.negative), positive.add(o.positive));
    }

    public PiecewisePolynomial negate() {
        return new PiecewisePolynomial(negative.negate(), positive.negate());
    }

    public PiecewisePolynomial multiply(PiecewisePolynomial o) {
        return new PiecewisePolynomial(negative.multiply(o.negative), positive.multiply(o.positive));
    }

    public PiecewisePolynomial pow(int n) {
        return new PiecewisePolynomial(negative.pow(n), positive.pow(n));
    }

    /** {@code outer(f(z))}, piece by piece. */
    public PiecewisePolynomial composeInto(RationalPolynomial outer) {
        return new PiecewisePolynomial(outer.compose(negative), outer.compose(positive));
    }

    /** {@code f(-z)}: the pieces swap and reflect. */
    public PiecewisePolynomial reflect() {
        return new PiecewisePolynomial(positive.reflect(), negative.reflect());
    }

    /** Whether {@code f(-z) = f(z)} for all {@code z ≠ 0}. */
    public boolean isEven() {
        return negative.equals(positive.reflect());
    }

    /** Whether {@code f(-z) = -f(z)} for all {@code z ≠ 0}. */
    public boolean isOdd() {
        return negative.equals(positive.reflect().negate());
    }

    @Override
    public String toString() {
        return isPolynomial() ? positive.toString() : "{" + negative + " if z<0; " + positive + " if z>0}";
    }
}
