package org.sgdx.reference.link;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.RationalPolynomial;
import org.sgdx.reference.poly.SquareFree;
import org.sgdx.reference.poly.SurdPiecewise;

/**
 * An expression of the link language in the single variable {@code z}: rational constants, {@code z},
 * Hermite polynomials {@code He_k(·)} and {@code h_k(·) = He_k(·)/√(k!)}, sums, products, non-negative integer
 * powers and the {@linkplain Fn named functions}. Expressions are immutable trees.
 */
public sealed interface Expr {

    /** Double-precision value at {@code z}. */
    double value(double z);

    /** Value at {@code z}, each operation rounded to {@code mc} (callers add guard digits). */
    BigDecimal value(BigDecimal z, MathContext mc);

    /** The derivative with respect to {@code z} (almost everywhere, where a breakpoint function occurs). */
    Expr derivative();

    /**
     * The exact form {@code Σ_s √s F_s(z)} (MATH.md §2) when the expression is a polynomial or a piecewise
     * polynomial with its breakpoints at 0; empty otherwise.
     */
    Optional<SurdPiecewise> exactForm();

    /** The parity that follows from the structure of the expression. */
    Parity structuralParity();

    /** The monotonicity that follows from the structure of the expression. */
    Monotonicity monotonicity();

    /** Appends the arguments {@code g} of each breakpoint function {@code f(g(z))}: their zeros are the kinks. */
    void collectKinkArguments(List<Expr> out);

    /** The arguments of breakpoint functions occurring in this expression. */
    default List<Expr> kinkArguments() {
        List<Expr> out = new ArrayList<>();
        collectKinkArguments(out);
        return out;
    }

    /** The constant {@code c}. */
    static Expr constant(BigFraction c) {
        return new Constant(c);
    }

    /** {@code a + b}, folding rational constants. */
    static Expr sum(Expr a, Expr b) {
        if (a instanceof Constant ca && b instanceof Constant cb) {
            return new Constant(ca.value.add(cb.value));
        }
        if (a instanceof Constant ca && ca.value.signum() == 0) {
            return b;
        }
        if (b instanceof Constant cb && cb.value.signum() == 0) {
            return a;
        }
        return new Sum(a, b);
    }

    /** {@code −a}. */
    static Expr negate(Expr a) {
        if (a instanceof Constant c) {
            return new Constant(c.value.negate());
        }
        return new Product(new Constant(BigFraction.of(-1)), a);
    }

    /** {@code a · b}, folding rational constants. */
    static Expr product(Expr a, Expr b) {
        if (a instanceof Constant ca && b instanceof Constant cb) {
            return new Constant(ca.value.multiply(cb.value));
        }
        if (a instanceof Constant ca && ca.value.signum() == 0 || b instanceof Constant cb && cb.value.signum() == 0) {
            return Constant.ZERO;
        }
        if (a instanceof Constant ca && ca.value.equals(BigFraction.ONE)) {
            return b;
        }
        if (b instanceof Constant cb && cb.value.equals(BigFraction.ONE)) {
            return a;
        }
        return new Product(a, b);
    }

    /** A rational constant. */
    record Constant(BigFraction value) implements Expr {
        public static final Constant ZERO = new Constant(BigFraction.ZERO);
        public static final Constant ONE = new Constant(BigFraction.ONE);

        public Constant {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public double value(double z) {
            return value.doubleValue();
        }

        @Override
        public BigDecimal value(BigDecimal z, MathContext mc) {
            return new BigDecimal(value.getNumerator()).divide(new BigDecimal(value.getDenominator()), mc);
        }

        @Override
        public Expr derivative() {
            return ZERO;
        }

        @Override
        public Optional<SurdPiecewise> exactForm() {
            return Optional.of(SurdPiecewise.constant(value));
        }

        @Override
        public Parity structuralParity() {
            return Parity.EVEN;
        }

        @Override
        public Monotonicity monotonicity() {
            return Monotonicity.CONSTANT;
        }

        @Override
        public void collectKinkArguments(List<Expr> out) {
        }

        @Override
        public String toString() {
            return value.getDenominator().equals(BigInteger.ONE) ? value.getNumerator().toString()
                    : value.getNumerator() + "/" + value.getDenominator();
        }
    }

    /** The variable {@code z}. */
    record Variable() implements Expr {
        @Override
        public double value(double z) {
            return z;
        }

        @Override
        public BigDecimal value(BigDecimal z, MathContext mc) {
            return z.round(mc);
        }

        @Override
        public Expr derivative() {
            return Constant.ONE;
        }

        @Override
        public Optional<SurdPiecewise> exactForm() {
            return Optional.of(SurdPiecewise.of(RationalPolynomial.Z));
        }

