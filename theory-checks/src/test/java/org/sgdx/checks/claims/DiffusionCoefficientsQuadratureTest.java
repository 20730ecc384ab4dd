package org.sgdx.checks.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.chain.ReducedEngine;
import org.sgdx.fastpath.diffusion.DiffusionCoefficients;
import org.sgdx.fastpath.update.UpdateRule;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.numeric.GaussHermiteRule;

/**
 * The diffusion coefficients {@code b} and {@code a} (proofs-notes/diffusion-limit.md §2) against the exact mean and
 * variance of one step of the reduced chain (the engine's own {@link UpdateRule} and {@link ReducedEngine#step}),
 * computed by quadrature: 120-point Gauss–Hermite rules in {@code z} and {@code v}, and {@code Q ~ χ²_{d−2}} replaced
 * by {@code d − 2 + √(2(d−2)) ζ} with a 24-point rule in ζ (the same first two moments; the third moment of
 * {@code Q} enters at a relative order {@code 1/d} below the terms compared). At {@code λ = 3·10⁻⁴} the
 * coefficients must agree within {@code 5 max(λ, λ²d)} relative to the size of the terms they contain (the order of
 * the dropped terms). At {@code d = 10⁵} the terms of order {@code γ³d} and {@code γ⁴d²} matter: for online He3 at
 * {@code λ = 10⁻³} the leading-order variance {@code γ²[(1 − m²)E[ψ²v²] − D²]} alone is 54% above the exact one
 * (4.95·10⁻¹² against 3.21·10⁻¹²), while {@code a} is within 0.05%. Deterministic.
 */
class DiffusionCoefficientsQuadratureTest {

    static final double LAMBDA = 3e-4;

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of("online d=1e3", b("online").d(1000)),
                Arguments.of("online d=1e5", b("online").d(100_000)),
                Arguments.of("online squared loss d=1e5", b("online").loss(Loss.SQUARED).d(100_000)),
                Arguments.of("alternating eta=1e-3 d=1e5", b("alternating").eta(1e-3).d(100_000)),
                Arguments.of("reuse s=1e-2 inner-norm d, d=1e5", b("reuse").eta(1e-7).innerNorm(InnerNorm.DIMENSION)
                        .d(100_000)));
    }

    static SimulationConfig.Builder b(String algorithm) {
        return SimulationConfig.builder().set("algorithm", algorithm).link("He3").loss(Loss.CORRELATION)
                .fixedInit(0.3).maxSteps(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneStepMomentsMatchTheCoefficients(String name, SimulationConfig.Builder builder) {
        double atOne = DiffusionCoefficients.of(builder.gamma(1).build()).lambda();
        SimulationConfig config = builder.gamma(Math.sqrt(LAMBDA / atOne)).build();
        double tolerance = 5 * Math.max(LAMBDA, LAMBDA * LAMBDA * config.d());
        DiffusionCoefficients coefficients = DiffusionCoefficients.of(config);
        UpdateRule rule = UpdateRule.of(config);
        GaussHermiteRule gh = GaussHermiteRule.of(120);
        GaussHermiteRule gq = GaussHermiteRule.of(24);
        double m = 0.3;
        double c = Math.sqrt(1 - m * m);
        double d = config.d();
        double gamma = config.gamma();
        double[] next = new double[2];
        double mean = 0;
        double second = 0;
        double noise = 0;
        double shrink = 0;
        double kick = 0;
        for (int i = 0; i < gh.size(); i++) {
            double z = gh.node(i);
            for (int j = 0; j < gh.size(); j++) {
                double v = gh.node(j);
                double u = m * z + c * v;
                double y = config.spec().target().value(u);
                double wzv = gh.weight(i) * gh.weight(j);
                for (int k = 0; k < gq.size(); k++) {
                    double q = d - 2 + Math.sqrt(2 * (d - 2)) * gq.node(k);
                    double p2 = v * v + q;
                    double psi = rule.psi(y, z, z * z + p2, p2, config.a0());
                    ReducedEngine.step(m, c, v, q, gamma * psi, next);
                    double x = next[0] - m;
                    double w = wzv * gq.weight(k);
                    mean += w * x;
                    second += w * x * x;
                    noise += w * Math.pow(gamma * psi * c * v, 2);
                    kick += w * gamma * psi * c * v;
                    shrink += w * Math.abs(0.5 * gamma * gamma * psi * psi * p2 * m);
                }
            }
        }
        double variance = second - mean * mean;
        // the scale of the terms in b: |γD| = |E[γψcv]| and the normalisation term E[γ²ψ²|P⊥x|²m/2]
        double driftScale = Math.abs(kick) + shrink;
        assertThat(Math.abs(coefficients.drift(m) - mean)).as("%s: b(0.3) = %s, exact mean %s", name, coefficients.drift(m), mean)
                .isLessThan(tolerance * driftScale);
        assertThat(Math.abs(coefficients.variance(m) - variance))
                .as("%s: a(0.3) = %s, exact variance %s", name, coefficients.variance(m), variance)
                .isLessThan(tolerance * noise);
    }
}
