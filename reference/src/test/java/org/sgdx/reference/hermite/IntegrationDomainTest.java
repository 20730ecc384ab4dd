package org.sgdx.reference.hermite;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.Link;

class IntegrationDomainTest {

    private static final MathContext MC = new MathContext(60);

    private static IntegrationDomain domain(String spec) {
        return IntegrationDomain.of(Link.parse(spec).expression(), 10, 30, MC);
    }

    @Test
    void kinksAreRefinedToTheWorkingPrecision() {
        BigDecimal r = BigDecimal.valueOf(2).sqrt(new MathContext(80));
        List<BigDecimal> kinks = domain("abs(z^2 - 2) + relu(z) + step(3*z - 1)").kinks();
        assertThat(kinks).hasSize(4);
        assertThat(kinks.get(0).add(r).abs()).isLessThan(new BigDecimal("1e-57"));
        assertThat(kinks.get(1)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(kinks.get(2).subtract(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC)).abs())
                .isLessThan(new BigDecimal("1e-57"));
        assertThat(kinks.get(3).subtract(r).abs()).isLessThan(new BigDecimal("1e-57"));
    }

    @Test
    void zerosWithoutSignChangeAreNotKinks() {
        // (z − 1/3)² ≥ 0 touches 0 between grid points: relu of it is smooth
        assertThat(domain("relu((z - 1/3)^2)").kinks()).isEmpty();
        assertThat(domain("tanh").kinks()).isEmpty();
    }

    @Test
    void cutoffFollowsTheGrowthOfTheFunction() {
        IntegrationDomain tanh = domain("tanh");
        IntegrationDomain exp = domain("exp(3*z)");
        assertThat(tanh.cutoff()).isGreaterThan(BigDecimal.valueOf(8)).isLessThan(BigDecimal.valueOf(20));
        // e^{3z} φ(z) = e^{9/2} φ(z − 3): the right tail starts about 3 later
        assertThat(exp.cutoff().subtract(tanh.cutoff())).isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
        assertThat(tanh.log10Tail()).isLessThan(tanh.log10Norm() - 30);
        assertThat(tanh.cutoff().multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
    }

    @Test
    void refineFindsARootOrReportsNone() {
        Expr g = Link.parse("z^3 - 2").expression();
        BigDecimal root = IntegrationDomain.refine(g, g.derivative(), BigDecimal.ONE, BigDecimal.valueOf(2), MC);
        assertThat(root.pow(3, MC).subtract(BigDecimal.valueOf(2)).abs()).isLessThan(new BigDecimal("1e-57"));
        assertThat(IntegrationDomain.refine(g, g.derivative(), BigDecimal.valueOf(2), BigDecimal.valueOf(3), MC))
                .isNull();
    }
}