        @Override
        public Parity structuralParity() {
            return Parity.ODD;
        }

        @Override
        public Monotonicity monotonicity() {
            return Monotonicity.STRICTLY_INCREASING;
        }

        @Override
        public void collectKinkArguments(List<Expr> out) {
        }

        @Override
        public String toString() {
            return "z";
        }
    }

    /**
     * {@code He_k(argument)}, or {@code h_k(argument) = He_k(argument)/√(k!)} when {@code normalised}. Evaluated
     * by the three-term recurrence (MATH.md §2), which is accurate for high degrees.
     */
    record Hermite(int degree, boolean normalised, Expr argument) implements Expr {
        public Hermite {
            if (degree < 0) {
                throw new IllegalArgumentException("negative Hermite degree " + degree);
            }
            Objects.requireNonNull(argument, "argument");
        }

        @Override
        public double value(double z) {
            double x = argument.value(z);
            if (normalised) {
                return org.sgdx.reference.poly.Hermite.hValues(x, degree)[degree];
            }
            double prev = 1;
            double cur = x;
            if (degree == 0) {
                return 1;
            }
            for (int k = 1; k < degree; k++) {
                double next = x * cur - k * prev;
                prev = cur;
                cur = next;
            }
            return cur;
        }

        @Override
        public BigDecimal value(BigDecimal z, MathContext mc) {
            BigDecimal x = argument.value(z, mc);
            BigDecimal prev = BigDecimal.ONE;
            BigDecimal cur = x;
            if (degree == 0) {
                return BigDecimal.ONE;
            }
            for (int k = 1; k < degree; k++) {
                BigDecimal next = x.multiply(cur, mc).subtract(prev.multiply(BigDecimal.valueOf(k)), mc);
                prev = cur;
                cur = next;
            }
            if (normalised) {
                BigDecimal fact = new BigDecimal(org.sgdx.reference.poly.Hermite.factorial(degree));
                cur = cur.divide(fact.sqrt(mc), mc);
            }
            return cur;
        }

        @Override
        public Expr derivative() {
            if (degree == 0) {
                return Constant.ZERO;
            }
            // He_k' = k He_{k−1};  h_k' = √k h_{k−1}
            Expr outer;
            if (normalised) {
                SquareFree sf = SquareFree.of(BigInteger.valueOf(degree));
                Expr inner = new Hermite(degree - 1, true, argument);
                outer = sf.squareFree().equals(BigInteger.ONE)
                        ? Expr.product(Expr.constant(BigFraction.of(sf.square())), inner)
                        : new Product(new SquareRoot(degree), inner);
            } else {
                outer = Expr.product(Expr.constant(BigFraction.of(degree)), new Hermite(degree - 1, false, argument));
            }
            return Expr.product(outer, argument.derivative());
        }

        @Override
        public Optional<SurdPiecewise> exactForm() {
            Optional<SurdPiecewise> a = argument.exactForm();
            if (a.isEmpty()) {
                return Optional.empty();
            }
            SurdPiecewise he = a.get().composeInto(org.sgdx.reference.poly.Hermite.he(degree));
            if (!normalised) {
                return Optional.of(he);
            }
            // 1/√(k!) = √s / (m s) where k! = m² s
            SquareFree sf = SquareFree.ofFactorial(degree);
            BigFraction c = BigFraction.of(BigInteger.ONE, sf.square().multiply(sf.squareFree()));
            return Optional.of(he.multiply(c, sf.squareFree()));
        }

        @Override
        public Parity structuralParity() {
            return (degree % 2 == 0 ? Parity.EVEN : Parity.ODD).compose(argument.structuralParity());
        }

        @Override
        public Monotonicity monotonicity() {
            if (degree == 0) {
                return Monotonicity.CONSTANT;
            }
            return degree == 1 ? argument.monotonicity() : Monotonicity.UNKNOWN;
        }

        @Override
        public void collectKinkArguments(List<Expr> out) {
            argument.collectKinkArguments(out);
        }

        @Override
        public String toString() {
            String name = (normalised ? "h" : "He") + degree;
            return argument instanceof Variable ? name : name + "(" + argument + ")";
        }
    }

    /** {@code √n} for a positive integer {@code n}; arises in derivatives of {@code h_k}. */
    record SquareRoot(int radicand) implements Expr {
        public SquareRoot {
            if (radicand <= 0) {
                throw new IllegalArgumentException("radicand must be positive: " + radicand);
            }
        }

        @Override
        public double value(double z) {
            return Math.sqrt(radicand);
        }

