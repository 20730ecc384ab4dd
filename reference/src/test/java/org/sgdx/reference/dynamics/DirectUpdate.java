package org.sgdx.reference.dynamics;

import java.math.BigDecimal;
import java.math.MathContext;
import org.sgdx.reference.link.Expr;

/**
 * The factor ψ of an update evaluated from its definition (MATH.md §5): the inner step, the displaced point and the
 * updated second-layer weight are computed as numbers, with no expansion. For a polynomial activation and the plain
 * reuse step this equals the polynomial {@link Psi}; written for the tests only.
 */
record DirectUpdate(UpdateRule rule) {

    BigDecimal psi(BigDecimal y, BigDecimal z, BigDecimal eta, BigDecimal d, MathContext mc) {
        Expr sigma = rule.activation().expression();
        Expr sigma1 = sigma.derivative();
        BigDecimal a = new BigDecimal(rule.a().getNumerator()).divide(new BigDecimal(rule.a().getDenominator()), mc);
        boolean squared = rule.loss() == Loss.SQUARED;
        switch (rule.algorithm()) {
            case ONLINE:
                return factor(a, y, sigma.value(z, mc), sigma1.value(z, mc), squared, mc);
            case REUSE: {
                BigDecimal g = factor(a, y, sigma.value(z, mc), sigma1.value(z, mc), squared, mc);
                BigDecimal moved = z.add(eta.multiply(d, mc).multiply(g, mc), mc);
                return factor(a, y, sigma.value(moved, mc), sigma1.value(moved, mc), squared, mc);
            }
            case ALTERNATING: {
                BigDecimal s = sigma.value(z, mc);
                BigDecimal error = squared ? y.subtract(a.multiply(s, mc), mc) : y;
                BigDecimal updated = a.add(eta.multiply(error, mc).multiply(s, mc), mc);
                return factor(updated, y, s, sigma1.value(z, mc), squared, mc);
            }
            default:
                throw new AssertionError(rule.algorithm());
        }
    }

    /** {@code a (y − a σ) σ'} or {@code a y σ'}. */
    private static BigDecimal factor(BigDecimal a, BigDecimal y, BigDecimal s, BigDecimal s1, boolean squared,
            MathContext mc) {
        BigDecimal error = squared ? y.subtract(a.multiply(s, mc), mc) : y;
        return a.multiply(error, mc).multiply(s1, mc);
    }
}
