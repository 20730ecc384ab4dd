package org.sgdx.reference.numeric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code n}-point Gauss–Legendre rule on {@code [−1, 1]}, {@code ∫ g ≈ Σ_i w_i g(x_i)}, exact for polynomials
 * of degree {@code 2n − 1}, with nodes and weights correct to the requested number of digits. The nodes are the
 * zeros of the Legendre polynomial {@code P_n}, found by Newton's method from a double-precision start, the
 * working precision doubling with each step; {@code w_i = 2 / ((1 − x_i²) P_n'(x_i)²)}. Only the non-negative
 * nodes are stored: the rule is symmetric. For double-precision integrands the rule also holds all {@code n} nodes and
 * weights rounded to double ({@link #doubleNodes()}, {@link #integrate(DoubleUnaryOperator, double, double)}).
 * Immutable.
 */
public final class GaussLegendreRule {

    private static final int EXTRA_DIGITS = 5;

    private final int points;
    private final BigDecimal[] nodes;
    private final BigDecimal[] weights;
    /** All nodes in increasing order, rounded to double. */
    private final double[] doubleNodes;
    /** The weights of {@link #doubleNodes}, rounded to double. */
    private final double[] doubleWeights;

    private GaussLegendreRule(int points, BigDecimal[] nodes, BigDecimal[] weights) {
        this.points = points;
        this.nodes = nodes;
        this.weights = weights;
        doubleNodes = new double[points];
        doubleWeights = new double[points];
        for (int i = 0; i < nodes.length; i++) {
            double x = nodes[i].doubleValue();
            double w = weights[i].doubleValue();
            doubleNodes[i] = -x;
            doubleWeights[i] = w;
            doubleNodes[points - 1 - i] = x;
            doubleWeights[points - 1 - i] = w;
        }
    }

    /**
     * Computes the rule.
     *
     * @param points the number of nodes {@code n ≥ 1}
     * @param digits the number of correct significant digits of each node and weight, at least 1
     */
    public static GaussLegendreRule of(int points, int digits) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be >= 1: " + points);
        }
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be >= 1: " + digits);
        }
        int target = digits + EXTRA_DIGITS;
        int half = (points + 1) / 2;
        BigDecimal[] x = new BigDecimal[half];
        BigDecimal[] w = new BigDecimal[half];
        MathContext out = new MathContext(digits, RoundingMode.HALF_EVEN);
        for (int i = 0; i < half; i++) {
            // i-th largest zero; the middle one of an odd rule is exactly 0
            boolean middle = points % 2 == 1 && i == half - 1;
            BigDecimal xi = middle ? BigDecimal.ZERO : new BigDecimal(doubleNode(points, i));
            BigDecimal derivative = null;
            int precision = 16;
            boolean last = false;
            while (true) {
                precision = Math.min(2 * precision, target);
                MathContext mc = new MathContext(precision, RoundingMode.HALF_EVEN);
                BigDecimal[] pd = legendre(points, xi, mc);
                derivative = pd[1];
                if (last) {
                    break;
                }
                if (!middle) {
                    xi = xi.subtract(pd[0].divide(pd[1], mc), mc);
                }
                // one more step at full precision after reaching it, which also supplies P_n'(x_i)
                last = precision == target;
            }
            MathContext mc = new MathContext(target, RoundingMode.HALF_EVEN);
            BigDecimal oneMinusX2 = BigDecimal.ONE.subtract(xi.multiply(xi, mc), mc);
            BigDecimal denominator = oneMinusX2.multiply(derivative.multiply(derivative, mc), mc);
            x[i] = xi.round(out);
            w[i] = BigDecimal.valueOf(2).divide(denominator, out);
        }
        return new GaussLegendreRule(points, x, w);
    }

    /** The number of nodes {@code n}. */
    public int points() {
        return points;
    }

    /** The number {@code ⌈n/2⌉} of non-negative nodes. */
    public int halfSize() {
        return nodes.length;
    }

    /** The {@code i}-th largest node, {@code 0 ≤ i < halfSize()}; the nodes are {@code ±node(i)}. */
    public BigDecimal node(int i) {
        return nodes[i];
    }

    /** The weight of {@code ±node(i)}. */
    public BigDecimal weight(int i) {
        return weights[i];
    }

    /**
     * All {@code n} nodes in increasing order, each the double nearest to its {@code digits}-digit value (a fresh
     * array).
     */
    public double[] doubleNodes() {
        return doubleNodes.clone();
    }

    /** The weights of {@link #doubleNodes()}, in the same order and rounded the same way (a fresh array). */
    public double[] doubleWeights() {
        return doubleWeights.clone();
    }

    /**
     * {@code ∫_a^b f} by this rule in double precision, {@code (b − a)/2 · Σ_i w_i f((a + b)/2 + (b − a)/2 · x_i)}
     * summed over the nodes in increasing order; either order of {@code a} and {@code b}.
     */
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        double mid = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double sum = 0;
        for (int i = 0; i < points; i++) {
            sum += doubleWeights[i] * f.applyAsDouble(mid + half * doubleNodes[i]);
        }
        return half * sum;
    }

    /** Whether {@code node(i)} is the middle node 0 of an odd rule, which is not mirrored. */
    public boolean isMiddle(int i) {
        return points % 2 == 1 && i == nodes.length - 1;
    }

    /** {@code {P_n(x), P_n'(x)}} by {@code (j+1) P_{j+1} = (2j+1) x P_j − j P_{j−1}}. */
    private static BigDecimal[] legendre(int n, BigDecimal x, MathContext mc) {
        BigDecimal prev = BigDecimal.ONE;
        BigDecimal cur = x;
        for (int j = 1; j < n; j++) {
            BigDecimal next = x.multiply(cur, mc).multiply(BigDecimal.valueOf(2L * j + 1))
                    .subtract(prev.multiply(BigDecimal.valueOf(j)))
                    .divide(BigDecimal.valueOf(j + 1L), mc);
            prev = cur;
            cur = next;
        }
        // P_n'(x) = n (x P_n − P_{n−1}) / (x² − 1)
        BigDecimal derivative = x.multiply(cur, mc).subtract(prev, mc).multiply(BigDecimal.valueOf(n))
                .divide(x.multiply(x, mc).subtract(BigDecimal.ONE, mc), mc);
        return new BigDecimal[] {cur, derivative};
    }

    /** The {@code i}-th largest zero of {@code P_n} in double precision. */
    private static double doubleNode(int n, int i) {
        double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
        for (int iter = 0; iter < 100; iter++) {
            double prev = 1;
            double cur = x;
            for (int j = 1; j < n; j++) {
                double next = ((2 * j + 1) * x * cur - j * prev) / (j + 1);
                prev = cur;
                cur = next;
            }
            double derivative = n * (x * cur - prev) / (x * x - 1);
            double step = cur / derivative;
            x -= step;
            if (Math.abs(step) < 1e-17) {
                break;
            }
        }
        return x;
    }
}
