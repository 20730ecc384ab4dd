package org.sgdx.reference.dynamics.prediction;

import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A range {@code d^{from} < η < d^{to}} in which one term of the theorem's minimum is the smallest (MATH.md §6):
 * {@code T ≍ c^{−2} η^{−2n} d^{e_i − 2k}}, i.e. {@code log_d T = intercept + slope · q} at {@code η = d^q}.
 *
 * @param from the lower end {@code q}, empty for {@code −∞}
 * @param to the upper end {@code q}, empty for {@code +∞}
 * @param term the winning term, empty when no {@code μ_i} is positive there (no recovery predicted)
 */
public record Regime(Optional<BigFraction> from, Optional<BigFraction> to, Optional<Term> term) {

    public Regime {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(term, "term");
    }
}
