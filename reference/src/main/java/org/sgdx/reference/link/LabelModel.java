package org.sgdx.reference.link;

import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * How a label {@code y} is drawn given the teacher field {@code z = ⟨θ, x⟩} (MATH.md §1).
 */
public sealed interface LabelModel {

    /** The link that enters the Hermite expansions: {@code σ*} for the first two models, {@code q} for binary. */
    Link link();

    /** A short name: {@code deterministic}, {@code noisy} or {@code binary}. */
    String kind();

    /** {@code y = σ*(z)}. */
    record Deterministic(Link link) implements LabelModel {
        public Deterministic {
            Objects.requireNonNull(link, "link");
        }

        @Override
        public String kind() {
            return "deterministic";
        }
    }

    /** {@code y = σ*(z) + τ ε} with {@code ε ~ N(0, 1)} independent and {@code τ > 0}. */
    record Noisy(Link link, BigFraction tau) implements LabelModel {
        public Noisy {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(tau, "tau");
            if (tau.signum() <= 0) {
                throw new IllegalArgumentException("the noise level tau must be positive, got " + tau);
            }
        }

        @Override
        public String kind() {
            return "noisy";
        }
    }

    /** {@code y = ±1} with {@code P(y = +1 | z) = q(z)}, where {@code 0 ≤ q ≤ 1}. */
    record Binary(Link link) implements LabelModel {
        public Binary {
            Objects.requireNonNull(link, "link");
        }

        @Override
        public String kind() {
            return "binary";
        }
    }
}
