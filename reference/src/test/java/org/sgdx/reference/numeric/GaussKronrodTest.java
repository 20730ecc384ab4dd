package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 15-point Gauss–Kronrod rule against exact polynomial integrals and mpmath's values of smooth integrals. */
class GaussKronrodTest {

    private static final String DATA = "numerics-40-digits.csv";

    private static double[] apply(DoubleUnaryOperator f, double a, double b) {
        double[][] values = new double[GaussKronrod.POINTS][1];
        for (int j = 0; j < GaussKronrod.POINTS; j++) {
            values[j][0] = f.applyAsDouble(GaussKronrod.node(a, b, j));
        }
        double[] sum = new double[1];
        double[] error = new double[1];
        GaussKronrod.apply(a, b, values, sum, error);
        return new double[] {sum[0], error[0]};
    }

    @Test
    void isExactForPolynomialsUpToItsDegree() {
        // K15 integrates degree 22 exactly, the embedded G7 degree 13
        for (int degree : new int[] {0, 5, 13, 22}) {
            int p = degree;
            double[] r = apply(x -> Math.pow(x, p), -1, 2);
            double exact = (Math.pow(2, degree + 1) - Math.pow(-1, degree + 1)) / (degree + 1);
            assertThat(r[0]).as("degree %d", degree).isCloseTo(exact, within(1e-13 * Math.abs(exact)));
            if (degree <= 13) {
                assertThat(r[1]).isLessThan(1e-12 * Math.abs(exact));
            }
        }
    }

    /** The value is within its error estimate of mpmath's, and the estimate is not wildly pessimistic. */
    @ParameterizedTest
    @CsvSource({"exp-0-1, 0, 1", "runge-minus1-2, -1, 2", "cos-exp-0-3, 0, 3"})
    void matchesReferenceIntegralsWithinItsErrorEstimate(String name, double a, double b) {
        DoubleUnaryOperator f = switch (name) {
            case "exp-0-1" -> Math::exp;
            case "runge-minus1-2" -> x -> 1 / (1 + 25 * x * x);
            default -> x -> Math.cos(3 * x) * Math.exp(-x / 2);
        };
        double exact = ReferenceData.value(DATA, "integral", name).doubleValue();
        double[] r = apply(f, a, b);
        double actual = Math.abs(r[0] - exact);
        assertThat(actual).as(name).isLessThanOrEqualTo(r[1] + 2 * Math.ulp(exact));
        // e^x on [0, 1] is resolved to rounding (the estimate is its floor 50 ε ∫|f|); the Runge function on one
        // panel is not, and the estimate says so
        if (name.equals("exp-0-1")) {
            assertThat(r[1]).isLessThan(1e-13);
        } else if (name.equals("runge-minus1-2")) {
            assertThat(r[1]).isGreaterThan(1e-4);
        }
    }

    @Test
    void nodesAreSymmetricAboutTheCentre() {
        for (int j = 0; j < GaussKronrod.POINTS; j++) {
            double left = GaussKronrod.node(-1, 3, j) - 1;
            double right = GaussKronrod.node(-1, 3, GaussKronrod.POINTS - 1 - j) - 1;
            assertThat(left).isCloseTo(-right, within(1e-15));
        }
        assertThat(GaussKronrod.node(-1, 3, 7)).isEqualTo(1);
    }

