package org.sgdx.reference.exponent.zeta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sgdx.reference.link.Link;

class LinkStructureTest {

    private static LinkStructure analyse(String spec) {
        return LinkStructure.analyse(Link.parse(spec).expression(), 10, "link", true);
    }

    @Test
    void he3HasThreeMonotonePiecesSplitAtItsCriticalPoints() {
        LinkStructure s = analyse("He3");
        assertThat(s.levels).isEmpty();
        assertThat(s.monotone).hasSize(3);
        assertThat(s.monotone.get(0).b).isCloseTo(-1, within(1e-13));
        assertThat(s.monotone.get(1).hi).isCloseTo(2, within(1e-13));
        assertThat(s.monotone.get(1).lo).isCloseTo(-2, within(1e-13));
        assertThat(s.criticalValues()).hasSize(4);
        LinkStructure.Monotone middle = s.monotone.get(1);
        assertThat(middle.preimage(1.5)).isCloseTo(2 * Math.cos((Math.acos(0.75) + 4 * Math.PI) / 3), within(1e-15));
        assertThat(middle.preimage(2.5)).isNaN();
    }

    @Test
    void reluHasAFlatHalfLineExtendedToInfinity() {
        LinkStructure s = analyse("relu");
        assertThat(s.levels).singleElement().satisfies(level -> {
            assertThat(level.value()).isZero();
            assertThat(level.intervals()).singleElement().satisfies(iv -> {
                assertThat(iv[0]).isEqualTo(Double.NEGATIVE_INFINITY);
                assertThat(iv[1]).isCloseTo(0, within(1e-15));
            });
        });
        assertThat(s.monotone).hasSize(1);
    }

    @Test
    void flatPiecesAtOneLevelAreMerged() {
        LinkStructure s = analyse("step(abs(z) - 1/2) - step(abs(z) - 2)");
        assertThat(s.monotone).isEmpty();
        assertThat(s.levels).hasSize(2);
        assertThat(s.levels.get(0).value()).isZero();
        double[] m = new double[3];
        s.levels.get(0).moments(m);
        double inside = 2 * Reference.simpson(Reference::phi, 0.5, 2, 40_000);
        assertThat(m[0]).isCloseTo(1 - inside, within(1e-15));
        s.levels.get(1).moments(m);
        assertThat(m[0]).isCloseTo(2 * (Reference.simpson(Reference::phi, 0.5, 2, 40_000)), within(1e-15));
        assertThat(m[1]).isCloseTo(0, within(1e-16));
    }

    @Test
    void saturationInDoubleIsNotAFlatPiece() {
        // tanh(20 z) rounds to ±1 for |z| > 1 but is strictly increasing
        LinkStructure s = analyse("tanh(20*z)");
        assertThat(s.levels).isEmpty();
        assertThat(s.monotone).allSatisfy(p -> assertThat(p.hi).isGreaterThanOrEqualTo(p.lo));
    }

    @Test
    void risesNearACriticalPointAreComputedFromTheDerivative() {
        LinkStructure s = analyse("cos");
        LinkStructure.Monotone right = s.monotone.stream().filter(p -> p.a > -1e-12 && p.a < 1e-12).findFirst()
                .orElseThrow();
        double z = 1e-6;
        // cos z − cos(0) = −2 sin²(z/2), which the plain difference gets to only about 1e-4 relative here
        double exact = -2 * Math.sin(z / 2) * Math.sin(z / 2);
        double e = right.a;
        double fromEnd = -2 * Math.sin((z - e) / 2) * Math.sin((z + e) / 2);
        assertThat(right.rise(s.derivative, true, z)).isCloseTo(fromEnd, within(1e-15 * Math.abs(exact)));
        assertThat(right.preimageFromEnd(s.derivative, true, fromEnd)).isCloseTo(z, within(1e-20));
    }

    @Test
    void rejectsLinksThatOverflow() {
        assertThatThrownBy(() -> analyse("exp(z^2)^10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not finite");
    }
}
