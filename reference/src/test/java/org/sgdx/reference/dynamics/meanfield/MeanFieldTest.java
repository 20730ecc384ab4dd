package org.sgdx.reference.dynamics.meanfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondMoments;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.poly.RationalPolynomial;

class MeanFieldTest {

    private static final Link HE3 = Link.parse("He3");
    private static final BigFraction M0 = BigFraction.of(1, 20);
    private static final BigFraction TARGET = BigFraction.of(1, 2);

    private static MeanField he3(Algorithm algorithm, BigFraction eta, BigFraction d) {
        return he3(algorithm, Loss.SQUARED, eta, d);
    }

    private static MeanField he3(Algorithm algorithm, Loss loss, BigFraction eta, BigFraction d) {
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(algorithm, loss, HE3, BigFraction.ONE),
                new LabelModel.Deterministic(HE3));
        return MeanField.of(c, SecondMoments.of(c), eta, d);
    }

    private static final MeanField ONLINE = he3(Algorithm.ONLINE, BigFraction.ZERO, BigFraction.of(400));
    private static final BigFraction GAMMA = BigFraction.of(1, 1_000_000);

    /** A result at {@code p} digits agrees with one at {@code 2p + 20} digits to {@code p} digits. */
    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void precisionLadder(Algorithm algorithm) {
        MeanField mf = switch (algorithm) {
            case ONLINE -> ONLINE;
            case REUSE -> he3(Algorithm.REUSE, BigFraction.of(1, 400_000), BigFraction.of(400));
            case ALTERNATING -> he3(Algorithm.ALTERNATING, BigFraction.of(1, 1000), BigFraction.of(400));
        };
        BigFraction gamma = mf.optimalRate(M0, TARGET, 10).gamma().orElseThrow();
        for (int digits : new int[] {10, 20, 30}) {
            Estimate low = mf.hittingTime(gamma, M0, TARGET, digits).time().orElseThrow();
            Estimate high = mf.hittingTime(gamma, M0, TARGET, 2 * digits + 20).time().orElseThrow();
            BigDecimal difference = low.value().subtract(high.value()).abs();
            BigDecimal unit = high.value().abs().movePointLeft(digits - 1);
            assertThat(difference).as("%s at %d digits", algorithm, digits).isLessThanOrEqualTo(unit);
            assertThat(low.error()).isLessThanOrEqualTo(unit);
            assertThat(difference).isLessThanOrEqualTo(low.error().add(high.value().abs().movePointLeft(digits)));
        }
    }

    /** The integral against composite Simpson in {@code log m} with 2^16 panels, in double precision. */
    @Test
    void hittingTimeAgreesWithAnIndependentQuadrature() {
        double[] f = doubles(ONLINE.velocity(GAMMA));
        double a = Math.log(M0.doubleValue());
        double b = Math.log(TARGET.doubleValue());
        int n = 1 << 16;
        double h = (b - a) / n;
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            double x = a + k * h;
            double m = Math.exp(x);
            double w = k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2;
            sum += w * m / horner(f, m);
        }
        double simpson = sum * h / 3;
        double t = ONLINE.hittingTime(GAMMA, M0, TARGET, 20).time().orElseThrow().value().doubleValue();
        assertThat(Math.abs(t - simpson) / t).isLessThan(1e-11);
    }

    /** For a small γ the map's step count follows the ODE time (they differ by O(1) steps per unit of m-scale). */
    @Test
    void mapStepsFollowTheOdeTime() {
        BigFraction gamma = ONLINE.optimalRate(M0, TARGET, 10).gamma().orElseThrow();
        double t = ONLINE.hittingTime(gamma, M0, TARGET, 10).time().orElseThrow().value().doubleValue();
        MapRun run = ONLINE.iterate(gamma.doubleValue(), M0.doubleValue(), TARGET.doubleValue(), 100_000_000L);
        assertThat(run.status()).isEqualTo(MapRun.Status.HIT);
        assertThat(Math.abs(run.steps() - t) / t).isLessThan(1e-3);
        assertThat(run.finalOverlap()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void arbitraryPrecisionTrajectoryMatchesTheDoubleMap() {
        List<BigDecimal> path = ONLINE.trajectory(GAMMA, new BigDecimal("0.05"), 1000, new MathContext(40));
        MapRun run = ONLINE.iterate(GAMMA.doubleValue(), 0.05, 0.999, 1000);
        assertThat(run.status()).isEqualTo(MapRun.Status.BUDGET);
        assertThat(path).hasSize(1001);
        assertThat(path.get(1000).doubleValue()).isCloseTo(run.finalOverlap(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void tooLargeARateGivesAnInfiniteTime() {
        OptimalRate best = ONLINE.optimalRate(M0, TARGET, 10);
        HittingTime h = ONLINE.hittingTime(BigFraction.from(best.gammaMax().doubleValue() * 1.5), M0, TARGET, 10);
        assertThat(h.isFinite()).isFalse();
        assertThat(h.reason()).contains("F(m");
        MapRun run = ONLINE.iterate(best.gammaMax().doubleValue() * 1.5, M0.doubleValue(), TARGET.doubleValue(), 1000);
        assertThat(run.status()).isEqualTo(MapRun.Status.STALLED);
    }

    @Test
    void aZeroOfTheVelocityInsideTheIntervalGivesAnInfiniteTime() {
        // D(m) = 18 m²(1 − m²) vanishes at m = 1 and, with the correlation loss, N(1) > 0: F < 0 near 1
        // (with the squared loss and σ = σ*, ψ = 0 at m = 1 and N(1) = 0)
        MeanField correlation = he3(Algorithm.ONLINE, Loss.CORRELATION, BigFraction.ZERO, BigFraction.of(400));
        HittingTime h = correlation.hittingTime(GAMMA, M0, BigFraction.of(999, 1000), 10);
        assertThat(h.isFinite()).isFalse();
        assertThat(h.reason()).contains("has a zero in [m0, m_target]").contains("near m = 0.9");
    }

    /**
     * {@code T(γ)} is convex on {@code (0, γ_max)} (proofs-notes/mean-field-and-predictions.md), and the recommended
     * γ is its minimiser: neighbouring rates take longer.
     */
    @Test
    void optimalRateMinimisesAConvexHittingTime() {
        OptimalRate best = ONLINE.optimalRate(M0, TARGET, 16);
        BigFraction g = best.gamma().orElseThrow();
        double t = time(g);
        assertThat(time(g.multiply(BigFraction.of(1001, 1000)))).isGreaterThan(t);
        assertThat(time(g.multiply(BigFraction.of(999, 1000)))).isGreaterThan(t);
        assertThat(g.doubleValue()).isLessThan(best.gammaMax().doubleValue());
        double previous = Double.NaN;
        double slope = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < 20; k++) {
            double value = time(BigFraction.from(best.gammaMax().doubleValue() * k / 20.0));
            if (k > 1) {
                double s = value - previous;
                assertThat(s).as("increments grow (convexity), k = %d", k).isGreaterThan(slope);
                slope = s;
            }
            previous = value;
        }
    }

    private static double time(BigFraction gamma) {
        return ONLINE.hittingTime(gamma, M0, TARGET, 12).time().orElseThrow().value().doubleValue();
    }

    @Test
    void badInputIsRejectedWithTheParameterName() {
        assertThatThrownBy(() -> ONLINE.hittingTime(GAMMA, BigFraction.ZERO, TARGET, 10)).hasMessageStartingWith("m0 must be");
        assertThatThrownBy(() -> ONLINE.hittingTime(GAMMA, BigFraction.ONE, TARGET, 10)).hasMessageStartingWith("m0 must be");
        assertThatThrownBy(() -> ONLINE.hittingTime(GAMMA, BigFraction.of(-1, 10), TARGET, 10))
                .hasMessageStartingWith("m0 must be");
        assertThatThrownBy(() -> ONLINE.hittingTime(GAMMA, TARGET, M0, 10)).hasMessageStartingWith("m-target must be");
        assertThatThrownBy(() -> ONLINE.hittingTime(BigFraction.ZERO, M0, TARGET, 10)).hasMessageStartingWith("gamma must be");
        assertThatThrownBy(() -> ONLINE.hittingTime(GAMMA, M0, TARGET, 0)).hasMessageStartingWith("digits must be");
        assertThatThrownBy(() -> ONLINE.iterate(Double.NaN, 0.05, 0.5, 10)).hasMessageStartingWith("gamma must be");
        assertThatThrownBy(() -> ONLINE.iterate(Double.POSITIVE_INFINITY, 0.05, 0.5, 10)).hasMessageStartingWith("gamma must be");
        assertThatThrownBy(() -> he3(Algorithm.REUSE, BigFraction.of(-1), BigFraction.of(100)))
                .hasMessageStartingWith("eta must be");
        assertThatThrownBy(() -> he3(Algorithm.REUSE, BigFraction.ONE, BigFraction.of(2))).hasMessageStartingWith("d must be");
    }

    @Test
    void positivityTestIsExactNearDoubleRoots() {
        // (m − 1/3)²: a double root inside; (m − 1/3)² + 10^-12: positive (complex roots 10^-6 from the axis)
        RationalPolynomial square = RationalPolynomial.of(BigFraction.of(1, 9), BigFraction.of(-2, 3), BigFraction.ONE);
        BigFraction a = BigFraction.of(1, 10);
        BigFraction b = BigFraction.of(1, 2);
        assertThat(PositivityTest.nonPositivePoint(square, a, b)).isPresent();
        RationalPolynomial lifted = square.add(RationalPolynomial.constant(BigFraction.of(java.math.BigInteger.ONE,
                java.math.BigInteger.TEN.pow(12))));
        assertThat(PositivityTest.nonPositivePoint(lifted, a, b)).isEmpty();
        // two close simple roots 0.3 and 0.3 + 10^-12
        RationalPolynomial pair = RationalPolynomial.of(BigFraction.of(-3, 10), BigFraction.ONE).multiply(
                RationalPolynomial.of(BigFraction.of(-3, 10).subtract(BigFraction.of(java.math.BigInteger.ONE,
                        java.math.BigInteger.TEN.pow(12))), BigFraction.ONE));
        assertThat(PositivityTest.nonPositivePoint(pair, a, b)).isPresent();
        assertThat(PositivityTest.nonPositivePoint(pair, BigFraction.of(31, 100), b)).isEmpty();
    }

    private static double[] doubles(List<org.sgdx.reference.dynamics.RealValue> v) {
        double[] out = new double[v.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = v.get(k).toBigDecimal(MathContext.DECIMAL64).doubleValue();
        }
        return out;
    }

    private static double horner(double[] c, double m) {
        double r = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            r = r * m + c[k];
        }
        return r;
    }

    /**
     * The optimal rate at dimensions far beyond double range for γ² N (γ ≈ d^{−1}, N ≈ d): on the branch
     * {@code T ≍ η^{−2} d ln d} of alternating He3 at fixed η the local exponents between 10^100, 10^200 and 10^300
     * are {@code 1 + ln(ln d₂/ln d₁)/ln(d₂/d₁)} to 10^{-3}, and γ* d stays put.
     */
    @Test
    void theOptimalRateWorksUpToTheLargestDimension() {
        BigFraction eta = BigFraction.of(1, 1000);
        double[] lnT = new double[3];
        double[] gammaD = new double[3];
        for (int j = 0; j < 3; j++) {
            BigFraction d = BigFraction.of(java.math.BigInteger.TEN.pow(100 * (j + 1)));
            BigFraction m0 = BigFraction.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(50 * (j + 1)));
            OptimalRate o = he3(Algorithm.ALTERNATING, Loss.CORRELATION, eta, d).optimalRate(m0, TARGET, 8);
            BigDecimal t = o.time().orElseThrow().time().orElseThrow().value();
            lnT[j] = Math.log(t.unscaledValue().doubleValue()) - t.scale() * Math.log(10);
            gammaD[j] = new BigDecimal(o.gamma().orElseThrow().getNumerator()).multiply(new BigDecimal(d.getNumerator()))
                    .divide(new BigDecimal(o.gamma().get().getDenominator()), MathContext.DECIMAL64).doubleValue();
        }
        for (int j = 0; j < 2; j++) {
            double l1 = 100 * (j + 1) * Math.log(10);
            double l2 = 100 * (j + 2) * Math.log(10);
            double local = (lnT[j + 1] - lnT[j]) / (l2 - l1);
            assertThat(local).isCloseTo(1 + Math.log(l2 / l1) / (l2 - l1), org.assertj.core.api.Assertions.within(1e-3));
        }
        assertThat(gammaD[2] / gammaD[0]).isCloseTo(1, org.assertj.core.api.Assertions.within(0.02));
    }

    /**
     * {@code (m − 10^{−20})² ± 10^{−42}} on {@code [10^{−26}, 1/2]}: with a plus sign it is positive (a shallow dip, a pair
     * of complex roots near the axis, far below the interval's scale), with a minus sign it has two zeros. Halving the
     * interval at its midpoint never separates the dip (50 halvings leave pieces of 4·10^{−16}); halving it on the
     * logarithmic scale does.
     */
    @Test
    void aShallowDipManyDecadesBelowTheTargetIsNotAZero() {
        BigFraction c = BigFraction.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(20));
        BigFraction e = BigFraction.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(42));
        BigFraction a = BigFraction.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(26));
        BigFraction b = BigFraction.of(1, 2);
        RationalPolynomial dip = RationalPolynomial.of(c.multiply(c).add(e), c.multiply(-2), BigFraction.ONE);
        RationalPolynomial zeros = RationalPolynomial.of(c.multiply(c).subtract(e), c.multiply(-2), BigFraction.ONE);
        assertThat(PositivityTest.nonPositivePoint(dip, a, b)).isEmpty();
        assertThat(PositivityTest.nonPositivePoint(zeros, a, b)).isPresent();
    }

    /**
     * Batch reuse He3 (correlation loss) at {@code d = 10⁵²}, {@code η = d^{−11/8}}: the velocity at the optimal γ dips
     * by 0.1% near {@code m = 4·10^{−20}} and stays positive, so the mean-field time is finite (it was reported infinite
     * when the positivity test halved the interval at its midpoint).
     */
    @Test
    void batchReuseAtD1e52HasAFiniteOptimalTime() {
        Link he3 = Link.parse("He3");
        DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(Algorithm.REUSE, Loss.CORRELATION, he3,
                BigFraction.ONE), new LabelModel.Deterministic(he3));
        BigFraction d = BigFraction.of(java.math.BigInteger.TEN.pow(52));
        MeanField mf = MeanField.of(c, SecondMoments.of(c), MeanField.fraction(3.1622776601683795e-72), d);
        OptimalRate o = mf.optimalRate(BigFraction.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(26)),
                BigFraction.of(1, 2), 6);
        assertThat(o.time().orElseThrow().isFinite()).as(o.reason()).isTrue();
    }
}
