package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.numeric.Estimate;

/** Exact and approximate coefficients: exact arithmetic between exact values, propagated errors otherwise. */
class RealValueTest {

    private static final MathContext MC = new MathContext(40);

    private static RealValue rational(long p, long q) {
        return RealValue.of(BigFraction.of(p, q));
    }

    private static RealValue approximate(String value, String error, int precision) {
        return RealValue.approximate(new BigDecimal(value), new BigDecimal(error), precision);
    }

    @Test
    void exactArithmeticStaysExact() {
        RealValue third = rational(1, 3);
        assertThat(third.add(rational(1, 6))).isEqualTo(rational(1, 2));
        assertThat(third.multiply(rational(3, 5))).isEqualTo(rational(1, 5));
        assertThat(third.multiply(BigFraction.of(6))).isEqualTo(rational(2, 1));
        assertThat(third.negate()).isEqualTo(rational(-1, 3));
        assertThat(third.subtract(rational(1, 2))).isEqualTo(rational(-1, 6));
        assertThat(third.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(third.error()).isEqualByComparingTo("0");
        assertThat(third.signum()).isEqualTo(1);
        assertThat(rational(-1, 3).signum()).isEqualTo(-1);
        assertThat(RealValue.ZERO.signum()).isZero();
        assertThat(RealValue.ZERO.isZero()).isTrue();
        assertThat(third.isZero()).isFalse();
        assertThat(RealValue.ONE).isEqualTo(rational(1, 1));
        assertThat(third.toBigDecimal(new MathContext(3))).isEqualByComparingTo("0.333");
        assertThat(third.exact()).hasValue(ExactReal.of(BigFraction.of(1, 3)));
        assertThat(third.toEstimate(new MathContext(3))).isEqualTo(Estimate.exact(new BigDecimal("0.333")));
        assertThat(third).hasToString("1/3");
        RealValue omega = RealValue.of(ExactReal.of(ExactNumber.OMEGA));
        assertThat(omega.multiply(omega)).isEqualTo(RealValue.of(ExactReal.of(ExactNumber.OMEGA.multiply(
                ExactNumber.OMEGA))));
        assertThatThrownBy(() -> new RealValue.Exact(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anApproximateOperandMakesAnApproximateResult() {
        RealValue a = approximate("0.25", "1e-20", 30);
        for (RealValue r : new RealValue[] {rational(1, 2).add(a), a.add(rational(1, 2)), rational(2, 1).multiply(a),
            a.multiply(rational(2, 1)), a.multiply(BigFraction.of(2)), a.negate(), a.subtract(rational(1, 4))}) {
            assertThat(r).isInstanceOf(RealValue.Approximate.class);
            assertThat(r.certainty()).isEqualTo(Certainty.ESTIMATE);
            assertThat(r.exact()).isEmpty();
        }
        assertThat(rational(1, 2).add(a).toBigDecimal(MC)).isEqualByComparingTo("0.75");
        assertThat(a.add(rational(1, 2)).toBigDecimal(MC)).isEqualByComparingTo("0.75");
        assertThat(a.negate().toBigDecimal(MC)).isEqualByComparingTo("-0.25");
        assertThat(a.negate().signum()).isEqualTo(-1);
        assertThat(a.subtract(rational(1, 4)).isZero()).isTrue();
    }

    @Test
    void anExactZeroStaysAnExactZeroUnderMultiplication() {
        RealValue a = approximate("0.25", "1e-20", 30);
        assertThat(RealValue.ZERO.multiply(a)).isSameAs(RealValue.ZERO);
        assertThat(a.multiply(RealValue.ZERO)).isEqualTo(RealValue.ZERO);
        assertThat(a.multiply(BigFraction.ZERO)).isEqualTo(RealValue.ZERO);
        assertThat(RealValue.ZERO.multiply(BigFraction.of(3))).isEqualTo(RealValue.ZERO);
        // an approximate zero is not an exact zero
        RealValue nearZero = approximate("0", "1e-25", 30);
        assertThat(a.multiply(nearZero)).isInstanceOf(RealValue.Approximate.class);
        assertThat(a.multiply(nearZero).error()).isGreaterThanOrEqualTo(new BigDecimal("0.25e-25"));
    }

    /** Errors add under addition, plus the rounding of the sum. */
    @Test
    void sumErrorsAddWithTheRounding() {
        RealValue sum = approximate("1", "1e-10", 20).add(approximate("2", "3e-10", 20));
        assertThat(sum.toBigDecimal(MC)).isEqualByComparingTo("3");
        assertThat(sum.error()).isBetween(new BigDecimal("4e-10"), new BigDecimal("4.01e-10"));
        // the rounding to 20 digits of 1/3 + 1/3 is part of the error
        RealValue third = approximate("0.33333333333333333333", "0", 20);
        RealValue twoThirds = third.add(third);
        assertThat(twoThirds.error()).isGreaterThanOrEqualTo(new BigDecimal("1e-20"))
                .isLessThanOrEqualTo(new BigDecimal("1e-19"));
        // the precision is the larger of the two
        RealValue wide = approximate("0." + "3".repeat(30), "0", 30).add(approximate("1", "0", 5));
        assertThat(wide.toBigDecimal(MC)).isEqualByComparingTo("1." + "3".repeat(29));
    }

    /** Errors propagate to first order, plus the product of the errors and the rounding. */
    @Test
    void productErrorsToFirstOrderPlusTheProductOfTheErrors() {
        RealValue product = approximate("2", "0.01", 30).multiply(approximate("3", "0.02", 30));
        assertThat(product.toBigDecimal(MC)).isEqualByComparingTo("6");
        // 2 · 0.02 + 3 · 0.01 + 0.01 · 0.02 = 0.0702, rounded up
        assertThat(product.error()).isBetween(new BigDecimal("0.0702"), new BigDecimal("0.0703"));
        RealValue negative = approximate("-2", "0.01", 30).multiply(approximate("-3", "0.02", 30));
        assertThat(negative.toBigDecimal(MC)).isEqualByComparingTo("6");
        assertThat(negative.error()).isBetween(new BigDecimal("0.0702"), new BigDecimal("0.0703"));
        // the rounding of the product to the precision is part of the error
        RealValue third = approximate("0.33333333333333333333", "0", 20);
        RealValue square = third.multiply(third);
        assertThat(square.toBigDecimal(MC).precision()).isLessThanOrEqualTo(20);
        BigDecimal exact = new BigDecimal("0.33333333333333333333").pow(2);
        assertThat(square.toBigDecimal(MC).subtract(exact).abs()).isLessThanOrEqualTo(square.error());
        assertThat(square.error()).isPositive().isLessThan(new BigDecimal("1e-19"));
    }

    /** An exact operand enters an approximate computation rounded, with its rounding as error (none for zero). */
    @Test
    void exactOperandsAreRoundedWithTheirRoundingAsError() {
        RealValue one = approximate("1", "0", 20);
        RealValue third = one.multiply(rational(1, 3));
        BigDecimal value = third.toBigDecimal(MC);
        assertThat(value).isEqualByComparingTo("0.33333333333333333333");
        assertThat(new BigDecimal(1).divide(new BigDecimal(3), MC).subtract(value).abs())
                .isLessThanOrEqualTo(third.error());
        assertThat(third.error()).isLessThan(new BigDecimal("1e-19"));
        RealValue sum = one.add(rational(1, 3));
        assertThat(new BigDecimal(4).divide(new BigDecimal(3), MC).subtract(sum.toBigDecimal(MC)).abs())
                .isLessThanOrEqualTo(sum.error());
        // an exact rational zero adds no error
        assertThat(approximate("0", "0", 20).add(RealValue.ZERO).error()).isEqualByComparingTo("0");
    }

    @Test
    void zeroAndSignFollowTheEstimate() {
        assertThat(approximate("1e-30", "1e-31", 30).isZero()).isTrue();
        assertThat(approximate("1e-30", "1e-31", 30).signum()).isZero();
        assertThat(approximate("1e-20", "1e-31", 30).isZero()).isFalse();
        assertThat(approximate("-1e-20", "1e-31", 30).signum()).isEqualTo(-1);
        assertThat(approximate("1e-20", "1e-31", 30).signum()).isEqualTo(1);
    }

    @Test
    void estimatesCarryTheirError() {
        RealValue a = approximate("0.123456", "1e-4", 30);
        assertThat(a.error()).isEqualByComparingTo("1e-4");
        assertThat(a.toEstimate(new MathContext(3))).isEqualTo(Estimate.estimate(new BigDecimal("0.123456"),
                new BigDecimal("1e-4")).round(new MathContext(3)));
        assertThat(a.toBigDecimal(new MathContext(2))).isEqualByComparingTo("0.12");
        RealValue.Approximate b = (RealValue.Approximate) a;
        assertThat(b.value()).isEqualByComparingTo("0.123456");
        assertThat(b.precision()).isEqualTo(30);
        assertThat(b.printed(20)).isEqualTo(b.estimate().toDigits(20));
        // printed with the digits the error allows
        assertThat(a.toString()).startsWith("0.1235(+-");
        assertThatThrownBy(() -> new RealValue.Approximate(Estimate.exact(BigDecimal.ONE), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an approximate value is an estimate");
        assertThatThrownBy(() -> new RealValue.Approximate(Estimate.estimate(BigDecimal.ONE, BigDecimal.ONE), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("precision must be positive: 0");
        assertThat(new RealValue.Approximate(Estimate.estimate(BigDecimal.ONE, BigDecimal.ONE), 1).precision())
                .isEqualTo(1);
        assertThatThrownBy(() -> new RealValue.Approximate(null, 10)).isInstanceOf(NullPointerException.class);
    }

    /** When a sum cancels, the rounding of the exact operand is what the error must cover. */
    @Test
    void cancellationKeepsTheRoundingOfTheExactOperand() {
        RealValue sum = approximate("-0.33333333333333333333", "0", 20).add(rational(1, 3));
        BigDecimal trueValue = BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC).subtract(
                new BigDecimal("0.33333333333333333333"));
        assertThat(sum.toBigDecimal(MC).subtract(trueValue).abs()).isLessThanOrEqualTo(sum.error());
    }
}
