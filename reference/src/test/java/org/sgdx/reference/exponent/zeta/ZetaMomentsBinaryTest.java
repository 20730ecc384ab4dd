package org.sgdx.reference.exponent.zeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

class ZetaMomentsBinaryTest {

    private static ZetaMoments binary(String spec, int maxK) {
        return ZetaMoments.of(new LabelModel.Binary(Link.parse(spec)), maxK);
    }

    @Test
    void stepProbabilityGivesTwoOverPi() {
        // E[zeta_1^2] = 4 E[h_1 1{Z > 0}]^2 = 4 φ(0)^2 = 2/π
        ZetaMoments m = binary("step", 6);
        assertThat(m.moment(1).value()).isCloseTo(2 / Math.PI, within(1e-14));
        for (int k = 2; k <= 6; k += 2) {
            assertThat(Math.abs(m.moment(k).value())).isLessThanOrEqualTo(m.moment(k).error());
        }
        double h3 = Reference.hermiteMoment(3, 0, 14);
        assertThat(m.moment(3).value()).isCloseTo(4 * h3 * h3, within(1e-14));
    }

    @Test
    void sigmoidMatchesIndependentIntegrals() {
        ZetaMoments m = binary("sigmoid", 6);
        double p1 = Reference.simpson(z -> Reference.phi(z) / (1 + Math.exp(-z)), -14, 14, 40_000);
        assertThat(p1).isCloseTo(0.5, within(1e-15));
        for (int k = 1; k <= 6; k++) {
            int kk = k;
            double n = Reference.simpson(z -> Reference.h(kk, z) * Reference.phi(z) / (1 + Math.exp(-z)), -14, 14,
                    40_000);
            double expected = n * n * (1 / p1 + 1 / (1 - p1));
            assertThat(m.moment(k).value()).as("k = %d", k).isCloseTo(expected, within(1e-14));
            assertThat(Math.abs(m.moment(k).value() - expected)).isLessThanOrEqualTo(m.moment(k).error() + 1e-16);
        }
    }

    @Test
    void evenStepProbabilityHasGenerativeExponentFour() {
        String spec = ZetaMomentsDeterministicTest.generativeExponentFourLink();
        ZetaMoments m = binary(spec, 5);
        for (int k = 1; k <= 3; k++) {
            assertThat(m.moment(k).distinguishableFromZero()).as("k = %d", k).isFalse();
        }
        assertThat(m.moment(4).distinguishableFromZero()).isTrue();
        // a 0/1-valued q makes the labels a deterministic function of z with the same two atoms
        ZetaMoments deterministic = ZetaMoments.of(new LabelModel.Deterministic(Link.parse(spec)), 5);
        assertThat(m.moment(4).value()).isCloseTo(deterministic.moment(4).value(), within(1e-13));
    }

    @ParameterizedTest
    @ValueSource(strings = {"z", "2*sigmoid", "sigmoid - 1/2", "cos"})
    void rejectsProbabilitiesOutsideTheUnitInterval(String spec) {
        assertThatThrownBy(() -> binary(spec, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 <= q(z) <= 1").hasMessageMatching("(?s).*q\\(-?[0-9.E-]+\\) = -?[0-9.E-]+.*");
    }

    @Test
    void constantProbabilityCarriesNoInformation() {
        for (ZetaMoment z : binary("1/3", 4).moments()) {
            assertThat(Math.abs(z.value())).isLessThanOrEqualTo(z.error());
        }
        for (ZetaMoment z : binary("0", 4).moments()) {
            assertThat(z.value()).isEqualTo(0);
        }
    }
}
