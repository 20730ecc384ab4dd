package org.sgdx.reference.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.hermite.Gaussian;
import org.sgdx.reference.hermite.NormalisedHermite;

class HermiteTest {

    @Test
    void knownPolynomials() {
        assertThat(Hermite.he(0)).isEqualTo(RationalPolynomial.ONE);
        assertThat(Hermite.he(1)).isEqualTo(RationalPolynomial.Z);
        assertThat(Hermite.he(2)).isEqualTo(RationalPolynomial.ofIntegers(-1, 0, 1));
        assertThat(Hermite.he(3)).isEqualTo(RationalPolynomial.ofIntegers(0, -3, 0, 1));
        assertThat(Hermite.he(4)).isEqualTo(RationalPolynomial.ofIntegers(3, 0, -6, 0, 1));
        assertThat(Hermite.he(5)).isEqualTo(RationalPolynomial.ofIntegers(0, 15, 0, -10, 0, 1));
        assertThat(Hermite.he(3)).hasToString("z^3 - 3*z");
        assertThat(Hermite.heCoefficients(4)).containsExactly(BigInteger.valueOf(3), BigInteger.ZERO,
                BigInteger.valueOf(-6), BigInteger.ZERO, BigInteger.ONE);
        assertThatThrownBy(() -> Hermite.he(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("degree");
    }

    @Test
    void tableAgreesWithSinglePolynomials() {
        BigInteger[][] table = Hermite.heCoefficientsUpTo(40);
        assertThat(table).hasNumberOfRows(41);
        for (int k = 0; k <= 40; k++) {
            assertThat(table[k]).containsExactly(Hermite.heCoefficients(k));
        }
    }

    @Test
    void orthogonalityByGaussianMoments() {
        for (int j = 0; j <= 14; j++) {
            for (int k = 0; k <= 14; k++) {
                BigFraction e = Gaussian.expectation(Hermite.he(j).multiply(Hermite.he(k)));
                assertThat(e).as("E[He_%d He_%d]", j, k)
                        .isEqualTo(j == k ? BigFraction.of(Gaussian.factorial(k)) : BigFraction.ZERO);
            }
        }
    }

    @Test
    void derivativeAndValueAtZero() {
        for (int k = 1; k <= 30; k++) {
            assertThat(Hermite.he(k).derivative()).isEqualTo(Hermite.he(k - 1).multiply(BigFraction.of(k)));
        }
        for (int k = 0; k <= 30; k++) {
            assertThat(BigFraction.of(Hermite.heAtZero(k))).isEqualTo(Hermite.he(k).evaluate(BigFraction.ZERO));
        }
        assertThat(Hermite.heAtZero(6)).isEqualTo(BigInteger.valueOf(-15));
        assertThat(Hermite.factorial(10)).isEqualTo(BigInteger.valueOf(3628800));
    }

    @Test
    void christoffelDarbouxIdentity() {
        // Σ_{k≤n} He_k(x) He_k(y) / k! = (He_{n+1}(x) He_n(y) − He_n(x) He_{n+1}(y)) / (n! (x − y))
        BigFraction x = BigFraction.of(3, 10);
        BigFraction y = BigFraction.of(11, 10);
        int n = 25;
        BigFraction[] hx = Hermite.heValues(x, n + 1);
        BigFraction[] hy = Hermite.heValues(y, n + 1);
        BigFraction sum = BigFraction.ZERO;
        for (int k = 0; k <= n; k++) {
            sum = sum.add(hx[k].multiply(hy[k]).divide(Gaussian.factorial(k)));
        }
        BigFraction rhs = hx[n + 1].multiply(hy[n]).subtract(hx[n].multiply(hy[n + 1]))
                .divide(x.subtract(y).multiply(Gaussian.factorial(n)));
        assertThat(sum).isEqualTo(rhs);
    }

    @Test
    void exactValuesAgreeWithPolynomials() {
        BigFraction x = BigFraction.of(-7, 3);
        BigFraction[] v = Hermite.heValues(x, 20);
        for (int k = 0; k <= 20; k++) {
            assertThat(v[k]).isEqualTo(Hermite.he(k).evaluate(x));
        }
    }

    @Test
    void decimalValuesAreCorrectlyRounded() {
        MathContext mc = new MathContext(40);
        BigDecimal x = new BigDecimal("0.7071");
        BigDecimal[] v = Hermite.heValues(x, 30, mc);
        BigFraction xq = BigFraction.of(7071, 10000);
        for (int k = 0; k <= 30; k++) {
            BigFraction exact = Hermite.he(k).evaluate(xq);
            BigDecimal expected = new BigDecimal(exact.getNumerator()).divide(new BigDecimal(exact.getDenominator()), mc);
            assertThat(v[k]).as("He_%d", k).isEqualByComparingTo(expected);
        }
    }

    @Test
    void normalisedValues() {
        MathContext mc = new MathContext(40);
        BigDecimal x = new BigDecimal("-1.25");
        BigDecimal[] he = Hermite.heValues(x, 30, new MathContext(60));
        BigDecimal[] h = Hermite.hValues(x, 30, mc);
        double[] hd = Hermite.hValues(-1.25, 30);
        double[] hed = Hermite.heValues(-1.25, 30);
        for (int k = 0; k <= 30; k++) {
            BigDecimal back = h[k].pow(2).multiply(new BigDecimal(Gaussian.factorial(k)));
            BigDecimal target = he[k].pow(2);
            assertThat(back.subtract(target).abs())
                    .isLessThanOrEqualTo(target.abs().multiply(new BigDecimal("1e-38")));
            assertThat(hd[k]).isCloseTo(h[k].doubleValue(), within(1e-12));
            assertThat(hed[k]).isCloseTo(he[k].doubleValue(), within(1e-12 * Math.max(1, Math.abs(hed[k]))));
        }
        assertThat(NormalisedHermite.of(7).evaluate(x, mc)).isEqualByComparingTo(h[7]);
        assertThat(NormalisedHermite.of(7).evaluate(-1.25)).isEqualTo(hd[7]);
        assertThatThrownBy(() -> Hermite.hValues(x, 3, MathContext.UNLIMITED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalisedRecurrenceInDoubleStaysFiniteAndMatchesGeneratingFunction() {
        double[] h = Hermite.hValues(3.0, 400);
        for (double v : h) {
            assertThat(Double.isFinite(v)).isTrue();
        }
        // Σ_k He_k(x) t^k / k! = exp(x t − t²/2)
        double x = 0.7;
        double t = 0.3;
        double[] he = Hermite.heValues(x, 60);
        double s = 0;
        double tk = 1;
        for (int k = 0; k <= 60; k++) {
            s += he[k] * tk;
            tk *= t / (k + 1);
        }
        assertThat(s).isCloseTo(Math.exp(x * t - t * t / 2), within(1e-14));
    }

    @Test
    void exactNormalisedPolynomial() {
        NormalisedHermite h3 = NormalisedHermite.of(3);
        assertThat(h3.degree()).isEqualTo(3);
        assertThat(h3.radicand()).isEqualTo(BigInteger.valueOf(6));
        assertThat(h3.he()).isEqualTo(Hermite.he(3));
        assertThat(h3).hasToString("(z^3 - 3*z)/sqrt(6)");
        assertThat(h3.coefficient(1)).isEqualTo(ExactNumber.sqrt(BigInteger.valueOf(6)).multiply(BigFraction.of(-1, 2)));
        assertThat(h3.coefficient(2)).isEqualTo(ExactNumber.ZERO);
        assertThat(h3.coefficient(9)).isEqualTo(ExactNumber.ZERO);
        assertThat(h3.heCoefficients()).containsExactly(BigInteger.ZERO, BigInteger.valueOf(-3), BigInteger.ZERO,
                BigInteger.ONE);
        assertThat(NormalisedHermite.of(1)).hasToString("z");
        // E[h_j h_k] = δ_jk, summing exact coefficient products against Gaussian moments.
        for (int j = 0; j <= 9; j++) {
            for (int k = 0; k <= 9; k++) {
                NormalisedHermite a = NormalisedHermite.of(j);
                NormalisedHermite b = NormalisedHermite.of(k);
                ExactNumber e = ExactNumber.ZERO;
                for (int n = 0; n <= j; n++) {
                    for (int m = 0; m <= k; m++) {
                        BigInteger mom = Gaussian.moment(n + m);
                        if (mom.signum() != 0) {
                            e = e.add(a.coefficient(n).multiply(b.coefficient(m)).multiply(BigFraction.of(mom)));
                        }
                    }
                }
                assertThat(e).as("E[h_%d h_%d]", j, k).isEqualTo(j == k ? ExactNumber.ONE : ExactNumber.ZERO);
            }
        }
    }

    @Test
    void everyEntryPointRefusesANegativeDegree() {
        MathContext mc = MathContext.DECIMAL64;
        List<ThrowingCallable> calls = List.of(() -> Hermite.heCoefficients(-1), () -> Hermite.heCoefficientsUpTo(-1),
                () -> Hermite.he(-1), () -> Hermite.heAtZero(-1), () -> Hermite.factorial(-1),
                () -> Hermite.heValues(BigFraction.ONE, -1), () -> Hermite.heValues(BigDecimal.ONE, -1, mc),
                () -> Hermite.hValues(BigDecimal.ONE, -1, mc), () -> Hermite.heValues(1.0, -1),
                () -> Hermite.hValues(1.0, -1));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Hermite degree must be >= 0: -1");
        }
    }

    /** Degrees 0 and 1, where the recurrence has not started: He_0 = h_0 = 1, He_1 = h_1 = z, at every entry point. */
    @Test
    void degreesZeroAndOneAtEveryEntryPoint() {
        MathContext mc = MathContext.DECIMAL64;
        BigFraction x = BigFraction.of(-7, 4);
        BigDecimal xd = new BigDecimal("-1.75");
        for (int k = 0; k <= 1; k++) {
            assertThat(Hermite.heValues(x, k)).hasSize(k + 1).startsWith(BigFraction.ONE);
            assertThat(Hermite.heValues(xd, k, mc)).hasSize(k + 1);
            assertThat(Hermite.heValues(xd, k, mc)[0]).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(Hermite.hValues(xd, k, mc)[0]).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(Hermite.heValues(-1.75, k)).hasSize(k + 1).startsWith(1.0);
            assertThat(Hermite.hValues(-1.75, k)).hasSize(k + 1).startsWith(1.0);
        }
        assertThat(Hermite.heValues(x, 1)[1]).isEqualTo(x);
        assertThat(Hermite.heValues(xd, 1, mc)[1]).isEqualByComparingTo(xd);
        assertThat(Hermite.hValues(xd, 1, mc)[1]).isEqualByComparingTo(xd);
        assertThat(Hermite.heValues(-1.75, 1)[1]).isEqualTo(-1.75);
        assertThat(Hermite.hValues(-1.75, 1)[1]).isEqualTo(-1.75);
        assertThat(Hermite.heAtZero(0)).isEqualTo(BigInteger.ONE);
        assertThat(Hermite.heAtZero(2)).isEqualTo(BigInteger.valueOf(-1));
        assertThat(Hermite.factorial(0)).isEqualTo(BigInteger.ONE);
        assertThat(Hermite.factorial(1)).isEqualTo(BigInteger.ONE);
        assertThat(Hermite.factorialsUpTo(0)).containsExactly(BigInteger.ONE);
        assertThat(Hermite.factorialsUpTo(5)).extracting(BigInteger::intValue).containsExactly(1, 1, 2, 6, 24, 120);
    }
}
