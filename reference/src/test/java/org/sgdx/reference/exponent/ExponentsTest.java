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
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.fraction.BigFraction;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exponent.zeta.ZetaMoments;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.poly.Hermite;

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

    /** {@code ∫ f(e) φ(e) de} over {@code [−12, 12]} by composite Simpson (exact to rounding for polynomials). */
    private static double gaussianExpectation(DoubleUnaryOperator f) {
        int n = 20_000;
        double h = 24.0 / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double e = -12 + i * h;
            double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
            s += w * f.applyAsDouble(e) * Math.exp(-e * e / 2);
        }
        return s * h / 3 / Math.sqrt(2 * Math.PI);
    }

    @Test
    void conditionalMomentsAreTheMomentsOfTheLabelGivenZ() {
        Link sigma = Link.parse("He3 + z");
        double tau = 0.75;
        LabelModel noisy = new LabelModel.Noisy(sigma, BigFraction.of(3, 4));
        LabelModel deterministic = new LabelModel.Deterministic(sigma);
        LabelModel binary = new LabelModel.Binary(Link.parse("0.25 + 0.5*step(z)"));
        for (int k = 1; k <= 7; k++) {
            final int kk = k;
            Link noisyMoment = Exponents.conditionalMoment(noisy, k);
            Link deterministicMoment = Exponents.conditionalMoment(deterministic, k);
            Link binaryMoment = Exponents.conditionalMoment(binary, k);
            for (double z : new double[] {-1.7, -0.3, 0.4, 1.1, 2.5}) {
                double s = sigma.value(z);
                // E[(σ(z) + τ ε)^k], ε ~ N(0, 1)
                double expected = gaussianExpectation(e -> Math.pow(s + tau * e, kk));
                assertThat(noisyMoment.value(z)).as("noisy k=%d z=%s", k, z)
                        .isCloseTo(expected, Offset.offset(1e-9 * Math.max(1, Math.abs(expected))));
                double power = Math.pow(s, k);
                assertThat(deterministicMoment.value(z)).as("deterministic k=%d z=%s", k, z)
                        .isCloseTo(power, Offset.offset(1e-9 * Math.max(1, Math.abs(power))));
                // y = ±1 with P(y = 1 | z) = q(z): E[y^k | z] = 2q − 1 for odd k, 1 for even k
                double q = binary.link().value(z);
                assertThat(binaryMoment.value(z)).as("binary k=%d z=%s", k, z).isEqualTo(k % 2 == 0 ? 1 : 2 * q - 1);
            }
        }
    }

    @Test
    void powerExponentsOfNoisyAndBinaryLabels() {
        // y = z + τε: E[y^k | z] = z^k + C(k,2) τ² z^(k−2) + 3 C(k,4) τ⁴ z^(k−4) + ...: IE 1 (odd k), 2 (even k)
        ExponentReport noisy = Exponents.of(new LabelModel.Noisy(Link.parse("z"), BigFraction.of(1, 2)),
                new ExponentOptions(12, 6, 20, 0));
        assertThat(noisy.powerExponents()).extracting(p -> p.k()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(noisy.powerExponents()).extracting(p -> value(p.exponent())).containsExactly(1, 2, 1, 2, 1, 2);
        // binary: E[y^k | z] = 2q − 1 (odd k), 1 (even k, no exponent)
        ExponentReport binary = Exponents.of(new LabelModel.Binary(Link.parse("0.25 + 0.5*step(z)")),
                new ExponentOptions(12, 3, 20, 0));
        assertThat(binary.powerExponents().get(0).exponent().value()).hasValue(1);
        assertThat(binary.powerExponents().get(1).exponent().value()).isEmpty();
        assertThat(binary.powerExponents().get(2).exponent().value()).hasValue(1);
    }

    @Test
    void reasonsNameTheFirstNonZeroCoefficient() {
        assertThat(deterministic("He1 + He2").informationExponent().reason()).isEqualTo("u_1 != 0");
        assertThat(deterministic("He2").informationExponent().reason()).isEqualTo("u_1 = 0, u_2 != 0");
        assertThat(deterministic("He4").informationExponent().reason()).isEqualTo("u_1 .. u_3 = 0, u_4 != 0");
    }

    @Test
    void noInformationExponentUpToTheSearchLimit() {
        // He5 has u_k = 0 for k < 5: none up to 4, and it is not a constant link
        Exponent he5 = Exponents.informationExponent(Link.parse("He5"), new ExponentOptions(4, 1, 20, 0));
        assertThat(he5.value()).isEmpty();
        assertThat(he5.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(he5.reason()).contains("4").doesNotContain("constant");
        Exponent constant = Exponents.informationExponent(Link.parse("3"), new ExponentOptions(4, 1, 20, 0));
        assertThat(constant.value()).isEmpty();
        assertThat(constant.reason()).contains("constant");
        // the zero u_1 of an even link is exact by parity
        Exponent cos = Exponents.informationExponent(Link.parse("cos"), new ExponentOptions(1, 1, 20, 0));
        assertThat(cos.value()).isEmpty();
        assertThat(cos.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(cos.reason()).doesNotContain("constant");
    }

    @Test
    void binaryLabelsWithAConstantProbabilityHaveNoGenerativeExponent() {
        ExponentReport r = Exponents.of(new LabelModel.Binary(Link.parse("1/4")), NO_ZETA);
        assertThat(r.generativeExponent().value()).isEmpty();
        assertThat(r.generativeExponent().certainty()).isEqualTo(Certainty.EXACT);
        // decided by the constant-q rule, not by the search for IE(q)
        assertThat(r.generativeExponent().reason()).contains("independent of z").doesNotContain("IE(q)");
        assertThat(r.informationExponent().value()).isEmpty();
        // P(y = 1) = 1: y carries no information, and E[ζ_k²] = c_k² / (P(y=1) P(y=−1)) is undefined
        assertThatThrownBy(() -> Exponents.of(new LabelModel.Binary(Link.parse("1")),
                ExponentOptions.DEFAULT.withZetaMaxDegree(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no information");
    }

    @Test
    void binaryGenerativeExponentIsThatOfQ() {
        // an even q with u_2(q) != 0: p* = IE(q) = 2 (MATH.md §3)
        ExponentReport r = Exponents.of(new LabelModel.Binary(Link.parse("0.5 + 0.25*tanh(z^2 - 1)")), NO_ZETA);
        assertThat(r.generativeExponent().value()).isEqualTo(r.informationExponent().value());
        assertThat(r.generativeExponent().value()).hasValue(2);
        assertThat(r.generativeExponent().certainty()).isEqualTo(r.informationExponent().certainty());
        assertThat(r.generativeExponent().reason()).contains(r.informationExponent().reason());
    }

    @Test
    void noisyLabelsKeepTheCertaintyAndReasonOfTheNoiselessLink() {
        Exponent noiseless = deterministic("He3").generativeExponent();
        Exponent noisy = Exponents.of(new LabelModel.Noisy(Link.parse("He3"), BigFraction.of(1, 2)), NO_ZETA)
                .generativeExponent();
        assertThat(noisy.value()).hasValue(1);
        assertThat(noisy.certainty()).isEqualTo(noiseless.certainty());
        assertThat(noisy.reason()).contains(noiseless.reason()).contains("noise");
    }

    @Test
    void numericalGenerativeExponentsAreEstimates() {
        // cos is even (E[ζ_1²] = 0 exactly) and has no closed form: E[ζ_2²] > 0 is an estimate
        Exponent cos = deterministic("cos").generativeExponent();
        assertThat(cos.value()).hasValue(2);
        assertThat(cos.certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(cos.reason()).contains("k < 2").contains("zeta_2");
        Exponent shifted = deterministic("relu(z - 1)").generativeExponent();
        assertThat(shifted.value()).hasValue(1);
        assertThat(shifted.certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(shifted.reason()).contains("zeta_1").doesNotContain("k <");
        // searched to k = 1 only: the parity zero is exact, no exponent
        Exponent cosTo1 = Exponents.of(new LabelModel.Deterministic(Link.parse("cos")),
                new ExponentOptions(1, 1, 20, 0)).generativeExponent();
        assertThat(cosTo1.value()).isEmpty();
        assertThat(cosTo1.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(cosTo1.reason()).contains("k <= 1");
    }

    @Test
    void zetaMomentsBeyondTheSearchLimitAreComputed() {
        // zeta lists may go further than max-degree: the numerical moments and binary coefficients cover both
        ExponentOptions o = new ExponentOptions(2, 1, 20, 6);
        ExponentReport cos = Exponents.of(new LabelModel.Deterministic(Link.parse("cos")), o);
        // p* = 2 is found at the search limit itself
        assertThat(cos.generativeExponent().value()).hasValue(2);
        assertThat(cos.zetaSquared()).extracting(ZetaSquared::k).containsExactly(1, 2, 3, 4, 5, 6);
        var numeric = ZetaMoments.of(new LabelModel.Deterministic(Link.parse("cos")), 6);
        for (ZetaSquared z : cos.zetaSquared()) {
            if (z.k() % 2 == 1) {
                // an even link: the law of Z given y is symmetric
                assertThat(z.certainty()).isEqualTo(Certainty.EXACT);
                assertThat(z.value().signum()).isZero();
                assertThat(z.closedFormValue()).hasValue("0");
            } else {
                // the numerical value, rounded for printing with its error covering the rounding
                var m = numeric.moment(z.k());
                assertThat(z.certainty()).isEqualTo(Certainty.ESTIMATE);
                assertThat(z.closedFormValue()).isEmpty();
                assertThat(z.error().doubleValue()).isGreaterThanOrEqualTo(m.error());
                assertThat(z.error().precision()).isLessThanOrEqualTo(2);
                assertThat(Math.abs(z.value().doubleValue() - m.value())).isLessThanOrEqualTo(z.error().doubleValue());
                assertThat(z.value().precision()).isLessThanOrEqualTo(12);
                assertThat(z.isPositive()).isTrue();
            }
        }
        ExponentReport binary = Exponents.of(new LabelModel.Binary(Link.parse("step")), o);
        assertThat(binary.zetaSquared()).hasSize(6)
                .allSatisfy(z -> assertThat(z.certainty()).isEqualTo(Certainty.EXACT));
    }

    @Test
    void binaryZetaMomentsFromNumericalCoefficients() {
        // q = (1 + tanh z)/2, P(y = 1) = 1/2: E[ζ_k²] = c_k(q)² / (1/4) with c_k(q) = E[h_k(Z) q(Z)]
        Link q = Link.parse("(1 + tanh(z))/2");
        ExponentReport r = Exponents.of(new LabelModel.Binary(q), new ExponentOptions(4, 1, 20, 4));
        for (ZetaSquared z : r.zetaSquared()) {
            final int k = z.k();
            double ck = gaussianExpectation(e -> Hermite.hValues(e, k)[k] * q.value(e));
            double expected = ck * ck * 4;
            // q − 1/2 is odd: c_0 = 1/2 and c_k = 0 for even k are exact, the other c_k numerical
            assertThat(z.certainty()).as("k=%d", k).isEqualTo(k % 2 == 1 ? Certainty.ESTIMATE : Certainty.EXACT);
            assertThat(z.value().doubleValue()).as("k=%d", k)
                    .isCloseTo(expected, Offset.offset(1e-9));
            assertThat(z.error().doubleValue()).as("k=%d", k).isLessThan(1e-9);
            assertThat(z.isPositive()).isEqualTo(k % 2 == 1);
        }
    }

    @Test
    void exactBinaryMomentsHaveAClosedForm() {
        // q = 0.25 + 0.5 step: P(y = 1) = 1/2, c_1 = E[Z q] = 1/(2√(2π)): E[ζ_1²] = 4 c_1² = 1/(2π)
        ExponentReport r = Exponents.of(new LabelModel.Binary(Link.parse("0.25 + 0.5*step(z)")),
                new ExponentOptions(2, 1, 30, 2));
        ZetaSquared z1 = r.zetaSquared().get(0);
        assertThat(z1.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(z1.closedFormValue()).isPresent();
        BigDecimal oneOverTwoPi = new BigDecimal("0.159154943091895335768883763372514362034459645740456448747667");
        assertThat(z1.value().subtract(oneOverTwoPi).abs()).isLessThan(new BigDecimal("1e-28"));
        assertThat(z1.value().precision()).isLessThanOrEqualTo(30);
        // E[He_2(Z) step(Z)] = 0: ζ_2 = 0 exactly
        assertThat(r.zetaSquared().get(1).value().signum()).isZero();
        assertThat(r.zetaSquared().get(1).certainty()).isEqualTo(Certainty.EXACT);
    }

    @Test
    void deterministicClosedFormsAreRoundedToTheRequestedDigits() {
        // relu: E[ζ_1²] = 2 E[h_1 1{Z<0}]² + E[h_1² 1{Z>0}] = 1/π + 1/2
        ExponentReport r = Exponents.of(new LabelModel.Deterministic(Link.parse("relu")),
                new ExponentOptions(2, 1, 25, 1));
        ZetaSquared z = r.zetaSquared().get(0);
        assertThat(z.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(z.closedFormValue()).isPresent();
        assertThat(z.value()).isEqualByComparingTo("0.8183098861837906715377675");
    }
}
