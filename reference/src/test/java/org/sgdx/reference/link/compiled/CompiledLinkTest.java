package org.sgdx.reference.link.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.Link;

/**
 * Double evaluation of links without loss of accuracy (the issue: "evaluated in double precision without loss
 * of accuracy for high-degree Hermite links"), checked against the reference's evaluation at 60 digits.
 */
class CompiledLinkTest {

    private static final MathContext MC = new MathContext(60);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L));
    }

    /** The value at 60 digits, rounded to double. */
    static double exact(Link link, double z) {
        return link.expression().value(new BigDecimal(z), MC).doubleValue();
    }

    /** Cramér's bound scale of {@code He_k}: {@code √(k!) e^{z²/4}}. */
    static double envelope(int k, double z) {
        double logFactorial = 0;
        for (int i = 2; i <= k; i++) {
            logFactorial += Math.log(i);
        }
        return Math.exp(logFactorial / 2 + z * z / 4);
    }

    @Test
    void highDegreeHermiteIsAccurateToTheEnvelope() {
        for (int k : new int[] {5, 8, 13, 20, 40, 60, 64, 100, 150}) {
            Link link = Link.parse("He" + k);
            CompiledLink f = CompiledLink.of(link);
            for (double z = -11; z <= 11; z += 0.173) {
                double scale = envelope(k, z);
                if (scale > 1e300) {
                    continue;
                }
                assertThat(Math.abs(f.value(z) - exact(link, z))).as("He%d(%s) via %s", k, z, f.method())
                        .isLessThanOrEqualTo(1e-14 * scale);
            }
        }
    }

    @Test
    void theNaiveMonomialHornerWouldNotBe() {
        // negative control: the same test fails for Horner on the exact monomial coefficients of He_40
        Link link = Link.parse("He40");
        var poly = link.exactForm().orElseThrow().asRational().orElseThrow().positive();
        double worst = 0;
        for (double z = -11; z <= 11; z += 0.173) {
            worst = Math.max(worst, Math.abs(poly.evaluate(z) - exact(link, z)) / envelope(40, z));
        }
        assertThat(worst).isGreaterThan(1e-9);
    }

    @Test
    void normalisedHermiteOfVeryHighDegreeDoesNotOverflow() {
        for (int k : new int[] {30, 200, 500}) {
            Link link = Link.parse("h" + k);
            CompiledLink f = CompiledLink.of(link);
            for (double z = -5; z <= 5; z += 0.37) {
                double scale = Math.exp(z * z / 4);
                assertThat(Math.abs(f.value(z) - exact(link, z))).as("h%d(%s) via %s", k, z, f.method())
                        .isLessThanOrEqualTo(1e-13 * scale);
            }
        }
    }

    @Test
    void theEvaluationMethodFollowsTheConditioning() {
        assertThat(CompiledLink.of(Link.parse("He3")).method()).isEqualTo("horner-odd(3)");
        assertThat(CompiledLink.derivativeOf(Link.parse("He3")).method()).isEqualTo("horner-even(2)");
        assertThat(CompiledLink.of(Link.parse("He2 + He3")).method()).isEqualTo("estrin(3)");
        assertThat(CompiledLink.of(Link.parse("He40")).method()).isEqualTo("hermite-clenshaw(40)");
        assertThat(CompiledLink.of(Link.parse("h20 + 0.5*h7")).method()).isEqualTo("hermite-clenshaw(20)");
        assertThat(CompiledLink.of(Link.parse("z^40")).method()).isEqualTo("horner(40)");
        assertThat(CompiledLink.of(Link.parse("He100")).method()).isEqualTo("He100-recurrence(identity)");
        assertThat(CompiledLink.of(Link.parse("relu")).method()).startsWith("piecewise(");
        assertThat(CompiledLink.of(Link.parse("tanh(2*z)")).method()).isEqualTo("tanh(horner-odd(1))");
    }

    @Test
    void polynomialDerivativesAreExact() {
        CompiledLink d3 = CompiledLink.derivativeOf(Link.parse("He3"));
        CompiledLink d40 = CompiledLink.derivativeOf(Link.parse("He40"));
        Link he39 = Link.parse("40*He39");
        for (double z = -6; z <= 6; z += 0.25) {
            assertThat(d3.value(z)).isEqualTo(3 * z * z - 3);
            assertThat(Math.abs(d40.value(z) - exact(he39, z))).isLessThanOrEqualTo(1e-14 * 40 * envelope(39, z));
        }
    }

    @Test
    void piecewiseLinksMatchTheTreeEverywhereIncludingZero() {
        for (String spec : List.of("relu", "abs", "sign", "step", "relu(z)^2", "sign(z)*z^2", "relu(He3)",
                "abs(z)^3 - 2*relu(z)")) {
            Link link = Link.parse(spec);
            CompiledLink f = CompiledLink.of(link);
            CompiledLink df = CompiledLink.derivativeOf(link);
            Expr derivative = link.expression().derivative();
            for (double z : new double[] {-3.5, -1, -1e-300, 0.0, 1e-300, 0.5, 2, 7}) {
                assertThat(f.value(z)).as("%s at %s", spec, z).isCloseTo(link.value(z), within(z));
                assertThat(df.value(z)).as("%s' at %s", spec, z).isCloseTo(derivative.value(z), within(z));
            }
        }
    }

    @Test
    void nonPolynomialLinksEvaluateLikeTheTree() {
        for (String spec : List.of("tanh(2*z)", "erf(z) + 0.5*z", "sigmoid(z)", "sin(z)*cos(He2)", "exp(z/2)",
                "tanh(z)^3")) {
            Link link = Link.parse(spec);
            CompiledLink f = CompiledLink.of(link);
            CompiledLink df = CompiledLink.derivativeOf(link);
            Expr derivative = link.expression().derivative();
            for (double z = -4; z <= 4; z += 0.3) {
                assertThat(f.value(z)).as("%s at %s", spec, z).isCloseTo(link.value(z), within(z));
                assertThat(df.value(z)).as("%s' at %s", spec, z).isCloseTo(derivative.value(z), within(z));
            }
        }
    }

    /** Random combinations {@code Σ c_k He_k} ({@code k ≤ 24}) against 60 digits, relative to {@code Σ|c_k||He_k(z)|}. */
    @Test
    void randomHermiteCombinationsAreAccurate() {
        Gen<String> term = integers().between(-4, 4).zip(integers().between(0, 24), (c, k) -> c + "*He" + k);
        qt().withExamples(200).forAll(lists().of(term).ofSizeBetween(1, 5), doubles().between(-8, 8))
                .checkAssert((terms, z) -> {
                    String spec = String.join(" + ", terms);
                    Link link = Link.parse(spec);
                    double scale = 0;
                    for (String t : terms) {
                        String[] ck = t.split("\\*He");
                        scale += Math.abs(Integer.parseInt(ck[0])) * envelope(Integer.parseInt(ck[1]), z);
                    }
                    assertThat(Math.abs(CompiledLink.of(link).value(z) - exact(link, z))).as(spec)
                            .isLessThanOrEqualTo(1e-14 * scale);
                });
    }

    private static org.assertj.core.data.Offset<Double> within(double z) {
        return org.assertj.core.data.Offset.offset(1e-15 * (1 + z * z * z * z));
    }
}
