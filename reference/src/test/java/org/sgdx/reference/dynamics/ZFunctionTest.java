package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.link.Parity;

/** Functions of {@code z}: exact forms kept through sums and products, the expression otherwise. */
class ZFunctionTest {

    private static final ZFunction Z = ZFunction.Z;

    private static ZFunction link(String specification) {
        return ZFunction.of(Link.parse(specification).expression());
    }

    private static ZFunction c(long n) {
        return ZFunction.constant(BigFraction.of(n));
    }

    @Test
    void exactFormsAreKeptWhenBothOperandsHaveOne() {
        ZFunction relu = link("relu");
        ZFunction tanh = link("tanh");
        assertThat(Z.add(relu).isExact()).isTrue();
        assertThat(Z.multiply(relu).isExact()).isTrue();
        assertThat(relu.multiply(BigFraction.of(3)).isExact()).isTrue();
        assertThat(tanh.isExact()).isFalse();
        assertThat(tanh.exactForm()).isEmpty();
        assertThat(Z.exactForm()).isPresent();
        assertThat(Z.add(tanh).isExact()).isFalse();
        assertThat(tanh.add(Z).isExact()).isFalse();
        assertThat(Z.multiply(tanh).isExact()).isFalse();
        assertThat(tanh.multiply(Z).isExact()).isFalse();
        assertThat(tanh.multiply(BigFraction.of(3)).isExact()).isFalse();
    }

    @Test
    void zeroIsExactForExactFunctionsAndStructuralOtherwise() {
        assertThat(ZFunction.ZERO.isZero()).isTrue();
        assertThat(Z.add(Z.multiply(BigFraction.of(-1))).isZero()).isTrue();
        assertThat(Z.isZero()).isFalse();
        assertThat(link("tanh").isZero()).isFalse();
        assertThat(link("tanh").multiply(ZFunction.ZERO)).isSameAs(ZFunction.ZERO);
        assertThat(ZFunction.ZERO.multiply(link("tanh"))).isSameAs(ZFunction.ZERO);
        assertThat(link("tanh").multiply(BigFraction.ZERO)).isSameAs(ZFunction.ZERO);
        assertThat(Z.multiply(BigFraction.ZERO)).isSameAs(ZFunction.ZERO);
    }

    @Test
    void polynomialsAndTheirDegree() {
        assertThat(Z.pow(3).add(Z).degree()).isEqualTo(3);
        assertThat(c(5).degree()).isZero();
        assertThat(ZFunction.ZERO.degree()).isEqualTo(-1);
        assertThat(Z.isPolynomial()).isTrue();
        assertThat(link("relu").isPolynomial()).isFalse();
        assertThat(link("tanh").isPolynomial()).isFalse();
        assertThatThrownBy(() -> link("relu").degree()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("not a polynomial: ");
        assertThatThrownBy(() -> link("tanh").degree()).isInstanceOf(IllegalStateException.class);
        assertThat(Z.pow(3).derivative()).isEqualTo(Z.pow(2).multiply(BigFraction.of(3)));
    }

    @Test
    void powIsRepeatedMultiplication() {
        assertThat(Z.add(ZFunction.ONE).pow(2)).isEqualTo(Z.pow(2).add(Z.multiply(BigFraction.of(2))).add(ZFunction.ONE));
        assertThat(link("tanh").pow(0)).isEqualTo(ZFunction.ONE);
        assertThat(Z.pow(1)).isEqualTo(Z);
        assertThatThrownBy(() -> Z.pow(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative exponent -1");
    }

    @Test
    void parity() {
        assertThat(Z.pow(3).parity()).isEqualTo(Parity.ODD);
        assertThat(Z.pow(2).add(ZFunction.ONE).parity()).isEqualTo(Parity.EVEN);
        assertThat(Z.add(ZFunction.ONE).parity()).isEqualTo(Parity.NONE);
        assertThat(link("relu").parity()).isEqualTo(Parity.NONE);
        assertThat(link("tanh").parity()).isEqualTo(Parity.ODD);
        assertThat(link("tanh").multiply(link("tanh")).parity()).isEqualTo(Parity.EVEN);
    }

    @Test
    void equalityOfExactFormsIdentityOtherwise() {
        ZFunction tanh = link("tanh");
        assertThat(Z.multiply(Z)).isEqualTo(Z.pow(2)).hasSameHashCodeAs(Z.pow(2));
        assertThat(Z.add(Z)).isEqualTo(Z.multiply(BigFraction.of(2)));
        assertThat(Z).isNotEqualTo(Z.pow(2)).isNotEqualTo("z");
        assertThat(tanh).isEqualTo(tanh).hasSameHashCodeAs(tanh);
        assertThat(tanh).isNotEqualTo(link("tanh"));
        assertThat(tanh).isNotEqualTo(Z);
        assertThat(Z).isNotEqualTo(tanh);
    }

    @Test
    void readableForm() {
        ZFunction tanh = link("tanh");
        assertThat(tanh).hasToString(tanh.expression().toString());
        assertThat(Z.pow(2)).hasToString(Z.pow(2).exactForm().orElseThrow().toString());
        assertThat(c(3).toString()).isEqualTo(ZFunction.constant(BigFraction.of(3)).exactForm().orElseThrow().toString());
    }
}
