package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.Erf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Brent's method against mpmath's zeros, from either end of the bracket. */
class BrentTest {

    private static DoubleUnaryOperator function(String name) {
        return switch (name) {
            case "cos-x-minus-x" -> x -> Math.cos(x) - x;
            case "cube-minus-2" -> x -> x * x * x - 2;
            case "exp-minus-10x" -> x -> Math.exp(x) - 10 * x;
            case "erf-half" -> x -> Erf.value(x) - 0.5;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @CsvSource({"cos-x-minus-x, 0, 1", "cube-minus-2, 2, 0", "exp-minus-10x, 0, 0.5", "erf-half, -1, 3"})
    void findsReferenceRootsToAFewUlps(String name, double a, double b) {
        DoubleUnaryOperator f = function(name);
        double exact = ReferenceData.value("numerics-40-digits.csv", "root", name).doubleValue();
        double root = Brent.root(f, a, b, f.applyAsDouble(a), f.applyAsDouble(b));
        assertThat(root).as(name).isCloseTo(exact, within(4 * Math.ulp(exact)));
    }

    /**
     * Superlinear convergence: on these smooth functions the interpolation steps reach the root to a few ulps within
     * 12 evaluations, where bisection alone would need about 50 (halving a bracket of width 1 down to 2^-52).
     */
    @ParameterizedTest
    @CsvSource({"cos-x-minus-x, 0, 1", "cube-minus-2, 2, 0", "exp-minus-10x, 0, 0.5", "erf-half, -1, 3"})
    void convergesSuperlinearlyOnSmoothFunctions(String name, double a, double b) {
        DoubleUnaryOperator f = function(name);
        int[] evaluations = {0};
        DoubleUnaryOperator counted = x -> {
            evaluations[0]++;
            return f.applyAsDouble(x);
        };
        double exact = ReferenceData.value("numerics-40-digits.csv", "root", name).doubleValue();
        double root = Brent.root(counted, a, b, f.applyAsDouble(a), f.applyAsDouble(b));
        assertThat(root).as(name).isCloseTo(exact, within(4 * Math.ulp(exact)));
        assertThat(evaluations[0]).as(name + ": evaluations").isLessThanOrEqualTo(12);
    }

    @Test
    void returnsAnEndWhereTheFunctionVanishesAndRefusesBracketsWithoutSignChange() {
        DoubleUnaryOperator g = x -> x * x * x - 8;
        assertThat(Brent.root(g, 2, 5, 0, g.applyAsDouble(5))).isEqualTo(2);
        assertThat(Brent.root(g, 0, 2, g.applyAsDouble(0), 0)).isEqualTo(2);
        assertThatThrownBy(() -> Brent.root(g, 3, 4, g.applyAsDouble(3), g.applyAsDouble(4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sign change");
    }

    private static final MathContext MC = MathContext.DECIMAL128;

    /** The zero of the line through {@code (x0, y0)} and {@code (x1, y1)}, in decimal arithmetic. */
    private static double secant(double x0, double y0, double x1, double y1) {
        BigDecimal dx = new BigDecimal(x1).subtract(new BigDecimal(x0));
        BigDecimal dy = new BigDecimal(y1).subtract(new BigDecimal(y0));
        return new BigDecimal(x0).subtract(new BigDecimal(y0).multiply(dx).divide(dy, MC)).doubleValue();
    }

    /**
     * The inverse quadratic interpolation point: the value at {@code y = 0} of the quadratic {@code x(y)} through the
     * three points, in Lagrange form, in decimal arithmetic.
     */
    private static double inverseQuadratic(double[] x, double[] y) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            BigDecimal term = new BigDecimal(x[i]);
            for (int j = 0; j < 3; j++) {
                if (j != i) {
                    BigDecimal yj = new BigDecimal(y[j]);
                    term = term.multiply(yj.negate()).divide(new BigDecimal(y[i]).subtract(yj), MC);
                }
            }
            sum = sum.add(term);
        }
        return sum.doubleValue();
    }

    /**
     * On x² − 2 from [1, 2] every step is an accepted interpolation step: the secant point 4/3 of the bracket, then
     * the inverse quadratic interpolation point 149/105 through (1, −1), (4/3, −2/9) and (2, 2), then the secant
     * points of the last two evaluations while the newest two bracket the zero on the same side, and the inverse
     * quadratic interpolation point through the last three once they bracket it.
     */
    @Test
    void takesSecantAndInverseQuadraticInterpolationSteps() {
        List<double[]> evaluations = new ArrayList<>();
        DoubleUnaryOperator f = x -> {
            double y = x * x - 2;
            evaluations.add(new double[] {x, y});
            return y;
        };
        Brent.root(f, 1, 2, -1, 2);
        assertThat(evaluations).hasSizeGreaterThanOrEqualTo(5);
        double[] x = evaluations.stream().mapToDouble(e -> e[0]).toArray();
        double[] y = evaluations.stream().mapToDouble(e -> e[1]).toArray();
        assertThat(x[0]).isCloseTo(4.0 / 3, within(Math.ulp(4.0 / 3)));
        assertThat(x[1]).isCloseTo(149.0 / 105, within(2 * Math.ulp(1.4)));
        assertThat(x[1]).isCloseTo(inverseQuadratic(new double[] {1, x[0], 2}, new double[] {-1, y[0], 2}),
                within(2 * Math.ulp(1.4)));
        assertThat(x[2]).isCloseTo(secant(x[0], y[0], x[1], y[1]), within(2 * Math.ulp(1.4)));
        assertThat(x[3]).isCloseTo(secant(x[1], y[1], x[2], y[2]), within(2 * Math.ulp(1.4)));
        assertThat(x[4]).isCloseTo(inverseQuadratic(new double[] {x[1], x[2], x[3]}, new double[] {y[1], y[2], y[3]}),
                within(2 * Math.ulp(1.4)));
    }

    /**
     * Where the last step is the smallest one, towards a zero below the newest point (x² − k and e^x − 3 from
     * [0, k]), the zero is still reached to an ulp within 12 evaluations.
     */
    @ParameterizedTest
    @CsvSource({"5", "6", "10"})
    void reachesAZeroBelowTheNewestPointWithTheSmallestStep(double k) {
        int[] evaluations = {0};
        DoubleUnaryOperator square = x -> {
            evaluations[0]++;
            return x * x - k;
        };
        assertThat(Brent.root(square, 0, k, -k, k * k - k)).isCloseTo(Math.sqrt(k), within(Math.ulp(Math.sqrt(k))));
        assertThat(evaluations[0]).isLessThanOrEqualTo(12);
        evaluations[0] = 0;
        DoubleUnaryOperator exp = x -> {
            evaluations[0]++;
            return Math.exp(x) - 3;
        };
        assertThat(Brent.root(exp, 0, 3, -2, Math.exp(3) - 3)).isCloseTo(Math.log(3), within(Math.ulp(Math.log(3))));
        assertThat(evaluations[0]).isLessThanOrEqualTo(12);
    }

    /**
     * At the triple zero of x³ the steps gain only a constant factor each (about 10⁻²⁰ in 200 evaluations), so the
     * bracket would need thousands of evaluations to shrink to Double.MIN_NORMAL about 0; the iteration stops after
     * 200 evaluations, close to 0.
     */
    @Test
    void stopsAfterTwoHundredEvaluations() {
        List<Double> evaluations = new ArrayList<>();
        DoubleUnaryOperator cube = x -> {
            evaluations.add(x);
            return x * x * x;
        };
        double root = Brent.root(cube, -1, 2, -1, 8);
        assertThat(evaluations).hasSize(200).contains(root);
        assertThat(Math.abs(root)).isLessThan(1e-15);
    }

    /**
     * Near 0 the tolerance is absolute, {@code Double.MIN_NORMAL}: the sign change of a function that jumps from −1 to
     * 1 at 0, bracketed by [−10⁻³⁰⁰, 2·10⁻³⁰⁰], is located to that tolerance by about log2(3·10⁻³⁰⁰/MIN_NORMAL) ≈ 27
     * bisections, not followed down through the subnormal numbers.
     */
    @Test
    void locatesASignChangeAtZeroToDoubleMinNormal() {
        int[] evaluations = {0};
        DoubleUnaryOperator jump = x -> {
            evaluations[0]++;
            return x >= 0 ? 1 + x : -1 + x;
        };
        double root = Brent.root(jump, -1e-300, 2e-300, jump.applyAsDouble(-1e-300), jump.applyAsDouble(2e-300));
        assertThat(Math.abs(root)).isLessThanOrEqualTo(4 * Double.MIN_NORMAL);
        assertThat(evaluations[0]).isLessThan(60);
    }
}
