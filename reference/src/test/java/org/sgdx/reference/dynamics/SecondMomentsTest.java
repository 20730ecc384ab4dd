package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sgdx.reference.dynamics.Generators.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

class SecondMomentsTest {

    private static final MathContext MC = GaussHermite.context(70);
    private static final Link HE3 = Link.parse("He3");

    /**
     * {@code E[ψ²](m)}, {@code E[ψ² v²](m)} and {@code N(m)} from Mehler's formula against a 2-D Gauss–Hermite rule of
     * the update evaluated from its definition (exact for these polynomial integrands up to rounding).
     */
    @Test
    void secondMomentsAgainstTwoDimensionalQuadrature() {
        GaussHermite rule = new GaussHermite(30, MC);
        qt().withExamples(16).forAll(Generators.polynomialLinks(2), Generators.polynomialLinks(2),
                integers().between(0, 53), Generators.rates()).checkAssert((target, activation, choice, rate) -> {
                    UpdateRule update = UpdateRule.of(Algorithm.values()[choice % 3], Loss.values()[choice / 3 % 2],
                            activation, BigFraction.ONE);
                    check(update, target, rate, BigDecimal.valueOf(1 + choice / 6, 1), BigDecimal.valueOf(40), rule);
                });
    }

    @Test
    void secondMomentsOfHe3WithBatchReuse() {
        GaussHermite rule = new GaussHermite(56, MC);
        check(UpdateRule.of(Algorithm.REUSE, Loss.SQUARED, HE3, BigFraction.ONE), HE3, BigFraction.of(1, 20000),
                new BigDecimal("0.3"), BigDecimal.valueOf(100), rule);
    }

    private static void check(UpdateRule update, Link target, BigFraction rate, BigDecimal m, BigDecimal d,
            GaussHermite rule) {
        DriftCoefficients c = DriftCoefficients.of(update, new LabelModel.Deterministic(target));
        SecondMoments s = SecondMoments.of(c);
        assertThat(s.isComplete()).isTrue();
        assertThat(s.certainty()).isEqualTo(Certainty.EXACT);
        BigDecimal eta = new BigDecimal(rate.getNumerator()).divide(new BigDecimal(rate.getDenominator()), MC);
        Quadrature.Moments q = Quadrature.moments(update, target.expression(), m, eta, d, rule, MC);
        BigDecimal plain = s.psiSquared().evaluate(m, eta, d, MC);
        BigDecimal weighted = s.psiSquaredTimesVSquared().evaluate(m, eta, d, MC);
        BigDecimal n = s.normalisation().evaluate(m, eta, d, MC);
        String what = update.describe() + ", target " + target + ", m = " + m;
        assertThat(relative(q.psiSquared(), plain)).as("E[psi^2], %s", what).isLessThan(new BigDecimal("1e-35"));
        assertThat(relative(q.psiSquaredV2(), weighted)).as("E[psi^2 v^2], %s", what).isLessThan(new BigDecimal("1e-35"));
        BigDecimal expectedN = d.subtract(BigDecimal.valueOf(2)).multiply(q.psiSquared(), MC).add(q.psiSquaredV2(), MC);
        assertThat(relative(expectedN, n)).as("N, %s", what).isLessThan(new BigDecimal("1e-35"));
    }

    private static BigDecimal relative(BigDecimal expected, BigDecimal actual) {
        return expected.subtract(actual).abs().divide(expected.abs().max(BigDecimal.ONE), MathContext.DECIMAL64);
    }

