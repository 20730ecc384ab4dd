package org.sgdx.reference.exponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

class ExponentsTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261129L);
    private static final ExponentOptions NO_ZETA = ExponentOptions.DEFAULT.withZetaMaxDegree(0);

    private static ExponentReport deterministic(String spec) {
        return Exponents.of(new LabelModel.Deterministic(Link.parse(spec)), NO_ZETA);
    }

    private static int value(Exponent e) {
        return e.value().orElseThrow(() -> new AssertionError("no exponent: " + e));
    }

    @ParameterizedTest
    @CsvSource({
        // link, IE, GE, p_2, p_3 (MATH.md §3 and §6)
        "He1, 1, 1, 2, 1",
        "He2, 2, 2, 2, 2",
        "He3, 3, 1, 2, 1",
        "He4, 4, 2, 2, 2",
        "He5, 5, 1, 2, 1",
        "He6, 6, 2, 2, 2",
        "He3 + He2, 2, 1, 1, 1",
        "relu, 1, 1, 1, 1",
        "abs, 2, 2, 2, 2",
        "relu(z)^2, 1, 1, 1, 1",
        "sign(z)*z^2, 1, 1, 2, 1",
        "h4, 4, 2, 2, 2",
        "0.5*h2 + h4, 2, 2, 2, 2",
    })
    void exactExponentsOfTheBuiltInLinks(String spec, int ie, int ge, int p2, int p3) {
        ExponentReport r = deterministic(spec);
        assertThat(value(r.informationExponent())).isEqualTo(ie);
        assertThat(value(r.generativeExponent())).isEqualTo(ge);
        assertThat(value(r.powerExponents().get(1).exponent())).isEqualTo(p2);
        assertThat(value(r.powerExponents().get(2).exponent())).isEqualTo(p3);
        assertThat(r.informationExponent().certainty()).isEqualTo(Certainty.EXACT);
        assertThat(r.generativeExponent().certainty()).isEqualTo(Certainty.EXACT);
        assertThat(value(r.powerExponents().get(0).exponent())).isEqualTo(ie);
    }

    @Test
    void workedHe3Vectors() {
        // IE(He3^k) = 3, 2, 1 for k = 1, 2, 3 (MATH.md §6)
        ExponentReport r = deterministic("He3");
        assertThat(r.powerExponents()).extracting(p -> value(p.exponent())).startsWith(3, 2, 1);
    }

    @Test
    void signHasNoEvenPowerExponent() {
        ExponentReport r = deterministic("sign");
        assertThat(r.powerExponents().get(1).exponent().value()).isEmpty();
        assertThat(r.powerExponents().get(1).exponent().certainty()).isEqualTo(Certainty.EXACT);
    }

    @Test
    void constantLinksHaveNoExponents() {
        ExponentReport r = deterministic("sign(z)^2 + 3");
        assertThat(r.informationExponent().value()).isEmpty();
        assertThat(r.generativeExponent().value()).isEmpty();
        assertThat(r.generativeExponent().certainty()).isEqualTo(Certainty.EXACT);
    }

    @Test
    void smoothLinksAreDecidedByRulesOrEstimated() {
        ExponentReport tanh = deterministic("tanh(2*z)");
        assertThat(value(tanh.informationExponent())).isEqualTo(1);
        assertThat(tanh.informationExponent().certainty()).isEqualTo(Certainty.EXACT);
        assertThat(value(tanh.generativeExponent())).isEqualTo(1);
        assertThat(value(tanh.powerExponents().get(1).exponent())).isEqualTo(2);
        ExponentReport cos = deterministic("cos");
        assertThat(value(cos.informationExponent())).isEqualTo(2);
        assertThat(cos.informationExponent().certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(value(cos.generativeExponent())).isEqualTo(2);
        ExponentReport shifted = deterministic("relu(z - 1)");
        assertThat(value(shifted.informationExponent())).isEqualTo(1);
        assertThat(value(shifted.generativeExponent())).isEqualTo(1);
    }

    @Test
    void noiseKeepsTheGenerativeExponentAndBinaryLabelsFollowQ() {
        ExponentReport noisy = Exponents.of(new LabelModel.Noisy(Link.parse("He4"), BigFraction.of(1, 2)), NO_ZETA);
        assertThat(value(noisy.generativeExponent())).isEqualTo(2);
        assertThat(value(noisy.informationExponent())).isEqualTo(4);
        // E[(σ + τε)² | z] = σ² + τ²: same exponent as σ²
        assertThat(value(noisy.powerExponents().get(1).exponent())).isEqualTo(2);

        ExponentReport binary = Exponents.of(new LabelModel.Binary(Link.parse("0.25 + 0.5*step(z)")),
                NO_ZETA);
        assertThat(value(binary.generativeExponent())).isEqualTo(value(binary.informationExponent())).isEqualTo(1);
        // y² = 1: no even power exponent
        assertThat(binary.powerExponents().get(1).exponent().value()).isEmpty();
    }

    @Test
    void binaryStepLabelsHaveTheExactMoment() {
        // q = step: E[ζ_1²] = 4 E[h_1 1{Z>0}]² = 4/(2π) = 2/π
        ExponentReport r = Exponents.of(new LabelModel.Binary(Link.parse("step")), ExponentOptions.DEFAULT);
        ZetaSquared z1 = r.zetaSquared().get(0);
        assertThat(z1.certainty()).isEqualTo(Certainty.EXACT);
        BigDecimal twoOverPi = new BigDecimal("0.636619772367581343075535053490057448137838582961825794990669");
        assertThat(z1.value().subtract(twoOverPi).abs()).isLessThan(new BigDecimal("1e-28"));
    }

    @Test
    void aConstantLinkHasExactlyZeroZetaMoments() {
        // y carries no information: ζ_k(y) = E[He_k(Z)] = 0 for every k ≥ 1, even or odd
        for (String spec : new String[] {"0", "1/3", "tanh(z)*0 + 2"}) {
            ExponentReport r = Exponents.of(new LabelModel.Deterministic(Link.parse(spec)), ExponentOptions.DEFAULT);
            assertThat(r.zetaSquared()).isNotEmpty();
            for (ZetaSquared z : r.zetaSquared()) {
                assertThat(z.certainty()).as(spec + " k=" + z.k()).isEqualTo(Certainty.EXACT);
                assertThat(z.value().signum()).as(spec + " k=" + z.k()).isZero();
            }
        }
    }

    @Test
    void exactZetaMomentsAgreeWithTheNumericalIntegrator() {
        for (String spec : new String[] {"relu", "sign", "abs", "step", "relu(z)^2", "sign(z)*z^2", "relu(-z)*3 + 1"}) {
            ExponentReport exact = Exponents.of(new LabelModel.Deterministic(Link.parse(spec)), ExponentOptions.DEFAULT);
            var numeric = org.sgdx.reference.exponent.zeta.ZetaMoments.of(
                    new LabelModel.Deterministic(Link.parse(spec)), 6);
            for (ZetaSquared z : exact.zetaSquared()) {
                assertThat(z.certainty()).as(spec + " k=" + z.k()).isEqualTo(Certainty.EXACT);
                var m = numeric.moment(z.k());
                assertThat(z.value().doubleValue()).as(spec + " k=" + z.k())
                        .isCloseTo(m.value(), org.assertj.core.data.Offset.offset(Math.max(1e-8, 10 * m.error())));
            }
        }
    }

    @Test
    void informationExponentIsTheFirstNonZeroHermiteIndexAndGeneratesTheParityRule() {
        // random Hermite sums Σ a_k He_k, k = 0..6, small integer coefficients
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(lists().of(integers().between(-3, 3)).ofSize(7))
                .checkAssert(a -> {
                    StringBuilder spec = new StringBuilder("0");
                    OptionalInt first = OptionalInt.empty();
                    boolean even = true;
                    boolean constant = true;
                    for (int k = 0; k < a.size(); k++) {
                        if (a.get(k) != 0) {
                            spec.append(" + (").append(a.get(k)).append(")*He").append(k);
                            if (k >= 1 && first.isEmpty()) {
                                first = OptionalInt.of(k);
                            }
                            even &= k % 2 == 0;
                            constant &= k == 0;
                        }
                    }
                    ExponentReport r = Exponents.of(new LabelModel.Deterministic(Link.parse(spec.toString())),
                            new ExponentOptions(8, 2, 20, 0));
                    assertThat(r.informationExponent().value()).isEqualTo(first);
                    assertThat(r.informationExponent().certainty()).isEqualTo(Certainty.EXACT);
                    OptionalInt expectedGe = constant ? OptionalInt.empty() : OptionalInt.of(even ? 2 : 1);
                    assertThat(r.generativeExponent().value()).isEqualTo(expectedGe);
                    if (first.isPresent()) {
                        assertThat(r.generativeExponent().value().getAsInt()).isLessThanOrEqualTo(first.getAsInt());
                    }
                });
    }

    @Test
    void binaryLabelsNeedProbabilities() {
        assertThatThrownBy(() -> Exponents.of(new LabelModel.Binary(Link.parse("z")), NO_ZETA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 <= q(z) <= 1");
        assertThatThrownBy(() -> Exponents.of(new LabelModel.Binary(Link.parse("1.5*step(z)")), NO_ZETA))
                .hasMessageContaining("q(");
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new ExponentOptions(0, 4, 30, 0)).hasMessageContaining("max-degree");
        assertThatThrownBy(() -> new ExponentOptions(12, 0, 30, 0)).hasMessageContaining("max-power");
        assertThatThrownBy(() -> new ExponentOptions(12, 4, 2, 0)).hasMessageContaining("digits");
        assertThatThrownBy(() -> new LabelModel.Noisy(Link.parse("z"), BigFraction.ZERO)).hasMessageContaining("tau");
    }

    @Test
    void noisyLinearLinkMatchesMehler() {
        // y = Z + τε: E[ζ_k²] = ρ^{2k}, ρ² = 1/(1 + τ²)
        ExponentReport r = Exponents.of(new LabelModel.Noisy(Link.parse("z"), BigFraction.of(1, 2)),
                ExponentOptions.DEFAULT);
        List<ZetaSquared> z = r.zetaSquared();
        for (ZetaSquared m : z) {
            double expected = Math.pow(1 / 1.25, m.k());
            assertThat(m.value().doubleValue()).isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(Math.max(1e-9, 10 * m.error().doubleValue())));
        }
        assertThat(z.get(0).value().round(new MathContext(3))).isEqualByComparingTo("0.800");
    }
}
