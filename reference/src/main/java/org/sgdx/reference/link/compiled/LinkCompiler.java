package org.sgdx.reference.link.compiled;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.RationalPolynomial;
import org.sgdx.reference.poly.SurdPiecewise;

/**
 * Compiles an {@link Expr} into a {@link CompiledLink}.
 *
 * <ol>
 * <li>If the expression has an exact form (MATH.md §2) of moderate degree ({@value #MAX_EXACT_DEGREE} at most),
 * it is compiled from that form: a polynomial, or one polynomial per half-line for breakpoint-0 functions. Each
 * polynomial {@code p = Σ √s F_s} is expanded exactly in the monomial basis ({@code a_k}) and in the {@code He_k}
 * basis ({@code b_k}); coefficients are rounded once to double. The basis is chosen by the rounding-error bounds
 * {@code E_mono(z) = Σ|a_k||z|^k} (Horner) and {@code E_He(z) = Σ|b_k||He_k(z)|} (Clenshaw) on a grid of
 * {@code |z| ≤ 12}: Horner unless it loses more than {@value #TOLERATED_LOSS}× somewhere and less than Clenshaw
 * loses at its worst (so {@code He_40} uses Clenshaw, {@code z^40} and {@code He_3} use Horner).</li>
 * <li>Otherwise the tree is compiled node by node, each subtree again trying step 1.</li>
 * </ol>
 */
public final class LinkCompiler {

    /** Largest structural degree for which the exact form is computed (larger ones use the recurrences). */
    public static final int MAX_EXACT_DEGREE = 64;

    /** Degrees up to which Horner is always used: its loss is then a few units in the last place at most. */
    static final int ALWAYS_HORNER_DEGREE = 4;

    /** The loss factor of Horner over Clenshaw tolerated for speed. */
    static final double TOLERATED_LOSS = 16;

    private static final MathContext MC = new MathContext(40);

    private LinkCompiler() {
    }

    /** Compiles {@code e}. */
    public static CompiledLink compile(Expr e) {
        if (e instanceof Expr.Constant || e instanceof Expr.SquareRoot) {
            return new Nodes.Constant(e.value(0.0));
        }
        if (e instanceof Expr.Variable) {
            return new Nodes.Identity();
        }
        if (degreeBound(e) <= MAX_EXACT_DEGREE) {
            Optional<SurdPiecewise> form = e.exactForm();
            if (form.isPresent()) {
                return fromExactForm(form.get(), e.value(0.0));
            }
        }
        if (e instanceof Expr.Sum s) {
            return new Nodes.Sum(compile(s.left()), compile(s.right()));
        }
        if (e instanceof Expr.Product p) {
            return new Nodes.Product(compile(p.left()), compile(p.right()));
        }
        if (e instanceof Expr.Power p) {
            return new Nodes.Power(compile(p.base()), p.exponent());
        }
        if (e instanceof Expr.Hermite h) {
            CompiledLink arg = compile(h.argument());
            return h.normalised() ? new Nodes.NormalisedHermiteRecurrence(h.degree(), arg)
                    : new Nodes.HermiteRecurrence(h.degree(), arg);
        }
        if (e instanceof Expr.Call c) {
            return new Nodes.Call(c.function(), compile(c.argument()));
        }
        throw new IllegalArgumentException("cannot compile expression node " + e.getClass().getSimpleName());
    }

    /** An upper bound of the polynomial degree of {@code e} ({@code Integer.MAX_VALUE} when it is not polynomial). */
    static int degreeBound(Expr e) {
        if (e instanceof Expr.Constant || e instanceof Expr.SquareRoot) {
            return 0;
        }
        if (e instanceof Expr.Variable) {
            return 1;
        }
        if (e instanceof Expr.Sum s) {
            return Math.max(degreeBound(s.left()), degreeBound(s.right()));
        }
        if (e instanceof Expr.Product p) {
            return saturatedAdd(degreeBound(p.left()), degreeBound(p.right()));
        }
        if (e instanceof Expr.Power p) {
            return saturatedMultiply(degreeBound(p.base()), p.exponent());
        }
        if (e instanceof Expr.Hermite h) {
            return saturatedMultiply(degreeBound(h.argument()), h.degree());
        }
        if (e instanceof Expr.Call c) {
            if (c.function().hasBreakpointAtZero()) {
                return degreeBound(c.argument());
            }
            return degreeBound(c.argument()) == 0 ? 0 : Integer.MAX_VALUE;
        }
        return Integer.MAX_VALUE;
    }

