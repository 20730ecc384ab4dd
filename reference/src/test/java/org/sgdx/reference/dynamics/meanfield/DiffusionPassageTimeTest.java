package org.sgdx.reference.dynamics.meanfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.dynamics.RealValue;

class DiffusionPassageTimeTest {

    private static RealValue q(long num, long den) {
        return RealValue.of(BigFraction.of(num, den));
    }

    /**
     * Brownian motion with constant drift μ and variance σ²: {@code E τ = (c − x)/μ} without boundary; the reflecting
     * boundary changes it by {@code (σ²/2μ²)(e^{−2μ(x−L)/σ²} − e^{−2μ(c−L)/σ²})}, which the placement of {@code L}
     * makes smaller than {@code 10^{−30}} relative. Agreement to 20 digits.
     */
    @Test
    void constantCoefficientsGiveTheDistanceOverTheDrift() {
        DiffusionPassageTime bm = DiffusionPassageTime.of(List.of(q(3, 1000)), List.of(q(1, 100_000)));
        DiffusionPassageTime.Result r = bm.meanTime(new BigDecimal("0.1"), new BigDecimal("0.5"), 20);
        BigDecimal exact = new BigDecimal("0.4").divide(new BigDecimal("0.003"), new MathContext(40));
        assertThat(r.time().value().subtract(exact).abs()).isLessThan(exact.scaleByPowerOfTen(-19));
        assertThat(r.time().error()).isLessThan(exact.scaleByPowerOfTen(-19));
        assertThat(r.lowerBoundary()).isLessThan(new BigDecimal("0.1"));
    }

    /**
     * Not the same identity: for {@code b(m) = μ(1 − m)} and constant σ² the time solves {@code (σ²/2)T'' + bT' = −1};
     * here the check is the ladder: the result at 20 digits lies within its error estimate of the result at 22
     * digits (computed with other node counts and precisions), and the estimate is below {@code 10^{−19}} relative.
     */
    @Test
    void precisionLadderIsConsistent() {
        DiffusionPassageTime d = DiffusionPassageTime.of(List.of(q(1, 100), q(-1, 100)), List.of(q(1, 1000), q(0, 1),
                q(-1, 1000)));
        DiffusionPassageTime.Result low = d.meanTime(new BigDecimal("0.05"), new BigDecimal("0.5"), 20);
        DiffusionPassageTime.Result high = d.meanTime(new BigDecimal("0.05"), new BigDecimal("0.5"), 22);
        BigDecimal t = high.time().value();
        assertThat(low.time().value().subtract(t).abs()).isLessThanOrEqualTo(low.time().error()
                .add(t.scaleByPowerOfTen(-20)));
        assertThat(low.time().error()).isLessThan(t.scaleByPowerOfTen(-19));
        // the deterministic limit: ∫ dm / b(m) = ln((1 − x)/(1 − c))/μ is a lower bound of the same order
        double ode = Math.log(0.95 / 0.5) / 0.01;
        assertThat(t.doubleValue()).isGreaterThan(0.5 * ode).isLessThan(2 * ode);
    }

    @Test
    void badArgumentsAreRefused() {
        DiffusionPassageTime d = DiffusionPassageTime.of(List.of(q(1, 100)), List.of(q(1, 1000)));
        assertThatThrownBy(() -> d.meanTime(new BigDecimal("0.5"), new BigDecimal("0.1"), 20))
                .hasMessageContaining("x < c");
        assertThatThrownBy(() -> d.meanTime(new BigDecimal("0.1"), new BigDecimal("0.5"), 0))
                .hasMessageContaining("digits");
        DiffusionPassageTime negative = DiffusionPassageTime.of(List.of(q(1, 100)), List.of(q(-1, 1000)));
        assertThatThrownBy(() -> negative.meanTime(new BigDecimal("0.1"), new BigDecimal("0.5"), 20))
                .hasMessageContaining("not positive");
    }
}
