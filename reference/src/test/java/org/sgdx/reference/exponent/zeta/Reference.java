package org.sgdx.reference.exponent.zeta;

import java.util.function.DoubleUnaryOperator;

/**
 * Independent reference computations for the tests: composite Simpson integration and Hermite polynomials from
 * their explicit sum (not the three-term recurrence the code uses).
 */
final class Reference {

    private Reference() {
    }

    /** {@code φ(z)}. */
    static double phi(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /** {@code h_k(z) = He_k(z)/√(k!)} with {@code He_k(z) = k! Σ_m (−1)^m z^{k−2m} / (m! (k−2m)! 2^m)}. */
    static double h(int k, double z) {
        double sum = 0;
        for (int m = 0; 2 * m <= k; m++) {
            double term = Math.pow(z, k - 2 * m) / (factorial(m) * factorial(k - 2 * m) * Math.pow(2, m));
            sum += m % 2 == 0 ? term : -term;
        }
        return sum * Math.sqrt(factorial(k));
    }

    static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /** Composite Simpson's rule with {@code n} (made even) intervals, summed with Kahan compensation. */
    static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        int m = n % 2 == 0 ? n : n + 1;
        double step = (b - a) / m;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        double carry = 0;
        for (int i = 1; i < m; i++) {
            double term = (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * step) - carry;
            double next = sum + term;
            carry = (next - sum) - term;
            sum = next;
        }
        return sum * step / 3;
    }

    /** Nodes and weights {@code {x, w}} of the 8-point Gauss–Legendre rule on {@code panels} equal parts of [a, b]. */
    static double[][] gaussLegendre(double a, double b, int panels) {
        double[] x = {0.1834346424956498, 0.5255324099163290, 0.7966664774136267, 0.9602898564975363};
        double[] w = {0.3626837833783620, 0.3137066458778873, 0.2223810344533745, 0.1012285362903763};
        double[][] out = new double[8 * panels][];
        double width = (b - a) / panels;
        for (int p = 0; p < panels; p++) {
            double c = a + (p + 0.5) * width;
            for (int i = 0; i < 4; i++) {
                out[8 * p + 2 * i] = new double[] {c - 0.5 * width * x[i], 0.5 * width * w[i]};
                out[8 * p + 2 * i + 1] = new double[] {c + 0.5 * width * x[i], 0.5 * width * w[i]};
            }
        }
        return out;
    }

    /** {@code E[h_k(Z) 1{a < Z < b}]} by Simpson's rule (finite {@code a}, {@code b}). */
    static double hermiteMoment(int k, double a, double b) {
        return simpson(z -> h(k, z) * phi(z), a, b, 40_000);
    }

    /** {@code E[h_k(Z)² 1{a < Z < b}]} by Simpson's rule. */
    static double hermiteSquareMoment(int k, double a, double b) {
        return simpson(z -> h(k, z) * h(k, z) * phi(z), a, b, 40_000);
    }
}
