package org.sgdx.fastpath.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.Loss;

/**
 * The tabulated diffusion coefficients ({@link CoefficientTable}, proofs-notes/diffusion-limit.md §3) against the
 * reference's exact polynomials, for configurations that have both: {@code b} and {@code a} must agree within the
 * table's own error bounds at every {@code m} of a grid on {@code [−r, r]} ({@code r = m_target}, the region the bounds
 * cover), and those bounds must be small (so that
 * the agreement says something) for smooth links. The cases include a kink in the target ({@code relu}) and a step
 * (binary labels with {@code P(y = 1 | u) = 1{u > 0}}), where the quadrature converges slowly and the bounds must
 * grow to cover it, noisy labels, alternating SGD and batch reuse. Deterministic.
 */
class CoefficientTableTest {

    static Stream<Arguments> polynomialCases() {
        return Stream.of(
                Arguments.of("online He3 correlation d=1e3", b("online").d(1000), 1e-8),
                Arguments.of("online He3 squared d=1e5", b("online").loss(Loss.SQUARED).d(100_000), 1e-8),
                Arguments.of("alternating He3 eta=3e-5 d=1e3", b("alternating").eta(3e-5).d(1000), 1e-8),
                Arguments.of("reuse He3 eta=1e-8 inner-norm d, d=1e3", b("reuse").eta(1e-8)
                        .innerNorm(InnerNorm.DIMENSION).d(1000), 1e-8),
                Arguments.of("online He2 noisy labels tau=0.5, squared loss, d=1e3", b("online").link("He2")
                        .loss(Loss.SQUARED).noisyLabels(0.5).d(1000), 1e-8),
                // a kink in the target: the quadrature converges slowly, and the table must say so
                Arguments.of("online target relu, activation He2, d=1e3", b("online").target("relu").activation("He2")
                        .d(1000), 1e-1),
                Arguments.of("alternating binary labels P(y = 1) = step(u), activation He3, d=1e3",
                        b("alternating").eta(1e-3).target("step").labels(LabelModel.Type.BINARY).d(1000), 1));
    }

    static SimulationConfig.Builder b(String algorithm) {
        return SimulationConfig.builder().set("algorithm", algorithm).link("He3").loss(Loss.CORRELATION)
                .fixedInit(0.3).mTarget(0.5).maxSteps(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("polynomialCases")
    void theTableAgreesWithTheExactPolynomialsWithinItsError(String name, SimulationConfig.Builder builder,
            double largestError) {
        double atOne = DiffusionCoefficients.of(builder.gamma(1).build()).lambda();
        SimulationConfig config = builder.gamma(Math.sqrt(1e-4 / atOne)).build();
        DiffusionCoefficients exact = DiffusionCoefficients.of(config);
        assertThat(exact.isPolynomial()).as("the configuration has exact polynomial coefficients").isTrue();
        double r = config.criterion().mTarget();
        CoefficientTable table = CoefficientTable.of(config, (1 + r) / 2, r);
        assertThat(table.error()).as("relative error estimate").isPositive().isLessThan(largestError);
        agree(name, table, exact);
        agree(name + ", table on [-1, 1]", CoefficientTable.of(config, 1, 1), exact);
        // λ is a ratio of moments: relative error within a few times the table's
        assertThat(table.lambda()).isCloseTo(exact.lambda(),
                Percentage.withPercentage(100 * Math.max(1e-6, 10 * table.error())));
    }

    private static void agree(String name, CoefficientTable table, DiffusionCoefficients exact) {
        double r = table.radius();
        for (int i = 0; i <= 400; i++) {
            double m = r * (-1 + i / 200.0);
            assertThat(Math.abs(table.drift(m) - exact.drift(m))).as("%s: b(%s)", name, m)
                    .isLessThanOrEqualTo(table.driftBound());
            assertThat(Math.abs(table.variance(m) - exact.variance(m))).as("%s: a(%s)", name, m)
                    .isLessThanOrEqualTo(table.varianceBound());
        }
    }

    /**
     * A table whose error is estimated wrongly would pass the test above by luck only if its bounds were large: the
     * bounds are a small fraction of the coefficients' sizes, and perturbing the table by a few bounds is caught.
     */
    @Test
    void theBoundsAreTightEnoughToCatchAnError() {
        SimulationConfig.Builder builder = b("online").d(1000);
        double atOne = DiffusionCoefficients.of(builder.gamma(1).build()).lambda();
        SimulationConfig config = builder.gamma(Math.sqrt(1e-4 / atOne)).build();
        CoefficientTable table = CoefficientTable.of(config, 0.75, config.criterion().mTarget());
        DiffusionCoefficients exact = DiffusionCoefficients.of(config);
        double m = 0.3;
        assertThat(table.driftBound()).isLessThan(1e-8 * Math.abs(exact.drift(m)));
        assertThat(table.varianceBound()).isLessThan(1e-8 * exact.variance(m));
    }

    @Test
    void nonPolynomialLinksAreTabulatedWithASmallError() {
        SimulationConfig config = b("online").link("tanh").d(1000).gamma(1e-4).build();
        DiffusionCoefficients c = DiffusionCoefficients.of(config);
        assertThat(c.isPolynomial()).isFalse();
        assertThat(c.drift()).isEmpty();
        assertThat(c.variance()).isEmpty();
        assertThat(c.tableError()).isPositive().isLessThan(1e-8);
        assertThat(c.describe()).contains("tabulated").contains("estimated relative error");
        // tanh/tanh with the correlation loss: D(0) = E[tanh'(z)] E[tanh'(v)] (Stein's lemma on v), a 1-D check
        double e = 0;
        org.sgdx.reference.numeric.GaussHermiteRule rule = org.sgdx.reference.numeric.GaussHermiteRule.of(192);
        for (int i = 0; i < rule.size(); i++) {
            double s = 1 / Math.cosh(rule.node(i));
            e += rule.weight(i) * s * s;
        }
        double g = config.gamma();
        double d0 = e * e;
        // at m = 0 the normalisation term vanishes: b(0) = γD(0) − (γ³/2)(d−2)D₃(0)
        CoefficientTable table = CoefficientTable.of(config, 0.75, config.criterion().mTarget());
        assertThat(table.moment(0, 0)).isCloseTo(d0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.drift(0)).isCloseTo(g * d0 - 0.5 * g * g * g * (config.d() - 2) * table.moment(1, 0),
                org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void batchReuseWithNoisyLabelsIsRefusedWhenTabulated() {
        assertThatThrownBy(() -> DiffusionCoefficients.of(b("reuse").link("tanh").eta(1e-3)
                .innerNorm(InnerNorm.DIMENSION).noisyLabels(0.1).d(1000).gamma(1e-4).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("labels noisy");
    }
}
