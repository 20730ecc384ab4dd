package org.sgdx.fastpath.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.Monomial;
import org.sgdx.reference.dynamics.Psi;
import org.sgdx.reference.dynamics.ZFunction;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.Link;

/**
 * The two ψ's of the project agree: the reference's exact ψ (a polynomial in {@code y}, η, {@code d} with exact
 * functions of {@code z} as coefficients, MATH.md §5) evaluated term by term, and the fast path's double-precision
 * {@link UpdateRule#psi}, on random polynomial activations, every algorithm and loss, random {@code a}, η, {@code d},
 * {@code y}, {@code z}. Batch reuse uses the plain inner step with {@code |x|²} replaced by {@code d} (the reference's
 * model), for which the exact ψ is a finite polynomial. The tolerance is {@code 10⁻⁹} times the sum of the absolute
 * values of the terms, far above the rounding of either side and far below any difference of a term.
 */
class PsiAgreementTest {

    private static final double RELATIVE = 1e-9;
    private static final String[] ALGORITHMS = {"online", "alternating", "reuse"};
    private static final String[] LOSSES = {"squared", "correlation"};

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261207L)).withExamples(300);
    }

    /** A polynomial activation {@code c0 + c1 z + c2 z² + c3 z³} with small integer coefficients, not constant. */
    private static Gen<String> activations() {
        Gen<Integer> c = integers().between(-3, 3);
        return c.zip(c, c, c, (a, b, e, f) -> a + " + " + b + "*z + " + e + "*z^2 + " + f + "*z^3")
                .assuming(s -> !s.endsWith(" + 0*z + 0*z^2 + 0*z^3"));
    }

    @Test
    void theExactAndTheDoubleUpdateFactorAgree() {
        qt().forAll(activations(), integers().between(0, 5), doubles().between(-2, 2), doubles().between(-2, 2))
                .checkAssert((activation, option, y, z) -> {
                    String algorithm = ALGORITHMS[option % 3];
                    String loss = LOSSES[option / 3];
                    double a = 0.5 + Math.abs(y) / 4;
                    double eta = 1e-3 * (1 + Math.abs(z));
                    long d = 10 + Math.round(100 * Math.abs(y * z));
                    check(activation, algorithm, loss, a, eta, d, y, z);
                });
    }

    private static void check(String activation, String algorithm, String loss, double a, double eta, long d,
            double y, double z) {
        SimulationConfig.Builder b = SimulationConfig.builder().set("algorithm", algorithm).set("loss", loss)
                .set("target", "z").set("activation", activation).set("d", Long.toString(d)).set("gamma", "0.01")
                .set("a", Double.toString(a)).set("max-steps", "1");
        if (!algorithm.equals("online")) {
            b.set("eta", Double.toString(eta));
        }
        if (algorithm.equals("reuse")) {
            b.set("inner-norm", "d");
        }
        SimulationConfig config = b.build();
        double fast = UpdateRule.of(config).psi(y, z, Double.NaN, Double.NaN, a);

        org.sgdx.reference.dynamics.UpdateRule rule = org.sgdx.reference.dynamics.UpdateRule.of(
                Algorithm.parse(algorithm), Loss.parse(loss), Link.parse(activation),
                Rationals.of(new BigDecimal(a)));
        Psi psi = rule.psi();
        assertThat(psi.isExact()).isTrue();
        double exact = 0;
        double scale = 0;
        for (Map.Entry<Monomial, ZFunction> t : psi.terms().entrySet()) {
            Monomial m = t.getKey();
            double term = Math.pow(y, m.y()) * Math.pow(eta, m.eta()) * Math.pow(d, m.d())
                    * t.getValue().expression().value(z);
            exact += term;
            scale += Math.abs(term);
        }
        assertThat(Math.abs(fast - exact)).as("%s, %s loss, sigma = %s, a = %s, eta = %s, d = %d, y = %s, z = %s:"
                + " double %s, exact %s", algorithm, loss, activation, a, eta, d, y, z, fast, exact)
                .isLessThanOrEqualTo(RELATIVE * scale + Double.MIN_NORMAL);
    }
}
