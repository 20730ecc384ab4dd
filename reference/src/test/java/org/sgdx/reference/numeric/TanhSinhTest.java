package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tanh–sinh quadrature against mpmath's values of integrals with algebraic endpoint singularities. */
class TanhSinhTest {

    private static final String DATA = "numerics-40-digits.csv";

    private static double reference(String name) {
        return ReferenceData.value(DATA, "integral", name).doubleValue();
    }

    @Test
    void integratesEndpointSingularitiesToNearlyFullPrecision() {
        TanhSinh.Result r = new TanhSinh.Result(3);
        TanhSinh.integrate((z, out) -> {
            out[0] = Math.sqrt(z);
            out[1] = Math.sqrt(1 - z * z);
            out[2] = Math.cbrt(z) * Math.sqrt(1 - z);
        }, 0, 1, 1e-15, r);
        String[] names = {"sqrt-0-1", "quarter-circle-0-1", "beta-0-1"};
        for (int i = 0; i < names.length; i++) {
            assertThat(r.value()[i]).as(names[i]).isCloseTo(reference(names[i]), within(2e-15));
            assertThat(r.error()[i]).as(names[i]).isLessThan(1e-14);
            assertThat(r.magnitude()[i]).isCloseTo(r.value()[i], within(1e-15));
        }
    }

    @Test
    void sumsOverIntervalsAndRecordsTheMagnitudeOfOscillatingIntegrands() {
        TanhSinh.Result r = new TanhSinh.Result(1);
        TanhSinh.Integrand f = (z, out) -> out[0] = Math.sqrt(1 - z * z) * Math.cos(3 * z);
        TanhSinh.integrate(f, -1, 0.25, 1e-15, r);
        TanhSinh.integrate(f, 0.25, 1, 1e-15, r);
        assertThat(r.value()[0]).isCloseTo(reference("semicircle-cos-minus1-1"), within(4e-15));
        // ∫|f| exceeds |∫f| when f changes sign
        assertThat(r.magnitude()[0]).isGreaterThan(Math.abs(r.value()[0]) + 0.1);
    }

    @Test
    void emptyOrReversedIntervalsAddNothing() {
        TanhSinh.Result r = new TanhSinh.Result(1);
        TanhSinh.integrate((z, out) -> out[0] = 1, 1, 1, 1e-15, r);
        TanhSinh.integrate((z, out) -> out[0] = 1, 2, 1, 1e-15, r);
        assertThat(r.value()[0]).isZero();
    }

    /** The points at which {@code integrate} evaluates the one-component integrand {@code f} on {@code [a, b]}. */
    private static List<Double> evaluationPoints(double a, double b, double tolerance, TanhSinh.Integrand f) {
        List<Double> points = new ArrayList<>();
        TanhSinh.integrate((z, out) -> {
            points.add(z);
            f.evaluate(z, out);
        }, a, b, tolerance, new TanhSinh.Result(1));
        return points;
    }

    /** The parameter {@code t ≥ 0} of a node {@code z = c + r tanh(π/2 sinh t)}. */
    private static double parameter(double z, double c, double r) {
        double tanh = Math.abs(z - c) / r;
        double u = 0.5 * Math.log((1 + tanh) / (1 - tanh));
        return Math.log(u / (Math.PI / 2) + Math.sqrt(1 + Math.pow(u / (Math.PI / 2), 2)));
    }

    /** The smallest non-zero parameter of the nodes, that is the last step size. */
    private static double finestStep(List<Double> points) {
        return points.stream().filter(z -> z != 0).mapToDouble(z -> parameter(z, 0, 1)).min().orElseThrow();
    }

    /** The step 1/2 is halved at least twice (to 1/8) and at most seven times (to 1/256). */
    @Test
    void halvesTheStepAtLeastTwiceAndAtMostSevenTimes() {
        // a tolerance that every change meets, and the zero integrand whose changes are exactly 0
        assertThat(finestStep(evaluationPoints(-1, 1, 1e300, (z, out) -> out[0] = Math.sqrt(1 - z * z))))
                .isCloseTo(1.0 / 8, within(1e-12));
        assertThat(finestStep(evaluationPoints(-1, 1, 0, (z, out) -> out[0] = 0))).isCloseTo(1.0 / 8, within(1e-12));
        // a tolerance that no change meets
        assertThat(finestStep(evaluationPoints(-1, 1, -1, (z, out) -> out[0] = Math.sqrt(1 - z * z))))
                .isCloseTo(1.0 / 256, within(1e-12));
    }

    /**
     * The endpoints are never evaluated, even where a node rounds to one of them, and the outermost node is at
     * {@code t = 4}: on {@code [0, 1]} at {@code r (1 − tanh u) = 2r/(1 + e^{2u})} with {@code u = π/2 sinh 4},
     * which is about 6·10⁻³⁸ and so distinct from 0.
     */
    @Test
    void neverEvaluatesTheEndpointsAndSumsOverTUpToFour() {
        for (double[] ab : new double[][] {{0, 1}, {-1, 1}, {1, 2}, {-3, -2}}) {
            List<Double> points = evaluationPoints(ab[0], ab[1], -1, (z, out) -> out[0] = 1);
            assertThat(points).as("[%s, %s]", ab[0], ab[1])
                    .allSatisfy(z -> assertThat(z).isStrictlyBetween(ab[0], ab[1]));
        }
        double outermost = 1 / (1 + Math.exp(Math.PI * Math.sinh(4)));
        List<Double> points = evaluationPoints(0, 1, -1, (z, out) -> out[0] = 1);
        assertThat(points.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
                .isCloseTo(outermost, within(1e-12 * outermost));
    }

    /** An empty interval is not evaluated at all, not even at its centre, which is an endpoint. */
    @Test
    void anEmptyIntervalIsNotEvaluated() {
        assertThat(evaluationPoints(1, 1, 1e-15, (z, out) -> out[0] = 1 / (z - 1))).isEmpty();
    }

    @Test
    void resultsAddEveryComponent() {
        TanhSinh.Result r = new TanhSinh.Result(2);
        r.add(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6});
        r.add(new double[] {0.5, -1}, new double[] {0.25, 1}, new double[] {0.75, 2});
        assertThat(r.value()).containsExactly(1.5, 1);
        assertThat(r.error()).containsExactly(3.25, 5);
        assertThat(r.magnitude()).containsExactly(5.75, 8);
    }
}
