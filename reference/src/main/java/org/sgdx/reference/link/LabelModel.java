package org.sgdx.reference.link;

import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Option;

/**
 * How a label {@code y} is drawn given the teacher field {@code z = ⟨θ, x⟩} (MATH.md §1).
 */
public sealed interface LabelModel {

    /** The link that enters the Hermite expansions: {@code σ*} for the first two models, {@code q} for binary. */
    Link link();

    /** Which of the three models this is. */
    Type type();

    /** A short name: {@code deterministic}, {@code noisy} or {@code binary}, the key of {@link #type()}. */
    default String kind() {
        return type().key();
    }

    /** The noise level τ of noisy labels, 0 for the other models. */
    default BigFraction noise() {
        return BigFraction.ZERO;
    }

    /** The three label models, by the value of the parameter {@code labels}. */
    enum Type implements Option {
        /** {@code y = σ*(z)} (the default). */
        DETERMINISTIC("deterministic"),
        /** {@code y = σ*(z) + τ ε}. */
        NOISY("noisy"),
        /** {@code y = ±1} with {@code P(y = +1 | z) = q(z)}. */
        BINARY("binary");

        /** The keys in declaration order, {@code |}-separated, as a constant for command-line labels. */
        public static final String KEYS = "deterministic|noisy|binary";

        private final String key;

        Type(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        /** Parses {@code deterministic | noisy | binary}; the exception names the parameter {@code labels}. */
        public static Type parse(String value) {
            return Option.parse(Type.class, "labels", value);
        }
    }

    /**
     * The label model named {@code kind} ({@code deterministic}, {@code noisy} or {@code binary}, any case; when
     * {@code null}, noisy if a noise level is given and deterministic otherwise).
     *
     * @param tau the noise level of noisy labels, or {@code null}
     * @throws IllegalArgumentException for another name, a noise level without noisy labels, or noisy labels
     *     without a noise level
     */
    static LabelModel of(String kind, Link link, BigFraction tau) {
        return of(kind == null ? (tau == null ? Type.DETERMINISTIC : Type.NOISY) : Type.parse(kind), link, tau);
    }

    /**
     * The label model of this type.
     *
     * @param tau the noise level of noisy labels, or {@code null}
     * @throws IllegalArgumentException for a noise level without noisy labels, or noisy labels without a noise level
     */
    static LabelModel of(Type type, Link link, BigFraction tau) {
        Objects.requireNonNull(type, "labels");
        if (tau != null && type != Type.NOISY) {
            throw new IllegalArgumentException("noise applies only with parameter labels noisy");
        }
        return switch (type) {
            case DETERMINISTIC -> new Deterministic(link);
            case NOISY -> {
                if (tau == null) {
                    throw new IllegalArgumentException("labels noisy needs a noise level tau > 0 (parameter noise)");
                }
                yield new Noisy(link, tau);
            }
            case BINARY -> new Binary(link);
        };
    }

    /** {@code y = σ*(z)}. */
    record Deterministic(Link link) implements LabelModel {
        public Deterministic {
            Objects.requireNonNull(link, "link");
        }

        @Override
        public Type type() {
            return Type.DETERMINISTIC;
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
        public Type type() {
            return Type.NOISY;
        }

        @Override
        public BigFraction noise() {
            return tau;
        }
    }

    /**
     * Refuses a binary-label probability {@code q} that leaves {@code [0, 1]}: the one rule of every command. {@code q}
     * is evaluated (in double precision, with a tolerance of {@code 1e-12}) on a grid of step {@code 10⁻³} on
     * {@code [−12, 12]} and at {@code ±20, ±50, ±10², ±10³, ±10⁴, ±10⁶}, so that an unbounded {@code q} such as
     * {@code relu(z)/100} is refused too.
     *
     * @throws IllegalArgumentException naming {@code --labels binary}, a point {@code z} and {@code q(z)}
     */
    static void requireProbability(Link q) {
        Objects.requireNonNull(q, "q");
        double[] far = {20, 50, 1e2, 1e3, 1e4, 1e6};
        for (int i = 0; i <= 12000 + far.length; i++) {
            double z = i <= 12000 ? i / 1000.0 : far[i - 12001];
            requireProbability(q, -z);
            requireProbability(q, z);
        }
    }

    private static void requireProbability(Link q, double z) {
        double v = q.value(z);
        if (!(v >= -1e-12 && v <= 1 + 1e-12)) {
            throw new IllegalArgumentException("labels binary needs a probability 0 <= q(z) <= 1 as the link,"
                    + " but q(" + z + ") = " + v + " for q = " + q.specification());
        }
    }

    /** {@code y = ±1} with {@code P(y = +1 | z) = q(z)}, where {@code 0 ≤ q ≤ 1} ({@link #requireProbability}). */
    record Binary(Link link) implements LabelModel {
        public Binary {
            requireProbability(link);
        }

        @Override
        public Type type() {
            return Type.BINARY;
        }
    }
}
