package org.sgdx.reference.dynamics.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;

/** Mean-field points at the optimal γ and at a given one. */
class MeanFieldTimesTest {

    private static final MeanFieldTimes TIMES = MeanFieldTimes.of(
            PredictedExponentTest.coefficients(Algorithm.ALTERNATING, Loss.CORRELATION, "He3"), BigFraction.of(1, 2),
            8);
    private static final BigFraction D = BigFraction.of(1_000_000);
    private static final BigFraction ETA = BigFraction.of(1, 1000);

    @Test
    void atTheOptimalGammaTheTimeIsTheOptimalOne() {
        RayPoint optimal = TIMES.at(ETA, D);
        RayPoint given = TIMES.at(ETA, D, optimal.gamma().orElseThrow());
        assertThat(given.gamma()).isEqualTo(optimal.gamma());
        BigDecimal difference = given.time().orElseThrow().subtract(optimal.time().orElseThrow()).abs();
        assertThat(difference).isLessThanOrEqualTo(optimal.timeError().add(given.timeError()));
    }

    /**
     * Away from the optimum the time is longer; far below it, where the normalisation is negligible, it grows like
     * {@code 1/γ}: at {@code γ_opt/100} and {@code γ_opt/1000} the times differ by a factor within 2% of 10.
     */
    @Test
    void aSmallerGammaTakesLongerAndScalesLikeItsInverse() {
        RayPoint optimal = TIMES.at(ETA, D);
        BigFraction gamma = optimal.gamma().orElseThrow();
        double t1 = TIMES.at(ETA, D, gamma.divide(2)).time().orElseThrow().doubleValue();
        assertThat(t1).isGreaterThan(optimal.time().orElseThrow().doubleValue());
        double t100 = TIMES.at(ETA, D, gamma.divide(100)).time().orElseThrow().doubleValue();
        double t1000 = TIMES.at(ETA, D, gamma.divide(1000)).time().orElseThrow().doubleValue();
        assertThat(t1000 / t100).isBetween(9.8, 10.2);
    }

    @Test
    void aGammaBeyondTheStableRangeGivesAnInfiniteTimeWithItsReason() {
        RayPoint optimal = TIMES.at(ETA, D);
        RayPoint far = TIMES.at(ETA, D, optimal.gamma().orElseThrow().multiply(1000));
        assertThat(far.isFinite()).isFalse();
        assertThat(far.reason()).isNotBlank();
        assertThatThrownBy(() -> TIMES.at(ETA, D, BigFraction.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gamma");
    }
}
