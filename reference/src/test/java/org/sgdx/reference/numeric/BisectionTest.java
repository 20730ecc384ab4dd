package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.numbers.gamma.Erf;
import org.junit.jupiter.api.Test;

/** Bisection on the side of a point, against mpmath's zero and a known classification boundary. */
class BisectionTest {

    @Test
    void findsTheReferenceZeroFromTheSignAlone() {
        double exact = ReferenceData.value("numerics-40-digits.csv", "root", "erf-half").doubleValue();
        double x = Bisection.boundary(z -> Erf.value(z) < 0.5, -1, 3, 200);
        assertThat(x).isCloseTo(exact, within(4 * Math.ulp(exact)));
    }

    @Test
    void findsWhereAClassificationChangesEvenWithTheBracketReversed() {
        assertThat(Bisection.boundary(z -> !(z > Math.PI), 3, 4, 90)).isCloseTo(Math.PI, within(1e-15));
        assertThat(Bisection.boundary(z -> z > Math.PI, 4, 3, 90)).isCloseTo(Math.PI, within(1e-15));
    }

    @Test
    void stopsAtAdjacentDoublesOrAfterTheGivenNumberOfHalvings() {
        AtomicInteger calls = new AtomicInteger();
        Bisection.boundary(z -> calls.incrementAndGet() > 0 && z < 1.5, 1, 2, 1000);
        // [1, 2] holds 2^52 doubles: 52 halvings reach adjacent ones
        assertThat(calls.get()).isEqualTo(52);
        calls.set(0);
        double coarse = Bisection.boundary(z -> calls.incrementAndGet() > 0 && z < 1.3, 1, 2, 3);
        assertThat(calls.get()).isEqualTo(3);
        // after three halvings the bracket is [1.25, 1.375]
        assertThat(coarse).isEqualTo(1.3125);
    }
}
