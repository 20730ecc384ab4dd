package org.sgdx.reference.dynamics.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;

/** The zero of μ_2 for alternating He3 with the squared loss, and exact powers of rationals. */
class BranchZeroTest {

    @Test
    void mu2OfSquaredLossAlternatingHe3VanishesAtOneOver666() {
        var c = PredictedExponentTest.coefficients(Algorithm.ALTERNATING, Loss.SQUARED, "He3");
        assertThat(c.mu(2).toString()).contains("215784");
        BranchZero z = BranchZero.smallestPositive(c.mu(2)).orElseThrow();
        assertThat(z.exact()).isTrue();
        assertThat(z.value()).isEqualTo(BigFraction.of(1, 666));
        var correlation = PredictedExponentTest.coefficients(Algorithm.ALTERNATING, Loss.CORRELATION, "He3");
        assertThat(BranchZero.smallestPositive(correlation.mu(2))).isEmpty();
    }

    @Test
    void powersAreExactWhenRational() {
        BigFraction d = BigFraction.of(java.math.BigInteger.TEN.pow(16));
        assertThat(MeanFieldTimes.power(d, BigFraction.of(-3, 4))).contains(BigFraction.of(java.math.BigInteger.ONE,
                java.math.BigInteger.TEN.pow(12)));
        assertThat(MeanFieldTimes.power(BigFraction.of(1000), BigFraction.of(-1, 2))).isEmpty();
        assertThat(MeanFieldTimes.power(BigFraction.of(4, 9), BigFraction.of(3, 2))).contains(BigFraction.of(8, 27));
    }
}