    /** MATH.md §6: {@code E[(y² σσ')²] ≈ 1.12·10⁷} at {@code m = 0} for He_3 (alternating, correlation loss). */
    @Test
    void alternatingHe3SecondMomentAtZeroOverlap() {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ALTERNATING, Loss.CORRELATION, HE3,
                BigFraction.ONE), new LabelModel.Deterministic(HE3));
        ParameterPolynomial e = SecondMoments.of(c).psiSquared();
        assertThat(e.coefficient(0, 2, 0)).isEqualTo(RealValue.of(BigFraction.of(11209104)));
        // online part: E[y² σ'²] = E[He3²] E[(3 He2)²] = 6 · 18 at m = 0
        assertThat(e.coefficient(0, 0, 0)).isEqualTo(RealValue.of(BigFraction.of(108)));
    }

    @Test
    void normalisationIsDMinusOneTimesTheSecondMomentAtLeadingOrderInD() {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, HE3), new LabelModel.Deterministic(HE3));
        SecondMoments s = SecondMoments.of(c);
        // the coefficient of d in N(m) is E[ψ²](m), term by term
        s.psiSquared().terms().forEach((p, v) -> assertThat(s.normalisation().coefficient(p.m(), p.eta(), p.d() + 1))
                .isEqualTo(v));
    }

    @Test
    void nonTerminatingSumsAreFlagged() {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, Link.parse("relu"),
                BigFraction.ONE), new LabelModel.Deterministic(Link.parse("relu")), 4, 20);
        SecondMoments s = SecondMoments.of(c, 6);
        assertThat(s.isComplete()).isFalse();
        assertThat(s.psiSquared().degreeInM()).isLessThanOrEqualTo(8);
        // E[ψ²](0) = E[relu(u)²] E[step(z)²] = 1/2 · 1/2 exactly (the i = 0 term)
        assertThat(s.psiSquared().coefficient(0, 0, 0)).isEqualTo(RealValue.of(BigFraction.of(1, 4)));
    }

    @Test
    void argumentsOutOfRangeAreRefused() {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, HE3), new LabelModel.Deterministic(HE3));
        assertThatThrownBy(() -> SecondMoments.of(c, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIndex must be in 1..200, got 0");
        assertThatThrownBy(() -> SecondMoments.of(c, 201)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIndex must be in 1..200, got 201");
        assertThatThrownBy(() -> SecondMoments.fourth(c, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecondMoments.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("coefficients");
        assertThatThrownBy(() -> SecondMoments.of(c, (org.sgdx.reference.numeric.WorkLimit) null))
                .isInstanceOf(NullPointerException.class).hasMessage("work");
        // polynomial terms do not depend on the index limit
        assertThat(SecondMoments.of(c, 1).psiSquared()).isEqualTo(SecondMoments.of(c, 200).psiSquared());
        assertThat(SecondMoments.of(c, org.sgdx.reference.numeric.WorkLimit.of(1, (s, l) -> { })).normalisation())
                .isEqualTo(SecondMoments.of(c).normalisation());
    }

    /** {@code E[ψ² v²]} includes the curvature term {@code (1 − m²) E[L''(u) G(z)]} even when the factor of ψ² in z is constant. */
    @Test
    void curvatureTermOfTheWeightedMoment() {
        // ψ = y (activation z, correlation loss) on labels He2: ψ² = L(u) = He2(u)² = He4 + 4 He2 + 2, so
        // E[ψ²] = 2 and E[ψ² v²] = 2 + 2·1·4 (1 − m²) = 10 − 8 m² (at m = 0, E[(v² − 1)² v²] = 15 − 6 + 1)
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, Link.parse("z"),
                BigFraction.ONE), new LabelModel.Deterministic(Link.parse("He2")));
        SecondMoments s = SecondMoments.of(c);
        assertThat(s.psiSquared()).isEqualTo(ParameterPolynomial.constant(BigFraction.of(2)));
        assertThat(s.psiSquaredTimesVSquared()).isEqualTo(ParameterPolynomial.constant(BigFraction.of(10)).subtract(
                ParameterPolynomial.monomial(RealValue.of(BigFraction.of(8)), new ParameterPolynomial.Powers(2, 0, 0))));
        assertThat(s.isComplete()).isTrue();
    }

    @Test
    void smoothLinksGiveIncompleteEstimates() {
        Link tanh = Link.parse("tanh");
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, tanh,
                BigFraction.ONE), new LabelModel.Deterministic(tanh), 2, 20);
        SecondMoments s = SecondMoments.of(c, 3);
        assertThat(s.isComplete()).isFalse();
        assertThat(s.certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(s.psiSquared().degreeInM()).isLessThanOrEqualTo(3);
        assertThatThrownBy(() -> SecondMoments.of(c, org.sgdx.reference.numeric.WorkLimit.of(1, (x, l) -> { })))
                .isInstanceOf(org.sgdx.reference.numeric.WorkLimit.WorkLimitExceededException.class)
                .hasMessageStartingWith("the second moments (");
    }

    @Test
    void aMissingCoefficientsArgumentIsNamed() {
        assertThatThrownBy(() -> SecondMoments.of(null, org.sgdx.reference.numeric.WorkLimit.unlimited()))
                .isInstanceOf(NullPointerException.class).hasMessage("coefficients");
    }
}
