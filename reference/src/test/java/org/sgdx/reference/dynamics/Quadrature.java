package org.sgdx.reference.dynamics;

import java.math.BigDecimal;
import java.math.MathContext;
import org.sgdx.reference.link.Expr;

/**
 * Two-dimensional Gauss–Hermite quadrature of the drift and the second moments over {@code (z, v)} with
 * {@code u = m z + √(1 − m²) v} (MATH.md §4, §7), using {@link DirectUpdate}: an independent route to the quantities
 * that the code under test derives from Hermite coefficients and Mehler's formula.
 */
final class Quadrature {

    /** {@code E[ψ], E[ψ (u − m z)], E[ψ²], E[ψ² v²]}. */
    record Moments(BigDecimal mean, BigDecimal drift, BigDecimal psiSquared, BigDecimal psiSquaredV2) {
    }

    private Quadrature() {
    }

    static Moments moments(UpdateRule rule, Expr target, BigDecimal m, BigDecimal eta, BigDecimal d, GaussHermite rule2,
            MathContext mc) {
        DirectUpdate update = new DirectUpdate(rule);
        BigDecimal c = BigDecimal.ONE.subtract(m.multiply(m, mc), mc).sqrt(mc);
        BigDecimal mean = BigDecimal.ZERO;
        BigDecimal drift = BigDecimal.ZERO;
        BigDecimal square = BigDecimal.ZERO;
        BigDecimal squareV2 = BigDecimal.ZERO;
        int n = rule2.nodes.length;
        for (int i = 0; i < n; i++) {
            BigDecimal z = rule2.nodes[i];
            for (int j = 0; j < n; j++) {
                BigDecimal v = rule2.nodes[j];
                BigDecimal w = rule2.weights[i].multiply(rule2.weights[j], mc);
                BigDecimal u = m.multiply(z, mc).add(c.multiply(v, mc), mc);
                BigDecimal psi = update.psi(target.value(u, mc), z, eta, d, mc);
                BigDecimal wpsi = w.multiply(psi, mc);
                mean = mean.add(wpsi, mc);
                drift = drift.add(wpsi.multiply(u.subtract(m.multiply(z, mc), mc), mc), mc);
                BigDecimal wpsi2 = wpsi.multiply(psi, mc);
                square = square.add(wpsi2, mc);
                squareV2 = squareV2.add(wpsi2.multiply(v.multiply(v, mc), mc), mc);
            }
        }
        return new Moments(mean, drift, square, squareV2);
    }
}
