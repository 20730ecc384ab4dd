package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.Certainty;

class EstimateTest {

    @Test
    void roundingAddsTheRoundingChangeToTheError() {
        Estimate e = Estimate.estimate(new BigDecimal("1.23456789"), new BigDecimal("1e-8"));
        Estimate r = e.round(new MathContext(4));
        assertThat(r.value()).isEqualByComparingTo("1.235");
        assertThat(r.error()).isGreaterThanOrEqualTo(new BigDecimal("0.00043211"));
        assertThat(r.error()).isLessThanOrEqualTo(new BigDecimal("0.000433"));
        assertThat(r.certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(r.isConsistentWith(new BigDecimal("1.23456789"), BigDecimal.ZERO)).isTrue();
    }

    /** The one zero rule: |value| ≤ 1000 · error, with the boundary itself counting as zero. */
    @Test
    void zeroMeansWithinTheSafetyFactorOfTheError() {
        BigDecimal error = new BigDecimal("1e-30");
        assertThat(Estimate.estimate(new BigDecimal("1e-27"), error).isZero()).isTrue();
        assertThat(Estimate.estimate(new BigDecimal("-1e-27"), error).isZero()).isTrue();
        assertThat(Estimate.estimate(new BigDecimal("1.0000001e-27"), error).isZero()).isFalse();
        assertThat(Estimate.estimate(new BigDecimal("-1.0000001e-27"), error).signum()).isEqualTo(-1);
        assertThat(Estimate.estimate(new BigDecimal("9e-28"), error).signum()).isZero();
        assertThat(Estimate.ZERO_SAFETY_FACTOR).isEqualTo(1000);
        // exact values (error 0) are zero exactly when they are 0, however small
        assertThat(Estimate.exact(new BigDecimal("1e-300")).isZero()).isFalse();
        assertThat(Estimate.exact(new BigDecimal("1e-300")).signum()).isEqualTo(1);
        assertThat(Estimate.exact(BigDecimal.ZERO).isZero()).isTrue();
        assertThat(Estimate.exact(BigDecimal.ONE).certainty()).isEqualTo(Certainty.EXACT);
        assertThat(Estimate.exact(BigDecimal.ONE).error()).isZero();
        // the rule does not depend on the certainty
        assertThat(new Estimate(new BigDecimal("0.5"), new BigDecimal("0.001"), Certainty.ENCLOSURE).isZero()).isTrue();
        assertThat(new Estimate(new BigDecimal("2"), new BigDecimal("0.001"), Certainty.ENCLOSURE).isZero()).isFalse();
    }

    @Test
    void toDigitsKeepsOnlyTheDigitsItsErrorAllowsAndBoundsThePrintedValue() {
        Estimate e = Estimate.estimate(new BigDecimal("0.605705509630725"), new BigDecimal("1e-3"));
        Estimate p = e.toDigits(30);
        // a unit of the third digit (1e-3) is at least the error: three digits
        assertThat(p.value()).isEqualByComparingTo("0.606");
        assertThat(p.error()).isGreaterThanOrEqualTo(new BigDecimal("0.001294490369275"));
        assertThat(p.isConsistentWith(e.value(), e.error())).isTrue();
        Estimate q = Estimate.estimate(new BigDecimal("0.605705509630725"), new BigDecimal("1.1e-3")).toDigits(30);
        assertThat(q.value()).isEqualByComparingTo("0.61");
        // a small error leaves the requested digits
        Estimate r = Estimate.estimate(new BigDecimal("0.605705509630725"), new BigDecimal("1e-20")).toDigits(10);
        assertThat(r.value()).isEqualByComparingTo("0.6057055096");
        assertThat(r.error()).isGreaterThanOrEqualTo(new BigDecimal("3.0725e-11"));
        // at least one digit; zero stays zero with its error
        assertThat(Estimate.estimate(new BigDecimal("0.3"), BigDecimal.TEN).toDigits(5).value()).isEqualByComparingTo("0.3");
        assertThat(Estimate.estimate(BigDecimal.ZERO, BigDecimal.ONE).toDigits(5).error()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> e.toDigits(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** For any value, error and digits: |printed − v| + e ≤ printed error, with a unit of the last digit ≥ e. */
    @Test
    void toDigitsErrorBoundsThePrintedValue() {
        org.quicktheories.QuickTheory.qt().withFixedSeed(20261207L).withExamples(500)
                .forAll(org.quicktheories.generators.SourceDSL.longs().between(-999_999_999_999L, 999_999_999_999L),
                        org.quicktheories.generators.SourceDSL.integers().between(-30, 5),
                        org.quicktheories.generators.SourceDSL.integers().between(-40, 0),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 20))
                .checkAssert((unscaled, scale, errorScale, digits) -> {
                    BigDecimal v = BigDecimal.valueOf(unscaled, -scale);
                    BigDecimal err = BigDecimal.valueOf(1 + Math.abs(unscaled % 97), -errorScale);
                    Estimate p = Estimate.estimate(v, err).toDigits(digits);
                    assertThat(p.value().subtract(v).abs().add(err)).isLessThanOrEqualTo(p.error());
                    assertThat(p.value().precision()).isLessThanOrEqualTo(digits);
                    if (p.value().signum() != 0 && p.value().precision() > 1) {
                        assertThat(BigDecimal.ONE.scaleByPowerOfTen(-p.value().scale())).isGreaterThanOrEqualTo(err);
                    }
                });
    }

    @Test
    void divisionScalesValueAndError() {
        Estimate e = Estimate.estimate(new BigDecimal("6"), new BigDecimal("0.3"));
        Estimate d = e.divide(BigDecimal.valueOf(3), new MathContext(20));
        assertThat(d.value()).isEqualByComparingTo("2");
        assertThat(d.error()).isEqualByComparingTo("0.1");
        assertThatThrownBy(() -> e.divide(BigDecimal.ZERO, MathContext.DECIMAL64))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorMustBeNonNegative() {
        assertThatThrownBy(() -> Estimate.estimate(BigDecimal.ONE, new BigDecimal("-1e-3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error");
        assertThat(Estimate.estimate(BigDecimal.ONE, BigDecimal.ONE).isConsistentWith(new BigDecimal("2.5"),
                new BigDecimal("0.4"))).isFalse();
    }

    /** {@code |value − other| ≤ error + tolerance}, the bound itself included. */
    @Test
    void consistencyIncludesTheBound() {
        Estimate e = Estimate.estimate(new BigDecimal("1.5"), new BigDecimal("0.25"));
        assertThat(e.isConsistentWith(BigDecimal.ONE, new BigDecimal("0.25"))).isTrue();
        assertThat(e.isConsistentWith(new BigDecimal("2"), new BigDecimal("0.25"))).isTrue();
        assertThat(e.isConsistentWith(BigDecimal.ONE, new BigDecimal("0.24"))).isFalse();
    }

    /** An exact value (error zero) is printed with all its digits, up to {@code maxDigits}. */
    @Test
    void toDigitsOfAnExactValueKeepsItsDigits() {
        Estimate e = Estimate.exact(new BigDecimal("123.456"));
        assertThat(e.toDigits(10).value()).isEqualByComparingTo("123.456");
        assertThat(e.toDigits(10).error()).isZero();
        assertThat(e.toDigits(4).value()).isEqualByComparingTo("123.5");
    }
}
