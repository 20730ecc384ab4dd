package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.numeric.WorkLimit;

/** Hermite coefficients {@code u_k(f) = E[f(Z) He_k(Z)] / k!}: exact for exact forms, validated estimates otherwise. */
class HermiteExpansionsTest {

    private static final MathContext MC = new MathContext(40);

    private static ZFunction link(String specification) {
        return ZFunction.of(Link.parse(specification).expression());
    }

    private static RealValue q(long p, long r) {
        return RealValue.of(BigFraction.of(p, r));
    }

    private static HermiteExpansions expansions() {
        return new HermiteExpansions(20, WorkLimit.unlimited());
    }

    @Test
    void polynomialsHaveExactCoefficientsThatEndAtTheirDegree() {
        // z³ = He3 + 3 He1, z² + 1 = He2 + 2
        HermiteExpansions h = expansions();
        assertThat(h.u(ZFunction.Z.pow(3), 5)).containsExactly(RealValue.ZERO, q(3, 1), RealValue.ZERO, q(1, 1),
                RealValue.ZERO, RealValue.ZERO);
        assertThat(h.u(ZFunction.Z.pow(2).add(ZFunction.ONE), 2)).containsExactly(q(2, 1), RealValue.ZERO, q(1, 1));
        assertThat(h.u(ZFunction.Z.pow(3), 0)).containsExactly(RealValue.ZERO);
    }

    @Test
    void breakpointFunctionsHaveExactCoefficients() {
        // relu: u_0 = ω, u_1 = 1/2, u_2 = ω/2 with ω = 1/√(2π)
        RealValue omega = RealValue.of(ExactReal.of(ExactNumber.OMEGA));
        assertThat(expansions().u(link("relu"), 2)).containsExactly(omega, q(1, 2), omega.multiply(BigFraction.of(1, 2)));
    }

    /** A request for more coefficients than were computed computes them; a request for fewer returns a prefix. */
    @Test
    void laterRequestsForMoreOrFewerCoefficients() {
        HermiteExpansions h = expansions();
        ZFunction f = ZFunction.Z.pow(4);
        List<RealValue> three = h.u(f, 2);
        assertThat(h.u(f, 3)).hasSize(4).startsWith(three.toArray(new RealValue[0]));
        assertThat(h.u(f, 4)).hasSize(5).endsWith(q(1, 1));
        assertThat(h.u(f, 1)).hasSize(2).containsExactly(q(3, 1), RealValue.ZERO);
        ZFunction cos = link("cos");
        List<RealValue> one = h.u(cos, 1);
        List<RealValue> more = h.u(cos, 2);
        assertThat(more).hasSize(3);
        // a new quadrature: the same values within the errors
        assertThat(more.get(0).toBigDecimal(MC).subtract(one.get(0).toBigDecimal(MC)).abs())
                .isLessThanOrEqualTo(more.get(0).error().add(one.get(0).error()));
        assertThat(h.u(cos, 0)).containsExactly(more.get(0));
    }

    /**
     * Numerical coefficients are estimates with a small error, and exact zeros where the parity forces them:
     * {@code u_k(cos) = E[cos^{(k)}(Z)] / k!}, so {@code u_0 = e^{−1/2}}, {@code u_2 = −e^{−1/2}/2}, odd ones zero.
     */
    @Test
    void numericalCoefficientsAreEstimatesWithParityZeros() {
        HermiteExpansions h = expansions();
        BigDecimal e = BigDecimal.ONE.divide(new BigDecimal("1.6487212707001281468486507878141635716537761007"), MC);
        List<RealValue> cos = h.u(link("cos"), 3);
        assertThat(cos.get(1)).isEqualTo(RealValue.ZERO);
        assertThat(cos.get(3)).isEqualTo(RealValue.ZERO);
        assertThat(cos.get(0)).isInstanceOf(RealValue.Approximate.class);
        assertThat(cos.get(0).toBigDecimal(MC).subtract(e).abs()).isLessThan(new BigDecimal("1e-18"));
        assertThat(cos.get(2).toBigDecimal(MC).subtract(e.negate().divide(BigDecimal.valueOf(2))).abs())
                .isLessThan(new BigDecimal("1e-18"));
        assertThat(cos.get(0).error()).isLessThan(new BigDecimal("1e-18"));
        List<RealValue> tanh = h.u(link("tanh"), 3);
        assertThat(tanh.get(0)).isEqualTo(RealValue.ZERO);
        assertThat(tanh.get(2)).isEqualTo(RealValue.ZERO);
        assertThat(tanh.get(1)).isInstanceOf(RealValue.Approximate.class);
        assertThat(tanh.get(3)).isInstanceOf(RealValue.Approximate.class);
        // no parity: every coefficient is an estimate, u_0(sigmoid) = 1/2 by symmetry
        List<RealValue> sigmoid = h.u(link("sigmoid"), 2);
        assertThat(sigmoid).allMatch(x -> x instanceof RealValue.Approximate);
        assertThat(sigmoid.get(0).toBigDecimal(MC).subtract(new BigDecimal("0.5")).abs())
                .isLessThan(new BigDecimal("1e-18"));
        assertThat(sigmoid.get(2).isZero()).isTrue();
    }

    /** The plan estimates only numerical expansions, and refuses them before anything is spent. */
    @Test
    void planRefusesNumericalWorkBeyondTheLimit() {
        WorkLimit limit = WorkLimit.of(1, (s, l) -> { });
        HermiteExpansions h = new HermiteExpansions(20, limit);
        h.plan(Map.of(ZFunction.Z.pow(3), 10, link("relu"), 10), "exact ones");
        h.plan(Map.of(link("tanh"), -1), "none needed");
        assertThatThrownBy(() -> h.plan(Map.of(link("tanh"), 0, ZFunction.Z, 3), "the test"))
                .isInstanceOfSatisfying(WorkLimit.WorkLimitExceededException.class, x -> {
                    assertThat(x.reason()).isEqualTo(WorkLimit.Reason.ESTIMATED);
                    assertThat(x.what()).isEqualTo("the test (1 numerical integrals at 20 digits)");
                });
        assertThat(limit.spent()).isZero();
        WorkLimit large = WorkLimit.of(Long.MAX_VALUE / 2, (s, l) -> { });
        new HermiteExpansions(20, large).plan(Map.of(link("tanh"), 4, link("cos"), 4), "two");
        assertThat(large.spent()).isZero();
    }
}
