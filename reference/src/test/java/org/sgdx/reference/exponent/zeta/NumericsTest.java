package org.sgdx.reference.exponent.zeta;

import org.sgdx.reference.link.compiled.LinkCompiler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.Link;

class NumericsTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261129L);

    @Test
    void intervalMomentsMatchSimpson() {
        double[] m = new double[7];
        Gaussian.intervalMoments(-0.3, 1.7, m);
        for (int k = 0; k < 7; k++) {
            assertThat(m[k]).as("k = %d", k).isCloseTo(Reference.hermiteMoment(k, -0.3, 1.7), within(1e-15));
        }
        Gaussian.intervalMoments(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, m);
        assertThat(m[0]).isEqualTo(1);
        for (int k = 1; k < 7; k++) {
            assertThat(m[k]).isZero();
        }
        Gaussian.intervalMoments(1, Double.POSITIVE_INFINITY, m);
        assertThat(m[1]).isCloseTo(Reference.phi(1), within(1e-16));
    }

    @Test
    void hermiteRecurrenceMatchesTheExplicitSum() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(-9, 9), integers().between(0, 20))
                .checkAssert((z, k) -> {
                    double[] h = new double[k + 1];
                    Gaussian.hermite(z, h);
                    double expected = Reference.h(k, z);
                    assertThat(h[k]).isCloseTo(expected, within(1e-10 * (1 + Math.abs(expected))));
                });
    }

    @Test
    void truncationGrowsWithTheDegreeAndCutsNegligibleMass() {
        double l8 = Gaussian.truncation(8);
        assertThat(l8).isGreaterThanOrEqualTo(8);
        assertThat(Gaussian.truncation(30)).isGreaterThan(l8);
        assertThat(Gaussian.tailSquareMoment(8, l8)).isLessThan(1e-18);
        assertThat(Gaussian.tailSquareMoment(2, 3))
                .isCloseTo(2 * Reference.hermiteSquareMoment(2, 3, 14), within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"He3", "h4(tanh(z))", "relu(z-1)^2 - 3*sign(z)", "exp(z/2) + sigmoid(3*z)", "abs(z)^3/7",
        "0.1*He5 + step(z + 1/3)", "cos(2*z)*erf(z)"})
    void compiledExpressionsAgreeWithTheTree(String spec) {
        Expr e = Link.parse(spec).expression();
        DoubleUnaryOperator f = LinkCompiler.compile(e)::value;
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(-6, 6)).checkAssert(z -> {
            double expected = e.value(z);
            assertThat(f.applyAsDouble(z)).isCloseTo(expected, within(1e-12 * (1 + Math.abs(expected))));
        });
    }
}
