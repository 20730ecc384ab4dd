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
}
