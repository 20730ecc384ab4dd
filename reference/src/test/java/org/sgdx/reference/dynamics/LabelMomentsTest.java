package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/** {@code L_j = E[y^j | u]} for the three label models of MATH.md §1. */
class LabelMomentsTest {

    private static final Link IDENTITY = Link.parse("z");
    private static final ZFunction U = ZFunction.Z;

    private static ZFunction c(long p, long q) {
        return ZFunction.constant(BigFraction.of(p, q));
    }

    @Test
    void deterministicLabelsArePowersOfTheLink() {
        List<ZFunction> l = LabelMoments.upTo(new LabelModel.Deterministic(Link.parse("He2")), 3);
        ZFunction he2 = U.pow(2).add(c(-1, 1));
        assertThat(l).containsExactly(ZFunction.ONE, he2, he2.pow(2), he2.pow(3));
        assertThat(LabelMoments.upTo(new LabelModel.Deterministic(IDENTITY), 0)).containsExactly(ZFunction.ONE);
    }

    /** {@code E[(u + τε)^j] = Σ_{l even} C(j, l) (l−1)!! τ^l u^{j−l}}, with τ = 1/2. */
    @Test
    void noisyLabelsAddTheGaussianMomentsOfTheNoise() {
        List<ZFunction> l = LabelMoments.upTo(new LabelModel.Noisy(IDENTITY, BigFraction.of(1, 2)), 6);
        assertThat(l).hasSize(7);
        assertThat(l.get(0)).isEqualTo(ZFunction.ONE);
        assertThat(l.get(1)).isEqualTo(U);
        assertThat(l.get(2)).isEqualTo(U.pow(2).add(c(1, 4)));
        assertThat(l.get(3)).isEqualTo(U.pow(3).add(U.multiply(BigFraction.of(3, 4))));
        // u⁴ + 6 τ² u² + 3 τ⁴
        assertThat(l.get(4)).isEqualTo(U.pow(4).add(U.pow(2).multiply(BigFraction.of(6, 4))).add(c(3, 16)));
        // u⁵ + 10 τ² u³ + 15 τ⁴ u
        assertThat(l.get(5)).isEqualTo(U.pow(5).add(U.pow(3).multiply(BigFraction.of(10, 4)))
                .add(U.multiply(BigFraction.of(15, 16))));
        // u⁶ + 15 τ² u⁴ + 45 τ⁴ u² + 15 τ⁶
        assertThat(l.get(6)).isEqualTo(U.pow(6).add(U.pow(4).multiply(BigFraction.of(15, 4)))
                .add(U.pow(2).multiply(BigFraction.of(45, 16))).add(c(15, 64)));
    }

    @Test
    void binaryLabelsHaveMomentsOneAndTwoQMinusOne() {
        List<ZFunction> l = LabelMoments.upTo(new LabelModel.Binary(Link.parse("step")), 3);
        ZFunction sign = ZFunction.of(Link.parse("step").expression()).multiply(BigFraction.of(2)).add(c(-1, 1));
        assertThat(l).containsExactly(ZFunction.ONE, sign, ZFunction.ONE, sign);
        assertThat(LabelMoments.upTo(new LabelModel.Binary(Link.parse("step")), 0)).containsExactly(ZFunction.ONE);
    }

    @Test
    void negativePowersAreRefused() {
        assertThatThrownBy(() -> LabelMoments.upTo(new LabelModel.Deterministic(IDENTITY), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxPower must be >= 0: -1");
    }
}
