package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.sgdx.reference.dynamics.Generators.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.hermite.HermiteSeries;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.poly.RationalPolynomial;

class DriftCoefficientsTest {

    private static final Link HE3 = Link.parse("He3");
    private static final LabelModel HE3_LABELS = new LabelModel.Deterministic(HE3);
    private static final MathContext MC = GaussHermite.context(60);

    private static RealValue integer(long n) {
        return RealValue.of(BigFraction.of(n));
    }

    private static ParameterPolynomial.Powers eta(int n) {
        return new ParameterPolynomial.Powers(0, n, 0);
    }

    private static ParameterPolynomial.Powers s(int n) {
        return new ParameterPolynomial.Powers(0, n, n);
    }

    private static DriftCoefficients he3(Algorithm algorithm, Loss loss) {
        return DriftCoefficients.of(UpdateRule.of(algorithm, loss, HE3, BigFraction.ONE), HE3_LABELS);
    }

    // ------------------------------------------------------------------ the worked case of MATH.md §6

    @ParameterizedTest
    @EnumSource(Loss.class)
    void onlineHe3HasOnlyMu3(Loss loss) {
        DriftCoefficients c = he3(Algorithm.ONLINE, loss);
        assertThat(c.isComplete()).isTrue();
        assertThat(c.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(c.mu(3)).isEqualTo(ParameterPolynomial.constant(BigFraction.of(3)));
        assertThat(c.mu(1).isZero()).isTrue();
        assertThat(c.mu(2).isZero()).isTrue();
        assertThat(c.mu(7).isZero()).isTrue();
        assertThat(c.drift().toString()).isEqualTo("18*m^2 - 18*m^4");
    }

    @Test
    void alternatingCorrelationHe3() {
        DriftCoefficients c = he3(Algorithm.ALTERNATING, Loss.CORRELATION);
        assertThat(c.mu(2)).isEqualTo(ParameterPolynomial.monomial(integer(324), eta(1)));
        assertThat(c.mu(3)).isEqualTo(ParameterPolynomial.constant(BigFraction.of(3)));
        assertThat(c.mu(1).isZero()).isTrue();
        assertThat(c.rule().variable()).isEqualTo("eta");
    }

    @Test
    void alternatingSquaredHe3HasLeadingTerm324Eta() {
        DriftCoefficients c = he3(Algorithm.ALTERNATING, Loss.SQUARED);
        assertThat(c.mu(2).leadingInEta().orElseThrow().getKey()).isEqualTo(eta(1));
        assertThat(c.mu(2).coefficient(0, 1, 0)).isEqualTo(integer(324));
        assertThat(c.mu(2).toString()).isEqualTo("324*eta - 215784*eta^2");
        assertThat(c.mu(3).coefficient(0, 0, 0)).isEqualTo(integer(3));
    }

    @Test
    void reuseCorrelationHe3() {
        DriftCoefficients c = he3(Algorithm.REUSE, Loss.CORRELATION);
        assertThat(c.rule().variable()).isEqualTo("s");
        assertThat(c.mu(1)).isEqualTo(ParameterPolynomial.monomial(integer(17496), s(2)));
        assertThat(c.mu(1).toString("s")).isEqualTo("17496*s^2");
        assertThat(c.mu(2)).isEqualTo(ParameterPolynomial.monomial(integer(648), s(1)));
        assertThat(c.mu(3).toString("s")).isEqualTo("3 + 60264*s^2");
        assertThat(c.maxIndex()).isEqualTo(5);
        assertThat(c.isComplete()).isTrue();
    }

    @Test
    void reuseSquaredHe3HasTheSameLeadingTermsAndHigherOrders() {
        DriftCoefficients c = he3(Algorithm.REUSE, Loss.SQUARED);
        ParameterPolynomial mu1 = c.mu(1);
        assertThat(mu1.leadingInEta().orElseThrow().getKey()).isEqualTo(s(2));
        assertThat(mu1.coefficient(0, 2, 2)).isEqualTo(integer(17496));
        assertThat(mu1.terms().keySet()).allMatch(p -> p.eta() == p.d() && p.eta() >= 2 && p.eta() <= 5);
        assertThat(c.mu(2).coefficient(0, 1, 1)).isEqualTo(integer(648));
        assertThat(c.mu(3).coefficient(0, 0, 0)).isEqualTo(integer(3));
        assertThat(c.isComplete()).isTrue();
    }

    /** {@code u_2(He_3²) = 18}, {@code u_1(He_3³) = 324}, {@code u_1(He_3 He_3') = 18}: the factors of the vectors. */
    @Test
    void factorsOfTheTestVectors() {
        assertThat(HermiteSeries.he(3).pow(2).u(2)).isEqualTo(BigFraction.of(18));
        assertThat(HermiteSeries.he(3).pow(3).u(1)).isEqualTo(BigFraction.of(324));
        // 17496 = u_1(He3^3) * u_0(σ''' σ'^2 / 2) = 324 * 54
        RationalPolynomial sigma1 = org.sgdx.reference.poly.Hermite.he(3).derivative();
        RationalPolynomial g = sigma1.pow(2).multiply(BigFraction.of(3));
        assertThat(HermiteSeries.ofPolynomial(g).u(0)).isEqualTo(BigFraction.of(54));
    }

    // ------------------------------------------------------------------ closed forms of MATH.md §5

    /** Online: {@code μ_i = a i u_i(σ*) u_i(σ)} for both losses. */
    @Test
    void onlineCoefficientsAreTheCorrelationalFormula() {
        qt().withExamples(40).forAll(Generators.polynomialLinks(4), Generators.polynomialLinks(4), Generators.weights(),
                integers().between(0, 1)).checkAssert((target, activation, a, lossIndex) -> {
                    Loss loss = Loss.values()[lossIndex];
                    DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, loss, activation, a),
                            new LabelModel.Deterministic(target));
                    HermiteSeries t = series(target);
                    HermiteSeries s = series(activation);
                    for (int i = 1; i <= 9; i++) {
                        BigFraction expected = a.multiply(i).multiply(t.u(i)).multiply(s.u(i));
                        assertThat(c.mu(i)).as("mu_%d", i).isEqualTo(ParameterPolynomial.constant(expected));
                    }
                });
    }

    /** Alternating, correlation loss: {@code μ_i = a i u_i(σ*) u_i(σ) + η u_{i−1}(σσ') u_i(σ*²)}. */
    @Test
    void alternatingCorrelationCoefficientsAreTheFormulaOfMath5() {
        qt().withExamples(40).forAll(Generators.polynomialLinks(3), Generators.polynomialLinks(3), Generators.weights())
                .checkAssert((target, activation, a) -> {
                    DriftCoefficients c = DriftCoefficients.of(
                            UpdateRule.of(Algorithm.ALTERNATING, Loss.CORRELATION, activation, a),
                            new LabelModel.Deterministic(target));
                    RationalPolynomial sigma = polynomial(activation);
                    HermiteSeries t = series(target);
                    HermiteSeries s = series(activation);
                    HermiteSeries ss1 = HermiteSeries.ofPolynomial(sigma.multiply(sigma.derivative()));
                    HermiteSeries t2 = t.pow(2);
                    for (int i = 1; i <= 8; i++) {
                        ParameterPolynomial expected = ParameterPolynomial.constant(
                                a.multiply(i).multiply(t.u(i)).multiply(s.u(i))).add(ParameterPolynomial.monomial(
                                RealValue.of(ss1.u(i - 1).multiply(t2.u(i))), eta(1)));
                        assertThat(c.mu(i)).as("mu_%d", i).isEqualTo(expected);
                    }
                });
    }

    /**
     * Alternating, squared loss, first order in η:
     * {@code μ_i = a i u_i(σ*)u_i(σ) + η[u_i(σ*²) u_{i−1}(σσ') − 3a u_i(σ*) u_{i−1}(σ²σ')] + O(η²)}.
     */
    @Test
    void alternatingSquaredFirstOrderInEta() {
        qt().withExamples(30).forAll(Generators.polynomialLinks(3), Generators.polynomialLinks(3), Generators.weights())
                .checkAssert((target, activation, a) -> {
                    DriftCoefficients c = DriftCoefficients.of(
                            UpdateRule.of(Algorithm.ALTERNATING, Loss.SQUARED, activation, a),
                            new LabelModel.Deterministic(target));
                    RationalPolynomial sigma = polynomial(activation);
                    HermiteSeries t = series(target);
                    HermiteSeries s = series(activation);
                    HermiteSeries ss1 = HermiteSeries.ofPolynomial(sigma.multiply(sigma.derivative()));
                    HermiteSeries sss1 = HermiteSeries.ofPolynomial(sigma.pow(2).multiply(sigma.derivative()));
                    HermiteSeries t2 = t.pow(2);
                    for (int i = 1; i <= Math.min(8, c.maxIndex()); i++) {
                        BigFraction first = t2.u(i).multiply(ss1.u(i - 1))
                                .subtract(a.multiply(3).multiply(t.u(i)).multiply(sss1.u(i - 1)));
                        assertThat(c.mu(i).coefficient(0, 0, 0)).isEqualTo(RealValue.of(
                                a.multiply(i).multiply(t.u(i)).multiply(s.u(i))));
                        assertThat(c.mu(i).coefficient(0, 1, 0)).as("eta coefficient of mu_%d", i)
                                .isEqualTo(RealValue.of(first));
                    }
                });
    }

    /**
     * Batch reuse, correlation loss, {@code a = 1}: {@code ψ = Σ_k s^{k−1}/(k−1)! σ^{(k)} σ'^{k−1} y^k}
     * (MATH.md §5), coefficient by coefficient.
     */
    @Test
    void reuseCorrelationPsiIsTheTaylorFormulaOfMath5() {
        qt().withExamples(30).forAll(Generators.polynomialLinks(4)).checkAssert(activation -> {
            Psi psi = UpdateRule.of(Algorithm.REUSE, Loss.CORRELATION, activation, BigFraction.ONE).psi();
            RationalPolynomial sigma = polynomial(activation);
            RationalPolynomial derivative = sigma;
            BigInteger factorial = BigInteger.ONE;
            int terms = 0;
            for (int k = 1; k <= sigma.degree(); k++) {
                derivative = derivative.derivative();
                if (k > 1) {
                    factorial = factorial.multiply(BigInteger.valueOf(k - 1));
                }
                RationalPolynomial expected = derivative.multiply(sigma.derivative().pow(k - 1))
                        .multiply(BigFraction.of(BigInteger.ONE, factorial));
                ZFunction actual = psi.coefficient(k, k - 1, k - 1);
                assertThat(actual.isZero() ? RationalPolynomial.ZERO
                        : actual.exactForm().orElseThrow().asRational().orElseThrow().positive())
                        .as("y^%d coefficient", k).isEqualTo(expected);
                terms += expected.isZero() ? 0 : 1;
            }
            assertThat(psi.terms()).hasSize(terms);
        });
    }

    // ------------------------------------------------------------------ the drift identity

    /**
     * {@code D(m) = Σ i! μ_i m^{i−1}(1−m²) = E[ψ(σ*(u), z)(u − mz)]}, the right side by a 2-D Gauss–Hermite rule of
     * the update evaluated from its definition; exact arithmetic on one side, 60-digit quadrature (exact for these
     * polynomial integrands) on the other.
     */
    @Test
    void driftIdentityAgainstTwoDimensionalQuadrature() {
        GaussHermite rule = new GaussHermite(28, MC);
        qt().withExamples(24).forAll(Generators.polynomialLinks(3), Generators.polynomialLinks(2),
                integers().between(0, 53), Generators.rates())
                .checkAssert((target, activation, choice, rate) -> {
                    Algorithm algorithm = Algorithm.values()[choice % 3];
                    Loss loss = Loss.values()[choice / 3 % 2];
                    int tenthsOfM = 1 + choice / 6;
                    UpdateRule update = UpdateRule.of(algorithm, loss, activation, BigFraction.ONE);
                    checkDrift(update, target, rate, BigDecimal.valueOf(tenthsOfM, 1), BigDecimal.valueOf(50), rule);
                });
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void driftIdentityForHe3WithBatchReuse(Loss loss) {
        GaussHermite rule = new GaussHermite(32, MC);
        UpdateRule update = UpdateRule.of(Algorithm.REUSE, loss, HE3, BigFraction.ONE);
        checkDrift(update, HE3, BigFraction.of(1, 3000), new BigDecimal("0.4"), BigDecimal.valueOf(100), rule);
    }

    private static void checkDrift(UpdateRule update, Link target, BigFraction rate, BigDecimal m, BigDecimal d,
            GaussHermite rule) {
        DriftCoefficients c = DriftCoefficients.of(update, new LabelModel.Deterministic(target));
        BigDecimal eta = new BigDecimal(rate.getNumerator()).divide(new BigDecimal(rate.getDenominator()), MC);
        Quadrature.Moments q = Quadrature.moments(update, target.expression(), m, eta, d, rule, MC);
        BigDecimal exact = c.drift().evaluate(m, eta, d, MC);
        BigDecimal scale = exact.abs().max(BigDecimal.ONE);
        assertThat(q.drift().subtract(exact).abs()).as("%s, %s, m = %s", update.describe(), target, m)
                .isLessThanOrEqualTo(scale.movePointLeft(35));
    }

    // ------------------------------------------------------------------ other links and labels

    @Test
    void reluTargetGivesExactCoefficientsWithOmega() {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Link.parse("He2")),
                new LabelModel.Deterministic(Link.parse("relu")));
        // μ_2 = 2 u_2(relu) u_2(He2) = 2 (ω/2) = ω = 1/√(2π)
        assertThat(c.mu(2).coefficient(0, 0, 0)).isEqualTo(RealValue.of(ExactReal.of(ExactNumber.OMEGA)));
        assertThat(c.mu(1).coefficient(0, 0, 0)).isEqualTo(RealValue.ZERO);
        assertThat(c.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(c.isComplete()).isTrue();
    }

    @Test
    void smoothLinksGiveEstimatesAndParityZeros() {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION,
                Link.parse("tanh"), BigFraction.ONE), new LabelModel.Deterministic(Link.parse("tanh")), 4, 20);
        assertThat(c.isComplete()).isFalse();
        assertThat(c.maxIndex()).isEqualTo(4);
        assertThat(c.certainty()).isEqualTo(Certainty.ESTIMATE);
        RealValue mu1 = c.mu(1).coefficient(0, 0, 0);
        // μ_1 = u_1(tanh)^2, u_1(tanh) = E[tanh'(Z)] = 0.6057...
        BigDecimal u1 = org.sgdx.reference.hermite.LinkCoefficients.of(Link.parse("tanh"), 1,
                org.sgdx.reference.hermite.Basis.HE, 30).get(1).value();
        assertThat(mu1.toBigDecimal(MC).subtract(u1.pow(2)).abs()).isLessThan(new BigDecimal("1e-18"));
        assertThat(mu1.error()).isLessThan(new BigDecimal("1e-18"));
        assertThat(c.mu(2).isZero()).isTrue();
    }

    @Test
    void noiseLeavesOnlineCoefficientsAndAddsToTheSecondMoment() {
        UpdateRule update = UpdateRule.of(Algorithm.ONLINE, Link.parse("He2"));
        LabelModel clean = new LabelModel.Deterministic(Link.parse("He2"));
        LabelModel noisy = new LabelModel.Noisy(Link.parse("He2"), BigFraction.of(1, 2));
        DriftCoefficients a = DriftCoefficients.of(update, clean);
        DriftCoefficients b = DriftCoefficients.of(update, noisy);
        assertThat(b.mu()).isEqualTo(a.mu());
        // ψ = (y − He2(z)) 2z: the noise adds E[τ² 4 z²] = 4τ² = 1 to E[ψ²], for every m
        ParameterPolynomial difference = SecondMoments.of(b).psiSquared().subtract(SecondMoments.of(a).psiSquared());
        assertThat(difference).isEqualTo(ParameterPolynomial.constant(BigFraction.ONE));
    }

    @Test
    void binaryLabelsUseTwoQMinusOne() {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION,
                Link.parse("z"), BigFraction.ONE), new LabelModel.Binary(Link.parse("step")));
        // μ_1 = u_1(2 step − 1) u_1(z) = u_1(sign) = 2ω
        assertThat(c.mu(1).coefficient(0, 0, 0))
                .isEqualTo(RealValue.of(ExactReal.of(ExactNumber.OMEGA.multiply(BigFraction.of(2)))));
    }

    // ------------------------------------------------------------------ options

    @Test
    void projectedInnerStepAgreesWithThePlainStepInTheLeadingPowerOfD() {
        UpdateRule plain = UpdateRule.of(Algorithm.REUSE, Loss.CORRELATION, HE3, BigFraction.ONE);
        UpdateRule projected = new UpdateRule(Algorithm.REUSE, Loss.CORRELATION, HE3, BigFraction.ONE,
                SecondLayer.FIXED, InnerStep.PROJECTED, 3);
        assertThat(projected.isTruncated()).isTrue();
        DriftCoefficients a = DriftCoefficients.of(plain, HE3_LABELS);
        DriftCoefficients b = DriftCoefficients.of(projected, HE3_LABELS);
        assertThat(b.psi().order()).hasValue(3);
        for (int i = 1; i <= a.maxIndex(); i++) {
            for (int n = 0; n <= 3; n++) {
                assertThat(b.mu(i).coefficient(0, n, n)).as("mu_%d, eta^%d d^%d", i, n, n)
                        .isEqualTo(a.mu(i).coefficient(0, n, n));
            }
            assertThat(b.mu(i).terms().keySet()).allMatch(p -> p.d() <= p.eta() && p.eta() <= 3);
        }
        // the first correction: μ_2 = 648 η (d − 1) exactly through η^1
        assertThat(b.mu(2).coefficient(0, 1, 0)).isEqualTo(integer(-648));
    }

    @Test
    void smoothActivationUnderReuseIsATruncatedSeries() {
        UpdateRule rule = new UpdateRule(Algorithm.REUSE, Loss.CORRELATION, Link.parse("tanh"), BigFraction.ONE,
                SecondLayer.FIXED, InnerStep.PLAIN, 2);
        Psi psi = rule.psi();
        assertThat(psi.order()).hasValue(2);
        assertThat(psi.maxEtaPower()).isEqualTo(2);
        assertThat(psi.maxYPower()).isEqualTo(3);
        assertThat(psi.isExact()).isFalse();
    }

    @Test
    void undefinedCombinationsAreRejectedWithTheParameterName() {
        assertThatThrownBy(() -> UpdateRule.of(Algorithm.REUSE, Link.parse("relu")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("activation must be smooth for parameter algorithm reuse")
                .hasMessageContaining("breakpoint");
        assertThatThrownBy(() -> new UpdateRule(Algorithm.ONLINE, Loss.SQUARED, HE3, BigFraction.ONE,
                SecondLayer.PERSISTENT, InnerStep.PLAIN, 4))
                .hasMessageStartingWith("second-layer applies only to algorithm alternating");
        assertThatThrownBy(() -> new UpdateRule(Algorithm.ALTERNATING, Loss.SQUARED, HE3, BigFraction.ONE,
                SecondLayer.FIXED, InnerStep.PROJECTED, 4))
                .hasMessageStartingWith("inner-step applies only to algorithm reuse");
        assertThatThrownBy(() -> new UpdateRule(Algorithm.REUSE, Loss.SQUARED, HE3, BigFraction.ONE,
                SecondLayer.FIXED, InnerStep.PLAIN, 0)).hasMessageStartingWith("order must be");
        assertThatThrownBy(() -> Algorithm.parse("sgd"))
                .hasMessage("unknown algorithm 'sgd'; allowed values: online, reuse, alternating");
        assertThatThrownBy(() -> Loss.parse("hinge")).hasMessage("unknown loss 'hinge'; allowed values: squared, correlation");
        assertThatThrownBy(() -> DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, HE3), HE3_LABELS, -1, 20))
                .hasMessageStartingWith("max-index must be");
        assertThat(Algorithm.parse("Reuse")).isEqualTo(Algorithm.REUSE);
    }

    @Test
    void persistentSecondLayerHasTheCoefficientsOfOneStep() {
        UpdateRule fixed = UpdateRule.of(Algorithm.ALTERNATING, HE3);
        UpdateRule persistent = new UpdateRule(Algorithm.ALTERNATING, Loss.SQUARED, HE3, BigFraction.ONE,
                SecondLayer.PERSISTENT, InnerStep.PLAIN, 4);
        assertThat(DriftCoefficients.of(persistent, HE3_LABELS).mu()).isEqualTo(DriftCoefficients.of(fixed, HE3_LABELS).mu());
    }

    @Test
    void aRequestedIndexBelowTheNaturalBoundIsIncomplete() {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.REUSE, HE3), HE3_LABELS, 3, 20);
        assertThat(c.maxIndex()).isEqualTo(3);
        assertThat(c.isComplete()).isFalse();
        assertThatThrownBy(() -> c.mu(4)).hasMessageContaining("mu_4");
    }

    private static RationalPolynomial polynomial(Link link) {
        return link.exactForm().orElseThrow().asRational().orElseThrow().positive();
    }

    private static HermiteSeries series(Link link) {
        return HermiteSeries.ofPolynomial(polynomial(link));
    }

    // ------------------------------------------------------------------ arguments and bounds

    @Test
    void argumentsOutOfRangeAreRefused() {
        UpdateRule online = UpdateRule.of(Algorithm.ONLINE, HE3);
        assertThatThrownBy(() -> DriftCoefficients.of(online, HE3_LABELS, DriftCoefficients.MAX_INDEX + 1, 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("max-index must be in 1..200, got 201");
        assertThatThrownBy(() -> DriftCoefficients.of(online, HE3_LABELS, 0, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("digits must be in 5..200, got 4");
        assertThatThrownBy(() -> DriftCoefficients.of(online, HE3_LABELS, 0, 201))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("digits must be in 5..200, got 201");
        assertThat(DriftCoefficients.of(online, HE3_LABELS, DriftCoefficients.MAX_INDEX, 5).digits()).isEqualTo(5);
        assertThat(DriftCoefficients.of(online, HE3_LABELS, 1, 200).digits()).isEqualTo(200);
        assertThatThrownBy(() -> DriftCoefficients.of(null, HE3_LABELS)).isInstanceOf(NullPointerException.class)
                .hasMessage("rule");
        assertThatThrownBy(() -> DriftCoefficients.of(online, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("target");
        DriftCoefficients c = DriftCoefficients.of(online, HE3_LABELS);
        assertThat(c.digits()).isEqualTo(DriftCoefficients.DEFAULT_DIGITS);
        assertThat(c.target()).isSameAs(HE3_LABELS);
        assertThat(c.rule()).isSameAs(online);
        assertThatThrownBy(() -> c.mu(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index must be >= 1: 0");
        assertThatThrownBy(() -> new DriftCoefficients.Mu(0, ParameterPolynomial.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("index must be >= 1: 0");
        assertThatThrownBy(() -> new DriftCoefficients.Mu(1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> c.power(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("power must be >= 1, got 0");
    }

    /** A requested index beyond the natural bound stops at the bound; the list is complete. */
    @Test
    void theListStopsAtTheNaturalBound() {
        // online He3 on He3: μ_i = 0 for i > 3
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, HE3), HE3_LABELS, 10, 20);
        assertThat(c.maxIndex()).isEqualTo(3);
        assertThat(c.isComplete()).isTrue();
        assertThat(c.mu(3)).isEqualTo(ParameterPolynomial.constant(BigFraction.of(3)));
        assertThat(DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, HE3), HE3_LABELS, 3, 20).isComplete()).isTrue();
        // the label degree bounds the index: He1 labels with the He3 activation have only μ_1 = 0
        DriftCoefficients linear = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, HE3,
                BigFraction.ONE), new LabelModel.Deterministic(Link.parse("z")));
        assertThat(linear.maxIndex()).isEqualTo(1);
        assertThat(linear.isComplete()).isTrue();
        assertThat(linear.mu(1).isZero()).isTrue();
        // ψ = 0 (a = 0): every coefficient is zero
        DriftCoefficients zero = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, HE3,
                BigFraction.ZERO), HE3_LABELS);
        assertThat(zero.isComplete()).isTrue();
        assertThat(zero.mu(7).isZero()).isTrue();
        assertThat(zero.mu(1).isZero()).isTrue();
        assertThat(zero.drift().isZero()).isTrue();
    }

    /** Without a polynomial factor the list is not complete: {@value DriftCoefficients#DEFAULT_MAX_INDEX} by default. */
    @Test
    void nonTerminatingCoefficientsStopAtTheDefaultIndex() {
        Link relu = Link.parse("relu");
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, relu,
                BigFraction.ONE), new LabelModel.Deterministic(relu));
        assertThat(c.maxIndex()).isEqualTo(DriftCoefficients.DEFAULT_MAX_INDEX);
        assertThat(c.isComplete()).isFalse();
        assertThat(c.certainty()).isEqualTo(Certainty.EXACT);
        assertThatThrownBy(() -> c.mu(9)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mu_9 was not computed (max index 8)");
        // powers keep the index of an incomplete list
        DriftCoefficients square = c.power(2);
        assertThat(square.maxIndex()).isEqualTo(DriftCoefficients.DEFAULT_MAX_INDEX);
        assertThat(square.isComplete()).isFalse();
        assertThat(square.rule()).isSameAs(c.rule());
        // μ_1 = u_1(relu) u_0(step) = 1/2 · 1/2
        assertThat(c.mu(1).coefficient(0, 0, 0)).isEqualTo(RealValue.of(BigFraction.of(1, 4)));
    }

    /** Numerical integrals are refused before they start when their estimated work exceeds the limit. */
    @Test
    void numericalCoefficientsRespectTheWorkLimit() {
        Link tanh = Link.parse("tanh");
        UpdateRule rule = UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, tanh, BigFraction.ONE);
        org.sgdx.reference.numeric.WorkLimit work = org.sgdx.reference.numeric.WorkLimit.of(1, (s, l) -> { });
        assertThatThrownBy(() -> DriftCoefficients.of(rule, new LabelModel.Deterministic(tanh), 4, 20, work))
                .isInstanceOfSatisfying(org.sgdx.reference.numeric.WorkLimit.WorkLimitExceededException.class,
                        e -> {
                            assertThat(e.reason()).isEqualTo(org.sgdx.reference.numeric.WorkLimit.Reason.ESTIMATED);
                            assertThat(e.what()).isEqualTo(
                                    "the coefficients mu_1..4 (2 numerical integrals at 20 digits)");
                        });
        assertThat(work.spent()).isZero();
        // exact coefficients need no work
        org.sgdx.reference.numeric.WorkLimit none = org.sgdx.reference.numeric.WorkLimit.of(1, (s, l) -> { });
        assertThat(DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, HE3), HE3_LABELS, 0, 20, none).mu(3))
                .isEqualTo(ParameterPolynomial.constant(BigFraction.of(3)));
        assertThatThrownBy(() -> DriftCoefficients.of(rule, HE3_LABELS, 0, 20, null))
                .isInstanceOf(NullPointerException.class).hasMessage("work");
    }

    @Test
    void theListHoldsEveryComputedCoefficientInOrder() {
        DriftCoefficients c = he3(Algorithm.REUSE, Loss.CORRELATION);
        assertThat(c.mu()).hasSize(c.maxIndex()).extracting(DriftCoefficients.Mu::i).containsExactly(1, 2, 3, 4, 5);
        for (DriftCoefficients.Mu m : c.mu()) {
            assertThat(m.value()).isEqualTo(c.mu(m.i()));
        }
    }

    /** A product that is an estimate stays a term even when it is zero within its error: only exact zeros go. */
    @Test
    void estimatesThatVanishAreKeptAsTerms() {
        // μ_2 = u_2(sigmoid) u_1(2z), and u_2(sigmoid) = 0 (sigmoid − 1/2 is odd) is known only as an estimate
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.ONLINE, Loss.CORRELATION, Link.parse("He2"),
                BigFraction.ONE), new LabelModel.Deterministic(Link.parse("sigmoid")));
        assertThat(c.isComplete()).isTrue();
        assertThat(c.mu(2).isZero()).isFalse();
        assertThat(c.mu(2).vanishes()).isTrue();
        assertThat(c.mu(2).certainty()).isEqualTo(Certainty.ESTIMATE);
    }
}
