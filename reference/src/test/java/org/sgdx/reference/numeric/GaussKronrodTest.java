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
}
