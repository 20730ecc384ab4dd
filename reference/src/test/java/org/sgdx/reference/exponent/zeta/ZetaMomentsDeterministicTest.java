package org.sgdx.reference.exponent.zeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

class ZetaMomentsDeterministicTest {

    private static final int K = 8;

    private static ZetaMoments moments(String spec, int maxK) {
        return ZetaMoments.of(new LabelModel.Deterministic(Link.parse(spec)), maxK);
    }

    /** The estimate agrees with {@code expected} within its own error estimate, and that error is small. */
    private static void assertAgrees(ZetaMoment m, double expected, double maxError) {
        assertThat(m.error()).as("error estimate of k = %d", m.k()).isLessThan(maxError);
        assertThat(m.value()).as("E[zeta_%d^2]", m.k()).isCloseTo(expected, within(m.error()));
        assertThat(m.certainty()).isEqualTo(Certainty.ESTIMATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"z", "tanh", "z^3 + z", "exp(z/2)", "erf(2*z) + z", "sign(z)*z^2", "step(z) + z",
        "tanh(5*z)", "tanh(20*z)", "-sigmoid(3*z)"})
    void strictlyMonotoneLinksGiveOneForEveryK(String spec) {
        // y determines z, so zeta_k = h_k(z) and E[zeta_k^2] = E[h_k^2] = 1
        for (ZetaMoment m : moments(spec, K).moments()) {
            assertAgrees(m, 1, 1e-12);
            assertThat(m.distinguishableFromZero()).isTrue();
        }
    }

