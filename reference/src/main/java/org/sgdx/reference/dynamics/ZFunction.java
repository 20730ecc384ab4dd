package org.sgdx.reference.dynamics;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.Parity;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.SurdPiecewise;

/**
 * A function of the student pre-activation {@code z}: an expression of the link language together with its exact
 * form {@code Σ_s √s F_s(z)} (MATH.md §2) when it has one. Sums and products keep the exact form whenever both
 * operands have one, so coefficient functions built from polynomial or breakpoint-0 piecewise-polynomial
 * activations stay exact; the expression is used only for numerical integration when there is no exact form.
 * Instances are immutable.
 */
public final class ZFunction {

    /** The zero function. */
    public static final ZFunction ZERO = constant(BigFraction.ZERO);
    /** The constant 1. */
    public static final ZFunction ONE = constant(BigFraction.ONE);
    /** The identity {@code z}. */
    public static final ZFunction Z = of(new Expr.Variable());

    private final Expr expression;
    private final SurdPiecewise exact;

    private ZFunction(Expr expression, SurdPiecewise exact) {
        this.expression = expression;
        this.exact = exact;
    }

    /** The function given by an expression, with its exact form when the expression has one. */
    public static ZFunction of(Expr expression) {
        Objects.requireNonNull(expression, "expression");
        return new ZFunction(expression, expression.exactForm().orElse(null));
    }

    /** The constant {@code c}. */
    public static ZFunction constant(BigFraction c) {
        return new ZFunction(Expr.constant(c), SurdPiecewise.constant(c));
    }

    /** The expression; for exact functions only a bookkeeping tree, see {@link #exactForm()}. */
    public Expr expression() {
        return expression;
    }

    /** The exact form, when there is one. */
    public Optional<SurdPiecewise> exactForm() {
        return Optional.ofNullable(exact);
    }

    public boolean isExact() {
        return exact != null;
    }

    /** Whether the function is identically zero: exact for exact functions, structural otherwise. */
    public boolean isZero() {
        if (exact != null) {
            return exact.isZero();
        }
        return expression instanceof Expr.Constant c && c.value().signum() == 0;
    }

    /** Whether the function is a polynomial (an exact form without breakpoint). */
    public boolean isPolynomial() {
        return exact != null && exact.isPolynomial();
    }

    /**
     * The degree of a {@linkplain #isPolynomial() polynomial}; {@code −1} for zero.
     *
     * @throws IllegalStateException if the function is not a polynomial
     */
    public int degree() {
        if (!isPolynomial()) {
            throw new IllegalStateException("not a polynomial: " + this);
        }
        int degree = -1;
        for (PiecewisePolynomial p : exact.terms().values()) {
            degree = Math.max(degree, p.positive().degree());
        }
        return degree;
    }

    /** The parity: decided exactly for exact functions, from the structure of the expression otherwise. */
    public Parity parity() {
        if (exact != null) {
            return exact.isEven() ? Parity.EVEN : exact.isOdd() ? Parity.ODD : Parity.NONE;
        }
        return expression.structuralParity();
    }

    public ZFunction add(ZFunction o) {
        return new ZFunction(Expr.sum(expression, o.expression),
                exact != null && o.exact != null ? exact.add(o.exact) : null);
    }

    public ZFunction multiply(ZFunction o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        return new ZFunction(Expr.product(expression, o.expression),
                exact != null && o.exact != null ? exact.multiply(o.exact) : null);
    }

    public ZFunction multiply(BigFraction c) {
        if (c.signum() == 0) {
            return ZERO;
        }
        return new ZFunction(Expr.product(Expr.constant(c), expression),
                exact != null ? exact.multiply(c, BigInteger.ONE) : null);
    }

    /** {@code f^n}, {@code n ≥ 0}. */
    public ZFunction pow(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative exponent " + n);
        }
        ZFunction r = ONE;
        for (int i = 0; i < n; i++) {
            r = r.multiply(this);
        }
        return r;
    }

    /** The derivative (almost everywhere where a breakpoint function occurs), from {@link Expr#derivative()}. */
    public ZFunction derivative() {
        return of(expression.derivative());
    }

    /** Value equality of the exact forms; functions without an exact form are equal only when identical. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof ZFunction f && exact != null && exact.equals(f.exact);
    }

    @Override
    public int hashCode() {
        return exact != null ? exact.hashCode() : System.identityHashCode(this);
    }

    /** The exact form when there is one, the expression otherwise. */
    @Override
    public String toString() {
        return exact != null ? exact.toString() : expression.toString();
    }
}
