package org.sgdx.reference.exponent.zeta;

import java.util.function.DoubleUnaryOperator;

/** Gauss–Legendre nodes and weights on {@code [−1, 1]}, computed by Newton's method on {@code P_n}. */
final class GaussLegendre {

    private static final double[][] EIGHT = compute(8);
    private static final double[][] SIXTEEN = compute(16);

    private GaussLegendre() {
    }

    /** The {@code n} pairs {@code {node, weight}}: shared read-only arrays for 8 and 16, fresh ones otherwise. */
    static double[][] nodes(int n) {
        return n == 8 ? EIGHT : n == 16 ? SIXTEEN : compute(n);
    }

    /** {@code ∫_a^b f} by the 16-point rule (either order of {@code a}, {@code b}). */
    static double integrate16(DoubleUnaryOperator f, double a, double b) {
        double mid = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double sum = 0;
        for (double[] node : SIXTEEN) {
            sum += node[1] * f.applyAsDouble(mid + half * node[0]);
        }
        return half * sum;
    }

    private static double[][] compute(int n) {
        double[][] out = new double[n][2];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = x;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                dp = n * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / dp;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    break;
                }
            }
            double w = 2 / ((1 - x * x) * dp * dp);
            out[i][0] = -x;
            out[i][1] = w;
            out[n - 1 - i][0] = x;
            out[n - 1 - i][1] = w;
        }
        return out;
    }
}
