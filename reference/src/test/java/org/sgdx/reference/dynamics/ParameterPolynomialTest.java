package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.dynamics.ParameterPolynomial.Powers;

/** Polynomials in {@code (m, η, d)} with exact or approximate coefficients. */
class ParameterPolynomialTest {

    private static RealValue q(long p, long r) {
        return RealValue.of(BigFraction.of(p, r));
    }

    private static ParameterPolynomial mono(RealValue c, int m, int eta, int d) {
        return ParameterPolynomial.monomial(c, new Powers(m, eta, d));
    }

    private static RealValue approximate(String value, String error) {
        return RealValue.approximate(new BigDecimal(value), new BigDecimal(error), 30);
    }

    @Test
    void negativePowersAreRefused() {
        assertThatThrownBy(() -> new Powers(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative power in m^-1 eta^0 d^0");
        assertThatThrownBy(() -> new Powers(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Powers(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Powers(1, 2, 3).times(new Powers(3, 2, 1))).isEqualTo(new Powers(4, 4, 4));
    }

    @Test
    void termsAreOrderedByMThenEtaThenD() {
        TreeSet<Powers> set = new TreeSet<>(List.of(new Powers(1, 0, 0), new Powers(0, 2, 0), new Powers(0, 1, 5),
                new Powers(0, 1, 1)));
        assertThat(set).containsExactly(new Powers(0, 1, 1), new Powers(0, 1, 5), new Powers(0, 2, 0),
                new Powers(1, 0, 0));
        ParameterPolynomial p = mono(q(1, 1), 1, 0, 0).add(mono(q(2, 1), 0, 2, 0)).add(mono(q(3, 1), 0, 1, 5));
        assertThat(p.terms().keySet()).containsExactly(new Powers(0, 1, 5), new Powers(0, 2, 0), new Powers(1, 0, 0));
        assertThatThrownBy(() -> p.terms().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void exactZerosAreNeverStored() {
        assertThat(mono(RealValue.ZERO, 1, 1, 1).isZero()).isTrue();
        assertThat(ParameterPolynomial.constant(BigFraction.ZERO)).isEqualTo(ParameterPolynomial.ZERO);
        Map<Powers, RealValue> terms = new TreeMap<>();
        terms.put(new Powers(0, 0, 0), RealValue.ZERO);
        terms.put(new Powers(1, 0, 0), q(1, 2));
        assertThat(ParameterPolynomial.of(terms).terms()).containsOnlyKeys(new Powers(1, 0, 0));
        ParameterPolynomial p = mono(q(1, 2), 2, 1, 0).add(ParameterPolynomial.constant(BigFraction.ONE));
        assertThat(p.subtract(p).isZero()).isTrue();
        assertThat(p.add(p.negate())).isEqualTo(ParameterPolynomial.ZERO);
        assertThat(p.multiply(RealValue.ZERO).isZero()).isTrue();
        assertThat(p.coefficient(5, 0, 0)).isEqualTo(RealValue.ZERO);
        assertThat(p.coefficient(2, 1, 0)).isEqualTo(q(1, 2));
        // an approximate zero is a term, but the polynomial vanishes
        ParameterPolynomial near = mono(approximate("0", "1e-25"), 1, 0, 0);
        assertThat(near.isZero()).isFalse();
        assertThat(near.vanishes()).isTrue();
        assertThat(near.add(mono(q(1, 1), 0, 0, 0)).vanishes()).isFalse();
        assertThat(ParameterPolynomial.ZERO.vanishes()).isTrue();
    }

    @Test
    void ringOperations() {
        // (1 + m η)(2 − m η) = 2 + m η − m² η²
        ParameterPolynomial a = ParameterPolynomial.constant(BigFraction.ONE).add(mono(q(1, 1), 1, 1, 0));
        ParameterPolynomial b = ParameterPolynomial.constant(BigFraction.of(2)).subtract(mono(q(1, 1), 1, 1, 0));
        ParameterPolynomial product = a.multiply(b);
        assertThat(product.coefficient(0, 0, 0)).isEqualTo(q(2, 1));
        assertThat(product.coefficient(1, 1, 0)).isEqualTo(q(1, 1));
        assertThat(product.coefficient(2, 2, 0)).isEqualTo(q(-1, 1));
        assertThat(product.terms()).hasSize(3);
        assertThat(product).isEqualTo(b.multiply(a)).hasSameHashCodeAs(b.multiply(a));
        assertThat(a.multiply(q(3, 1))).isEqualTo(a.add(a).add(a));
        assertThat(a.negate().coefficient(1, 1, 0)).isEqualTo(q(-1, 1));
        assertThat(a).isNotEqualTo(b).isNotEqualTo("1 + m*eta");
        assertThat(product.degreeInM()).isEqualTo(2);
        assertThat(ParameterPolynomial.ZERO.degreeInM()).isEqualTo(-1);
        assertThat(ParameterPolynomial.constant(BigFraction.ONE).degreeInM()).isZero();
    }

    @Test
    void certaintyIsExactOnlyWhenEveryCoefficientIsExact() {
        ParameterPolynomial exact = mono(q(1, 3), 1, 0, 0).add(mono(RealValue.of(ExactReal.of(ExactNumber.OMEGA)), 0, 1,
                0));
        assertThat(exact.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(ParameterPolynomial.ZERO.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(exact.add(mono(approximate("0.5", "1e-20"), 2, 0, 0)).certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(mono(approximate("0.5", "1e-20"), 2, 0, 0).add(exact).certainty()).isEqualTo(Certainty.ESTIMATE);
    }

    /** The lowest power of η, then the highest power of {@code d}, then the lowest power of {@code m}; zeros skipped. */
    @Test
    void leadingTermInEta() {
        ParameterPolynomial p = mono(approximate("0", "1e-25"), 0, 0, 0).add(mono(q(1, 1), 0, 1, 0))
                .add(mono(q(2, 1), 0, 1, 2)).add(mono(q(3, 1), 2, 1, 2)).add(mono(q(4, 1), 1, 2, 5))
                .add(mono(q(5, 1), 3, 1, 1));
        Map.Entry<Powers, RealValue> leading = p.leadingInEta().orElseThrow();
        assertThat(leading.getKey()).isEqualTo(new Powers(0, 1, 2));
        assertThat(leading.getValue()).isEqualTo(q(2, 1));
        assertThat(mono(q(1, 1), 3, 2, 0).add(mono(q(1, 1), 5, 3, 0)).add(mono(q(1, 1), 4, 2, 0)).leadingInEta()
                .orElseThrow().getKey()).isEqualTo(new Powers(3, 2, 0));
        assertThat(mono(q(1, 1), 0, 3, 0).add(mono(q(1, 1), 1, 2, 0)).leadingInEta().orElseThrow().getKey())
                .isEqualTo(new Powers(1, 2, 0));
        assertThat(mono(approximate("0", "1e-25"), 0, 0, 0).leadingInEta()).isEmpty();
        assertThat(ParameterPolynomial.ZERO.leadingInEta()).isEmpty();
    }

    @Test
    void polynomialInMAtGivenEtaAndD() {
        // 2 m² η d + 3 m² + 5 η² at η = 1/2, d = 3: 5/4 + 0 m + 6 m²
        ParameterPolynomial p = mono(q(2, 1), 2, 1, 1).add(mono(q(3, 1), 2, 0, 0)).add(mono(q(5, 1), 0, 2, 0));
        assertThat(p.inM(BigFraction.of(1, 2), BigFraction.of(3))).containsExactly(q(5, 4), RealValue.ZERO, q(6, 1));
        assertThat(ParameterPolynomial.ZERO.inM(BigFraction.ONE, BigFraction.ONE)).isEmpty();
    }

    @Test
    void evaluationIsCorrectlyRoundedWithGuardDigits() {
        // (1 + m + m²)/3 at m = 1 is exactly 1; its terms are not exact in decimal
        ParameterPolynomial p = mono(q(1, 3), 0, 0, 0).add(mono(q(1, 3), 1, 0, 0)).add(mono(q(1, 3), 2, 0, 0));
        assertThat(p.evaluate(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new MathContext(20)))
                .isEqualByComparingTo("1");
        // 3 m² η³ d at (1/2, 2, 5): 30
        assertThat(mono(q(3, 1), 2, 3, 1).evaluate(new BigDecimal("0.5"), BigDecimal.valueOf(2), BigDecimal.valueOf(5),
                new MathContext(10))).isEqualByComparingTo("30");
        assertThat(mono(q(2, 3), 0, 0, 0).evaluate(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                new MathContext(5))).isEqualTo(new BigDecimal("0.66667"));
        assertThat(ParameterPolynomial.ZERO.evaluate(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                new MathContext(5))).isEqualByComparingTo("0");
    }

    @Test
    void readableForms() {
        assertThat(ParameterPolynomial.ZERO).hasToString("0");
        assertThat(ParameterPolynomial.ZERO.toString("s")).isEqualTo("0");
        assertThat(ParameterPolynomial.constant(BigFraction.ONE)).hasToString("1");
        assertThat(ParameterPolynomial.constant(BigFraction.of(-1))).hasToString("-1");
        assertThat(mono(q(1, 1), 1, 0, 0)).hasToString("m");
        assertThat(mono(q(-1, 1), 1, 0, 0)).hasToString("-m");
        assertThat(mono(q(-1, 1), 2, 1, 0).add(mono(q(1, 2), 0, 0, 0))).hasToString("1/2 - m^2*eta");
        assertThat(mono(q(1, 1), 1, 1, 0).add(mono(q(-3, 2), 0, 0, 1))).hasToString("-3/2*d + m*eta");
        assertThat(mono(q(1, 1), 0, 2, 3).toString("s")).isEqualTo("s^2*d");
        assertThat(mono(q(1, 1), 0, 1, 1).toString("s")).isEqualTo("s");
        assertThat(mono(q(1, 1), 0, 1, 1).toString("eta")).isEqualTo("eta*d");
        RealValue omega = RealValue.of(ExactReal.of(ExactNumber.OMEGA));
        assertThat(mono(omega, 1, 0, 0).add(mono(q(1, 1), 0, 0, 0))).hasToString("1 + (" + omega + ")*m");
        // approximate coefficients have their sign pulled out
        RealValue negative = approximate("-0.25", "1e-20");
        assertThat(mono(negative, 1, 0, 0).add(mono(q(1, 1), 0, 0, 0)))
                .hasToString("1 - " + approximate("0.25", "1e-20") + "*m");
        assertThat(mono(negative, 0, 0, 0)).hasToString("-" + approximate("0.25", "1e-20"));
        assertThat(mono(approximate("0.25", "1e-20"), 0, 1, 0)).hasToString(approximate("0.25", "1e-20") + "*eta");
    }

    @Test
    void anApproximateCoefficientWithValueZeroIsPrintedWithAPlusSign() {
        RealValue zero = approximate("0", "1e-25");
        assertThat(mono(zero, 1, 0, 0).add(ParameterPolynomial.constant(BigFraction.ONE)))
                .hasToString("1 + " + zero + "*m");
    }
}
