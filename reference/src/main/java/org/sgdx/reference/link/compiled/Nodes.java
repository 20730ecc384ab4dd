package org.sgdx.reference.link.compiled;

import org.sgdx.reference.link.Fn;

/** The evaluation nodes of {@link CompiledLink}. */
final class Nodes {

    private Nodes() {
    }

    static final class Constant extends CompiledLink {
        private final double c;

        Constant(double c) {
            this.c = c;
        }

        @Override
        public double value(double z) {
            return c;
        }

        @Override
        public String method() {
            return "constant";
        }
    }

    static final class Identity extends CompiledLink {
        @Override
        public double value(double z) {
            return z;
        }

        @Override
        public String method() {
            return "identity";
        }
    }

    /** {@code Σ a_k z^k} by Horner's scheme. */
    static final class Monomial extends CompiledLink {
        private final double[] a;

        Monomial(double[] a) {
            this.a = a.clone();
        }

        @Override
        public double value(double z) {
            double[] c = a;
            double r = c[c.length - 1];
            for (int k = c.length - 2; k >= 0; k--) {
                r = r * z + c[k];
            }
            return r;
        }

        @Override
        public String method() {
            return "horner(" + (a.length - 1) + ")";
        }
    }

    /**
     * {@code Σ a_k z^k}, specialised by degree and parity (the links σ, σ' and σ* are on the critical path of the
     * reduced chain): even of degree ≤ 4 and odd of degree ≤ 5 in {@code t = z²}, other cubics by Estrin's scheme,
     * the rest by Horner's. Trailing zero coefficients are dropped.
     */
    static CompiledLink monomial(double[] coefficients) {
        int n = coefficients.length - 1;
        while (n > 0 && coefficients[n] == 0) {
            n--;
        }
        double[] a = java.util.Arrays.copyOf(coefficients, Math.max(n + 1, 6));
        boolean even = true;
        boolean odd = true;
        for (int k = 0; k <= n; k++) {
            if (a[k] != 0) {
                even &= k % 2 == 0;
                odd &= k % 2 == 1;
            }
        }
        if (n == 0) {
            return new Constant(a[0]);
        }
        if (even && n <= 4) {
            return new EvenQuartic(a[0], a[2], a[4], n);
        }
        if (odd && n <= 5) {
            return new OddQuintic(a[1], a[3], a[5], n);
        }
        if (n <= 3) {
            return new Cubic(a[0], a[1], a[2], a[3], n);
        }
        return new Monomial(java.util.Arrays.copyOf(a, n + 1));
    }

    /** {@code a0 + a2 z² + a4 z⁴}. */
    static final class EvenQuartic extends CompiledLink {
        private final double a0;
        private final double a2;
        private final double a4;
        private final int degree;

        EvenQuartic(double a0, double a2, double a4, int degree) {
            this.a0 = a0;
            this.a2 = a2;
            this.a4 = a4;
            this.degree = degree;
        }

        @Override
        public double value(double z) {
            double t = z * z;
            return a0 + t * (a2 + a4 * t);
        }

        @Override
        public String method() {
            return "horner-even(" + degree + ")";
        }
    }

    /** {@code z (a1 + a3 z² + a5 z⁴)}. */
    static final class OddQuintic extends CompiledLink {
        private final double a1;
        private final double a3;
        private final double a5;
        private final int degree;

        OddQuintic(double a1, double a3, double a5, int degree) {
            this.a1 = a1;
            this.a3 = a3;
            this.a5 = a5;
            this.degree = degree;
        }

        @Override
        public double value(double z) {
            double t = z * z;
            return z * (a1 + t * (a3 + a5 * t));
        }

        @Override
        public String method() {
            return "horner-odd(" + degree + ")";
        }
    }

    /** {@code (a0 + a1 z) + z² (a2 + a3 z)} (Estrin's scheme). */
    static final class Cubic extends CompiledLink {
        private final double a0;
        private final double a1;
        private final double a2;
        private final double a3;
        private final int degree;

        Cubic(double a0, double a1, double a2, double a3, int degree) {
            this.a0 = a0;
            this.a1 = a1;
            this.a2 = a2;
            this.a3 = a3;
            this.degree = degree;
        }

        @Override
        public double value(double z) {
            return (a0 + a1 * z) + (z * z) * (a2 + a3 * z);
        }

        @Override
        public String method() {
            return "estrin(" + degree + ")";
        }
    }

    /** {@code Σ b_k He_k(z)} by Clenshaw's recurrence {@code B_k = b_k + z B_{k+1} − (k+1) B_{k+2}}. */
    static final class HermiteClenshaw extends CompiledLink {
        private final double[] b;

        HermiteClenshaw(double[] b) {
            this.b = b.clone();
        }

