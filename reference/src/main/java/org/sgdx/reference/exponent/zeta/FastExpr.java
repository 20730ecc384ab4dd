package org.sgdx.reference.exponent.zeta;

import java.util.function.DoubleUnaryOperator;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.Fn;

/**
 * Compiles an {@link Expr} into a double-precision evaluator with its rational constants converted once,
 * for the many evaluations the quadratures need.
 */
final class FastExpr {

    private FastExpr() {
    }

    /** An evaluator with the values of {@link Expr#value(double)} (up to rounding). */
    static DoubleUnaryOperator compile(Expr e) {
        if (e instanceof Expr.Constant c) {
            double v = c.value().doubleValue();
            return z -> v;
        }
        if (e instanceof Expr.Variable) {
            return z -> z;
        }
        if (e instanceof Expr.SquareRoot r) {
            double v = Math.sqrt(r.radicand());
            return z -> v;
        }
        if (e instanceof Expr.Sum s) {
            DoubleUnaryOperator a = compile(s.left());
            DoubleUnaryOperator b = compile(s.right());
            return z -> a.applyAsDouble(z) + b.applyAsDouble(z);
        }
        if (e instanceof Expr.Product p) {
            if (p.left() instanceof Expr.Constant c) {
                double v = c.value().doubleValue();
                DoubleUnaryOperator b = compile(p.right());
                return z -> v * b.applyAsDouble(z);
            }
            DoubleUnaryOperator a = compile(p.left());
            DoubleUnaryOperator b = compile(p.right());
            return z -> a.applyAsDouble(z) * b.applyAsDouble(z);
        }
        if (e instanceof Expr.Power p) {
            DoubleUnaryOperator b = compile(p.base());
            int n = p.exponent();
            return z -> {
                double x = b.applyAsDouble(z);
                double r = 1;
                for (int i = 0; i < n; i++) {
                    r *= x;
                }
                return r;
            };
        }
        if (e instanceof Expr.Hermite h) {
            DoubleUnaryOperator arg = compile(h.argument());
            int k = h.degree();
            boolean normalised = h.normalised();
            double scale = normalised ? 1 : Math.sqrt(factorial(k));
            return z -> {
                double x = arg.applyAsDouble(z);
                if (k == 0) {
                    return 1;
                }
                double prev = 1;
                double cur = x;
                for (int j = 1; j < k; j++) {
                    double next = (x * cur - Math.sqrt(j) * prev) / Math.sqrt(j + 1.0);
                    prev = cur;
                    cur = next;
                }
                return scale * cur;
            };
        }
        if (e instanceof Expr.Call c) {
            DoubleUnaryOperator arg = compile(c.argument());
            Fn f = c.function();
            return z -> f.apply(arg.applyAsDouble(z));
        }
        return e::value;
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