    private static int saturatedAdd(int a, int b) {
        long s = (long) a + b;
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) s;
    }

    private static int saturatedMultiply(int a, int b) {
        long s = (long) a * b;
        return s > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) s;
    }

    private static CompiledLink fromExactForm(SurdPiecewise form, double atZero) {
        boolean polynomial = form.isPolynomial();
        CompiledLink positive = polynomial(form, true);
        if (polynomial) {
            return positive;
        }
        return new Nodes.Piecewise(polynomial(form, false), positive, atZero);
    }

    /** The polynomial of one half-line of {@code Σ_s √s F_s}. */
    private static CompiledLink polynomial(SurdPiecewise form, boolean positiveSide) {
        int degree = -1;
        for (PiecewisePolynomial f : form.terms().values()) {
            degree = Math.max(degree, (positiveSide ? f.positive() : f.negative()).degree());
        }
        if (degree <= 0) {
            BigDecimal c = BigDecimal.ZERO;
            for (Map.Entry<BigInteger, PiecewisePolynomial> t : form.terms().entrySet()) {
                RationalPolynomial p = positiveSide ? t.getValue().positive() : t.getValue().negative();
                c = c.add(decimal(p.coefficient(0)).multiply(sqrt(t.getKey())), MC);
            }
            return new Nodes.Constant(c.doubleValue());
        }
        BigDecimal[] mono = zeros(degree + 1);
        BigDecimal[] herm = zeros(degree + 1);
        for (Map.Entry<BigInteger, PiecewisePolynomial> t : form.terms().entrySet()) {
            RationalPolynomial p = positiveSide ? t.getValue().positive() : t.getValue().negative();
            BigDecimal root = sqrt(t.getKey());
            BigFraction[] b = HermiteBasis.toHermite(p);
            for (int k = 0; k <= p.degree(); k++) {
                mono[k] = mono[k].add(decimal(p.coefficient(k)).multiply(root, MC), MC);
                herm[k] = herm[k].add(decimal(b[k]).multiply(root, MC), MC);
            }
        }
        double[] a = toDoubles(mono);
        double[] b = toDoubles(herm);
        return preferHermite(a, b) ? new Nodes.HermiteClenshaw(b) : Nodes.monomial(a);
    }

    /** The basis choice described in the class comment. */
    static boolean preferHermite(double[] a, double[] b) {
        int degree = a.length - 1;
        if (degree <= ALWAYS_HORNER_DEGREE) {
            return false;
        }
        double hornerLoss = 0;
        double clenshawLoss = 0;
        for (int i = -48; i <= 48; i++) {
            double z = i / 4.0;
            double eMono = 0;
            double power = 1;
            for (double c : a) {
                eMono += Math.abs(c) * power;
                power *= Math.abs(z);
            }
            double eHerm = 0;
            double prev = 0;
            double cur = 1;
            for (int k = 0; k <= degree; k++) {
                eHerm += Math.abs(b[k]) * Math.abs(cur);
                double next = z * cur - k * prev;
                prev = cur;
                cur = next;
            }
            double floor = Double.MIN_NORMAL;
            hornerLoss = Math.max(hornerLoss, (eMono + floor) / (eHerm + floor));
            clenshawLoss = Math.max(clenshawLoss, (eHerm + floor) / (eMono + floor));
        }
        return hornerLoss > TOLERATED_LOSS && hornerLoss > clenshawLoss;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] r = new BigDecimal[n];
        java.util.Arrays.fill(r, BigDecimal.ZERO);
        return r;
    }

    private static double[] toDoubles(BigDecimal[] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[i].doubleValue();
        }
        return r;
    }

    private static BigDecimal decimal(BigFraction f) {
        return new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()), MC);
    }

    private static BigDecimal sqrt(BigInteger s) {
        return new BigDecimal(s).sqrt(MC);
    }
}
