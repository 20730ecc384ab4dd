package org.sgdx.reference.hermite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.exact.HalfLineMoments;
import org.sgdx.reference.poly.Hermite;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.RationalPolynomial;

class HermiteCoefficientsTest {

    private static final ExactNumber OMEGA = ExactNumber.OMEGA;
    private static final RationalPolynomial Z = RationalPolynomial.Z;
    private static final RationalPolynomial ZERO = RationalPolynomial.ZERO;
    private static final RationalPolynomial ONE = RationalPolynomial.ONE;

    private static final PiecewisePolynomial RELU = new PiecewisePolynomial(ZERO, Z);
    private static final PiecewisePolynomial ABS = new PiecewisePolynomial(Z.negate(), Z);
    private static final PiecewisePolynomial SIGN = new PiecewisePolynomial(ONE.negate(), ONE);
    private static final PiecewisePolynomial STEP = new PiecewisePolynomial(ZERO, ONE);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L));
    }

    /** {@code He_m(0)} from its closed form {@code (−1)^{m/2} (m−1)!!} (0 for odd m). */
    private static BigInteger heAtZero(int m) {
        if (m % 2 == 1) {
            return BigInteger.ZERO;
        }
        BigInteger v = HalfLineMoments.doubleFactorial(m - 1);
        return (m / 2) % 2 == 0 ? v : v.negate();
    }

    private static ExactNumber omegaTimes(BigFraction c) {
        return ExactNumber.ofOmegaPower(c, 1);
    }

    @Test
    void reluClosedForm() {
        // E[relu He_k] = He_{k−2}(0) φ(0) for k ≥ 2; u_0 = ω, u_1 = 1/2.
        List<ExactNumber> u = HermiteCoefficients.uUpTo(RELU, 60);
        assertThat(u.get(0)).isEqualTo(OMEGA);
        assertThat(u.get(1)).isEqualTo(ExactNumber.of(BigFraction.of(1, 2)));
        assertThat(u.get(2)).isEqualTo(omegaTimes(BigFraction.of(1, 2)));
        assertThat(u.get(2)).hasToString("1/(2*sqrt(2*pi))");
        for (int k = 2; k <= 60; k++) {
            ExactNumber expected = omegaTimes(BigFraction.of(heAtZero(k - 2), Gaussian.factorial(k)));
            assertThat(u.get(k)).as("u_%d", k).isEqualTo(expected);
            assertThat(HermiteCoefficients.u(RELU, k)).isEqualTo(expected);
            if (k % 2 == 1) {
                assertThat(u.get(k).isZero()).isTrue();
            }
        }
    }

    @Test
    void absSignAndStepClosedForms() {
        List<ExactNumber> relu = HermiteCoefficients.uUpTo(RELU, 40);
        List<ExactNumber> abs = HermiteCoefficients.uUpTo(ABS, 40);
        List<ExactNumber> sign = HermiteCoefficients.uUpTo(SIGN, 40);
        List<ExactNumber> step = HermiteCoefficients.uUpTo(STEP, 40);
        assertThat(abs.get(0)).isEqualTo(omegaTimes(BigFraction.of(2)));
        assertThat(abs.get(2)).isEqualTo(OMEGA);
        assertThat(sign.get(1)).isEqualTo(omegaTimes(BigFraction.of(2)));
        assertThat(sign.get(3)).isEqualTo(omegaTimes(BigFraction.of(-1, 3)));
        assertThat(step.get(0)).isEqualTo(ExactNumber.of(BigFraction.of(1, 2)));
        assertThat(step.get(1)).isEqualTo(OMEGA);
        for (int k = 0; k <= 40; k++) {
            // |z| = relu(z) + relu(−z): twice the even part of relu.
            assertThat(abs.get(k)).isEqualTo(k % 2 == 0 ? relu.get(k).multiply(BigFraction.of(2)) : ExactNumber.ZERO);
            // sign: E[sign He_k] = 2 E[He_k 1{Z>0}] = 2ω He_{k−1}(0) for odd k.
            ExactNumber s = k % 2 == 1
                    ? omegaTimes(BigFraction.of(heAtZero(k - 1).shiftLeft(1), Gaussian.factorial(k)))
                    : ExactNumber.ZERO;
            assertThat(sign.get(k)).as("sign u_%d", k).isEqualTo(s);
            // step = (1 + sign)/2
            ExactNumber st = (k == 0 ? ExactNumber.of(BigFraction.of(1, 2)) : ExactNumber.ZERO)
                    .add(s.multiply(BigFraction.of(1, 2)));
            assertThat(step.get(k)).as("step u_%d", k).isEqualTo(st);
        }
    }

    /** A random piecewise polynomial with pieces of degree at most 5 and small rational coefficients. */
    private static Gen<PiecewisePolynomial> piecewise() {
        Gen<BigFraction> c = integers().between(-5, 5).zip(integers().between(1, 3), BigFraction::of);
        Gen<RationalPolynomial> p = lists().of(c).ofSizeBetween(0, 6)
                .map((List<BigFraction> a) -> RationalPolynomial.of(a));
        return p.zip(p, PiecewisePolynomial::new);
    }

    /** {@code E[p(Z) 1{Z>0}]} or {@code E[p(Z) 1{Z<0}]} from the half-line moments. */
    private static ExactNumber halfLineExpectation(RationalPolynomial p, boolean positive) {
        ExactNumber s = ExactNumber.ZERO;
        for (int n = 0; n <= p.degree(); n++) {
            ExactNumber m = positive ? HalfLineMoments.positive(n) : HalfLineMoments.negative(n);
            s = s.add(m.multiply(p.coefficient(n)));
        }
        return s;
    }

    @Test
    void agreeWithDirectHalfLineMoments() {
        qt().forAll(piecewise()).checkAssert(f -> {
            List<ExactNumber> u = HermiteCoefficients.uUpTo(f, 12);
            for (int k = 0; k <= 12; k++) {
                RationalPolynomial he = Hermite.he(k);
                ExactNumber e = halfLineExpectation(f.positive().multiply(he), true)
                        .add(halfLineExpectation(f.negative().multiply(he), false));
                assertThat(HermiteCoefficients.expectationTimesHe(f, k)).isEqualTo(e);
                assertThat(u.get(k)).isEqualTo(e.multiply(BigFraction.of(BigInteger.ONE, Gaussian.factorial(k))));
            }
        });
    }

    @Test
    void steinIdentityWithJump() {
        // E[f He_k] = E[f' He_{k−1}] + (f(0+) − f(0−)) He_{k−1}(0) φ(0)
        qt().forAll(piecewise()).checkAssert(f -> {
            PiecewisePolynomial df = new PiecewisePolynomial(f.negative().derivative(), f.positive().derivative());
            BigFraction jump = f.positive().coefficient(0).subtract(f.negative().coefficient(0));
            for (int k = 1; k <= 12; k++) {
                ExactNumber rhs = HermiteCoefficients.expectationTimesHe(df, k - 1)
                        .add(omegaTimes(jump.multiply(heAtZero(k - 1))));
                assertThat(HermiteCoefficients.expectationTimesHe(f, k)).isEqualTo(rhs);
            }
        });
    }

    @Test
    void polynomialsHaveRationalCoefficients() {
        qt().forAll(piecewise()).checkAssert(f -> {
            PiecewisePolynomial p = PiecewisePolynomial.of(f.positive());
            HermiteSeries s = HermiteSeries.ofPolynomial(f.positive());
            List<ExactNumber> u = HermiteCoefficients.uUpTo(p, 8);
            List<BigFraction> uq = HermiteCoefficients.uUpTo(f.positive(), 8);
            for (int k = 0; k <= 8; k++) {
                assertThat(u.get(k).isRational()).isTrue();
                assertThat(u.get(k).rationalValue()).isEqualTo(s.u(k)).isEqualTo(uq.get(k))
                        .isEqualTo(HermiteCoefficients.u(f.positive(), k));
            }
        });
    }

    @Test
    void normalisedCoefficients() {
        List<ExactNumber> u = HermiteCoefficients.uUpTo(RELU, 30);
        List<ExactNumber> c = HermiteCoefficients.cUpTo(RELU, 30);
        for (int k = 0; k <= 30; k++) {
            assertThat(c.get(k).square()).isEqualTo(u.get(k).square().multiply(BigFraction.of(Gaussian.factorial(k))));
            assertThat(HermiteCoefficients.c(RELU, k)).isEqualTo(c.get(k));
            if (k >= 2 && !c.get(k).isZero()) {
                assertThat(c.get(k).radicand()).isEqualTo(Gaussian.factorial(k));
                assertThat(c.get(k).signum()).isEqualTo(u.get(k).signum());
            }
        }
        assertThat(HermiteCoefficients.upTo(RELU, 30, Basis.H)).isEqualTo(c);
        assertThat(HermiteCoefficients.upTo(RELU, 30, Basis.HE)).isEqualTo(u);
        assertThat(c.get(2)).hasToString("sqrt(2)/(2*sqrt(2*pi))");
    }

    @Test
    void reluParsevalPartialSum() {
        // Σ_{k ≤ 100} c_k² increases to E[relu²] = 1/2; the gap at K = 100 is about 4.2e-5.
        List<ExactNumber> c = HermiteCoefficients.cUpTo(RELU, 100);
        ExactNumber sum = ExactNumber.ZERO;
        for (ExactNumber ck : c) {
            sum = sum.add(ck.square());
        }
        ExactNumber gap = ExactNumber.of(BigFraction.of(1, 2)).subtract(sum);
        assertThat(gap.signum()).isEqualTo(1);
        assertThat(gap.toBigDecimal(new MathContext(10))).isLessThan(new BigDecimal("1e-4"));
    }

    @Test
    void reluCoefficientsTo100DigitsAgreeWithQuadrature() {
        // mpmath 1.3.0 at mp.dps = 80: quad(z He_k(z) phi(z), [0, inf]) / sqrt(k!), He_k via mpmath.hermite.
        String[][] reference = {
            {"0", "0.398942280401432677939946059934381868475858631164934657665926"},
            {"1", "0.5"},
            {"2", "0.282094791773878143474039725780386292922025314664499428422043"},
            {"4", "-0.0814337519838199869310641038063911674293142680323712836897072"},
            {"10", "0.0219896262793997506542717244478380481271013251154701441797306"},
        };
        List<ExactNumber> c = HermiteCoefficients.cUpTo(RELU, 100);
        MathContext mc100 = new MathContext(100);
        BigDecimal[] values = new BigDecimal[101];
        for (int k = 0; k <= 100; k++) {
            values[k] = c.get(k).toBigDecimal(mc100);
        }
        MathContext mc55 = new MathContext(55);
        for (String[] row : reference) {
            int k = Integer.parseInt(row[0]);
            assertThat(values[k].round(mc55)).as("c_%d", k).isEqualByComparingTo(new BigDecimal(row[1]).round(mc55));
        }
        // Double-precision closed form c_k = He_{k−2}(0) ω / √(k!) for even k ≥ 2, via the normalised h_{k−2}(0).
        double[] h0 = Hermite.hValues(0.0, 100);
        for (int k = 2; k <= 100; k++) {
            double expected = h0[k - 2] / Math.sqrt(k * (k - 1.0)) / Math.sqrt(2 * Math.PI);
            assertThat(values[k].doubleValue()).as("c_%d", k).isCloseTo(expected, within(1e-14));
        }
    }

    @Test
    void halfLineHermiteMoments() {
        assertThat(HermiteCoefficients.halfLineHermiteMoment(0, true)).isEqualTo(ExactNumber.of(BigFraction.of(1, 2)));
        assertThat(HermiteCoefficients.halfLineHermiteMoment(0, false)).isEqualTo(ExactNumber.of(BigFraction.of(1, 2)));
        assertThat(HermiteCoefficients.halfLineHermiteMoment(1, true)).isEqualTo(OMEGA);
        assertThat(HermiteCoefficients.halfLineHermiteMoment(1, false)).isEqualTo(OMEGA.negate());
        assertThat(HermiteCoefficients.halfLineHermiteMoment(2, true)).isEqualTo(ExactNumber.ZERO);
        assertThat(HermiteCoefficients.halfLineHermiteMoment(3, true)).isEqualTo(OMEGA.negate());
        assertThat(HermiteCoefficients.halfLineHermiteMoment(3, false)).isEqualTo(OMEGA);
        for (int k = 0; k <= 30; k++) {
            ExactNumber plus = HermiteCoefficients.halfLineHermiteMoment(k, true);
            ExactNumber minus = HermiteCoefficients.halfLineHermiteMoment(k, false);
            assertThat(plus.add(minus)).isEqualTo(k == 0 ? ExactNumber.ONE : ExactNumber.ZERO);
            assertThat(plus).isEqualTo(halfLineExpectation(Hermite.he(k), true));
            assertThat(minus).isEqualTo(halfLineExpectation(Hermite.he(k), false));
            assertThat(plus).isEqualTo(HermiteCoefficients.expectationTimesHe(STEP, k));
        }
        assertThatThrownBy(() -> HermiteCoefficients.halfLineHermiteMoment(-1, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firstNonZeroIndex() {
        assertThat(HermiteCoefficients.firstNonZeroIndex(RELU, 1, 20)).hasValue(1);
        assertThat(HermiteCoefficients.firstNonZeroIndex(ABS, 1, 20)).hasValue(2);
        assertThat(HermiteCoefficients.firstNonZeroIndex(ABS, 3, 20)).hasValue(4);
        assertThat(HermiteCoefficients.firstNonZeroIndex(SIGN, 2, 20)).hasValue(3);
        assertThat(HermiteCoefficients.firstNonZeroIndex(PiecewisePolynomial.of(Hermite.he(3)), 1, 20)).hasValue(3);
        assertThat(HermiteCoefficients.firstNonZeroIndex(PiecewisePolynomial.of(Hermite.he(3)), 4, 20)).isEmpty();
        assertThat(HermiteCoefficients.firstNonZeroIndex(PiecewisePolynomial.of(ZERO), 0, 20)).isEmpty();
        // relu(z) − z/2 = |z|/2 is even: its first non-zero index from 1 is 2.
        PiecewisePolynomial halfAbs = RELU.add(PiecewisePolynomial.of(Z.multiply(BigFraction.of(-1, 2))));
        assertThat(HermiteCoefficients.firstNonZeroIndex(halfAbs, 1, 20)).hasValue(2);
    }

    @Test
    void basisLabels() {
        assertThat(Basis.HE.label()).isEqualTo("He");
        assertThat(Basis.H.label()).isEqualTo("h");
        assertThat(Basis.HE.coefficientName()).isEqualTo("u_k");
        assertThat(Basis.H.coefficientName()).isEqualTo("c_k");
        assertThat(Basis.fromLabel("He")).isEqualTo(Basis.HE);
        assertThat(Basis.fromLabel("h")).isEqualTo(Basis.H);
        assertThat(Basis.H).hasToString("h");
        assertThatThrownBy(() -> Basis.fromLabel("H")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("He");
    }
}