    /**
     * The Kronrod weights of the nodes on [−1, 1], from their definition: the symmetric weights that make the rule
     * exact for 1, x², …, x¹⁴ (solved by Gaussian elimination with partial pivoting).
     */
    private static double[] kronrodWeights() {
        int m = 8;
        double[] t = new double[m];
        for (int j = 0; j < m; j++) {
            t[j] = GaussKronrod.node(-1, 1, 7 + j);
        }
        double[][] system = new double[m][m + 1];
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < m; j++) {
                double power = Math.pow(t[j], 2 * k);
                system[k][j] = j == 0 ? power : 2 * power;
            }
            system[k][m] = 2.0 / (2 * k + 1);
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int row = col + 1; row < m; row++) {
                if (Math.abs(system[row][col]) > Math.abs(system[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = system[col];
            system[col] = system[pivot];
            system[pivot] = swap;
            for (int row = 0; row < m; row++) {
                if (row != col) {
                    double factor = system[row][col] / system[col][col];
                    for (int k = col; k <= m; k++) {
                        system[row][k] -= factor * system[col][k];
                    }
                }
            }
        }
        // weights of the nodes 0 .. 14, symmetric about the centre 7
        double[] w = new double[GaussKronrod.POINTS];
        for (int j = 0; j < m; j++) {
            w[7 + j] = system[j][m] / system[j][j];
            w[7 - j] = w[7 + j];
        }
        return w;
    }

    /**
     * QUADPACK's qk15 estimate from its definition: K and the 7-point Gauss–Legendre value G, {@code abs = ∫|f|} and
     * {@code asc = ∫|f − K/(b − a)|} by the Kronrod rule, {@code max(asc · min(1, (200 |K − G| / asc)^{3/2}),
     * 50 ε abs)}; G from {@link GaussLegendreRule}, the Kronrod weights from their exactness.
     */
    private static double qk15Error(DoubleUnaryOperator f, double a, double b) {
        double[] w = kronrodWeights();
        double half = 0.5 * (b - a);
        double k = 0;
        for (int j = 0; j < GaussKronrod.POINTS; j++) {
            k += w[j] * f.applyAsDouble(GaussKronrod.node(a, b, j)) * half;
        }
        double g = GaussLegendreRule.of(7, 20).integrate(f, a, b);
        double abs = 0;
        double asc = 0;
        for (int j = 0; j < GaussKronrod.POINTS; j++) {
            double fj = f.applyAsDouble(GaussKronrod.node(a, b, j));
            abs += w[j] * Math.abs(fj) * Math.abs(half);
            asc += w[j] * Math.abs(fj - k / (b - a)) * Math.abs(half);
        }
        return Math.max(asc * Math.min(1, Math.pow(200 * Math.abs(k - g) / asc, 1.5)), 50 * Math.ulp(1.0) * abs);
    }

    /**
     * The error estimate in each of its regimes: e^x on [0, 1] is resolved to rounding (the floor 50 ε ∫|f|), e^x on
     * [0, 6] leaves |K − G| ≈ 7·10⁻⁷ (the estimate (200 |K − G|)^{3/2} / asc^{1/2}), and the Runge function on [−1, 2]
     * is not resolved (the estimate asc); each also from right to left.
     */
    @ParameterizedTest
    @CsvSource({"exp, 0, 1", "exp, 0, 6", "exp, 6, 0", "runge, -1, 2", "runge, 2, -1", "cos-exp, 0, 3"})
    void estimatesTheErrorAsQuadpackQk15(String name, double a, double b) {
        DoubleUnaryOperator f = switch (name) {
            case "exp" -> Math::exp;
            case "runge" -> x -> 1 / (1 + 25 * x * x);
            default -> x -> Math.cos(3 * x) * Math.exp(-x / 2);
        };
        double expected = qk15Error(f, a, b);
        assertThat(apply(f, a, b)[1]).as("%s on [%s, %s]", name, a, b).isCloseTo(expected, within(1e-5 * expected));
    }

    @Test
    void theZeroIntegrandHasNoError() {
        double[] r = apply(x -> 0, -1, 3);
        assertThat(r[0]).isZero();
        assertThat(r[1]).isZero();
    }

    @Test
    void addsEveryComponentToItsSums() {
        double[][] values = new double[GaussKronrod.POINTS][2];
        for (int j = 0; j < GaussKronrod.POINTS; j++) {
            double x = GaussKronrod.node(0, 2, j);
            values[j][0] = x * x;
            values[j][1] = 1;
        }
        double[] sum = {10, 20};
        double[] error = {1, 2};
        GaussKronrod.apply(0, 2, values, sum, error);
        assertThat(sum[0]).isCloseTo(10 + 8.0 / 3, within(1e-14));
        assertThat(sum[1]).isCloseTo(22, within(1e-14));
        assertThat(error[0]).isBetween(1.0, 1 + 1e-13);
        assertThat(error[1]).isBetween(2.0, 2 + 1e-13);
    }
}
