package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