        @Override
        public BigDecimal value(BigDecimal z, MathContext mc) {
            return BigDecimal.valueOf(radicand).sqrt(mc);
        }

        @Override
        public Expr derivative() {
            return Constant.ZERO;
        }

        @Override
        public Optional<SurdPiecewise> exactForm() {
            return Optional.of(SurdPiecewise.constant(BigFraction.ONE).multiply(BigFraction.ONE,
                    BigInteger.valueOf(radicand)));
        }

        @Override
        public Parity structuralParity() {
            return Parity.EVEN;
        }

        @Override
        public Monotonicity monotonicity() {
            return Monotonicity.CONSTANT;
        }

        @Override
        public void collectKinkArguments(List<Expr> out) {
        }

        @Override
        public String toString() {
            return "sqrt(" + radicand + ")";
        }
    }

    /** {@code left + right}. */
    record Sum(Expr left, Expr right) implements Expr {
        @Override
        public double value(double z) {
            return left.value(z) + right.value(z);
        }

        @Override
        public BigDecimal value(BigDecimal z, MathContext mc) {
            return left.value(z, mc).add(right.value(z, mc), mc);
        }

        @Override
        public Expr derivative() {
            return Expr.sum(left.derivative(), right.derivative());
        }

        @Override
        public Optional<SurdPiecewise> exactForm() {
            return left.exactForm().flatMap(a -> right.exactForm().map(a::add));
        }

        @Override
        public Parity structuralParity() {
            return left.structuralParity().plus(right.structuralParity());
        }

        @Override
        public Monotonicity monotonicity() {
            return left.monotonicity().plus(right.monotonicity());
        }

        @Override
        public void collectKinkArguments(List<Expr> out) {
            left.collectKinkArguments(out);
            right.collectKinkArguments(out);
        }

        @Override
        public String toString() {
            String r = right.toString();
            if (right instanceof Product p && p.left instanceof Constant c && c.value.signum() < 0) {
                return left + " - " + Expr.product(new Constant(c.value.negate()), p.right);
            }
            if (right instanceof Constant c && c.value.signum() < 0) {
                return left + " - " + new Constant(c.value.negate());
            }
            return left + " + " + r;
        }
    }

    /** {@code left · right}. */
    record Product(Expr left, Expr right) implements Expr {
        @Override
        public double value(double z) {
            return left.value(z) * right.value(z);
        }

        @Override
        public BigDecimal value(BigDecimal z, MathContext mc) {
            return left.value(z, mc).multiply(right.value(z, mc), mc);
        }

        @Override
        public Expr derivative() {
            return Expr.sum(Expr.product(left.derivative(), right), Expr.product(left, right.derivative()));
        }

        @Override
        public Optional<SurdPiecewise> exactForm() {
            return left.exactForm().flatMap(a -> right.exactForm().map(a::multiply));
        }

        @Override
        public Parity structuralParity() {
            return left.structuralParity().times(right.structuralParity());
        }

        @Override
        public Monotonicity monotonicity() {
            if (left instanceof Constant c) {
                return c.value.signum() == 0 ? Monotonicity.CONSTANT
                        : c.value.signum() > 0 ? right.monotonicity() : right.monotonicity().negate();
            }
            if (right instanceof Constant) {
                return new Product(right, left).monotonicity();
            }
            return left.monotonicity() == Monotonicity.CONSTANT && right.monotonicity() == Monotonicity.CONSTANT
                    ? Monotonicity.CONSTANT : Monotonicity.UNKNOWN;
        }

        @Override
        public void collectKinkArguments(List<Expr> out) {
            left.collectKinkArguments(out);
            right.collectKinkArguments(out);
        }

        @Override
        public String toString() {
            if (left instanceof Constant c && c.value.equals(BigFraction.of(-1))) {
                return "-" + wrap(right, true);
            }
            return wrap(left, false) + "*" + wrap(right, true);
        }
    }

    /** {@code base^exponent} for an integer {@code exponent ≥ 0}. */
    record Power(Expr base, int exponent) implements Expr {
        public Power {
            if (exponent < 0) {
                throw new IllegalArgumentException("negative exponent " + exponent);
            }
        }

        @Override
        public double value(double z) {
            double b = base.value(z);
            double r = 1;
            for (int i = 0; i < exponent; i++) {
                r *= b;
            }
            return r;
        }

        @Override
        public BigDecimal value(BigDecimal z, MathContext mc) {
            return base.value(z, mc).pow(exponent, mc);
        }

        @Override
        public Expr derivative() {
            if (exponent == 0) {
                return Constant.ZERO;
            }
            Expr lower = exponent == 1 ? Constant.ONE : exponent == 2 ? base : new Power(base, exponent - 1);
            return Expr.product(Expr.product(Expr.constant(BigFraction.of(exponent)), lower), base.derivative());
        }