        @Override
        public double value(double z) {
            double[] c = b;
            int n = c.length - 1;
            double b1 = 0;
            double b2 = 0;
            for (int k = n; k >= 0; k--) {
                double b0 = c[k] + z * b1 - (k + 1) * b2;
                b2 = b1;
                b1 = b0;
            }
            return b1;
        }

        @Override
        public String method() {
            return "hermite-clenshaw(" + (b.length - 1) + ")";
        }
    }

    /** A function with its only breakpoint at 0: one piece for {@code z < 0}, one for {@code z > 0}, a value at 0. */
    static final class Piecewise extends CompiledLink {
        private final CompiledLink negative;
        private final CompiledLink positive;
        private final double atZero;

        Piecewise(CompiledLink negative, CompiledLink positive, double atZero) {
            this.negative = negative;
            this.positive = positive;
            this.atZero = atZero;
        }

        @Override
        public double value(double z) {
            return z > 0 ? positive.value(z) : z < 0 ? negative.value(z) : z == 0 ? atZero : z;
        }

        @Override
        public String method() {
            return "piecewise(" + negative.method() + " | " + positive.method() + ")";
        }
    }

    static final class Sum extends CompiledLink {
        private final CompiledLink left;
        private final CompiledLink right;

        Sum(CompiledLink left, CompiledLink right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public double value(double z) {
            return left.value(z) + right.value(z);
        }

        @Override
        public String method() {
            return "(" + left.method() + " + " + right.method() + ")";
        }
    }

    static final class Product extends CompiledLink {
        private final CompiledLink left;
        private final CompiledLink right;

        Product(CompiledLink left, CompiledLink right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public double value(double z) {
            return left.value(z) * right.value(z);
        }

        @Override
        public String method() {
            return "(" + left.method() + " * " + right.method() + ")";
        }
    }

    /** {@code base^n} by repeated squaring. */
    static final class Power extends CompiledLink {
        private final CompiledLink base;
        private final int exponent;

        Power(CompiledLink base, int exponent) {
            this.base = base;
            this.exponent = exponent;
        }

        @Override
        public double value(double z) {
            double b = base.value(z);
            double r = 1;
            for (int e = exponent; e > 0; e >>= 1) {
                if ((e & 1) != 0) {
                    r *= b;
                }
                b *= b;
            }
            return r;
        }

        @Override
        public String method() {
            return base.method() + "^" + exponent;
        }
    }

    /** {@code He_k(argument)} by the recurrence {@code He_{j+1} = x He_j − j He_{j−1}}. */
    static final class HermiteRecurrence extends CompiledLink {
        private final int degree;
        private final CompiledLink argument;

        HermiteRecurrence(int degree, CompiledLink argument) {
            this.degree = degree;
            this.argument = argument;
        }

        @Override
        public double value(double z) {
            double x = argument.value(z);
            if (degree == 0) {
                return 1;
            }
            double prev = 1;
            double cur = x;
            for (int j = 1; j < degree; j++) {
                double next = x * cur - j * prev;
                prev = cur;
                cur = next;
            }
            return cur;
        }

        @Override
        public String method() {
            return "He" + degree + "-recurrence(" + argument.method() + ")";
        }
    }

    /**
     * {@code h_k(argument) = He_k/√(k!)} by the normalised recurrence
     * {@code h_{j+1} = (x h_j − √j h_{j−1}) / √(j+1)}, which never overflows through {@code k!}.
     */
    static final class NormalisedHermiteRecurrence extends CompiledLink {
        private final int degree;
        private final CompiledLink argument;
        private final double[] sqrt;
        private final double[] inverseSqrt;

        NormalisedHermiteRecurrence(int degree, CompiledLink argument) {
            this.degree = degree;
            this.argument = argument;
            this.sqrt = new double[degree + 1];
            this.inverseSqrt = new double[degree + 1];
            for (int j = 1; j <= degree; j++) {
                sqrt[j] = Math.sqrt(j);
                inverseSqrt[j] = 1 / Math.sqrt(j);
            }
        }

        @Override
        public double value(double z) {
            double x = argument.value(z);
            if (degree == 0) {
                return 1;
            }
            double prev = 1;
            double cur = x;
            for (int j = 1; j < degree; j++) {
                double next = (x * cur - sqrt[j] * prev) * inverseSqrt[j + 1];
                prev = cur;
                cur = next;
            }
            return cur;
        }

        @Override
        public String method() {
            return "h" + degree + "-recurrence(" + argument.method() + ")";
        }
    }

    static final class Call extends CompiledLink {
        private final Fn function;
        private final CompiledLink argument;

        Call(Fn function, CompiledLink argument) {
            this.function = function;
            this.argument = argument;
        }

        @Override
        public double value(double z) {
            return function.apply(argument.value(z));
        }

        @Override
        public String method() {
            return function.symbol() + "(" + argument.method() + ")";
        }
    }
}
