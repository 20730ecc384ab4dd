package org.sgdx.reference.exponent.zeta;

import static org.assertj.core.api.Assertions.assertThat;
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
                double n = atom[kk] * phiTau(y, tau) + Reference.simpson(
                        z -> Reference.h(kk, z) * Reference.phi(z) * phiTau(y - z, tau), lo, hi, 600);
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
        // ZetaTransform values on a product of composite Gauss-Legendre rules in (z, ε), accurate to about 3e-7
        double tau = 0.5;
        LabelModel model = noisy("He3", "1/2");
        double[][] zs = Reference.gaussLegendre(-7, 7, 40);
        double[][] es = Reference.gaussLegendre(-6.5, 6.5, 10);
        double[] ys = new double[zs.length * es.length];
        for (int i = 0; i < zs.length; i++) {
            double z = zs[i][0];
            for (int j = 0; j < es.length; j++) {
                ys[i * es.length + j] = z * z * z - 3 * z + tau * es[j][0];
            }
        }
        for (int k : new int[] {1}) {
            ZetaTransform t = ZetaTransform.at(model, k, ys);
            double sum = 0;
            for (int i = 0; i < zs.length; i++) {
                for (int j = 0; j < es.length; j++) {
                    double zeta = t.points().get(i * es.length + j).zeta();
                    sum += zs[i][1] * es[j][1] * Reference.h(k, zs[i][0]) * Reference.phi(zs[i][0])
                            * Reference.phi(es[j][0]) * zeta;
                }
            }
            assertThat(ZetaMoments.of(model, 1).moment(k).value()).as("k = %d", k).isCloseTo(sum, within(1e-6));
        }
    }

    @Test
    void smallNoiseApproachesTheDeterministicValues() {
        ZetaMoments monotone = ZetaMoments.of(noisy("z^3 + z", "1/1000"), 4);
        for (ZetaMoment z : monotone.moments()) {
            assertThat(z.value()).isCloseTo(1, within(1e-5)).isLessThan(1);
        }
        ZetaMoments he3 = ZetaMoments.of(noisy("He3", "1/10000"), 4);
        ZetaMoments limit = ZetaMoments.of(new LabelModel.Deterministic(Link.parse("He3")), 4);
        for (int k = 1; k <= 4; k++) {
            assertThat(he3.moment(k).value()).isCloseTo(limit.moment(k).value(), within(1e-3));
            assertThat(he3.moment(k).error()).isLessThan(1e-10);
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
}
