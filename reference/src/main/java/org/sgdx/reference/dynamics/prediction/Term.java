package org.sgdx.reference.dynamics.prediction;

import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.dynamics.RealValue;

/**
 * One monomial {@code c η^n d^k} of a coefficient {@code μ_i}, and the line it gives for the theorem's term
 * {@code T_i = μ_i^{−2} d^{(i−1)∨1}} (MATH.md §6) when it dominates {@code μ_i}: with {@code η = d^q},
 * {@code log_d T_i = e_i − 2k − 2n q} up to constants, {@code e_i = max(i − 1, 1)}.
 *
 * @param i the index of the coefficient
 * @param etaPower {@code n}
 * @param dPower {@code k}
 * @param coefficient {@code c}
 */
public record Term(int i, int etaPower, int dPower, RealValue coefficient) {

    public Term {
        if (i < 1 || etaPower < 0 || dPower < 0) {
            throw new IllegalArgumentException("invalid term: i = " + i + ", n = " + etaPower + ", k = " + dPower);
        }
        Objects.requireNonNull(coefficient, "coefficient");
    }

    /** {@code e_i = (i − 1) ∨ 1}, the power of {@code d} in the theorem. */
    public int dimensionExponent() {
        return Math.max(i - 1, 1);
    }

    /** The exponent of {@code d} in {@code T} at {@code η = 1}: {@code e_i − 2k}. */
    public BigFraction intercept() {
        return BigFraction.of(dimensionExponent() - 2L * dPower);
    }

    /** The slope of {@code log_d T} in {@code q = log_d η}: {@code −2n}. */
    public BigFraction slope() {
        return BigFraction.of(-2L * etaPower);
    }

    /** {@code log_d} of this term's {@code T_i} at {@code η = d^q}, constants dropped. */
    public BigFraction exponentAt(BigFraction q) {
        return intercept().add(slope().multiply(q));
    }
}
