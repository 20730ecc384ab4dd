package org.sgdx.fastpath.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.link.Link;

/**
 * The update rules of MATH.md §5 against the literal vector computation (the inner step formed as a vector in
 * {@code ℝ^d}, its overlap with {@code x} computed as a dot product) and against the Taylor expansion of
 * MATH.md §5.2.
 */
class UpdateRuleTest {

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L));
    }

    static SimulationConfig.Builder base(String link) {
        return SimulationConfig.builder().link(link).d(7).gamma(1e-3).maxSteps(10);
    }

    /** A unit vector w and a Gaussian x in ℝ^7 from a seed. */
    static double[][] sample(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        var g = org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
        double[] w = new double[7];
        double[] x = new double[7];
        double n = 0;
        for (int i = 0; i < 7; i++) {
            w[i] = g.sample();
            x[i] = g.sample();
            n += w[i] * w[i];
        }
        for (int i = 0; i < 7; i++) {
            w[i] /= Math.sqrt(n);
        }
        return new double[][] {w, x};
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Test
    void batchReuseInnerStepMatchesTheVectorComputation() {
        Link sigma = Link.parse("He3");
        qt().withExamples(300).forAll(integers().all(), doubles().between(-3, 3), doubles().between(1e-4, 0.3),
                integers().between(0, 3)).checkAssert((seed, y, eta, variant) -> {
                    boolean projected = (variant & 1) == 1;
                    boolean squared = (variant & 2) == 0;
                    SimulationConfig c = base("He3").algorithm(Algorithm.REUSE).eta(eta).a0(0.7)
                            .loss(squared ? Loss.SQUARED : Loss.CORRELATION)
                            .innerStep(projected ? InnerStep.PROJECTED : InnerStep.PLAIN).build();
                    double[][] s = sample(seed);
                    double[] w = s[0];
                    double[] x = s[1];
                    double z = dot(w, x);
                    double x2 = dot(x, x);
                    double a = 0.7;
                    double g = squared ? a * (y - a * sigma.value(z)) * (3 * z * z - 3) : a * y * (3 * z * z - 3);
                    double[] wt = new double[7];
                    for (int i = 0; i < 7; i++) {
                        double step = projected ? x[i] - z * w[i] : x[i];
                        wt[i] = w[i] + eta * g * step;
                    }
                    if (projected) {
                        double n = Math.sqrt(dot(wt, wt));
                        for (int i = 0; i < 7; i++) {
                            wt[i] /= n;
                        }
                    }
                    double zt = dot(wt, x);
                    double expected = squared ? a * (y - a * sigma.value(zt)) * (3 * zt * zt - 3)
                            : a * y * (3 * zt * zt - 3);
                    double psi = UpdateRule.of(c).psi(y, z, x2, x2 - z * z, a);
                    assertThat(psi).isCloseTo(expected, within(1e-9 * (1 + Math.abs(expected))));
                });
    }

    /** MATH.md §5.2: for polynomial σ of degree r and correlation loss, ψ_η = Σ_k (η|x|²)^{k−1}/(k−1)! σ^(k) σ'^{k−1} y^k. */
    @Test
    void batchReuseMatchesItsTaylorExpansion() {
        qt().forAll(doubles().between(-3, 3), doubles().between(-3, 3), doubles().between(1, 20),
                doubles().between(1e-3, 0.1)).checkAssert((z, y, x2, eta) -> {
                    SimulationConfig c = base("He3").algorithm(Algorithm.REUSE).eta(eta).loss(Loss.CORRELATION)
                            .build();
                    double d1 = 3 * z * z - 3;
                    double d2 = 6 * z;
                    double d3 = 6;
                    double s = eta * x2;
                    double expected = d1 * y + s * d2 * d1 * y * y + s * s / 2 * d3 * d1 * d1 * y * y * y;
                    assertThat(UpdateRule.of(c).psi(y, z, x2, x2 - z * z, 1))
                            .isCloseTo(expected, within(1e-9 * (1 + Math.abs(expected))));
                });
    }

    @Test
    void innerNormDReplacesTheSquaredNormsByTheDimension() {
        SimulationConfig exact = base("He3").algorithm(Algorithm.REUSE).eta(0.01).build();
        SimulationConfig byD = exact.toBuilder().innerNorm(InnerNorm.DIMENSION).build();
        SimulationConfig byDProjected = byD.toBuilder().innerStep(InnerStep.PROJECTED).build();
        SimulationConfig exactProjected = exact.toBuilder().innerStep(InnerStep.PROJECTED).build();
        double z = 0.3;
        double y = 1.2;
        assertThat(UpdateRule.of(byD).psi(y, z, 123, 456, 1)).isEqualTo(UpdateRule.of(exact).psi(y, z, 7, 456, 1));
        assertThat(UpdateRule.of(byDProjected).psi(y, z, 123, 456, 1))
                .isEqualTo(UpdateRule.of(exactProjected).psi(y, z, 123, 6, 1));
    }

    @Test
    void onlineAndAlternatingFollowMathSection5() {
        Link he3 = Link.parse("He3");
        double z = 0.8;
        double y = -1.7;
        double a = 1.3;
        double eta = 0.2;
        double s = he3.value(z);
        double ds = 3 * z * z - 3;
        SimulationConfig online = base("He3").a0(a).build();
        assertThat(UpdateRule.of(online).psi(y, z, 5, 4, a)).isCloseTo(a * (y - a * s) * ds, within(1e-14));
        assertThat(UpdateRule.of(online.toBuilder().loss(Loss.CORRELATION).build()).psi(y, z, 5, 4, a))
                .isCloseTo(a * y * ds, within(1e-14));
        SimulationConfig alt = base("He3").algorithm(Algorithm.ALTERNATING).eta(eta).a0(a).build();
        double at = a + eta * (y - a * s) * s;
        assertThat(UpdateRule.of(alt).psi(y, z, 5, 4, a)).isCloseTo(at * (y - at * s) * ds, within(1e-13));
        assertThat(UpdateRule.of(alt).nextSecondLayer(y, z, a)).isEqualTo(a);
        assertThat(UpdateRule.of(alt).persistent()).isFalse();
        SimulationConfig altCorr = alt.toBuilder().loss(Loss.CORRELATION).build();
        double atc = a + eta * y * s;
        // MATH.md §5.3: ψ_η = a y σ' + η y² σ σ'
        assertThat(UpdateRule.of(altCorr).psi(y, z, 5, 4, a))
                .isCloseTo(a * y * ds + eta * y * y * s * ds, within(1e-13)).isCloseTo(atc * y * ds, within(1e-13));
        SimulationConfig persistent = alt.toBuilder().secondLayer(SecondLayer.PERSISTENT).build();
        assertThat(UpdateRule.of(persistent).persistent()).isTrue();
        assertThat(UpdateRule.of(persistent).nextSecondLayer(y, z, a)).isCloseTo(at, within(1e-14));
    }

    @Test
    void projectedInnerStepSurvivesHugeSteps() {
        double p2 = 5;
        double z = 0.4;
        for (double t : new double[] {1e99, 1e101, 1e200, -1e200}) {
            double zt = UpdateRule.Reuse.projectedOverlap(z, t, p2);
            // as |t| → ∞, w̃ → ±P⊥x/|P⊥x| and ⟨w̃, x⟩ → ±√p2
            assertThat(zt).isCloseTo(Math.signum(t) * Math.sqrt(p2), within(1e-12));
        }
    }
}
