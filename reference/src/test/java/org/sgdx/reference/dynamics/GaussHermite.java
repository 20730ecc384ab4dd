package org.sgdx.reference.dynamics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An independent Gauss–Hermite rule for the standard normal law, {@code E f(Z) ≈ Σ w_i f(x_i)}, exact for polynomials of
 * degree {@code 2n − 1}: nodes from the Numerical Recipes starting values for the physicists' rule (scaled by √2) refined
 * by Newton's method on {@code He_n} in arbitrary precision, weights {@code n! / (n He_{n−1}(x_i))²}. Written for the
 * tests only; the code under test never uses it.
 */
final class GaussHermite {

    final BigDecimal[] nodes;
    final BigDecimal[] weights;

    GaussHermite(int n, MathContext mc) {
        nodes = new BigDecimal[n];
        weights = new BigDecimal[n];
        double[] start = physicistsNodes(n);
        BigDecimal sqrt2 = BigDecimal.valueOf(2).sqrt(mc);
        BigDecimal factorial = BigDecimal.ONE;
        for (int k = 2; k <= n; k++) {
            factorial = factorial.multiply(BigDecimal.valueOf(k));
        }
        for (int i = 0; i < n; i++) {
            BigDecimal x = new BigDecimal(start[i]).multiply(sqrt2, mc);
            for (int it = 0; it < 12; it++) {
                BigDecimal[] h = he(n, x, mc);
                BigDecimal step = h[0].divide(h[1].multiply(BigDecimal.valueOf(n)), mc);
                x = x.subtract(step, mc);
                if (step.signum() == 0 || step.abs().compareTo(BigDecimal.ONE.movePointLeft(mc.getPrecision() - 5)) < 0) {
                    break;
                }
            }
            BigDecimal previous = he(n, x, mc)[1];
            nodes[i] = x;
            weights[i] = factorial.divide(previous.multiply(previous, mc).multiply(BigDecimal.valueOf((long) n * n)), mc);
        }
    }

    /** {@code {He_n(x), He_{n−1}(x)}}. */
    private static BigDecimal[] he(int n, BigDecimal x, MathContext mc) {
        BigDecimal previous = BigDecimal.ONE;
        BigDecimal current = x;
        for (int k = 1; k < n; k++) {
            BigDecimal next = x.multiply(current, mc).subtract(previous.multiply(BigDecimal.valueOf(k)), mc);
            previous = current;
            current = next;
        }
        return new BigDecimal[] {current, previous};
    }

    /** Numerical Recipes {@code gauher}: the zeros of the physicists' {@code H_n}, in double precision. */
    private static double[] physicistsNodes(int n) {
        double[] x = new double[n];
        double pim4 = 0.7511255444649425;
        int m = (n + 1) / 2;
        double z = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0) {
                z = Math.sqrt(2.0 * n + 1) - 1.85575 * Math.pow(2.0 * n + 1, -0.16667);
            } else if (i == 1) {
                z -= 1.14 * Math.pow(n, 0.426) / z;
            } else if (i == 2) {
                z = 1.86 * z - 0.86 * x[0];
            } else if (i == 3) {
                z = 1.91 * z - 0.91 * x[1];
            } else {
                z = 2.0 * z - x[i - 2];
            }
            for (int it = 0; it < 100; it++) {
                double p1 = pim4;
                double p2 = 0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = z * Math.sqrt(2.0 / (j + 1)) * p2 - Math.sqrt((double) j / (j + 1)) * p3;
                }
                double pp = Math.sqrt(2.0 * n) * p2;
                double z1 = z;
                z = z1 - p1 / pp;
                if (Math.abs(z - z1) <= 1e-15) {
                    break;
                }
            }
            x[i] = z;
            x[n - 1 - i] = -z;
        }
        return x;
    }

    static MathContext context(int digits) {
        return new MathContext(digits, RoundingMode.HALF_EVEN);
    }
}
