package org.sgdx.reference.dynamics.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Local exponents and their extrapolation on quantities with known asymptotics. */
class LocalExponentsTest {

    private static LocalExponents.Limit limitOf(java.util.function.DoubleUnaryOperator lnY, int from, int to, int step) {
        int n = (to - from) / step + 1;
        double[] lnD = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            lnD[j] = (from + j * step) * Math.log(10);
            y[j] = lnY.applyAsDouble(lnD[j]);
        }
        return LocalExponents.extrapolate(LocalExponents.steps(lnD, y, new double[n]));
    }

    @Test
    void aPureLogarithmicFactorIsRemovedExactly() {
        // Y = 7 d^{3/2} ln d: the local exponents are 3/2 + x exactly
        LocalExponents.Limit l = limitOf(lnD -> Math.log(7) + 1.5 * lnD + Math.log(lnD), 4, 48, 4);
        assertThat(l.value()).isCloseTo(1.5, within(1e-9));
        assertThat(l.logCoefficient()).isCloseTo(1, within(1e-6));
        assertThat(l.error()).isLessThan(1e-8);
    }

    @Test
    void theErrorEstimateCoversAPowerLawCorrection() {
        // Y = d^2 (1 + 50 d^{-1/4}): a correction that is not a power of ln d
        LocalExponents.Limit l = limitOf(lnD -> 2 * lnD + Math.log1p(50 * Math.exp(-0.25 * lnD)), 4, 48, 4);
        assertThat(Math.abs(l.value() - 2)).isLessThanOrEqualTo(l.error());
        assertThat(l.error()).isLessThan(0.01);
    }

    @Test
    void tooFewRungsGiveNoLimit() {
        List<LocalExponents.Step> one = LocalExponents.steps(new double[] {1, 2}, new double[] {0, 1}, new double[2]);
        assertThat(LocalExponents.extrapolate(one).isDefined()).isFalse();
        assertThat(LocalExponents.extrapolate(one).method()).contains("at least 3 rungs");
    }
}
