package org.sgdx.reference.hermite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.link.Link;

class LinkCoefficientsTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261129L);

    @Test
    void randomHermiteSumsAreReproducedExactlyThroughTheLinkLanguage() {
        // Σ (a_k/b) He_k parsed from text gives u_k = a_k/b exactly; Σ a_k h_k gives c_k = a_k exactly
        qt().withFixedSeed(SEED).withExamples(80)
                .forAll(lists().of(integers().between(-9, 9)).ofSize(9), integers().between(1, 7))
                .checkAssert((a, b) -> {
                    StringBuilder he = new StringBuilder("0");
                    StringBuilder h = new StringBuilder("0");
                    for (int k = 0; k < a.size(); k++) {
                        he.append(" + ").append(a.get(k)).append("/").append(b).append("*He").append(k);
                        h.append(" + (").append(a.get(k)).append(")*h").append(k);
                    }
                    List<Coefficient> u = LinkCoefficients.of(Link.parse(he.toString()), 12, Basis.HE, 20);
                    List<Coefficient> c = LinkCoefficients.of(Link.parse(h.toString()), 12, Basis.H, 20);
                    for (int k = 0; k <= 12; k++) {
                        BigFraction expected = k < a.size() ? BigFraction.of(a.get(k), b) : BigFraction.ZERO;
                        assertThat(u.get(k).certainty()).isEqualTo(Certainty.EXACT);
                        assertThat(u.get(k).exact()).isEqualTo(ExactReal.of(expected));
                        BigFraction expectedC = k < a.size() ? BigFraction.of(a.get(k)) : BigFraction.ZERO;
                        assertThat(c.get(k).exact()).as("c_%d of %s", k, h).isEqualTo(ExactReal.of(expectedC));
                    }
                });
    }

    @Test
    void bothConventionsDifferBySqrtFactorial() {
        List<Coefficient> u = LinkCoefficients.of(Link.parse("relu(z)^2 + sign(z)*z^3"), 10, Basis.HE, 40);
        List<Coefficient> c = LinkCoefficients.of(Link.parse("relu(z)^2 + sign(z)*z^3"), 10, Basis.H, 40);
        for (int k = 0; k <= 10; k++) {
            assertThat(c.get(k).exact()).isEqualTo(u.get(k).exact().multiply(ExactReal.sqrtFactorial(k)));
        }
    }

    @Test
    void numericalLinksGetParityZerosAndEstimates() {
        List<Coefficient> c = LinkCoefficients.of(Link.parse("erf(2*z)"), 6, Basis.H, 25);
        assertThat(c.get(2).certainty()).isEqualTo(Certainty.EXACT);
        assertThat(c.get(2).isZero()).isTrue();
        assertThat(c.get(1).certainty()).isEqualTo(Certainty.ESTIMATE);
        // c_1(erf(2z)) = E[Z erf(2Z)] = E[(4/√π) e^{−4Z²}] = 4/(3√π); digits from mpmath 1.3.0 at dps 45
        BigDecimal expected = new BigDecimal("0.752252778063675049264105935414363447792");
        assertThat(c.get(1).value().subtract(expected.round(new MathContext(25))).abs())
                .isLessThanOrEqualTo(new BigDecimal("1e-24"));
        assertThat(c.get(1).isZero()).isFalse();
    }

    /**
     * The error of an estimate bounds |printed value − true value|, the rounding of the printed decimal included,
     * against closed forms: {@code c_k(exp(z/2)) = 2^{−k} e^{1/8}/√k!} and {@code u_k(cos(z)²) = (−4)^{k/2} e^{−2}/(2 k!)}
     * for even {@code k ≥ 2}; and only digits whose unit is at least the error are printed.
     */
    @Test
    void theErrorBoundsThePrintedValueAgainstClosedForms() {
        MathContext mc = new MathContext(60);
        BigDecimal e8 = ch.obermuhlner.math.big.BigDecimalMath.exp(new BigDecimal("0.125"), mc);
        BigDecimal em2 = ch.obermuhlner.math.big.BigDecimalMath.exp(new BigDecimal("-2"), mc);
        for (int digits : new int[] {10, 30}) {
            List<Coefficient> exp = LinkCoefficients.of(Link.parse("exp(z/2)"), 12, Basis.H, digits);
            for (Coefficient c : exp) {
                BigDecimal sqrtFactorial = ch.obermuhlner.math.big.BigDecimalMath.sqrt(
                        ch.obermuhlner.math.big.BigDecimalMath.factorial(c.k()), mc);
                BigDecimal truth = e8.divide(BigDecimal.valueOf(2).pow(c.k()), mc).divide(sqrtFactorial, mc);
                assertBounds(c, truth, digits);
            }
            List<Coefficient> cos = LinkCoefficients.of(Link.parse("cos(z)^2"), 6, Basis.HE, digits);
            for (int k = 2; k <= 6; k += 2) {
                BigDecimal truth = BigDecimal.valueOf(-4).pow(k / 2).multiply(em2)
                        .divide(ch.obermuhlner.math.big.BigDecimalMath.factorial(k).multiply(BigDecimal.valueOf(2)), mc);
                assertBounds(cos.get(k), truth, digits);
            }
        }
    }

    /** tanh at 10 digits against itself at 60 digits (a precision ladder): the 10-digit errors bound the distance. */
    @Test
    void theErrorBoundsThePrintedValueOnAPrecisionLadder() {
        List<Coefficient> low = LinkCoefficients.of(Link.parse("tanh"), 7, Basis.H, 10);
        List<Coefficient> high = LinkCoefficients.of(Link.parse("tanh"), 7, Basis.H, 60);
        for (int k = 1; k <= 7; k += 2) {
            assertThat(high.get(k).error()).isLessThan(new BigDecimal("1e-50"));
            assertBounds(low.get(k), high.get(k).value(), 10);
        }
    }

    private static void assertBounds(Coefficient c, BigDecimal truth, int digits) {
        assertThat(c.certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(c.value().subtract(truth).abs()).as("k = %d at %d digits: %s ± %s vs %s", c.k(), digits,
                c.value(), c.error(), truth).isLessThanOrEqualTo(c.error());
        assertThat(c.value().precision()).isLessThanOrEqualTo(digits);
        if (c.value().precision() > 1) {
            // only right digits: the error (at most the quadrature error ≤ one unit, plus half a unit of rounding,
            // rounded up) stays below 1.6 units in the last printed digit
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-c.value().scale());
            assertThat(unit.multiply(new BigDecimal("1.6"))).as("k = %d: %s ± %s", c.k(), c.value(), c.error())
                    .isGreaterThanOrEqualTo(c.error());
        }
    }

    /** sigmoid(3z) − 1/2 is odd: c_0 = 1/2 exactly and the even coefficients k ≥ 2 are exact zeros. */
    @Test
    void aPointSymmetricLinkHasExactEvenCoefficients() {
        for (String spec : List.of("sigmoid(3*z)", "0.5 + 0.3*tanh(2*z)")) {
            List<Coefficient> c = LinkCoefficients.of(Link.parse(spec), 8, Basis.H, 20);
            assertThat(c.get(0).certainty()).as(spec).isEqualTo(Certainty.EXACT);
            assertThat(c.get(0).value()).isEqualByComparingTo("0.5");
            for (int k = 2; k <= 8; k += 2) {
                assertThat(c.get(k).certainty()).as(spec + ", k = " + k).isEqualTo(Certainty.EXACT);
                assertThat(c.get(k).exact().isZero()).isTrue();
            }
            for (int k = 1; k <= 7; k += 2) {
                assertThat(c.get(k).certainty()).isEqualTo(Certainty.ESTIMATE);
                assertThat(c.get(k).isZero()).as(spec + ", k = " + k).isFalse();
            }
        }
        // without the symmetry the even coefficients are estimates, and those of sigmoid(3z) + z^2/10 do not vanish
        List<Coefficient> c = LinkCoefficients.of(Link.parse("sigmoid(3*z) + z^2/10"), 2, Basis.H, 20);
        assertThat(c.get(2).certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(c.get(2).isZero()).isFalse();
    }

    @Test
    void argumentsAreValidated() {
        Link he3 = Link.parse("He3");
        assertThatThrownBy(() -> LinkCoefficients.of(he3, -1, Basis.H, 10)).hasMessageContaining("max-degree");
        assertThatThrownBy(() -> LinkCoefficients.of(he3, 3, Basis.H, 0)).hasMessageContaining("digits");
    }
}
