package org.sgdx.reference.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

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
        ExactReal half = ExactReal.of(BigFraction.of(1, 2));
        assertThat(ExactReal.ZERO.toString()).isEqualTo("0");
        assertThat(half.add(OMEGA).toString()).isEqualTo("1/2 + 1/sqrt(2*pi)");
        assertThat(ExactReal.sqrt(BigFraction.of(1, 2), BigInteger.valueOf(6)).toString()).isEqualTo("sqrt(6)/2");
        // terms of several radicands are joined by " + ", a term that is itself a sum in parentheses
        assertThat(SQRT2.add(SQRT3).toString()).isEqualTo("sqrt(2) + sqrt(3)");
        assertThat(half.add(OMEGA).add(SQRT2).toString()).isEqualTo("(1/2 + 1/sqrt(2*pi)) + sqrt(2)");
        assertThat(half.subtract(OMEGA).add(SQRT2).toString()).isEqualTo("(1/2 - 1/sqrt(2*pi)) + sqrt(2)");
        assertThat(SQRT2.add(OMEGA).toString()).isEqualTo("1/sqrt(2*pi) + sqrt(2)");
        assertThat(SQRT2.add(SQRT3).isRational()).isFalse();
        assertThat(ExactReal.of(BigFraction.of(3)).isRational()).isTrue();
    }

    @Test
    void equalityIsOfValues() {
        assertThat(SQRT2).isNotEqualTo(SQRT3);
        assertThat(SQRT2).isNotEqualTo(SQRT2.negate());
        assertThat(SQRT2).isNotEqualTo(ExactReal.ZERO);
        assertThat(SQRT2).isNotEqualTo(ExactNumber.sqrt(BigInteger.TWO));
        ExactReal a = SQRT2.add(OMEGA).add(ExactReal.of(BigFraction.of(-3)));
        ExactReal b = ExactReal.of(BigFraction.of(-3)).add(OMEGA).add(ExactReal.sqrt(BigFraction.of(1, 2),
                BigInteger.valueOf(8)));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.add(OMEGA));
    }

    @Test
    void termsAreKeptBySquareFreeRadicand() {
        // √8 + ω/2 − 3 = 2√2 + (−3 + ω/2)
        ExactReal x = ExactReal.sqrt(BigFraction.ONE, BigInteger.valueOf(8))
                .add(OMEGA.multiply(BigFraction.of(1, 2))).subtract(ExactReal.of(BigFraction.of(3)));
        assertThat(x.terms()).containsExactly(
                entry(BigInteger.ONE, ExactNumber.ofOmegaPolynomial(BigFraction.of(-3), BigFraction.of(1, 2))),
                entry(BigInteger.TWO, ExactNumber.of(2)));
        assertThat(ExactReal.ZERO.terms()).isEmpty();
        assertThat(ExactReal.of(ExactNumber.ZERO)).isEqualTo(ExactReal.ZERO);
        assertThat(ExactReal.of(ExactNumber.ZERO).isZero()).isTrue();
    }

    @Test
    void productsByRationalsAndSquares() {
        ExactReal x = SQRT2.add(OMEGA);
        assertThat(x.multiply(BigFraction.ZERO).isZero()).isTrue();
        BigFraction c = BigFraction.of(-3, 2);
        assertThat(x.multiply(c)).isEqualTo(ExactReal.sqrt(c, BigInteger.TWO).add(OMEGA.multiply(c)));
        // (√2 + √3)² = 5 + 2√6
        assertThat(SQRT2.add(SQRT3).square()).isEqualTo(
                ExactReal.of(BigFraction.of(5)).add(ExactReal.sqrt(BigFraction.of(2), BigInteger.valueOf(6))));
        // (√2 + ω)² = 2 + ω² + 2√2 ω
        assertThat(x.square().terms()).containsExactly(
                entry(BigInteger.ONE,
                        ExactNumber.ofOmegaPolynomial(BigFraction.of(2), BigFraction.ZERO, BigFraction.ONE)),
                entry(BigInteger.TWO, ExactNumber.OMEGA.multiply(BigFraction.of(2))));
        assertThat(ExactReal.ZERO.square().isZero()).isTrue();
    }

    @Test
    void decimalsOfZeroOfOneTermAndOfSeveral() {
        // mpmath 1.3.0, mp.dps = 60: sqrt(2), sqrt(2) + 1/sqrt(2*pi), sqrt(2) + sqrt(3)
        assertThat(ExactReal.ZERO.toBigDecimal(new MathContext(10)).signum()).isZero();
        assertThat(SQRT2.toBigDecimal(new MathContext(20))).isEqualByComparingTo("1.4142135623730950488");
        assertThat(SQRT2.add(OMEGA).toBigDecimal(new MathContext(40))).isEqualByComparingTo(
                new BigDecimal("1.81315584277452772674163478414407994704553050654188273084261")
                        .round(new MathContext(40)));
        // the double of a 16-digit decimal (MathContext.DECIMAL64), not necessarily the nearest double
        assertThat(SQRT2.add(SQRT3).doubleValue()).isCloseTo(3.1462643699419726, within(1e-15));
        assertThat(ExactReal.ZERO.doubleValue()).isZero();
    }

    /**
     * √2 − 1.41421356237 ≈ 3.1e-12 loses twelve digits to cancellation; the decimal still has the requested
     * digits (mpmath 1.3.0, mp.dps = 60: {@code sqrt(2) - mpf('1.41421356237')}).
     */
    @Test
    void cancellationOfTwelveDigitsKeepsTheRequestedPrecision() {
        ExactReal x = SQRT2.subtract(ExactReal.of(BigFraction.of(141421356237L, 100_000_000_000L)));
        BigDecimal reference = new BigDecimal("3.0950488016887242096980785696718753769480731766797134536208e-12");
        for (int p : new int[] {5, 20, 35}) {
            BigDecimal v = x.toBigDecimal(new MathContext(p));
            BigDecimal ulp = reference.round(new MathContext(p)).ulp();
            assertThat(v.precision()).isLessThanOrEqualTo(p);
            assertThat(v.subtract(reference).abs()).as("p = %d", p).isLessThanOrEqualTo(ulp);
        }
    }
}
