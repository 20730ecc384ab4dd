package org.sgdx.reference.dynamics.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.prediction.Kink;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/** The exact κ(q) of MATH.md §10 and its kinks for the worked cases. */
class PredictedExponentTest {

    static DriftCoefficients coefficients(Algorithm algorithm, Loss loss, String link) {
        Link l = Link.parse(link);
        return DriftCoefficients.of(UpdateRule.of(algorithm, loss, l, BigFraction.ONE), new LabelModel.Deterministic(l));
    }

    static PredictedExponent predicted(Algorithm algorithm, Loss loss, String link) {
        return PredictedExponent.of(Prediction.of(coefficients(algorithm, loss, link)), Optional.of(1));
    }

    private static List<BigFraction> kinks(PredictedExponent p) {
        return p.kinks().stream().map(Kink::q).toList();
    }

    private static BigFraction q(int n, int d) {
        return BigFraction.of(n, d);
    }

    @Test
    void theKinksOfTheWorkedCasesAreExactRationals() {
        assertThat(kinks(predicted(Algorithm.ALTERNATING, Loss.CORRELATION, "He3"))).containsExactly(q(-1, 2));
        assertThat(kinks(predicted(Algorithm.ALTERNATING, Loss.SQUARED, "He3"))).containsExactly(q(-1, 2));
        assertThat(kinks(predicted(Algorithm.REUSE, Loss.CORRELATION, "He3"))).containsExactly(q(-3, 2), q(-1, 1));
        assertThat(kinks(predicted(Algorithm.ALTERNATING, Loss.CORRELATION, "He4"))).containsExactly(q(-1, 1));
        assertThat(kinks(predicted(Algorithm.ALTERNATING, Loss.CORRELATION, "He5"))).containsExactly(q(-3, 2));
        assertThat(kinks(predicted(Algorithm.ONLINE, Loss.SQUARED, "He3"))).isEmpty();
    }

    @Test
    void kappaIsTheMinFormulaWithItsRegime() {
        PredictedExponent alt = predicted(Algorithm.ALTERNATING, Loss.CORRELATION, "He3");
        assertThat(alt.at(q(-1, 1)).kappa()).contains(BigFraction.of(2));
        assertThat(alt.at(q(-1, 4)).kappa()).contains(q(3, 2));
        assertThat(alt.at(q(-1, 4)).index()).isEqualTo(2);
        assertThat(alt.at(q(-1, 4)).logPower()).isEqualTo(1);
        PredictedExponent reuse = predicted(Algorithm.REUSE, Loss.CORRELATION, "He3");
        assertThat(reuse.at(q(-7, 4)).kappa()).contains(BigFraction.of(2));
        assertThat(reuse.at(q(-5, 4)).kappa()).contains(q(3, 2));
        assertThat(reuse.at(q(-1, 2)).kappa()).contains(BigFraction.ONE);
        assertThat(reuse.at(q(-1, 2)).source()).isEqualTo(PredictedExponent.Source.SATURATION);
        assertThat(predicted(Algorithm.ONLINE, Loss.SQUARED, "He4").at(q(-5, 1)).kappa()).contains(BigFraction.of(3));
        assertThat(predicted(Algorithm.ONLINE, Loss.SQUARED, "He2").at(q(-5, 1)).logPower()).isEqualTo(1);
    }

    @Test
    void outsideTheRangeOfTheFormulaItRefuses() {
        PredictedExponent alt = predicted(Algorithm.ALTERNATING, Loss.CORRELATION, "He3");
        assertThat(alt.applies(BigFraction.ZERO)).isFalse();
        assertThatThrownBy(() -> alt.at(BigFraction.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q < 0");
        PredictedExponent noSaturation = PredictedExponent.of(Prediction.of(coefficients(Algorithm.REUSE,
                Loss.CORRELATION, "He3")), Optional.empty());
        assertThat(noSaturation.applies(q(-1, 2))).isFalse();
        assertThat(noSaturation.whyNot(q(-1, 2))).contains("p*");
        assertThat(noSaturation.applies(q(-3, 2))).isTrue();
    }
}
