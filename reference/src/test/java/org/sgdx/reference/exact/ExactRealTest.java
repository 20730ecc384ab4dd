package org.sgdx.reference.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ExactRealTest {

    private static final ExactReal SQRT2 = ExactReal.sqrt(BigFraction.ONE, BigInteger.TWO);
    private static final ExactReal SQRT3 = ExactReal.sqrt(BigFraction.ONE, BigInteger.valueOf(3));
    private static final ExactReal OMEGA = ExactReal.of(ExactNumber.OMEGA);

    @Test
    void squareRootsMultiplyToCanonicalRadicands() {
        assertThat(SQRT2.multiply(SQRT2)).isEqualTo(ExactReal.of(BigFraction.of(2)));
        assertThat(SQRT2.multiply(SQRT3)).isEqualTo(ExactReal.sqrt(BigFraction.ONE, BigInteger.valueOf(6)));
        // √8 = 2√2, √(4!) = 2√6
        assertThat(ExactReal.sqrt(BigFraction.ONE, BigInteger.valueOf(8))).isEqualTo(SQRT2.multiply(BigFraction.of(2)));
        assertThat(ExactReal.sqrtFactorial(4)).isEqualTo(ExactReal.sqrt(BigFraction.of(2), BigInteger.valueOf(6)));
    }

    @Test
    void zeroIsDecidedExactlyAcrossRadicands() {
        ExactReal x = SQRT2.add(SQRT3).multiply(SQRT2.subtract(SQRT3)); // 2 − 3
        assertThat(x).isEqualTo(ExactReal.of(BigFraction.of(-1)));
        assertThat(SQRT2.add(OMEGA).subtract(OMEGA).subtract(SQRT2).isZero()).isTrue();
        assertThat(SQRT2.subtract(ExactReal.of(BigFraction.of(1414, 1000))).isZero()).isFalse();
    }

    /** Terms beyond the double range (√2·10^400 − 10^400) have their sign decided like any other. */
    @Test
    void signOfTermsBeyondTheDoubleRange() {
        BigFraction huge = BigFraction.of(BigInteger.TEN.pow(400));
        ExactReal x = SQRT2.multiply(huge).subtract(ExactReal.of(huge));
        assertThat(x.signum()).isEqualTo(1);
        assertThat(x.negate().signum()).isEqualTo(-1);
        assertThat(SQRT2.multiply(huge).subtract(ExactReal.of(huge.multiply(BigFraction.of(3, 2)))).signum())
                .isEqualTo(-1);
    }

    @Test
    void signAndDecimalsOfNearlyCancellingSums() {
        // √2 − 1414213562373095/10^15 ≈ 4.9e-17 > 0
        ExactReal tiny = SQRT2.subtract(ExactReal.of(BigFraction.of(1414213562373095L, 1_000_000_000_000_000L)));
        assertThat(tiny.signum()).isEqualTo(1);
        BigDecimal v = tiny.toBigDecimal(new MathContext(20));
        // √2 = 1.41421356237309504880168872420969807856967...
        assertThat(v).isEqualByComparingTo(new BigDecimal("4.8801688724209698079E-17"));
        assertThat(tiny.negate().signum()).isEqualTo(-1);
        assertThat(ExactReal.ZERO.signum()).isZero();
    }

    @Test
    void readableClosedForms() {
        assertThat(ExactReal.ZERO.toString()).isEqualTo("0");
        assertThat(ExactReal.of(BigFraction.of(1, 2)).add(OMEGA).toString()).isEqualTo("1/2 + 1/sqrt(2*pi)");
        assertThat(SQRT2.add(SQRT3).isRational()).isFalse();
        assertThat(ExactReal.of(BigFraction.of(3)).isRational()).isTrue();
    }
}