        @Override
        public Optional<SurdPiecewise> exactForm() {
            return base.exactForm().map(f -> f.pow(exponent));
        }

        @Override
        public Parity structuralParity() {
            Parity b = base.structuralParity();
            return exponent % 2 == 0 && b != Parity.NONE ? Parity.EVEN : (exponent == 0 ? Parity.EVEN : b);
        }

        @Override
        public Monotonicity monotonicity() {
            if (exponent == 0) {
                return Monotonicity.CONSTANT;
            }
            return exponent % 2 == 1 ? base.monotonicity() : Monotonicity.UNKNOWN;
        }

        @Override
        public void collectKinkArguments(List<Expr> out) {
            base.collectKinkArguments(out);
        }

        @Override
        public String toString() {
            return wrap(base, true) + "^" + exponent;
        }
    }

    /** {@code function(argument)}. */
    record Call(Fn function, Expr argument) implements Expr {
        public Call {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(argument, "argument");
        }

        @Override
        public double value(double z) {
            return function.apply(argument.value(z));
        }

        @Override
        public BigDecimal value(BigDecimal z, MathContext mc) {
            return function.apply(argument.value(z, mc), mc);
        }

        @Override
        public Expr derivative() {
            return Expr.product(function.derivativeAt(argument), argument.derivative());
        }

        @Override
        public Optional<SurdPiecewise> exactForm() {
            Optional<SurdPiecewise> inner = argument.exactForm();
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            Optional<BigFraction> constant = inner.get().asRationalConstant();
            if (constant.isPresent()) {
                return function.exactValue(constant.get()).map(SurdPiecewise::constant);
            }
            if (!function.hasBreakpointAtZero()) {
                return Optional.empty();
            }
            // f(√s·G): the sign of the argument is the sign of G, which must be constant on each half-line
            Optional<Map.Entry<BigInteger, PiecewisePolynomial>> single = inner.get().singleTerm();
            if (single.isEmpty()) {
                return Optional.empty();
            }
            BigInteger s = single.get().getKey();
            PiecewisePolynomial g = single.get().getValue();
            Optional<Integer> signNegative = constantSign(g.negative().reflect());
            Optional<Integer> signPositive = constantSign(g.positive());
            if (signNegative.isEmpty() || signPositive.isEmpty()) {
                return Optional.empty();
            }
            int[] pieceNegative = function.linearPieceForSign(signNegative.get()).orElseThrow();
            int[] piecePositive = function.linearPieceForSign(signPositive.get()).orElseThrow();
            PiecewisePolynomial constantPart = new PiecewisePolynomial(
                    RationalPolynomial.constant(BigFraction.of(pieceNegative[0])),
                    RationalPolynomial.constant(BigFraction.of(piecePositive[0])));
            PiecewisePolynomial linearPart = new PiecewisePolynomial(
                    g.negative().multiply(BigFraction.of(pieceNegative[1])),
                    g.positive().multiply(BigFraction.of(piecePositive[1])));
            return Optional.of(SurdPiecewise.of(constantPart).add(SurdPiecewise.of(s, linearPart)));
        }

        /** The sign of {@code p} on {@code (0, ∞)} when it is constant there. */
        private static Optional<Integer> constantSign(RationalPolynomial p) {
            if (p.isZero()) {
                return Optional.of(0);
            }
            if (p.countPositiveRoots() > 0) {
                return Optional.empty();
            }
            return Optional.of(p.evaluate(BigFraction.ONE).signum());
        }

        @Override
        public Parity structuralParity() {
            return function.parity().compose(argument.structuralParity());
        }

        @Override
        public Monotonicity monotonicity() {
            Monotonicity inner = argument.monotonicity();
            if (inner == Monotonicity.CONSTANT) {
                return Monotonicity.CONSTANT;
            }
            if (function.isStrictlyIncreasing()) {
                return inner;
            }
            return Monotonicity.UNKNOWN;
        }

        @Override
        public void collectKinkArguments(List<Expr> out) {
            if (function.hasBreakpointAtZero()) {
                out.add(argument);
            }
            argument.collectKinkArguments(out);
        }

        @Override
        public String toString() {
            return function.symbol() + "(" + argument + ")";
        }
    }

    private static String wrap(Expr e, boolean tight) {
        boolean needs = e instanceof Sum || (tight && e instanceof Product)
                || (e instanceof Constant c && (c.value.signum() < 0 || !c.value.getDenominator().equals(BigInteger.ONE)));
        return needs ? "(" + e + ")" : e.toString();
    }
}
