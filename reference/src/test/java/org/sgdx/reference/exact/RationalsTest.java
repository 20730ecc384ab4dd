package org.sgdx.reference.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RationalsTest {

    private static BigFraction q(long p, long r) {
        return BigFraction.of(p, r);
    }

    @Test
    void orderIsNumericalAlsoForNegativeFractions() {
        assertThat(Rationals.compare(q(-2, 1), q(-1, 1))).isEqualTo(-1);
        assertThat(Rationals.compare(q(-1, 1), q(-2, 1))).isEqualTo(1);
        assertThat(Rationals.compare(q(1, 3), q(1, 2))).isEqualTo(-1);
        assertThat(Rationals.compare(q(2, 4), q(1, 2))).isZero();
        // −1/2 written with a negative denominator
        assertThat(Rationals.compare(q(1, -2), q(-1, 3))).isEqualTo(-1);
        List<BigFraction> xs = new ArrayList<>(List.of(q(1, 2), q(-1, 1), q(-3, 1), q(0, 1), q(-1, 2)));
        xs.sort(Rationals.ORDER);
        assertThat(xs).containsExactly(q(-3, 1), q(-1, 1), q(-1, 2), q(0, 1), q(1, 2));
    }

    @Test
    void normalisedHasAPositiveDenominatorAndTheSameValue() {
        BigFraction n = Rationals.normalised(q(1, -2));
        assertThat(n.getNumerator()).isEqualTo(BigInteger.valueOf(-1));
        assertThat(n.getDenominator()).isEqualTo(BigInteger.TWO);
        BigFraction m = Rationals.normalised(q(-3, 4));
        assertThat(m.getNumerator()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(m.getDenominator()).isEqualTo(BigInteger.valueOf(4));
        BigFraction p = Rationals.normalised(q(-3, -4));
        assertThat(p.getNumerator()).isEqualTo(BigInteger.valueOf(3));
        assertThat(p.getDenominator()).isEqualTo(BigInteger.valueOf(4));
    }

    @Test
    void decimalsConvertExactly() {
        assertThat(Rationals.of(new BigDecimal("0.125"))).isEqualTo(q(1, 8));
        assertThat(Rationals.of(new BigDecimal("-2.50"))).isEqualTo(q(-5, 2));
        assertThat(Rationals.of(new BigDecimal("17"))).isEqualTo(q(17, 1));
        // a negative scale: 1.2E+3 = 1200
        assertThat(Rationals.of(new BigDecimal("1.2E+3"))).isEqualTo(q(1200, 1));
        assertThat(Rationals.of(BigDecimal.valueOf(0.1))).isEqualTo(q(1, 10));
    }

    @Test
    void parseDecimalsAndQuotientsExactly() {
        assertThat(Rationals.parse("a", "0.5", false)).isEqualTo(q(1, 2));
        assertThat(Rationals.parse("a", " 1e-3 ", true)).isEqualTo(q(1, 1000));
        assertThat(Rationals.parse("a", "1/3", true)).isEqualTo(q(1, 3));
        assertThat(Rationals.parse("a", " -2.5 / 0.75 ", false)).isEqualTo(q(-10, 3));
        assertThat(Rationals.parse("a", "-0", false).signum()).isZero();
        // a quotient with a negative denominator comes back normalised
        BigFraction n = Rationals.parse("a", "1/-4", false);
        assertThat(n.getNumerator()).isEqualTo(BigInteger.valueOf(-1));
        assertThat(n.getDenominator()).isEqualTo(BigInteger.valueOf(4));
    }

    @Test
    void parseRefusesNonNumbersZeroDenominatorsAndNonPositiveValues() {
        for (String bad : new String[] {"", "x", "1/", "/2", "1/2/3", "NaN", "Infinity", "0x10"}) {
            assertThatThrownBy(() -> Rationals.parse("eta", bad, false)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("eta must be a finite number");
        }
        assertThatThrownBy(() -> Rationals.parse("eta", null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eta");
        assertThatThrownBy(() -> Rationals.parse("eta", "1/0", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eta has a zero denominator");
        assertThatThrownBy(() -> Rationals.parse("eta", "0", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eta must be positive");
        assertThatThrownBy(() -> Rationals.parse("eta", "-1/3", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eta must be positive");
        assertThat(Rationals.parse("eta", "-1/3", false)).isEqualTo(q(-1, 3));
    }

    @Test
    void parseAcceptsDecimalExponentsUpToTheLimitAndNoFurther() {
        int max = Rationals.MAX_DECIMAL_EXPONENT;
        assertThat(Rationals.parse("a", "1e" + max, true)).isEqualTo(BigFraction.of(BigInteger.TEN.pow(max)));
        assertThat(Rationals.parse("a", "10e" + (max - 1), true)).isEqualTo(BigFraction.of(BigInteger.TEN.pow(max)));
        assertThat(Rationals.parse("a", "1.000e" + max, true)).isEqualTo(BigFraction.of(BigInteger.TEN.pow(max)));
        assertThat(Rationals.parse("a", "1e-" + max, true))
                .isEqualTo(BigFraction.of(BigInteger.ONE, BigInteger.TEN.pow(max)));
        // 1.2345e-999, written with five digits and a scale beyond the limit
        assertThat(Rationals.parse("a", "12345e-1003", true))
                .isEqualTo(BigFraction.of(BigInteger.valueOf(12345), BigInteger.TEN.pow(1003)));
        // zero has no magnitude to bound, whatever its exponent
        assertThat(Rationals.parse("a", "0e5000", false).signum()).isZero();
        for (String big : new String[] {"1e" + (max + 1), "1e-" + (max + 1), "-1e" + (max + 1), "1/1e" + (max + 1),
            "1e" + (max + 1) + "/2", "0.001e-" + (max - 2), "1.0001e" + max, "9.9e" + max, "-2e" + max,
            "0.99e-" + max}) {
            assertThatThrownBy(() -> Rationals.parse("eta", big, false)).as(big)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("eta must be a number of magnitude between 1e-" + max + " and 1e" + max);
        }
    }

    @Test
    void decimalsAreRoundedInTheGivenContext() {
        assertThat(Rationals.toBigDecimal(q(1, 3), new MathContext(5))).isEqualByComparingTo("0.33333");
        assertThat(Rationals.toBigDecimal(q(-2, 3), new MathContext(4, RoundingMode.FLOOR)))
                .isEqualByComparingTo("-0.6667");
        assertThat(Rationals.toBigDecimal(q(1, 8), MathContext.UNLIMITED)).isEqualByComparingTo("0.125");
    }

    @Test
    void stringsAreNormalisedFractions() {
        assertThat(Rationals.toString(q(-3, 2))).isEqualTo("-3/2");
        assertThat(Rationals.toString(q(3, -2))).isEqualTo("-3/2");
        assertThat(Rationals.toString(q(4, 2))).isEqualTo("2");
        assertThat(Rationals.toString(q(-4, -2))).isEqualTo("2");
        assertThat(Rationals.toString(q(0, 5))).isEqualTo("0");
    }
}
