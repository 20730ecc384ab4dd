package org.sgdx.reference.dynamics.prediction;

import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * A phase boundary {@code η ≍ d^q}: the index of the smallest term of the theorem's minimum changes there.
 *
 * @param q the exponent, an exact rational
 * @param before the index {@code i} below the boundary (0 when no term is positive there)
 * @param after the index above it (0 when no term is positive there)
 */
public record Kink(BigFraction q, int before, int after) {

    public Kink {
        Objects.requireNonNull(q, "q");
    }
}
