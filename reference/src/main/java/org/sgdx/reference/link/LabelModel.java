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

    /**
     * The label model named {@code kind} ({@code deterministic}, {@code noisy} or {@code binary}, any case; when
     * {@code null}, noisy if a noise level is given and deterministic otherwise).
     *
     * @param tau the noise level of noisy labels, or {@code null}
     * @throws IllegalArgumentException for another name, a noise level without noisy labels, or noisy labels
     *     without a noise level
     */
    static LabelModel of(String kind, Link link, BigFraction tau) {
        String k = kind == null ? (tau == null ? "deterministic" : "noisy") : kind.strip().toLowerCase(java.util.Locale.ROOT);
        if (tau != null && !k.equals("noisy")) {
            throw new IllegalArgumentException("--noise needs --labels noisy");
        }
        return switch (k) {
            case "deterministic" -> new Deterministic(link);
            case "noisy" -> {
                if (tau == null) {
                    throw new IllegalArgumentException("--labels noisy needs --noise TAU with TAU > 0");
                }
                yield new Noisy(link, tau);
            }
            case "binary" -> new Binary(link);
            default -> throw new IllegalArgumentException(
                    "--labels must be deterministic, noisy or binary, got '" + kind + "'");
        };
    }

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
