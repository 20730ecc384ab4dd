package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
}
