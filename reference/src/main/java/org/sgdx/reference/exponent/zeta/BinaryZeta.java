package org.sgdx.reference.exponent.zeta;

import org.sgdx.reference.link.compiled.LinkCompiler;
import java.util.function.DoubleUnaryOperator;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.numeric.TanhSinh;

/**
 * {@code ζ_k} and {@code E_y[ζ_k²]} for binary labels {@code y = ±1} with {@code P(y = 1 | z) = q(z)} (MATH.md §3):
 * {@code ζ_k(1) = E[h_k q]/P(y = 1)}, {@code ζ_k(−1) = −E[h_k q]/P(y = −1)} for {@code k ≥ 1}, hence
 * {@code E[ζ_k²] = E[h_k q]² (1/P(y = 1) + 1/P(y = −1))}. The expectations are tanh-sinh integrals between the
 * kinks of {@code q} on {@code [−L, L]}.
 */
final class BinaryZeta {

    private static final double TOLERANCE = 1e-15;
    private static final double ROUNDOFF = 64 * Math.ulp(1.0);

    private final int maxK;
    private final double cut;
    /** {@code E[q]}, {@code E[1 − q]}, {@code E[h_k q]} for {@code k = 1 .. K}. */
    private final double[] value;
    private final double[] error;

    BinaryZeta(Expr expression, int maxK) {
        DoubleUnaryOperator q = LinkCompiler.compile(expression)::value;
        this.maxK = maxK;
        this.cut = Gaussian.truncation(maxK);
        LinkStructure structure = LinkStructure.analyse(expression, cut, "binary-label probability q", false);
        validate(q, structure.breakpoints);
        int n = maxK + 2;
        TanhSinh.Result acc = new TanhSinh.Result(n);
        double[] h = new double[maxK + 1];
        TanhSinh.Integrand f = (z, out) -> {
            double qz = q.applyAsDouble(z);
            double phi = Gaussian.pdf(z);
            Gaussian.hermite(z, h);
            out[0] = qz * phi;
            out[1] = (1 - qz) * phi;
            for (int k = 1; k <= maxK; k++) {
                out[k + 1] = qz * phi * h[k];
            }
        };
        double[] bp = structure.breakpoints;
        for (int i = 0; i + 1 < bp.length; i++) {
            int parts = (int) Math.ceil(bp[i + 1] - bp[i]);
            for (int j = 0; j < parts; j++) {
                double a = bp[i] + (bp[i + 1] - bp[i]) * j / parts;
                double b = j == parts - 1 ? bp[i + 1] : bp[i] + (bp[i + 1] - bp[i]) * (j + 1) / parts;
                TanhSinh.integrate(f, a, b, TOLERANCE, acc);
            }
        }
        double outside = Gaussian.probability(Double.NEGATIVE_INFINITY, -cut);
        this.value = acc.value().clone();
        // the probabilities of the tails |z| > L, assigned by the values of q at ±L
        double qLeft = q.applyAsDouble(-cut);
        double qRight = q.applyAsDouble(cut);
        value[0] += outside * (qLeft + qRight);
        value[1] += outside * (2 - qLeft - qRight);
        this.error = new double[n];
        for (int i = 0; i < n; i++) {
            error[i] = acc.error()[i] + ROUNDOFF * acc.magnitude()[i]
                    + (i < 2 ? outside : Math.sqrt(Gaussian.tailSquareMoment(i - 1, cut) * 2 * outside));
        }
    }

    /** {@code P(y = 1)}. */
    double probabilityPlus() {
        return value[0];
    }

    /** {@code P(y = −1)}. */
    double probabilityMinus() {
        return value[1];
    }

    /** {@code ζ_k(1)}, or NaN when {@code P(y = 1) = 0}. */
    double zetaPlus(int k) {
        return value[0] > 0 ? value[k + 1] / value[0] : Double.NaN;
    }

    /** {@code ζ_k(−1)}, or NaN when {@code P(y = −1) = 0}. */
    double zetaMinus(int k) {
        return value[1] > 0 ? -value[k + 1] / value[1] : Double.NaN;
    }

    /** {@code E_y[ζ_k²]} for {@code k = 0 .. maxK} with propagated error estimates. */
    MomentSums moments() {
        double p1 = value[0];
        double p0 = value[1];
        double[] v = new double[maxK + 1];
        double[] e = new double[maxK + 1];
        v[0] = p1 + p0;
        e[0] = error[0] + error[1] + Math.abs(1 - v[0]);
        for (int k = 1; k <= maxK; k++) {
            double num = value[k + 1];
            double dn = error[k + 1];
            double inv = (p1 > 0 ? 1 / p1 : 0) + (p0 > 0 ? 1 / p0 : 0);
            v[k] = num * num * inv;
            e[k] = (2 * Math.abs(num) * dn + dn * dn) * inv
                    + num * num * ((p1 > 0 ? error[0] / (p1 * p1) : 0) + (p0 > 0 ? error[1] / (p0 * p0) : 0))
                    + ROUNDOFF * v[k];
        }
        return new MomentSums(v, e);
    }

    /** Checks {@code 0 ≤ q ≤ 1} on a grid of {@code [−L, L]} and beside each breakpoint. */
    private static void validate(DoubleUnaryOperator q, double[] breakpoints) {
        double cut = breakpoints[breakpoints.length - 1];
        int n = (int) Math.ceil(2 * cut * 512);
        for (int i = 0; i <= n; i++) {
            check(q, -cut + 2 * cut * i / n);
        }
        for (double b : breakpoints) {
            check(q, b - 1e-9);
            check(q, b + 1e-9);
        }
    }

    private static void check(DoubleUnaryOperator q, double z) {
        double v = q.applyAsDouble(z);
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("binary labels need 0 <= q(z) <= 1 (q(z) = P(y = +1 | z)), but q("
                    + z + ") = " + v);
        }
    }
}