    @Test
    void strictlyMonotoneLinkAtHighDegree() {
        for (ZetaMoment m : moments("z^3 + z", 20).moments()) {
            assertAgrees(m, 1, 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"z^2", "abs", "cos", "He4", "z^2 - 1", "He6", "cos(3*z)", "z^4 - z^2", "relu(z) + relu(-z)",
        "step(abs(z) - 1)", "exp(-z^2)"})
    void evenLinksHaveNoOddZeta(String spec) {
        ZetaMoments m = moments(spec, K);
        for (int k = 1; k <= K; k += 2) {
            assertAgrees(m.moment(k), 0, 1e-13);
            assertThat(m.moment(k).distinguishableFromZero()).isFalse();
        }
        assertThat(m.moment(2).distinguishableFromZero()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abs", "z^2 - 1", "z^2", "abs(z)^3 + 2*abs(z)"})
    void monotoneFunctionsOfAbsZRecoverEveryEvenHermite(String spec) {
        // zeta_k(y) = (h_k(z) + h_k(-z))/2 = h_k(z) for even k
        ZetaMoments m = moments(spec, K);
        for (int k = 2; k <= K; k += 2) {
            assertAgrees(m.moment(k), 1, 1e-12);
        }
    }

    @Test
    void reluMatchesIndependentIntegrals() {
        // atom y = 0 of mass 1/2 with zeta_k = E[h_k | Z < 0]; zeta_k = h_k on the rest
        ZetaMoments m = moments("relu", K);
        for (int k = 1; k <= K; k++) {
            double negative = Reference.hermiteMoment(k, -14, 0);
            double expected = negative * negative / 0.5 + Reference.hermiteSquareMoment(k, 0, 14);
            assertAgrees(m.moment(k), expected, 1e-12);
            assertThat(m.moment(k).value()).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void signHasTwoAtoms() {
        ZetaMoments m = moments("sign", K);
        for (int k = 1; k <= K; k++) {
            double positive = Reference.hermiteMoment(k, 0, 14);
            assertThat(m.moment(k).value()).isCloseTo(4 * positive * positive, within(1e-13));
            assertThat(m.moment(k).error()).isLessThan(1e-13);
        }
        assertThat(m.moment(1).value()).isCloseTo(2 / Math.PI, within(1e-14));
    }

    @Test
    void flatPieceWithOneJump() {
        // y = step(z - 1): two atoms, P(y = 1) = P(Z > 1)
        ZetaMoments m = moments("step(z - 1)", K);
        double p = Reference.simpson(Reference::phi, 1, 14, 40_000);
        for (int k = 1; k <= K; k++) {
            double tail = Reference.hermiteMoment(k, 1, 14);
            assertThat(m.moment(k).value()).isCloseTo(tail * tail * (1 / p + 1 / (1 - p)), within(1e-13));
        }
    }

    @Test
    void atomThatIsAlsoInTheRangeOfAMonotonePiece() {
        // σ = relu(z) − 2 relu(z − 1): flat at 0 for z < 0 (an atom), z on (0, 1), 2 − z beyond, which passes
        // through 0 at z = 2; for 0 < y < 1 the preimages are y and 2 − y, for y < 0 only 2 − y
        ZetaMoments m = moments("relu(z) - 2*relu(z - 1)", K);
        for (int k = 1; k <= K; k++) {
            int kk = k;
            double negative = Reference.hermiteMoment(k, -14, 0);
            double twoBranches = Reference.simpson(y -> {
                double a = Reference.phi(y);
                double b = Reference.phi(2 - y);
                double num = Reference.h(kk, y) * a + Reference.h(kk, 2 - y) * b;
                return num * num / (a + b);
            }, 0, 1, 20_000);
            double expected = negative * negative / 0.5 + twoBranches + Reference.hermiteSquareMoment(k, 2, 14);
            assertAgrees(m.moment(k), expected, 1e-12);
            assertThat(m.moment(k).value()).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void he3AgreesWithTheDensityFormulaFromCardanoRoots() {
        // Independent of the identity E[zeta^2] = E_Z[h_k zeta(σ(Z))] used by the code: for |y| < 2 write
        // y = 2cos θ; the three preimages are z_j = 2cos α_j, α_j = (θ + 2πj)/3, and
        // p(y) dy = Σ_j φ(z_j) (2/3)|sin α_j| dθ, so ∫ p ζ_k² dy = ∫_0^π (Σ v_j h_k(z_j))² / Σ v_j dθ; for
        // |y| > 2 the single preimage has |z| > 2.
        ZetaMoments m = moments("He3", K);
        for (int k = 1; k <= K; k++) {
            int kk = k;
            double inner = Reference.simpson(theta -> {
                double num = 0;
                double den = 0;
                for (int j = 0; j < 3; j++) {
                    double alpha = (theta + 2 * Math.PI * j) / 3;
                    double z = 2 * Math.cos(alpha);
                    double v = Reference.phi(z) * 2.0 / 3 * Math.abs(Math.sin(alpha));
                    num += v * Reference.h(kk, z);
                    den += v;
                }
                return num * num / den;
            }, 0, Math.PI, 20_000);
            double outer = 2 * Reference.hermiteSquareMoment(k, 2, 14);
            assertAgrees(m.moment(k), inner + outer, 1e-12);
            assertThat(m.moment(k).value()).isCloseTo(inner + outer, within(1e-12));
        }
        assertThat(m.moment(3).value()).isCloseTo(1, within(1e-12));
    }

    /** {@code b > 1} with {@code a φ(a) = b φ(b)}, so that {@code E[Z² | a < |Z| < b] = 1}. */
    static double partner(double a) {
        double target = a * Math.exp(-0.5 * a * a);
        double lo = 1;
        double hi = 8;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid * Math.exp(-0.5 * mid * mid) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The even step function equal to 1 on {@code a < |z| < b}: both level sets have {@code E[Z² | set] = 1}. */
    static String generativeExponentFourLink() {
        // E[Z² 1{a<Z<b}] = aφ(a) − bφ(b) + P(a<Z<b), so aφ(a) = bφ(b) gives E[Z² | a<|Z|<b] = 1
        double a = 0.5;
        double b = partner(a);
        return "step(abs(z) - " + a + ") - step(abs(z) - " + b + ")";
    }

    @Test
    void evenStepFunctionWithUnitSecondMomentsHasGenerativeExponentFour() {
        String spec = generativeExponentFourLink();
        ZetaMoments m = moments(spec, 6);
        for (int k = 1; k <= 3; k++) {
            assertThat(Math.abs(m.moment(k).value())).as("k = %d", k).isLessThanOrEqualTo(m.moment(k).error());
            assertThat(m.moment(k).distinguishableFromZero()).isFalse();
            assertThat(m.moment(k).error()).isLessThan(1e-14);
        }
        assertThat(m.moment(4).distinguishableFromZero()).isTrue();
        // two atoms S = {a < |Z| < b} and its complement: E[zeta_4^2] = E[h_4 1_S]^2 (1/P(S) + 1/(1 − P(S)))
        double a = 0.5;
        double b = partner(a);
        double mass = 2 * Reference.simpson(Reference::phi, a, b, 40_000);
        double h4 = 2 * Reference.hermiteMoment(4, a, b);
        assertThat(m.moment(4).value()).isCloseTo(h4 * h4 * (1 / mass + 1 / (1 - mass)), within(1e-13));
    }

    @Test
    void constantLinkCarriesNoInformation() {
        for (ZetaMoment m : moments("0.3", 4).moments()) {
            assertThat(m.value()).isEqualTo(0);
            assertThat(m.distinguishableFromZero()).isFalse();
        }
    }

    @Test
    void listsEveryIndexInOrder() {
        ZetaMoments m = moments("He3", 5);
        assertThat(m.maxK()).isEqualTo(5);
        assertThat(m.moments()).extracting(ZetaMoment::k).containsExactly(1, 2, 3, 4, 5);
        assertThat(m.moment(3)).isSameAs(m.moments().get(2));
        assertThatThrownBy(() -> m.moment(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadInput() {
        LabelModel model = new LabelModel.Deterministic(Link.parse("He3"));
        assertThatThrownBy(() -> ZetaMoments.of(model, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxK");
        assertThatThrownBy(() -> ZetaMoments.of(model, ZetaMoments.MAX_K + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxK");
        assertThatThrownBy(() -> ZetaMoments.of(null, 3)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> moments("exp(z^3)", 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not finite at z = ");
        assertThatThrownBy(() -> ZetaMoment.of(0, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index k");
        assertThatThrownBy(() -> ZetaMoment.of(1, 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("error estimate");
        assertThatThrownBy(() -> ZetaMoment.of(1, Double.POSITIVE_INFINITY, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
        // the double is held exactly
        assertThat(ZetaMoment.of(2, 0.1, 1e-17).value()).isEqualTo(0.1);
        assertThat(ZetaMoment.of(2, 0.1, 1e-17).error()).isEqualTo(1e-17);
    }
}
