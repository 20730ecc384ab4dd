package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/**
 * {@link SecondMoments#fourth} and {@link DriftCoefficients#power}, used by the diffusion limit
 * (proofs-notes/diffusion-limit.md), against Gaussian moments computed directly rather than by Mehler sums: online
 * He3 with correlation loss, {@code ψ = He3(u)·3(z² − 1)}. At {@code m = 0}, {@code u = v} is independent of
 * {@code z}: {@code E[ψ⁴] = 81 E[He3⁴] E[(z²−1)⁴] = 81·3348·60}, {@code E[ψ⁴v²] = 81·E[He3(v)⁴v²]·60 = 81·51300·60},
 * {@code E[ψ³(u − mz)] = 27 E[He3(v)³v] E[(z²−1)³] = 27·324·8}. At {@code m = 1}, {@code u = z}:
 * {@code E[ψ⁴] = 81 E[He3(z)⁴(z²−1)⁴] = 22389596208} and {@code E[ψ³(u − mz)] = 0}.
 */
class FourthMomentsTest {

    private static final MathContext MC = new MathContext(30);

    private static DriftCoefficients he3() {
        Link he3 = Link.parse("He3");
        return DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, he3, BigFraction.ONE),
                new LabelModel.Deterministic(he3));
    }

    private static BigDecimal at(ParameterPolynomial p, String m) {
        return p.evaluate(new BigDecimal(m), BigDecimal.ZERO, BigDecimal.ONE, MC);
    }

    @Test
    void fourthMomentsMatchDirectGaussianMoments() {
        SecondMoments fourth = SecondMoments.fourth(he3(), SecondMoments.DEFAULT_MAX_INDEX);
        assertThat(fourth.isComplete()).isTrue();
        assertThat(at(fourth.psiSquared(), "0")).isEqualByComparingTo(BigDecimal.valueOf(81L * 3348 * 60));
        assertThat(at(fourth.psiSquaredTimesVSquared(), "0")).isEqualByComparingTo(BigDecimal.valueOf(81L * 51300 * 60));
        assertThat(at(fourth.psiSquared(), "1")).isEqualByComparingTo(new BigDecimal("22389596208"));
    }

    @Test
    void theDriftOfTheCubeMatchesDirectGaussianMoments() {
        DriftCoefficients cube = he3().power(3);
        assertThat(cube.isComplete()).isTrue();
        assertThat(at(cube.drift(), "0")).isEqualByComparingTo(BigDecimal.valueOf(27L * 324 * 8));
        assertThat(at(cube.drift(), "1")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(he3().power(1).drift()).isEqualTo(he3().drift());
    }
}
