package org.sgdx.reference.numeric;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finder in double precision (Brent, "Algorithms for Minimization without Derivatives", 1973, ch. 4):
 * inverse quadratic interpolation and secant steps, safeguarded by bisection: the bracket always contains a sign
 * change, convergence is superlinear near a simple zero, and no more than about the square of the number of
 * bisection steps is ever needed.
 */
public final class Brent {

    private static final double EPS = Math.ulp(1.0);

    private Brent() {
    }

    /**
     * A zero of {@code f} in {@code [a, b]} by Brent's method (inverse quadratic interpolation, secant and
     * bisection), given {@code fa = f(a)} and {@code fb = f(b)} of opposite signs or one of them zero.
     * The bracket shrinks below a few units in the last place, or to the first exact zero; the iteration stops
     * after 200 evaluations in any case.
     *
     * @throws IllegalArgumentException if {@code fa} and {@code fb} are non-zero with the same sign
     */
    public static double root(DoubleUnaryOperator f, double a, double b, double fa, double fb) {
        if (fa == 0) {
            return a;
        }
        if (fb == 0) {
            return b;
        }
        if (fa > 0 == fb > 0) {
            throw new IllegalArgumentException("no sign change on [" + a + ", " + b + "]");
        }
        double c = a;
        double fc = fa;
        double d = b - a;
        double e = d;
        for (int iter = 0; iter < 200; iter++) {
            if (fb > 0 == fc > 0) {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }
            double tol = 2 * EPS * Math.abs(b) + Double.MIN_NORMAL;
            double m = 0.5 * (c - b);
            if (Math.abs(m) <= tol || fb == 0) {
                return b;
            }
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = m;
            } else {
                double s = fb / fa;
                double p;
                double q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qq = fa / fc;
                    double r = fb / fc;
                    p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) {
                    q = -q;
                } else {
                    p = -p;
                }
                if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = f.applyAsDouble(b);
        }
        return b;
    }
}
