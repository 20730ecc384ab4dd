package org.sgdx.reference.exponent.zeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

class ZetaTransformTest {

    private static LabelModel deterministic(String spec) {
        return new LabelModel.Deterministic(Link.parse(spec));
    }

    @Test
    void reluHasAnAtomAtZeroAndIsTheIdentityAbove() {
        ZetaTransform t = ZetaTransform.at(deterministic("relu"), 3, 1.0, -1.0, 2.5);
        assertThat(t.certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(t.points().get(0).zeta()).isCloseTo(Reference.h(3, 1), within(1e-14));
        assertThat(t.points().get(0).density()).isCloseTo(Reference.phi(1), within(1e-15));
        assertThat(t.points().get(1).density()).isZero();
        assertThat(t.points().get(1).zeta()).isNaN();
        assertThat(t.points().get(2).zeta()).isCloseTo(Reference.h(3, 2.5), within(1e-13));
        assertThat(t.atoms()).hasSize(1);
        ZetaTransform.Atom atom = t.atoms().get(0);
        assertThat(atom.y()).isZero();
        assertThat(atom.mass()).isCloseTo(0.5, within(1e-16));
        assertThat(atom.zeta()).isCloseTo(2 * Reference.hermiteMoment(3, -14, 0), within(1e-14));
    }

    @Test
    void squareAveragesTheTwoPreimages() {
        for (double y : new double[] {0.5, 2, 7}) {
            double r = Math.sqrt(y);
            ZetaTransform t2 = ZetaTransform.at(deterministic("z^2"), 2, y);
            assertThat(t2.points().get(0).zeta()).isCloseTo(Reference.h(2, r), within(1e-13));
            assertThat(t2.points().get(0).density()).isCloseTo(Reference.phi(r) / r, within(1e-15));
            ZetaTransform t1 = ZetaTransform.at(deterministic("z^2"), 1, y);
            assertThat(t1.points().get(0).zeta()).isCloseTo(0, within(1e-14));
            assertThat(t1.atoms()).isEmpty();
        }
    }

    @Test
    void he3MatchesCardanoRoots() {
        for (double y : new double[] {-1.5, 0.3, 1.9, 3, -5, 40}) {
            double[] roots;
            if (Math.abs(y) < 2) {
                double theta = Math.acos(y / 2);
                roots = new double[3];
                for (int j = 0; j < 3; j++) {
                    roots[j] = 2 * Math.cos((theta + 2 * Math.PI * j) / 3);
                }
            } else {
                double s = Math.sqrt(y * y / 4 - 1);
                roots = new double[] {Math.cbrt(y / 2 + s) + Math.cbrt(y / 2 - s)};
            }
            for (int k = 1; k <= 5; k++) {
                double num = 0;
                double den = 0;
                for (double z : roots) {
                    double w = Reference.phi(z) / Math.abs(3 * z * z - 3);
                    num += w * Reference.h(k, z);
                    den += w;
                }
                ZetaTransform.Point p = ZetaTransform.at(deterministic("He3"), k, y).points().get(0);
                double zeta = num / den;
                assertThat(p.zeta()).as("zeta_%d(%s)", k, y).isCloseTo(zeta, within(1e-12 * (1 + Math.abs(zeta))));
                assertThat(p.density()).isCloseTo(den, within(1e-14 + 1e-12 * den));
            }
        }
    }

    @Test
    void noisyIdentityLinkFollowsMehler() {
        double tau = 0.5;
        double s = Math.sqrt(1 + tau * tau);
        LabelModel model = new LabelModel.Noisy(Link.parse("z"), BigFraction.of(1, 2));
        for (int k = 1; k <= 6; k++) {
            ZetaTransform t = ZetaTransform.onGrid(model, k, -4, 4, 17);
            assertThat(t.atoms()).isEmpty();
            for (ZetaTransform.Point p : t.points()) {
                double expected = Math.pow(1 / s, k) * Reference.h(k, p.y() / s);
                assertThat(p.zeta()).as("zeta_%d(%s)", k, p.y()).isCloseTo(expected, within(1e-11));
                assertThat(p.density()).isCloseTo(Reference.phi(p.y() / s) / s, within(1e-13));
            }
        }
    }

    @Test
    void binaryLabelsAreTwoAtoms() {
        ZetaTransform t = ZetaTransform.onDefaultGrid(new LabelModel.Binary(Link.parse("step")), 1, 3);
        assertThat(t.points()).extracting(ZetaTransform.Point::y).containsExactly(-1.0, 0.0, 1.0);
        assertThat(t.points()).allSatisfy(p -> assertThat(p.zeta()).isNaN());
        assertThat(t.atoms()).hasSize(2);
        double c = Math.sqrt(2 / Math.PI);
        assertThat(t.atoms().get(0).y()).isEqualTo(-1);
        assertThat(t.atoms().get(0).mass()).isCloseTo(0.5, within(1e-15));
        assertThat(t.atoms().get(0).zeta()).isCloseTo(-c, within(1e-14));
        assertThat(t.atoms().get(1).y()).isEqualTo(1);
        assertThat(t.atoms().get(1).zeta()).isCloseTo(c, within(1e-14));
    }

    @Test
    void defaultGridCoversTheCentralPartOfTheLabels() {
        double q = 3.2905267314918945; // Φ^{-1}(0.9995)
        ZetaTransform relu = ZetaTransform.onDefaultGrid(deterministic("relu"), 2, 11);
        assertThat(relu.points()).hasSize(11);
        assertThat(relu.points().get(0).y()).isZero();
        assertThat(relu.points().get(10).y()).isCloseTo(q, within(0.05));
        ZetaTransform noisy = ZetaTransform.onDefaultGrid(new LabelModel.Noisy(Link.parse("z"), BigFraction.ONE), 2, 5);
        assertThat(noisy.points().get(0).y()).isCloseTo(-q * Math.sqrt(2), within(0.05));
        assertThat(noisy.points().get(4).y()).isCloseTo(q * Math.sqrt(2), within(0.05));
        ZetaTransform constant = ZetaTransform.onDefaultGrid(deterministic("2"), 2, 3);
        assertThat(constant.points()).extracting(ZetaTransform.Point::y).containsExactly(1.0, 2.0, 3.0);
        assertThat(constant.atoms()).singleElement().satisfies(a -> {
            assertThat(a.mass()).isEqualTo(1);
            assertThat(a.zeta()).isCloseTo(0, within(1e-15));
        });
    }

    @Test
    void rejectsBadInput() {
        LabelModel model = deterministic("He3");
        assertThatThrownBy(() -> ZetaTransform.onGrid(model, 0, -1, 1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k must be");
        assertThatThrownBy(() -> ZetaTransform.onGrid(model, 2, 1, 1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yMin < yMax");
        assertThatThrownBy(() -> ZetaTransform.onGrid(model, 2, Double.NaN, 1, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZetaTransform.onGrid(model, 2, -1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points");
        assertThatThrownBy(() -> ZetaTransform.at(model, 2, 0.5, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> ZetaTransform.onDefaultGrid(new LabelModel.Binary(Link.parse("z")), 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q(");
    }
}
