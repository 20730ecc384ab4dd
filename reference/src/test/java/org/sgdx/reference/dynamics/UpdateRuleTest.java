package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sgdx.reference.dynamics.Generators.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.link.Link;

class UpdateRuleTest {

    private static final MathContext MC = GaussHermite.context(50);

    /** {@code Σ y^j η^n d^k g(z)} at a point. */
    static BigDecimal evaluate(Psi psi, BigDecimal y, BigDecimal z, BigDecimal eta, BigDecimal d) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Monomial, ZFunction> e : psi.terms().entrySet()) {
            Monomial m = e.getKey();
            BigDecimal term = e.getValue().expression().value(z, MC).multiply(y.pow(m.y(), MC), MC)
                    .multiply(eta.pow(m.eta(), MC), MC).multiply(d.pow(m.d(), MC), MC);
            sum = sum.add(term, MC);
        }
        return sum;
    }

    /** With a polynomial activation the expansion of ψ is exact: it equals the update evaluated from its definition. */
    @Test
    void polynomialPsiEqualsTheDefinitionAtRandomPoints() {
        qt().withExamples(60).forAll(Generators.polynomialLinks(4), integers().between(0, 5), Generators.weights(),
                integers().between(-40, 40)).checkAssert((activation, choice, a, seed) -> {
                    UpdateRule rule = UpdateRule.of(Algorithm.values()[choice % 3], Loss.values()[choice / 3],
                            activation, a);
                    Psi psi = rule.psi();
                    assertThat(psi.order()).isEmpty();
                    assertThat(psi.isExact()).isTrue();
                    BigDecimal y = BigDecimal.valueOf(seed, 1);
                    BigDecimal z = BigDecimal.valueOf(37 - seed, 2);
                    BigDecimal eta = new BigDecimal("0.0137");
                    BigDecimal d = BigDecimal.valueOf(7);
                    BigDecimal expected = new DirectUpdate(rule).psi(y, z, eta, d, MC);
                    assertThat(evaluate(psi, y, z, eta, d).subtract(expected).abs())
                            .isLessThanOrEqualTo(expected.abs().max(BigDecimal.ONE).movePointLeft(40));
                });
    }

    /**
     * The projected inner step and a smooth activation under reuse are kept through {@code η^K}: the error against
     * the definition shrinks like {@code η^{K+1}} (halving η divides it by about {@code 2^{K+1}}).
     */
    @Test
    void truncatedSeriesHaveTheStatedOrder() {
        checkOrder(new UpdateRule(Algorithm.REUSE, Loss.SQUARED, Link.parse("He3"), BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PROJECTED, 3), true);
        checkOrder(new UpdateRule(Algorithm.REUSE, Loss.CORRELATION, Link.parse("tanh"), BigFraction.ONE,
                SecondLayer.FIXED, InnerStep.PLAIN, 2), false);
    }

    private static void checkOrder(UpdateRule rule, boolean projected) {
        Psi psi = rule.psi();
        int order = psi.order().orElseThrow();
        BigDecimal y = new BigDecimal("0.7");
        BigDecimal z = new BigDecimal("0.4");
        BigDecimal d = BigDecimal.valueOf(20);
        BigDecimal previous = null;
        for (BigDecimal eta = new BigDecimal("0.001"); eta.compareTo(new BigDecimal("0.0001")) > 0;
                eta = eta.divide(BigDecimal.valueOf(2), MC)) {
            BigDecimal exact = projected ? projectedPsi(rule, y, z, eta, d) : new DirectUpdate(rule).psi(y, z, eta, d, MC);
            BigDecimal error = evaluate(psi, y, z, eta, d).subtract(exact).abs();
            if (previous != null) {
                double ratio = previous.divide(error, MC).doubleValue();
                assertThat(ratio).as("%s: error ratio", rule.describe()).isBetween(Math.pow(2, order + 1) * 0.8,
                        Math.pow(2, order + 1) * 1.25);
            }
            previous = error;
        }
    }

    /** The projected step from its definition: {@code z̃ = (z + η g (d−1)) / √(1 + η² g² (d−1))}. */
    private static BigDecimal projectedPsi(UpdateRule rule, BigDecimal y, BigDecimal z, BigDecimal eta, BigDecimal d) {
        var sigma = rule.activation().expression();
        var sigma1 = sigma.derivative();
        BigDecimal g = y.subtract(sigma.value(z, MC), MC).multiply(sigma1.value(z, MC), MC);
        BigDecimal dm1 = d.subtract(BigDecimal.ONE);
        BigDecimal moved = z.add(eta.multiply(g, MC).multiply(dm1, MC), MC).divide(BigDecimal.ONE
                .add(eta.pow(2, MC).multiply(g.pow(2, MC), MC).multiply(dm1, MC), MC).sqrt(MC), MC);
        return y.subtract(sigma.value(moved, MC), MC).multiply(sigma1.value(moved, MC), MC);
    }

    @Test
    void readableForms() {
        UpdateRule rule = UpdateRule.of(Algorithm.ALTERNATING, Loss.CORRELATION, Link.parse("z"), BigFraction.ONE);
        assertThat(rule.psi().toString()).isEqualTo("y*(1) + y^2*eta*(z)");
        assertThat(rule.describe()).contains("alternating").contains("correlation").contains("second layer fixed");
        ParameterPolynomial p = ParameterPolynomial.monomial(RealValue.of(BigFraction.of(17496)),
                new ParameterPolynomial.Powers(0, 2, 2)).add(ParameterPolynomial.monomial(RealValue.of(BigFraction.of(-3)),
                new ParameterPolynomial.Powers(1, 3, 4)));
        assertThat(p.toString("s")).isEqualTo("17496*s^2 - 3*m*s^3*d");
        assertThat(p.toString()).isEqualTo("17496*eta^2*d^2 - 3*m*eta^3*d^4");
        RealValue approximate = RealValue.approximate(new BigDecimal("0.25"), new BigDecimal("1e-20"), 30);
        RealValue product = approximate.multiply(RealValue.of(BigFraction.of(4)));
        assertThat(product.certainty().label()).isEqualTo("estimate");
        assertThat(product.toBigDecimal(MathContext.DECIMAL64)).isEqualByComparingTo("1");
        assertThat(product.error()).isGreaterThanOrEqualTo(new BigDecimal("4e-20"));
        assertThat(approximate.multiply(RealValue.ZERO)).isEqualTo(RealValue.ZERO);
        assertThat(RealValue.approximate(new BigDecimal("1e-30"), new BigDecimal("1e-31"), 30).isZero()).isTrue();
    }

    /** The projected step at higher orders: the binomial series of {@code (1 + X)^{−1/2}} enters from {@code η²}. */
    @Test
    void projectedSeriesHaveTheStatedOrderAtEvenOrders() {
        for (int order : new int[] {2, 4, 5}) {
            checkOrder(new UpdateRule(Algorithm.REUSE, Loss.SQUARED, Link.parse("He2"), BigFraction.ONE,
                    SecondLayer.FIXED, InnerStep.PROJECTED, order), true);
        }
    }

    @Test
    void truncationAppliesToReuseWithAProjectedStepOrASmoothActivation() {
        Link he3 = Link.parse("He3");
        Link tanh = Link.parse("tanh");
        assertThat(UpdateRule.of(Algorithm.REUSE, he3).isTruncated()).isFalse();
        assertThat(UpdateRule.of(Algorithm.REUSE, tanh).isTruncated()).isTrue();
        assertThat(UpdateRule.of(Algorithm.ONLINE, tanh).isTruncated()).isFalse();
        assertThat(UpdateRule.of(Algorithm.ALTERNATING, tanh).isTruncated()).isFalse();
        assertThat(UpdateRule.of(Algorithm.ALTERNATING, tanh).psi().order()).isEmpty();
        assertThat(new UpdateRule(Algorithm.REUSE, Loss.SQUARED, he3, BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PROJECTED, 3).isTruncated()).isTrue();
        // the plain step is read in s = ηd, everything else in η
        assertThat(UpdateRule.of(Algorithm.REUSE, he3).variable()).isEqualTo("s");
        assertThat(new UpdateRule(Algorithm.REUSE, Loss.SQUARED, he3, BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PROJECTED, 3).variable()).isEqualTo("eta");
        assertThat(UpdateRule.of(Algorithm.ONLINE, he3).variable()).isEqualTo("eta");
        assertThat(UpdateRule.of(Algorithm.ALTERNATING, he3).variable()).isEqualTo("eta");
        // a polynomial activation under the plain step is a polynomial in s: every term has η^n d^n
        Psi plain = UpdateRule.of(Algorithm.REUSE, he3).psi();
        assertThat(plain.order()).isEmpty();
        assertThat(plain.terms().keySet()).allMatch(m -> m.eta() == m.d()).anyMatch(m -> m.eta() == 5);
    }

    @Test
    void orderIsBetweenOneAndTheMaximum() {
        Link he3 = Link.parse("He3");
        assertThat(new UpdateRule(Algorithm.ONLINE, Loss.SQUARED, he3, BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PLAIN, UpdateRule.MAX_ORDER).order()).isEqualTo(12);
        assertThat(new UpdateRule(Algorithm.ONLINE, Loss.SQUARED, he3, BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PLAIN, 1).order()).isEqualTo(1);
        assertThatThrownBy(() -> new UpdateRule(Algorithm.ONLINE, Loss.SQUARED, he3, BigFraction.ONE,
                SecondLayer.FIXED, InnerStep.PLAIN, 13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order must be in 1..12, got 13");
        assertThatThrownBy(() -> new UpdateRule(Algorithm.ONLINE, Loss.SQUARED, he3, null, SecondLayer.FIXED,
                InnerStep.PLAIN, 4)).isInstanceOf(NullPointerException.class).hasMessage("a");
        assertThatThrownBy(() -> new UpdateRule(null, Loss.SQUARED, he3, BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PLAIN, 4)).isInstanceOf(NullPointerException.class).hasMessage("algorithm");
        assertThatThrownBy(() -> new UpdateRule(Algorithm.ONLINE, null, he3, BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PLAIN, 4)).isInstanceOf(NullPointerException.class).hasMessage("loss");
        assertThatThrownBy(() -> new UpdateRule(Algorithm.ONLINE, Loss.SQUARED, null, BigFraction.ONE,
                SecondLayer.FIXED, InnerStep.PLAIN, 4)).isInstanceOf(NullPointerException.class)
                .hasMessage("activation");
        // a breakpoint is refused only under reuse
        assertThat(UpdateRule.of(Algorithm.ONLINE, Link.parse("relu")).psi().isExact()).isTrue();
        assertThat(UpdateRule.of(Algorithm.ALTERNATING, Link.parse("relu")).psi().isExact()).isTrue();
    }

    @Test
    void descriptionsNameTheOptionsThatApply() {
        Link he3 = Link.parse("He3");
        assertThat(UpdateRule.of(Algorithm.ONLINE, Loss.SQUARED, he3, BigFraction.of(-1, 2)).describe()).isEqualTo(
                "online SGD; loss squared 1/2 (y - a*sigma(z))^2; activation He3; a = -1/2");
        assertThat(UpdateRule.of(Algorithm.REUSE, Loss.CORRELATION, he3, BigFraction.of(2)).describe()).isEqualTo(
                "batch reuse (two steps on the same sample); loss correlation -y*a*sigma(z); activation He3; a = 2;"
                        + " inner step plain (|x|^2 -> d, s = eta*d)");
        assertThat(new UpdateRule(Algorithm.REUSE, Loss.SQUARED, he3, BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PROJECTED, 3).describe()).endsWith("; inner step projected (|P x|^2 -> d - 1);"
                        + " formal power series in eta kept through eta^3");
        assertThat(new UpdateRule(Algorithm.ALTERNATING, Loss.SQUARED, he3, BigFraction.ONE, SecondLayer.PERSISTENT,
                InnerStep.PLAIN, 3).describe()).endsWith("; a = 1; second layer persistent");
        assertThat(UpdateRule.fraction(BigFraction.of(6, 4))).isEqualTo("3/2");
        assertThat(UpdateRule.fraction(BigFraction.of(-4, 2))).isEqualTo("-2");
    }
}
