package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The double-precision Gauss–Hermite rule: exact moments up to its degree, at every size it accepts. */
class GaussHermiteRuleTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 24, 48, 96, 150, GaussHermiteRule.MAX_POINTS})
    void integratesGaussianMomentsExactly(int n) {
        GaussHermiteRule r = GaussHermiteRule.of(n);
        assertThat(r.size()).isEqualTo(n);
        double[] moments = new double[7];
        for (int i = 0; i < n; i++) {
            double p = r.weight(i);
            for (int k = 0; k < moments.length; k++) {
                moments[k] += p;
                p *= r.node(i);
            }
            if (i > 0) {
                assertThat(r.node(i)).isLessThan(r.node(i - 1));
            }
        }
        // E[Z^k] = (k − 1)!! for even k, 0 for odd k; the rule is exact for k ≤ 2n − 1
        double[] exact = {1, 0, 1, 0, 3, 0, 15};
        for (int k = 0; k < Math.min(moments.length, 2 * n); k++) {
            assertThat(moments[k]).as("E[Z^%d], %d points", k, n).isCloseTo(exact[k], within(1e-12));
        }
    }

    /** Nodes and weights agree with mpmath's zeros of {@code He_n} and their weights {@code n!/(n² He_{n−1}(z)²)}. */
    @ParameterizedTest
    @ValueSource(ints = {6, 20})
    void nodesAndWeightsMatchTheReferenceData(int n) {
        GaussHermiteRule r = GaussHermiteRule.of(n);
        for (int i = 0; i < n; i++) {
            String arg = Integer.toString(i);
            double node = ReferenceData.value("numerics-40-digits.csv", "hermite-node-" + n, arg).doubleValue();
            double weight = ReferenceData.value("numerics-40-digits.csv", "hermite-weight-" + n, arg).doubleValue();
            assertThat(r.node(i)).as("node %d of %d", i, n).isCloseTo(node, within(1e-14 * Math.max(1, Math.abs(node))));
            assertThat(r.weight(i)).as("weight %d of %d", i, n).isCloseTo(weight, within(1e-13 * weight));
        }
    }

    @Test
    void sizesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> GaussHermiteRule.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GaussHermiteRule.of(GaussHermiteRule.MAX_POINTS + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.." + GaussHermiteRule.MAX_POINTS);
    }
}
