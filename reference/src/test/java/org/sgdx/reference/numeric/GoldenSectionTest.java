package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Golden-section search against mpmath's minimisers. */
class GoldenSectionTest {

    private static DoubleUnaryOperator function(String name) {
        return switch (name) {
            case "quartic" -> x -> x * x * x * x - 3 * x;
            case "cosh-shifted" -> x -> Math.cosh(x - 0.3) + x * x / 10;
            case "x-minus-log" -> x -> x - Math.log(x);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Near a smooth minimum {@code g} is flat to second order, so the minimiser is determined only to about the square
     * root of the relative rounding of {@code g}; the value at the point found is within rounding of the minimum.
     */
    @ParameterizedTest
    @CsvSource({"quartic, 0, 2", "cosh-shifted, -1, 1", "x-minus-log, 0.1, 5"})
    void findsReferenceMinimisers(String name, double lo, double hi) {
        DoubleUnaryOperator g = function(name);
        double exact = ReferenceData.value("numerics-40-digits.csv", "minimum", name).doubleValue();
        GoldenSection.Minimum m = GoldenSection.minimize(g, lo, hi, 1e-12);
        assertThat(m.x()).as(name).isCloseTo(exact, within(1e-7));
        assertThat(m.value()).isEqualTo(g.applyAsDouble(m.x()));
        assertThat(m.value()).isCloseTo(g.applyAsDouble(exact), within(1e-14));
    }

    @Test
    void theBracketShrinksByTheGoldenRatioPerEvaluation() {
        AtomicInteger calls = new AtomicInteger();
        double[] width = new double[1];
        GoldenSection.minimize(x -> {
            calls.incrementAndGet();
            return (x - 0.3) * (x - 0.3);
        }, 0, 1, (a, b) -> {
            width[0] = b - a;
            return b - a <= 1e-6;
        }, 1000);
        // 0.618^k <= 1e-6 first at k = 29 shrinking steps, after two initial evaluations
        assertThat(calls.get()).isEqualTo(31);
        assertThat(width[0]).isLessThanOrEqualTo(1e-6).isGreaterThan(1e-6 * 0.6);
        calls.set(0);
        GoldenSection.minimize(x -> {
            calls.incrementAndGet();
            return x;
        }, 0, 1, (a, b) -> false, 10);
        assertThat(calls.get()).isEqualTo(12);
    }

    /** Ties keep the left point: on a constant function the bracket shrinks towards the left end. */
    @Test
    void tiesKeepTheLeftPoint() {
        GoldenSection.Minimum m = GoldenSection.minimize(x -> 1, 2, 3, 1e-9);
        assertThat(m.x()).isCloseTo(2, within(1e-8));
        assertThat(m.value()).isEqualTo(1);
    }

    /**
     * Without shrinking steps the result is the better of the two interior points {@code hi − r (hi − lo)} and
     * {@code lo + r (hi − lo)}, {@code r = (√5 − 1)/2}, the left one on a tie.
     */
    @Test
    void theResultIsTheBetterInteriorPoint() {
        double r = (Math.sqrt(5) - 1) / 2;
        double left = 1 - r;
        assertThat(GoldenSection.minimize(x -> x, 0, 1, (a, b) -> false, 0).x()).isCloseTo(left, within(1e-15));
        assertThat(GoldenSection.minimize(x -> -x, 0, 1, (a, b) -> false, 0).x()).isCloseTo(r, within(1e-15));
        assertThat(GoldenSection.minimize(x -> 0, 0, 1, (a, b) -> false, 0).x()).isCloseTo(left, within(1e-15));
        GoldenSection.Minimum m = GoldenSection.minimize(x -> -x, 0, 1, (a, b) -> false, 0);
        assertThat(m.value()).isEqualTo(-m.x());
    }

    /**
     * The tolerance is relative to {@code |a| + |b|} when that exceeds 1: on [10, 20] about the minimiser 15 the
     * bracket must shrink to about 10⁻³ · 30, which takes 13 steps (0.618¹³ · 10 ≈ 0.019 ≤ 0.03 < 0.618¹² · 10 ≈ 0.031);
     * on [0, 1] about 0.3 the bound is 10⁻³ itself, which takes 15 steps (0.618¹⁵ ≈ 0.00074).
     */
    @Test
    void theToleranceIsRelativeToTheSizeOfTheBracketEnds() {
        AtomicInteger calls = new AtomicInteger();
        GoldenSection.minimize(x -> {
            calls.incrementAndGet();
            return (x - 15) * (x - 15);
        }, 10, 20, 1e-3);
        assertThat(calls.get()).isEqualTo(2 + 13);
        calls.set(0);
        GoldenSection.minimize(x -> {
            calls.incrementAndGet();
            return (x - 0.3) * (x - 0.3);
        }, 0, 1, 1e-3);
        assertThat(calls.get()).isEqualTo(2 + 15);
    }
}
