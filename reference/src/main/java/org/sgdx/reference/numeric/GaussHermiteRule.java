package org.sgdx.reference.numeric;

/**
 * The {@code n}-point Gauss–Hermite rule for {@code E[f(Z)]}, {@code Z ~ N(0, 1)}, in double precision: nodes and
 * weights of the physicists' rule (weight {@code e^{−x²}}) by Newton's method on the orthonormal recurrence with the
 * classical starting values (Numerical Recipes, {@code gauher}), mapped by {@code z = √2 x}, {@code W = w/√π}. Exact
 * for polynomials of degree {@code ≤ 2n − 1}; for a function analytic in a strip around the real line the error
 * decreases like {@code exp(−c√n)}. Independent of the arbitrary-precision {@link HermiteQuadrature} (a check of it),
 * and the double-precision rule of the tabulated diffusion coefficients. Immutable.
 */
public final class GaussHermiteRule {

    /**
     * The largest number of points: beyond about 200 the starting values and the recurrence in double no longer give
     * the rule (the weights of a 200-point rule computed this way do not sum to 1).
     */
    public static final int MAX_POINTS = 192;

    private static final double PI_TO_MINUS_QUARTER = 0.7511255444649425;
    private static final int MAX_ITERATIONS = 100;

    private final double[] nodes;
    private final double[] weights;

    private GaussHermiteRule(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The rule with {@code n} points.
     *
     * @throws IllegalArgumentException if {@code n < 1} or {@code n > }{@value #MAX_POINTS}
     * @throws ArithmeticException if Newton's method does not converge
     */
    public static GaussHermiteRule of(int n) {
        if (n < 1 || n > MAX_POINTS) {
            throw new IllegalArgumentException("the number of Gauss-Hermite points must be in 1.." + MAX_POINTS
                    + ", got " + n);
        }
        double[] x = new double[n];
        double[] w = new double[n];
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
            double pp = 0;
            boolean converged = false;
            for (int it = 0; it < MAX_ITERATIONS; it++) {
                double p1 = PI_TO_MINUS_QUARTER;
                double p2 = 0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = z * Math.sqrt(2.0 / (j + 1)) * p2 - Math.sqrt((double) j / (j + 1)) * p3;
                }
                pp = Math.sqrt(2.0 * n) * p2;
                double z1 = z;
                z = z1 - p1 / pp;
                if (Math.abs(z - z1) <= 1e-15 * Math.max(1, Math.abs(z))) {
                    converged = true;
                    break;
                }
            }
            if (!converged) {
                throw new ArithmeticException("Gauss-Hermite node " + i + " of " + n + " did not converge");
            }
            x[i] = z;
            x[n - 1 - i] = -z;
            w[i] = 2.0 / (pp * pp);
            w[n - 1 - i] = w[i];
        }
        double root2 = Math.sqrt(2);
        double rootPi = Math.sqrt(Math.PI);
        for (int i = 0; i < n; i++) {
            x[i] *= root2;
            w[i] /= rootPi;
        }
        return new GaussHermiteRule(x, w);
    }

    /** The number of points. */
    public int size() {
        return nodes.length;
    }

    /** The node {@code z_i} (the nodes decrease with {@code i} and are symmetric about 0). */
    public double node(int i) {
        return nodes[i];
    }

    /** The weight {@code W_i} (they sum to 1). */
    public double weight(int i) {
        return weights[i];
    }
}
