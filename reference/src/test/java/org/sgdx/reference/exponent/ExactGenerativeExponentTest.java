package org.sgdx.reference.exponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.poly.Hermite;

class ExactGenerativeExponentTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261129L);

    @ParameterizedTest
    @CsvSource({
        "He3, 1", "He4, 2", "He3 + He2, 1", "relu, 1", "abs, 2", "sign, 1", "step, 1", "relu(z)^2, 1",
        "sign(z)*z^2, 1", "abs(z)^3 - z^2, 2", "relu(z)^2 + relu(-z)^2 + 1, 2", "relu(z)^2 + relu(-z)^2 + relu(-z), 1",
        "h2 + h4, 2", "h3 + h2, 1", "tanh, 1", "erf(z/2) + z^3, 1", "-sigmoid(3*z), 1",
    })
    void theRulesDecideExactly(String spec, int expected) {
        Exponent ge = ExactGenerativeExponent.of(Link.parse(spec)).orElseThrow();
        assertThat(ge.value()).hasValue(expected);
        assertThat(ge.certainty()).isEqualTo(Certainty.EXACT);
    }

    @Test
    void noRuleForNonMonotoneSmoothLinks() {
        assertThat(ExactGenerativeExponent.of(Link.parse("cos"))).isEmpty();
        assertThat(ExactGenerativeExponent.of(Link.parse("relu(z - 1)"))).isEmpty();
        assertThat(ExactGenerativeExponent.of(Link.parse("sign(z)^2")).orElseThrow().value()).isEmpty();
    }

    @Test
    void evenAndNonEvenPolynomialsByProperty() {
        // random polynomials Σ a_k z^k: GE = 2 when only even powers (k ≥ 2) occur, 1 otherwise, none if constant
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(lists().of(integers().between(-4, 4)).ofSize(7))
                .checkAssert(a -> {
                    StringBuilder spec = new StringBuilder("0");
                    boolean odd = false;
                    boolean nonConstant = false;
                    for (int k = 0; k < a.size(); k++) {
                        if (a.get(k) != 0) {
                            spec.append(" + (").append(a.get(k)).append(")*z^").append(k);
                            odd |= k % 2 == 1;
                            nonConstant |= k > 0;
                        }
                    }
                    Exponent ge = ExactGenerativeExponent.of(Link.parse(spec.toString())).orElseThrow();
                    if (!nonConstant) {
                        assertThat(ge.value()).isEmpty();
                    } else {
                        assertThat(ge.value()).hasValue(odd ? 1 : 2);
                    }
                });
    }

    /** {@code ∫ f(z) φ(z) dz} over {@code (a, b)} by composite Simpson with many panels. */
    private static double gaussianIntegral(DoubleUnaryOperator f, double a, double b) {
        int n = 200_000;
        double h = (b - a) / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double z = a + i * h;
            double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
            s += w * f.applyAsDouble(z) * Math.exp(-z * z / 2);
        }
        return s * h / 3 / Math.sqrt(2 * Math.PI);
    }

    private static double h(int k, double z) {
        return Hermite.hValues(z, k)[k];
    }

    @Test
    void closedFormsAgreeWithDirectIntegrals() {
        for (int k = 1; k <= 6; k++) {
            final int kk = k;
            double lower = gaussianIntegral(z -> h(kk, z), -12, 0);
            double upper = gaussianIntegral(z -> h(kk, z), 0, 12);
            double upperSquare = gaussianIntegral(z -> h(kk, z) * h(kk, z), 0, 12);
            double lowerSquare = gaussianIntegral(z -> h(kk, z) * h(kk, z), -12, 0);
            // relu: atom y = 0 of mass 1/2 with ζ = 2 E[h_k 1{Z<0}], identity on z > 0
            assertThat(value("relu", k)).isCloseTo(2 * lower * lower + upperSquare, within());
            // sign and step: two atoms of mass 1/2
            assertThat(value("sign", k)).isCloseTo(2 * lower * lower + 2 * upper * upper, within());
            assertThat(value("step", k)).isCloseTo(value("sign", k), within());
            // relu(-z)*3 + 1: atom on z > 0, monotone on z < 0
            assertThat(value("relu(-z)*3 + 1", k)).isCloseTo(2 * upper * upper + lowerSquare, within());
            // even monotone pieces: 1 for even k, 0 for odd k
            assertThat(value("abs", k)).isEqualTo(k % 2 == 0 ? 1.0 : 0.0);
            // disjoint images: the link is injective
            assertThat(value("sign(z)*z^2", k)).isEqualTo(1.0);
            assertThat(value("tanh(2*z)", k)).isEqualTo(1.0);
            // z − 2 on z < 0 and z − 1 on z > 0: images (−∞, −2) and (−1, ∞), disjoint although both ends are negative
            assertThat(value("z - 1 - step(-z)", k)).isEqualTo(1.0);
        }
        assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("He3"), 1)).isEmpty();
        assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("relu(z)^2 + relu(-z)"), 2)).isEmpty();
    }

    private static double value(String spec, int k) {
        ExactReal x = ExactGenerativeExponent.zetaSquaredMoment(Link.parse(spec), k).orElseThrow();
        return x.doubleValue();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-10);
    }

    @Test
    void theReasonNamesTheRule() {
        assertThat(ExactGenerativeExponent.of(Link.parse("3")).orElseThrow().reason()).contains("constant");
        assertThat(ExactGenerativeExponent.of(Link.parse("He4")).orElseThrow().reason()).contains("even polynomial");
        assertThat(ExactGenerativeExponent.of(Link.parse("He3")).orElseThrow().reason())
                .contains("non-even polynomial");
        assertThat(ExactGenerativeExponent.of(Link.parse("abs")).orElseThrow().reason())
                .contains("even piecewise polynomial");
        assertThat(ExactGenerativeExponent.of(Link.parse("relu")).orElseThrow().reason())
                .contains("non-even piecewise polynomial");
        assertThat(ExactGenerativeExponent.of(Link.parse("tanh")).orElseThrow().reason()).contains("monotone");
        assertThat(ExactGenerativeExponent.of(Link.parse("3")).orElseThrow().certainty()).isEqualTo(Certainty.EXACT);
        assertThat(ExactGenerativeExponent.of(Link.parse("tanh")).orElseThrow().certainty())
                .isEqualTo(Certainty.EXACT);
    }

    @Test
    void theZerothMomentIsOneAndNegativeIndicesAreRefused() {
        // ζ_0 = E[h_0 | y] = 1 for every link
        for (String spec : new String[] {"He3", "cos", "relu", "tanh", "3"}) {
            assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse(spec), 0)).hasValueSatisfying(
                    x -> assertThat(x.doubleValue()).isEqualTo(1.0));
        }
        assertThatThrownBy(() -> ExactGenerativeExponent.zetaSquaredMoment(Link.parse("relu"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void noClosedFormWithoutARule() {
        // not an exact form and not monotone
        assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("cos"), 2)).isEmpty();
        // two surds (h2 = He2/√2, h3 = He3/√6); a single surd only scales the link
        assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("h2 + h3"), 1)).isEmpty();
        assertThat(value("h2", 2)).isEqualTo(1.0);
        assertThat(value("h2", 1)).isEqualTo(0.0);
        // a constant made of two equal atoms: no closed form here (a constant link is decided before)
        assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("sign(z)^2"), 2)).isEmpty();
        // z^3 − z is not monotone on z > 0
        assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("relu(z)^3 - relu(z)"), 1)).isEmpty();
        assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("relu(-z)^3 - relu(-z)"), 1)).isEmpty();
    }

    @Test
    void monotonePiecesAreInjectiveExactlyWhenTheirImagesAreDisjoint() {
        for (int k = 1; k <= 4; k++) {
            // z > 0 ↦ (0, ∞) and z < 0 ↦ (−∞, 0) or mirrored: injective, ζ_k(y) = h_k(z), E[ζ_k²] = 1
            assertThat(value("z", k)).isEqualTo(1.0);
            assertThat(value("-z", k)).isEqualTo(1.0);
            assertThat(value("-sign(z)*z^2", k)).isEqualTo(1.0);
            assertThat(value("z^3 + z", k)).isEqualTo(1.0);
            // −z + 1 on z < 0: (1, ∞); −z on z > 0: (−∞, 0)
            assertThat(value("-z + step(-z)", k)).isEqualTo(1.0);
            // images overlap: every y in the overlap has two preimages
            assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("z + step(-z)"), k)).as("k=%d", k)
                    .isEmpty();
            assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("-z - step(-z)"), k)).as("k=%d", k)
                    .isEmpty();
            // z on z > 0 and −2z on z < 0: both images are (0, ∞)
            assertThat(ExactGenerativeExponent.zetaSquaredMoment(Link.parse("relu(z) + 2*relu(-z)"), k)).as("k=%d", k)
                    .isEmpty();
        }
    }
}
