package org.sgdx.reference.exponent.zeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

class ZetaMomentsNoisyTest {

    private static LabelModel noisy(String spec, String tau) {
        return new LabelModel.Noisy(Link.parse(spec), BigFraction.parse(tau));
    }

    private static double phiTau(double u, double tau) {
        return Reference.phi(u / tau) / tau;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/10", "1/2", "1", "2"})
    void noisyIdentityLinkFollowsMehler(String tau) {
        // (Z, y/√(1+τ²)) is a standard Gaussian pair with correlation ρ = 1/√(1+τ²), so by Mehler
        // zeta_k(y) = ρ^k h_k(y/√(1+τ²)) and E[zeta_k^2] = ρ^{2k}
        double t = BigFraction.parse(tau).doubleValue();
        double rho2 = 1 / (1 + t * t);
        ZetaMoments m = ZetaMoments.of(noisy("z", tau), 8);
        for (ZetaMoment z : m.moments()) {
            double expected = Math.pow(rho2, z.k());
            assertThat(z.error()).isLessThan(1e-12);
            assertThat(z.value()).as("k = %d", z.k()).isCloseTo(expected, within(z.error()));
        }
    }

    @Test
    void noisySignMatchesTheTwoAtomMixture() {
        // y = sign(Z) + τε: N_k(y) = A φ_τ(y − 1) + B φ_τ(y + 1), D(y) = (φ_τ(y − 1) + φ_τ(y + 1))/2
        double tau = 0.5;
        ZetaMoments m = ZetaMoments.of(noisy("sign", "1/2"), 6);
        for (int k = 1; k <= 6; k++) {
            double a = Reference.hermiteMoment(k, 0, 14);
            double b = Reference.hermiteMoment(k, -14, 0);
            double expected = Reference.simpson(y -> {
                double p = phiTau(y - 1, tau);
                double q = phiTau(y + 1, tau);
                double n = a * p + b * q;
                return n * n / (0.5 * (p + q));
            }, -1 - 14 * tau, 1 + 14 * tau, 40_000);
            ZetaMoment z = m.moment(k);
            assertThat(z.value()).as("k = %d", k).isCloseTo(expected, within(1e-12));
            assertThat(Math.abs(z.value() - expected)).isLessThanOrEqualTo(z.error());
        }
    }

    @Test
    void noisyReluMatchesADoubleIntegral() {
        // atom at 0 (mass 1/2) plus the continuous part z > 0, convolved with the noise; plain Simpson in z and y
        double tau = 0.5;
        int maxK = 4;
        ZetaMoments m = ZetaMoments.of(noisy("relu", "1/2"), maxK);
        double[] atom = new double[maxK + 1];
        for (int k = 0; k <= maxK; k++) {
            atom[k] = Reference.hermiteMoment(k, -14, 0);
        }
        double[] expected = new double[maxK + 1];
        for (int k = 1; k <= maxK; k++) {
            int kk = k;
            expected[k] = Reference.simpson(y -> {
                double lo = Math.max(0, y - 9 * tau);
                double hi = Math.max(lo + 1e-9, Math.min(14, y + 9 * tau));
                double n = atom[kk] * phiTau(y, tau)
                        + Reference.simpson(z -> Reference.h(kk, z) * Reference.phi(z) * phiTau(y - z, tau), lo, hi, 600);
                double d = atom[0] * phiTau(y, tau)
                        + Reference.simpson(z -> Reference.phi(z) * phiTau(y - z, tau), lo, hi, 600);
                return n * n / d;
            }, -9 * tau, 14, 2_400);
        }
        for (int k = 1; k <= maxK; k++) {
            assertThat(m.moment(k).value()).as("k = %d", k).isCloseTo(expected[k], within(1e-9));
            assertThat(m.moment(k).error()).isLessThan(1e-12);
        }
    }

    @Test
    void momentEqualsTheTowerIdentityOverTheTransform() {
        // E_y[zeta_k^2] (computed as ∫ N_k^2/D dy) against E_{Z,ε}[h_k(Z) zeta_k(σ(Z) + τε)], the latter from
        // ZetaTransform values on a Simpson grid in (z, ε)
        LabelModel model = noisy("He3", "1");
        ZetaMoments m = ZetaMoments.of(model, 3);
        int nz = 280;
        int ne = 140;
        double zmax = 7;
        double emax = 7;
        double[] ys = new double[(nz + 1) * (ne + 1)];
        for (int i = 0; i <= nz; i++) {
            double z = -zmax + 2 * zmax * i / nz;
            for (int j = 0; j <= ne; j++) {
                double e = -emax + 2 * emax * j / ne;
                ys[i * (ne + 1) + j] = z * z * z - 3 * z + e;
            }
        }
        for (int k = 1; k <= 3; k++) {
            ZetaTransform t = ZetaTransform.at(model, k, ys);
            double sum = 0;
            for (int i = 0; i <= nz; i++) {
                double z = -zmax + 2 * zmax * i / nz;
                double wi = (i == 0 || i == nz ? 1 : i % 2 == 1 ? 4 : 2) * (2 * zmax / nz) / 3;
                for (int j = 0; j <= ne; j++) {
                    double e = -emax + 2 * emax * j / ne;
                    double wj = (j == 0 || j == ne ? 1 : j % 2 == 1 ? 4 : 2) * (2 * emax / ne) / 3;
                    double zeta = t.points().get(i * (ne + 1) + j).zeta();
                    sum += wi * wj * Reference.h(k, z) * Reference.phi(z) * Reference.phi(e) * zeta;
                }
            }
            assertThat(m.moment(k).value()).as("k = %d", k).isCloseTo(sum, within(1e-5));
        }
    }

    @Test
    void smallNoiseApproachesTheDeterministicValueForAMonotoneLink() {
        ZetaMoments m = ZetaMoments.of(noisy("z^3 + z", "1/1000"), 4);
        for (ZetaMoment z : m.moments()) {
            assertThat(z.value()).isCloseTo(1, within(1e-4)).isLessThan(1);
        }
    }

    @Test
    void evenNoisyLinkHasNoOddZeta() {
        ZetaMoments m = ZetaMoments.of(noisy("He4", "3/10"), 5);
        for (int k = 1; k <= 5; k += 2) {
            assertThat(Math.abs(m.moment(k).value())).isLessThanOrEqualTo(m.moment(k).error());
            assertThat(m.moment(k).error()).isLessThan(1e-12);
        }
        assertThat(m.moment(2).distinguishableFromZero()).isTrue();
    }

    @Test
    void rejectsNoiseTooSmallForTheRangeOfTheLink() {
        assertThatThrownBy(() -> ZetaMoments.of(noisy("He3", "1/1000000"), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tau");
    }
}
