package org.sgdx.reference.dynamics.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sgdx.reference.dynamics.Generators.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Generators;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

class PredictionTest {

    private static final Link HE3 = Link.parse("He3");
    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);

    private static DriftCoefficients he3(Algorithm algorithm, Loss loss) {
        return DriftCoefficients.of(UpdateRule.of(algorithm, loss, HE3, BigFraction.ONE),
                new LabelModel.Deterministic(HE3));
    }

    private static List<BigFraction> kinks(Prediction p) {
        return p.kinks().stream().map(Kink::q).toList();
    }

    // ------------------------------------------------------------------ MATH.md §6, He_3

    @ParameterizedTest
    @EnumSource(Loss.class)
    void reuseHe3KinksAtMinusThreeHalvesAndMinusOne(Loss loss) {
        Prediction p = Prediction.of(he3(Algorithm.REUSE, loss));
        assertThat(kinks(p)).containsExactly(BigFraction.of(-3, 2), BigFraction.of(-1));
        assertThat(p.kinks()).extracting(Kink::before, Kink::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(p.validUpTo()).hasValue(BigFraction.of(-1));
        assertThat(p.regimes()).hasSize(2);
        Term first = p.regimes().get(0).term().orElseThrow();
        assertThat(first.i()).isEqualTo(3);
        assertThat(first.exponentAt(BigFraction.of(-7))).isEqualTo(BigFraction.of(2));
        Term second = p.regimes().get(1).term().orElseThrow();
        // T ≍ (648 s)^{-2} d = d^{-1-2q}
        assertThat(second.intercept()).isEqualTo(BigFraction.of(-1));
        assertThat(second.slope()).isEqualTo(BigFraction.of(-2));
        assertThat(p.certainty()).isEqualTo(Certainty.EXACT);
        // at the edge η ≍ 1/d the generative term gives d^{(p*−1)∨1} = d
        assertThat(p.exponentAt(BigFraction.of(-1))).hasValue(BigFraction.ONE);
        assertThat(Prediction.saturationExponent(1)).isEqualTo(1);
    }

    @Test
    void reuseInformationExponentConditionsSideBySide() {
        Prediction p = Prediction.of(he3(Algorithm.REUSE, Loss.SQUARED));
        Prediction.InformationExponentCondition c = p.informationExponentCondition(3);
        assertThat(c.computed()).hasValue(BigFraction.of(-3, 2));
        assertThat(c.pOverTwo()).isEqualTo(BigFraction.of(-3, 2));
        assertThat(c.pPlusOneOverTwo()).isEqualTo(BigFraction.of(-2));
        // the boundaries of MATH.md §6 between the y^k terms, p_1 = 3, p_2 = 2, p_3 = 1
        assertThat(Prediction.reuseBoundaryFormula(1, 3, 2, 2)).isEqualTo(BigFraction.of(-3, 2));
        assertThat(Prediction.reuseBoundaryFormula(2, 2, 3, 1)).isEqualTo(BigFraction.of(-1));
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void alternatingHe3KinkAtMinusOneHalf(Loss loss) {
        Prediction p = Prediction.of(he3(Algorithm.ALTERNATING, loss));
        assertThat(kinks(p)).containsExactly(BigFraction.of(-1, 2));
        assertThat(p.kinks().get(0).before()).isEqualTo(3);
        assertThat(p.kinks().get(0).after()).isEqualTo(2);
        assertThat(Prediction.alternatingBoundaryFormula(3, 2)).isEqualTo(BigFraction.of(-1, 2));
        // d² below, η^{-2} d above
        assertThat(p.exponentAt(BigFraction.of(-1))).hasValue(BigFraction.of(2));
        assertThat(p.exponentAt(BigFraction.of(-1, 4))).hasValue(BigFraction.of(3, 2));
    }

    @Test
    void onlineHasOneRegime() {
        Prediction p = Prediction.of(he3(Algorithm.ONLINE, Loss.SQUARED));
        assertThat(p.kinks()).isEmpty();
        assertThat(p.regimes()).hasSize(1);
        assertThat(p.regimes().get(0).from()).isEmpty();
        assertThat(p.regimes().get(0).to()).isEmpty();
        assertThat(p.exponentAt(BigFraction.ZERO)).hasValue(BigFraction.of(2));
    }

    // ------------------------------------------------------------------ brute force

    /**
     * The argmin of {@code T(η) = min_i μ_i(η)^{−2} d^{(i−1)∨1}}, with the full polynomials, on a grid of step
     * {@code 1/2000} in {@code q = log_d η} at {@code d = 10^400}, changes within {@code 0.01} of each predicted kink
     * (the constants shift the crossings by {@code O(1/log d)}).
     */
    @Test
    void kinksAgreeWithBruteForceMinimisation() {
        BigDecimal d = BigDecimal.ONE.scaleByPowerOfTen(400);
        checkChanges(he3(Algorithm.REUSE, Loss.CORRELATION), d, -3.0, -0.995, List.of(-1.5, -1.0));
        checkChanges(he3(Algorithm.REUSE, Loss.SQUARED), d, -3.0, -1.05, List.of(-1.5));
        checkChanges(he3(Algorithm.ALTERNATING, Loss.CORRELATION), d, -2.0, -0.01, List.of(-0.5));
        checkChanges(he3(Algorithm.ALTERNATING, Loss.SQUARED), d, -2.0, -0.01, List.of(-0.5));
    }

    private static void checkChanges(DriftCoefficients c, BigDecimal d, double from, double to, List<Double> expected) {
        List<Double> changes = new ArrayList<>();
        int previous = -1;
        for (int k = 0; from + k / 2000.0 <= to; k++) {
            double q = from + k / 2000.0;
            int index = bruteForce(c, q, d).index();
            if (previous >= 0 && index != previous) {
                changes.add(q);
            }
            previous = index;
        }
        assertThat(changes).as("argmin changes of %s", c.rule().describe()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(changes.get(i)).isCloseTo(expected.get(i), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    /** {@code (argmin i, log_d T)} by direct evaluation of every {@code μ_i(d^q)} (decimal, 40 digits). */
    private record Minimum(int index, double log) {
    }

    private static Minimum bruteForce(DriftCoefficients c, double q, BigDecimal d) {
        double log10d = d.precision() - d.scale() - 1;
        double x = q * log10d;
        double floor = Math.floor(x);
        BigDecimal eta = BigDecimal.valueOf(Math.pow(10, x - floor)).scaleByPowerOfTen((int) floor);
        int best = 0;
        double bestLog = Double.POSITIVE_INFINITY;
        for (DriftCoefficients.Mu mu : c.mu()) {
            BigDecimal value = mu.value().evaluate(BigDecimal.ZERO, eta, d, MC);
            if (value.signum() <= 0) {
                continue;
            }
            double logMu = log10(value);
            double log = Math.max(mu.i() - 1, 1) - 2 * logMu / log10d;
            if (log < bestLog) {
                bestLog = log;
                best = mu.i();
            }
        }
        return new Minimum(best, bestLog);
    }

    private static double log10(BigDecimal v) {
        int exponent = v.precision() - v.scale() - 1;
        return exponent + Math.log10(v.movePointLeft(exponent).doubleValue());
    }

    /**
     * For random polynomial links and each algorithm, {@code log_d T} from the exact envelope agrees with brute-force
     * minimisation at {@code d = 10^1000} on a grid of the range where the formula applies, away from its kinks.
     */
    @Test
    void envelopeAgreesWithBruteForceForRandomLinks() {
        BigDecimal d = BigDecimal.ONE.scaleByPowerOfTen(1000);
        qt().withExamples(20).forAll(Generators.polynomialLinks(3), Generators.polynomialLinks(3),
                integers().between(0, 5)).checkAssert((target, activation, choice) -> {
                    Algorithm algorithm = Algorithm.values()[choice % 3];
                    Loss loss = Loss.values()[choice / 3];
                    DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(algorithm, loss, activation,
                            BigFraction.ONE), new LabelModel.Deterministic(target));
                    Prediction p = Prediction.of(c);
                    double top = p.validUpTo().map(BigFraction::doubleValue).orElse(0.0) - 0.1;
                    for (int k = 0; k <= 60; k++) {
                        double q = top - 3 + k * 0.05;
                        boolean nearKink = p.kinks().stream().anyMatch(kk -> Math.abs(kk.q().doubleValue() - q) < 0.05);
                        if (nearKink) {
                            continue;
                        }
                        Optional<BigFraction> predicted = p.exponentAt(Rationals.of(BigDecimal.valueOf(q)));
                        Minimum m = bruteForce(c, q, d);
                        if (predicted.isEmpty()) {
                            assertThat(m.index()).as("no positive mu_i at q = %s", q).isZero();
                        } else {
                            assertThat(m.log()).as("%s, target %s, q = %s", c.rule().describe(), target, q)
                                    .isCloseTo(predicted.get().doubleValue(), org.assertj.core.data.Offset.offset(0.03));
                        }
                    }
                });
    }

    /** The numeric theorem time at moderate {@code d}: exact rational for polynomial links, and the minimising term. */
    @Test
    void sampleComplexityAtNumericEtaAndD() {
        DriftCoefficients c = he3(Algorithm.ALTERNATING, Loss.CORRELATION);
        Prediction.SampleComplexity low = Prediction.sampleComplexity(c, new BigDecimal("0.00001"),
                BigDecimal.valueOf(10000), MC);
        // η = 10^-5 well below d^{-1/2} = 10^-2: the online term, 3^-2 d² = 10^8/9 < (324 η)^-2 d ≈ 9.5·10^8
        assertThat(low.index()).isEqualTo(3);
        assertThat(low.value().orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(100_000_000)
                .divide(BigDecimal.valueOf(9), MC));
        assertThat(low.certainty()).isEqualTo(Certainty.EXACT);
        Prediction.SampleComplexity high = Prediction.sampleComplexity(c, new BigDecimal("0.1"),
                BigDecimal.valueOf(10000), MC);
        // (324 η)^-2 d = 10^4 / 32.4² against (3 + ...)^-2 d²
        assertThat(high.index()).isEqualTo(2);
        assertThat(high.value().orElseThrow().doubleValue()).isCloseTo(10000 / (32.4 * 32.4),
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
