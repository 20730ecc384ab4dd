package org.sgdx.reference.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class RationalPolynomialTest {

    @Test
    void sturmCountsDistinctPositiveAndNegativeRoots() {
        // (z − 1)(z − 2)(z + 3) z²
        RationalPolynomial p = RationalPolynomial.ofIntegers(-1, 1).multiply(RationalPolynomial.ofIntegers(-2, 1))
                .multiply(RationalPolynomial.ofIntegers(3, 1)).multiply(RationalPolynomial.Z.pow(2));
        assertThat(p.countPositiveRoots()).isEqualTo(2);
        assertThat(p.countNegativeRoots()).isEqualTo(1);
        // (z − 1)² (z² + 1): one distinct positive root, none negative
        RationalPolynomial q = RationalPolynomial.ofIntegers(-1, 1).pow(2).multiply(RationalPolynomial.ofIntegers(1, 0, 1));
        assertThat(q.countPositiveRoots()).isEqualTo(1);
        assertThat(q.countNegativeRoots()).isZero();
        // He3 = z³ − 3z has roots ±√3 and 0
        RationalPolynomial he3 = RationalPolynomial.ofIntegers(0, -3, 0, 1);
        assertThat(he3.countPositiveRoots()).isEqualTo(1);
        assertThat(he3.countNegativeRoots()).isEqualTo(1);
        assertThat(RationalPolynomial.ofIntegers(5).countPositiveRoots()).isZero();
    }

    @Test
    void divisionWithRemainderReconstructs() {
        RationalPolynomial a = RationalPolynomial.ofIntegers(7, -3, 0, 5, 2);
        RationalPolynomial b = RationalPolynomial.of(BigFraction.of(1, 3), BigFraction.of(2));
        RationalPolynomial[] qr = a.divideAndRemainder(b);
        assertThat(qr[0].multiply(b).add(qr[1])).isEqualTo(a);
        assertThat(qr[1].degree()).isLessThan(b.degree());
    }

    @Test
    void compositionAndReflection() {
        RationalPolynomial p = RationalPolynomial.ofIntegers(1, 2, 3);
        assertThat(p.compose(RationalPolynomial.ofIntegers(0, -1))).isEqualTo(p.reflect());
        assertThat(p.compose(RationalPolynomial.ofIntegers(1, 1)).evaluate(BigFraction.of(2)))
                .isEqualTo(p.evaluate(BigFraction.of(3)));
        assertThat(RationalPolynomial.ofIntegers(0, -3, 0, 1).isOdd()).isTrue();
        assertThat(RationalPolynomial.ofIntegers(3, 0, -6, 0, 1).isEven()).isTrue();
        assertThat(p.toString()).isEqualTo("3*z^2 + 2*z + 1");
    }

    @Test
    void squareFreeParts() {
        assertThat(SquareFree.of(BigInteger.valueOf(72))).isEqualTo(new SquareFree(BigInteger.valueOf(6),
                BigInteger.TWO));
        for (int k = 0; k <= 30; k++) {
            SquareFree f = SquareFree.ofFactorial(k);
            BigInteger fact = BigInteger.ONE;
            for (int i = 2; i <= k; i++) {
                fact = fact.multiply(BigInteger.valueOf(i));
            }
            assertThat(f.square().pow(2).multiply(f.squareFree())).isEqualTo(fact);
            assertThat(SquareFree.of(f.squareFree()).square()).isEqualTo(BigInteger.ONE);
        }
        assertThat(SquareFree.of(BigInteger.ONE)).isEqualTo(new SquareFree(BigInteger.ONE, BigInteger.ONE));
        assertThatThrownBy(() -> SquareFree.of(BigInteger.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not positive: 0");
        assertThatThrownBy(() -> SquareFree.of(BigInteger.valueOf(-4))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decimalEvaluationIsHornersSchemeRoundedToTheContext() {
        // p(z) = z^3 - 3z + 1/7 at z = 1/3 (given to 60 digits): exactly 1/27 - 1 + 1/7 = -155/189
        RationalPolynomial p = RationalPolynomial.of(BigFraction.of(1, 7), BigFraction.of(-3), BigFraction.ZERO,
                BigFraction.ONE);
        MathContext mc = new MathContext(40);
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3),
                new MathContext(60));
        BigDecimal exact = new BigDecimal(-155).divide(new BigDecimal(189),
                new MathContext(60));
        assertThat(p.evaluate(third, mc).subtract(exact).abs()).isLessThan(new BigDecimal("1e-38"));
        assertThat(p.evaluate(third, mc).precision()).isLessThanOrEqualTo(40);
        assertThat(RationalPolynomial.ZERO.evaluate(third, mc)).isEqualByComparingTo("0");
    }

    @Test
    void listFactoryScalingAndTheZeroString() {
        List<BigFraction> c = List.of(BigFraction.of(1, 2), BigFraction.ZERO, BigFraction.of(-3), BigFraction.ZERO);
        RationalPolynomial p = RationalPolynomial.of(c);
        assertThat(p).isEqualTo(RationalPolynomial.of(BigFraction.of(1, 2), BigFraction.ZERO, BigFraction.of(-3)));
        assertThat(p.degree()).isEqualTo(2);
        assertThat(p.multiply(BigFraction.of(-2, 3)))
                .isEqualTo(RationalPolynomial.of(BigFraction.of(-1, 3), BigFraction.ZERO, BigFraction.of(2)));
        assertThat(p.multiply(BigFraction.ZERO)).isEqualTo(RationalPolynomial.ZERO);
        assertThat(RationalPolynomial.ZERO).hasToString("0");
        assertThat(RationalPolynomial.ZERO.multiply(BigFraction.of(5))).hasToString("0");
    }
}
