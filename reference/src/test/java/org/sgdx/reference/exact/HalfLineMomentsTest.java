package org.sgdx.reference.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class HalfLineMomentsTest {

    private static final ExactNumber OMEGA = ExactNumber.OMEGA;

    @Test
    void smallMoments() {
        assertThat(HalfLineMoments.positive(0)).isEqualTo(ExactNumber.of(BigFraction.of(1, 2)));
        assertThat(HalfLineMoments.positive(1)).isEqualTo(OMEGA);
        assertThat(HalfLineMoments.positive(2)).isEqualTo(ExactNumber.of(BigFraction.of(1, 2)));
        assertThat(HalfLineMoments.positive(3)).isEqualTo(OMEGA.multiply(BigFraction.of(2)));
        assertThat(HalfLineMoments.positive(4)).isEqualTo(ExactNumber.of(BigFraction.of(3, 2)));
        assertThat(HalfLineMoments.positive(5)).isEqualTo(OMEGA.multiply(BigFraction.of(8)));
        assertThat(HalfLineMoments.negative(1)).isEqualTo(OMEGA.negate());
        assertThat(HalfLineMoments.negative(4)).isEqualTo(ExactNumber.of(BigFraction.of(3, 2)));
        assertThat(HalfLineMoments.full(4)).isEqualTo(BigInteger.valueOf(3));
        assertThat(HalfLineMoments.full(5)).isEqualTo(BigInteger.ZERO);
        assertThat(HalfLineMoments.full(0)).isEqualTo(BigInteger.ONE);
    }

    @Test
    void doubleFactorials() {
        assertThat(HalfLineMoments.doubleFactorial(-1)).isEqualTo(BigInteger.ONE);
        assertThat(HalfLineMoments.doubleFactorial(0)).isEqualTo(BigInteger.ONE);
        assertThat(HalfLineMoments.doubleFactorial(7)).isEqualTo(BigInteger.valueOf(105));
        assertThat(HalfLineMoments.doubleFactorial(8)).isEqualTo(BigInteger.valueOf(384));
        assertThatThrownBy(() -> HalfLineMoments.doubleFactorial(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeOrdersAreRefused() {
        List<ThrowingCallable> calls = List.of(
                () -> HalfLineMoments.positive(-1), () -> HalfLineMoments.negative(-1), () -> HalfLineMoments.full(-1),
                () -> HalfLineMoments.positive(-2), () -> HalfLineMoments.full(-2),
                () -> HalfLineMoments.positiveUpTo(-1), () -> HalfLineMoments.negativeUpTo(-1),
                () -> HalfLineMoments.fullUpTo(-1), () -> HalfLineMoments.fullUpTo(-3));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("moment order must be >= 0");
        }
    }

    /** Every table, of even or odd length, holds the moments given one by one. */
    @Test
    void tablesOfEveryLengthAgreeWithSingleMoments() {
        for (int max = 0; max <= 9; max++) {
            ExactNumber[] plus = HalfLineMoments.positiveUpTo(max);
            ExactNumber[] minus = HalfLineMoments.negativeUpTo(max);
            BigInteger[] full = HalfLineMoments.fullUpTo(max);
            assertThat(plus).hasSize(max + 1);
            assertThat(minus).hasSize(max + 1);
            assertThat(full).hasSize(max + 1);
            for (int n = 0; n <= max; n++) {
                assertThat(plus[n]).as("max %d, n %d", max, n).isEqualTo(HalfLineMoments.positive(n));
                assertThat(minus[n]).as("max %d, n %d", max, n).isEqualTo(HalfLineMoments.negative(n));
                assertThat(full[n]).as("max %d, n %d", max, n).isEqualTo(HalfLineMoments.full(n));
                // E[Z^n 1{Z<0}] has the sign (−1)^n
                assertThat(minus[n].signum()).isEqualTo(n % 2 == 0 ? 1 : -1);
            }
        }
    }

    @Test
    void halvesAddUpToFullMomentsUpTo300() {
        ExactNumber[] plus = HalfLineMoments.positiveUpTo(300);
        ExactNumber[] minus = HalfLineMoments.negativeUpTo(300);
        BigInteger[] full = HalfLineMoments.fullUpTo(300);
        BigInteger twoPowMFactorial = BigInteger.ONE;
        BigInteger evenFactorial = BigInteger.ONE;
        for (int n = 0; n <= 300; n++) {
            assertThat(plus[n].add(minus[n])).isEqualTo(ExactNumber.of(BigFraction.of(full[n])));
            if (n % 2 == 0) {
                // E[Z^{2m}] = (2m)! / (2^m m!)
                int m = n / 2;
                if (m > 0) {
                    twoPowMFactorial = twoPowMFactorial.multiply(BigInteger.valueOf(2L * m));
                    evenFactorial = evenFactorial.multiply(BigInteger.valueOf((long) n * (n - 1)));
                }
                assertThat(full[n]).isEqualTo(evenFactorial.divide(twoPowMFactorial));
                assertThat(full[n]).isEqualTo(HalfLineMoments.full(n));
            } else {
                assertThat(plus[n].subtract(minus[n])).isEqualTo(plus[n].multiply(BigFraction.of(2)));
            }
        }
        assertThat(plus[299]).isEqualTo(HalfLineMoments.positive(299));
        assertThat(minus[300]).isEqualTo(HalfLineMoments.negative(300));
    }

    @Test
    void oddMomentsMatchTheFactorialForm() {
        BigInteger pow2 = BigInteger.ONE;
        BigInteger fact = BigInteger.ONE;
        for (int m = 0; m <= 150; m++) {
            if (m > 0) {
                pow2 = pow2.shiftLeft(1);
                fact = fact.multiply(BigInteger.valueOf(m));
            }
            // E[Z^{2m+1} 1{Z>0}] = 2^m m! ω
            assertThat(HalfLineMoments.positive(2 * m + 1))
                    .isEqualTo(ExactNumber.ofOmegaPower(BigFraction.of(pow2.multiply(fact)), 1));
        }
    }

    @Test
    void agreeWithNumericalQuadrature() {
        // Composite Simpson on [0, 14] with 28000 panels; the neglected tail is below 1e-40.
        int panels = 28000;
        double b = 14;
        double h = b / panels;
        for (int n = 0; n <= 8; n++) {
            double s = 0;
            for (int i = 0; i <= panels; i++) {
                double z = i * h;
                double f = Math.pow(z, n) * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
                s += f * (i == 0 || i == panels ? 1 : (i % 2 == 1 ? 4 : 2));
            }
            double integral = s * h / 3;
            assertThat(HalfLineMoments.positive(n).doubleValue()).as("n=%d", n)
                    .isCloseTo(integral, within(1e-10 * Math.max(1, integral)));
        }
    }
}
