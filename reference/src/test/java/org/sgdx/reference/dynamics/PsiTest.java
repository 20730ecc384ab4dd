package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.link.Link;

/** The algebra of ψ as a polynomial in {@code (y, η, d)}, with truncation of formal power series in η. */
class PsiTest {

    private static final Psi ONE = Psi.constant(BigFraction.ONE);

    private static Psi etaPower(int n) {
        return Psi.eta().pow(n);
    }

    @Test
    void theVariablesAreMonomialsWithCoefficientOne() {
        assertThat(Psi.y().terms()).containsOnlyKeys(new Monomial(1, 0, 0));
        assertThat(Psi.eta().terms()).containsOnlyKeys(new Monomial(0, 1, 0));
        assertThat(Psi.d().terms()).containsOnlyKeys(new Monomial(0, 0, 1));
        assertThat(Psi.y().coefficient(1, 0, 0)).isEqualTo(ZFunction.ONE);
        assertThat(Psi.y().coefficient(0, 0, 0)).isEqualTo(ZFunction.ZERO);
        assertThat(Psi.of(ZFunction.Z).coefficient(0, 0, 0)).isEqualTo(ZFunction.Z);
        assertThat(Psi.of(new Monomial(2, 0, 0), ZFunction.ZERO).isZero()).isTrue();
        assertThat(Psi.constant(BigFraction.ZERO).terms()).isEmpty();
        assertThatThrownBy(() -> Psi.y().terms().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void powersOfYAndEtaAreMinusOneForZero() {
        Psi p = Psi.y().pow(3).add(etaPower(2)).add(Psi.d().pow(4));
        assertThat(p.maxYPower()).isEqualTo(3);
        assertThat(p.maxEtaPower()).isEqualTo(2);
        assertThat(Psi.constant(BigFraction.ZERO).maxYPower()).isEqualTo(-1);
        assertThat(Psi.constant(BigFraction.ZERO).maxEtaPower()).isEqualTo(-1);
        assertThat(ONE.maxYPower()).isZero();
        assertThat(ONE.maxEtaPower()).isZero();
    }

    @Test
    void ringIdentities() {
        Psi a = Psi.y().add(Psi.eta().multiply(Psi.of(ZFunction.Z)));
        Psi b = Psi.d().subtract(ONE);
        assertThat(a.subtract(a).isZero()).isTrue();
        assertThat(a.add(a.negate()).terms()).isEmpty();
        assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
        assertThat(a.add(b).multiply(a)).isEqualTo(a.multiply(a).add(b.multiply(a)));
        assertThat(a.multiply(BigFraction.of(2))).isEqualTo(a.add(a));
        assertThat(a.multiply(BigFraction.ZERO).isZero()).isTrue();
        assertThat(a.multiply(ZFunction.constant(BigFraction.of(3)))).isEqualTo(a.multiply(BigFraction.of(3)));
        assertThat(a.multiply(ZFunction.ZERO).isZero()).isTrue();
        // (y + ηz)(d − 1) has the four products and no other term
        assertThat(a.multiply(b).coefficient(1, 0, 1)).isEqualTo(ZFunction.ONE);
        assertThat(a.multiply(b).coefficient(0, 1, 0)).isEqualTo(ZFunction.Z.multiply(BigFraction.of(-1)));
        assertThat(a.multiply(b).terms()).hasSize(4);
    }

    @Test
    void powIsRepeatedMultiplication() {
        Psi p = ONE.add(Psi.eta());
        Psi cube = p.pow(3);
        assertThat(cube.coefficient(0, 0, 0)).isEqualTo(ZFunction.ONE);
        assertThat(cube.coefficient(0, 1, 0)).isEqualTo(ZFunction.constant(BigFraction.of(3)));
        assertThat(cube.coefficient(0, 2, 0)).isEqualTo(ZFunction.constant(BigFraction.of(3)));
        assertThat(cube.coefficient(0, 3, 0)).isEqualTo(ZFunction.ONE);
        assertThat(p.pow(0)).isEqualTo(ONE);
        assertThat(p.pow(1)).isEqualTo(p);
        assertThatThrownBy(() -> p.pow(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative exponent -1");
    }

    @Test
    void truncationDropsHigherPowersOfEtaAlsoInLaterProducts() {
        Psi p = ONE.add(Psi.eta()).add(etaPower(2)).add(etaPower(3));
        Psi t = p.truncate(2);
        assertThat(t.order()).hasValue(2);
        assertThat(t.maxEtaPower()).isEqualTo(2);
        assertThat(t.coefficient(0, 2, 0)).isEqualTo(ZFunction.ONE);
        assertThat(p.order()).isEmpty();
        // the lower order wins, in truncate, add and multiply
        assertThat(t.truncate(5).order()).hasValue(2);
        assertThat(t.truncate(1).order()).hasValue(1);
        assertThat(t.add(etaPower(2)).coefficient(0, 2, 0)).isEqualTo(ZFunction.constant(BigFraction.of(2)));
        assertThat(t.add(etaPower(3)).maxEtaPower()).isEqualTo(2);
        assertThat(p.add(t).order()).hasValue(2);
        assertThat(p.multiply(t).order()).hasValue(2);
        // (1 + η + η²)(1 + η + η² + η³) through η²: 1 + 2η + 3η²
        Psi product = p.multiply(t);
        assertThat(product.coefficient(0, 1, 0)).isEqualTo(ZFunction.constant(BigFraction.of(2)));
        assertThat(product.coefficient(0, 2, 0)).isEqualTo(ZFunction.constant(BigFraction.of(3)));
        assertThat(product.maxEtaPower()).isEqualTo(2);
        assertThat(Psi.eta().truncate(1).multiply(Psi.eta()).isZero()).isTrue();
        assertThat(Psi.eta().truncate(1).multiply(ZFunction.Z).coefficient(0, 1, 0)).isEqualTo(ZFunction.Z);
        assertThat(t.multiply(BigFraction.of(2)).order()).hasValue(2);
        assertThat(t.multiply(ZFunction.Z).order()).hasValue(2);
        // (1 + η)^3 through η^1: 1 + 3η
        Psi cube = ONE.add(Psi.eta()).truncate(1).pow(3);
        assertThat(cube.order()).hasValue(1);
        assertThat(cube.coefficient(0, 1, 0)).isEqualTo(ZFunction.constant(BigFraction.of(3)));
        assertThat(cube.maxEtaPower()).isEqualTo(1);
        assertThat(t.pow(0).order()).hasValue(2);
        assertThat(t.truncate(0)).isEqualTo(ONE.truncate(0));
        assertThatThrownBy(() -> p.truncate(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order must be >= 0: -1");
    }

    @Test
    void equalityIncludesTheTruncation() {
        Psi p = ONE.add(Psi.y());
        assertThat(p).isEqualTo(Psi.y().add(ONE)).hasSameHashCodeAs(Psi.y().add(ONE));
        assertThat(p.truncate(3)).isNotEqualTo(p).isEqualTo(p.truncate(3));
        assertThat(p.truncate(3)).isNotEqualTo(p.truncate(4));
        assertThat(p.truncate(3).hashCode()).isEqualTo(p.truncate(3).hashCode());
        assertThat(p).isNotEqualTo(Psi.y()).isNotEqualTo("1 + y");
    }

    @Test
    void exactWhenEveryCoefficientIsExact() {
        ZFunction tanh = ZFunction.of(Link.parse("tanh").expression());
        assertThat(Psi.y().add(Psi.of(ZFunction.Z)).isExact()).isTrue();
        assertThat(Psi.y().add(Psi.of(tanh)).isExact()).isFalse();
        assertThat(Psi.of(tanh).multiply(Psi.y()).isExact()).isFalse();
    }

    @Test
    void readableForm() {
        assertThat(Psi.constant(BigFraction.ZERO)).hasToString("0");
        assertThat(ONE).hasToString("(1)");
        assertThat(Psi.y().add(ONE).add(Psi.eta())).hasToString("(1) + eta*(1) + y*(1)");
        assertThat(Psi.eta().add(ONE).truncate(1)).hasToString("(1) + eta*(1) + O(eta^2)");
        assertThat(Psi.y().truncate(0)).hasToString("y*(1) + O(eta^1)");
    }

    @Test
    void onlyTheEmptyPolynomialIsZero() {
        assertThat(Psi.y().isZero()).isFalse();
        assertThat(ONE.truncate(0).isZero()).isFalse();
        assertThat(Psi.eta().truncate(0).isZero()).isTrue();
    }
}
