package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class GaussLegendreRuleTest {

    private static final MathContext MC = new MathContext(70);
    private static final String DATA = "numerics-40-digits.csv";

    /** {@code Σ w_i x_i^p} over all nodes. */
    private static BigDecimal moment(GaussLegendreRule rule, int p) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < rule.halfSize(); i++) {
            BigDecimal term = rule.weight(i).multiply(rule.node(i).pow(p, MC), MC);
            sum = sum.add(term);
            if (!rule.isMiddle(i)) {
                sum = sum.add(p % 2 == 0 ? term : term.negate());
            }
        }
        return sum;
    }

    @Test
    void integratesPolynomialsOfDegreeBelowTwiceTheNodeCountExactly() {
        for (int n : new int[] {1, 2, 7, 16, 33}) {
            GaussLegendreRule rule = GaussLegendreRule.of(n, 60);
            assertThat(rule.points()).isEqualTo(n);
            assertThat(rule.halfSize()).isEqualTo((n + 1) / 2);
            for (int p = 0; p < 2 * n; p++) {
                // ∫_{−1}^{1} x^p dx = 2/(p+1) for even p, 0 for odd p
                BigDecimal exact = p % 2 == 1 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(2).divide(BigDecimal.valueOf(p + 1L), MC);
                assertThat(moment(rule, p).subtract(exact).abs()).as("n=%d p=%d", n, p)
                        .isLessThan(new BigDecimal("1e-58"));
            }
            // and not of degree 2n: ∫ x^{2n} differs
            BigDecimal exact = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(2L * n + 1), MC);
            assertThat(moment(rule, 2 * n).subtract(exact).abs()).isGreaterThan(new BigDecimal("1e-50"));
        }
    }

    /** The zeros of {@code P_5}: 0 and {@code ±(1/3)√(5 ∓ 2√(10/7))}. */
    @Test
    void nodesOfFivePointRuleHaveClosedForms() {
        GaussLegendreRule rule = GaussLegendreRule.of(5, 60);
        BigDecimal r = BigDecimal.valueOf(10).divide(BigDecimal.valueOf(7), MC).sqrt(MC).multiply(BigDecimal.valueOf(2));
        BigDecimal outer = BigDecimal.valueOf(5).add(r).sqrt(MC).divide(BigDecimal.valueOf(3), MC);
        BigDecimal inner = BigDecimal.valueOf(5).subtract(r).sqrt(MC).divide(BigDecimal.valueOf(3), MC);
        BigDecimal eps = new BigDecimal("1e-59");
        assertThat(rule.node(0).subtract(outer).abs()).isLessThan(eps);
        assertThat(rule.node(1).subtract(inner).abs()).isLessThan(eps);
        assertThat(rule.node(2).signum()).isZero();
        assertThat(rule.isMiddle(2)).isTrue();
        assertThat(rule.isMiddle(1)).isFalse();
        // the middle weight is 128/225
        assertThat(rule.weight(2).subtract(new BigDecimal(128).divide(new BigDecimal(225), MC)).abs()).isLessThan(eps);
    }

    @Test
    void nodesAreDecreasingAndInsideTheInterval() {
        GaussLegendreRule rule = GaussLegendreRule.of(64, 40);
        for (int i = 0; i < rule.halfSize(); i++) {
            assertThat(rule.node(i)).isLessThan(BigDecimal.ONE).isGreaterThan(BigDecimal.ZERO);
            assertThat(rule.weight(i).signum()).isPositive();
            if (i > 0) {
                assertThat(rule.node(i)).isLessThan(rule.node(i - 1));
            }
        }
    }

    /** Every node and weight agrees with mpmath's to all 40 digits of the data, up to a unit in the last place. */
    @Test
    void nodesAndWeightsMatchTheReferenceData() {
        for (int n : new int[] {5, 8, 16, 20}) {
            GaussLegendreRule rule = GaussLegendreRule.of(n, 45);
            for (int i = 0; i < rule.halfSize(); i++) {
                String arg = Integer.toString(i);
                BigDecimal node = ReferenceData.value(DATA, "legendre-node-" + n, arg);
                BigDecimal weight = ReferenceData.value(DATA, "legendre-weight-" + n, arg);
                assertThat(rule.node(i).subtract(node).abs()).as("node %d of %d", i, n).isLessThan(new BigDecimal("1e-40"));
                assertThat(rule.weight(i).subtract(weight).abs()).as("weight %d of %d", i, n)
                        .isLessThan(new BigDecimal("1e-40"));
            }
        }
    }

    /** The double view holds the correctly rounded reference nodes, increasing, and integrates in double. */
    @Test
    void doubleViewIsTheRoundedRuleInIncreasingOrder() {
        GaussLegendreRule rule = GaussLegendreRule.of(16, 20);
        double[] x = rule.doubleNodes();
        double[] w = rule.doubleWeights();
        assertThat(x).hasSize(16);
        for (int i = 0; i < 8; i++) {
            String arg = Integer.toString(i);
            double node = ReferenceData.value(DATA, "legendre-node-16", arg).doubleValue();
            double weight = ReferenceData.value(DATA, "legendre-weight-16", arg).doubleValue();
            assertThat(x[15 - i]).isEqualTo(node);
            assertThat(x[i]).isEqualTo(-node);
            assertThat(w[15 - i]).isEqualTo(weight);
            assertThat(w[i]).isEqualTo(weight);
        }
        // a fresh copy each time
        x[0] = 7;
        assertThat(rule.doubleNodes()[0]).isNotEqualTo(7);
        // ∫_0^1 e^x and, with the ends reversed, its negative
        double exact = ReferenceData.value(DATA, "integral", "exp-0-1").doubleValue();
        assertThat(rule.integrate(Math::exp, 0, 1)).isCloseTo(exact, within(4e-16));
        assertThat(rule.integrate(Math::exp, 1, 0)).isCloseTo(-exact, within(4e-16));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> GaussLegendreRule.of(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points");
        assertThatThrownBy(() -> GaussLegendreRule.of(4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits");
        // one node and one digit are allowed: the midpoint rule, node 0 and weight 2
        GaussLegendreRule midpoint = GaussLegendreRule.of(1, 1);
        assertThat(midpoint.node(0).signum()).isZero();
        assertThat(midpoint.weight(0)).isEqualByComparingTo("2");
        assertThat(GaussLegendreRule.of(4, 1).node(0)).isEqualByComparingTo("0.9");
    }

    /** The middle zero of every odd rule is exactly 0, whatever the precision. */
    @Test
    void theMiddleNodeOfAnOddRuleIsExactlyZero() {
        for (int n = 1; n <= 41; n += 2) {
            for (int digits : new int[] {5, 40}) {
                GaussLegendreRule rule = GaussLegendreRule.of(n, digits);
                int middle = rule.halfSize() - 1;
                assertThat(rule.isMiddle(middle)).isTrue();
                assertThat(rule.node(middle).signum()).as("n = %d, %d digits", n, digits).isZero();
            }
        }
    }

    /**
     * The documented sum, to the last bit: {@code (b − a)/2 · Σ_i w_i f((a + b)/2 + (b − a)/2 · x_i)} over the double
     * nodes in increasing order (summing from the other end rounds differently for these integrands).
     */
    @Test
    void integrateSumsOverTheNodesInIncreasingOrder() {
        GaussLegendreRule rule = GaussLegendreRule.of(20, 20);
        double[] x = rule.doubleNodes();
        double[] w = rule.doubleWeights();
        List<DoubleUnaryOperator> integrands = List.of(Math::exp, t -> 1 / (1 + t), t -> Math.sin(3 * t) + t * t);
        for (DoubleUnaryOperator f : integrands) {
            for (double[] ab : new double[][] {{0, 1}, {-0.5, 2}, {3, 1}}) {
                double mid = (ab[0] + ab[1]) / 2;
                double half = (ab[1] - ab[0]) / 2;
                double sum = 0;
                for (int i = 0; i < x.length; i++) {
                    sum += w[i] * f.applyAsDouble(mid + half * x[i]);
                }
                assertThat(rule.integrate(f, ab[0], ab[1])).isEqualTo(half * sum);
            }
        }
    }

    /** {@code ∫_1^4 x⁵ dx = (4⁶ − 1)/6}: exact for three or more nodes, on an interval not centred at 0. */
    @Test
    void integratesOnAnyInterval() {
        GaussLegendreRule rule = GaussLegendreRule.of(3, 20);
        DoubleUnaryOperator p = x -> x * x * x * x * x;
        double exact = (Math.pow(4, 6) - 1) / 6;
        assertThat(rule.integrate(p, 1, 4)).isCloseTo(exact, within(1e-12 * exact));
        assertThat(rule.integrate(p, 4, 1)).isCloseTo(-exact, within(1e-12 * exact));
        assertThat(rule.integrate(p, -3, -1)).isCloseTo(-(729.0 - 1) / 6, within(1e-12 * exact));
    }
}
