package org.sgdx.fastpath.update;

import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.dynamics.UpdateRuleSpec;
import org.sgdx.reference.link.compiled.CompiledLink;

/**
 * The single source of truth for the update of every algorithm (MATH.md §4, §5, §9): the scalar {@code ψ} of
 * {@code w' = w + γ ψ P⊥x, w ← w'/|w'|}, as a function of the label {@code y}, {@code z = ⟨w, x⟩}, the squared
 * norms {@code |x|²} and {@code |P⊥x|²}, and the second-layer weight {@code a}; and the second-layer weight after
 * the step. Both engines call exactly this code. Immutable and thread-safe.
 *
 * <p>With {@code e(a, z) = y − a σ(z)} and the loss gradient factor {@code G_a(z) = a e(a, z) σ'(z)} (squared) or
 * {@code a y σ'(z)} (correlation):
 * <ul>
 * <li>online: {@code ψ = G_a(z)};</li>
 * <li>batch reuse: {@code g = G_a(z)}, {@code z̃ = z + η g |x|²} (plain) or
 * {@code (z + η g |P⊥x|²)/√(1 + η² g² |P⊥x|²)} (projected), {@code ψ = G_a(z̃)};</li>
 * <li>alternating: {@code ã = a + η e(a, z) σ(z)} (squared) or {@code a + η y σ(z)} (correlation),
 * {@code ψ = G_ã(z)}; the weight after the step is {@code ã} when persistent, {@code a} when fixed.</li>
 * </ul>
 */
public abstract class UpdateRule {

    final CompiledLink sigma;
    final CompiledLink sigmaPrime;
    final boolean squared;

    UpdateRule(CompiledLink sigma, CompiledLink sigmaPrime, Loss loss) {
        this.sigma = sigma;
        this.sigmaPrime = sigmaPrime;
        this.squared = loss == Loss.SQUARED;
    }

    /** The rule of a configuration, with its activation compiled ({@link CompiledLink}). */
    public static UpdateRule of(SimulationConfig c) {
        UpdateRuleSpec r = c.spec();
        CompiledLink s = CompiledLink.of(r.activation());
        CompiledLink ds = CompiledLink.derivativeOf(r.activation());
        return switch (r.algorithm()) {
            case ONLINE -> new Online(s, ds, r.loss());
            case REUSE -> new Reuse(s, ds, r.loss(), c.eta(), r.innerStep(), r.innerNorm(), c.d());
            case ALTERNATING -> new Alternating(s, ds, r.loss(), c.eta(), r.secondLayer());
        };
    }

    /**
     * {@code ψ}.
     *
     * @param y the label
     * @param z {@code ⟨w, x⟩}
     * @param xNorm2 {@code |x|²}
     * @param perpNorm2 {@code |P⊥x|² = |x|² − z²}
     * @param a the second-layer weight before the step
     */
    public abstract double psi(double y, double z, double xNorm2, double perpNorm2, double a);

    /** The second-layer weight after the step: {@code ã} for persistent alternating SGD, else {@code a}. */
    public double nextSecondLayer(double y, double z, double a) {
        return a;
    }

    /** Whether the second-layer weight changes ({@link #nextSecondLayer} is not the identity). */
    public boolean persistent() {
        return false;
    }

    /** The compiled activation σ. */
    public CompiledLink activation() {
        return sigma;
    }

    /** The compiled derivative σ'. */
    public CompiledLink activationDerivative() {
        return sigmaPrime;
    }

    /** {@code G_a(z)}: the negative loss gradient with respect to {@code w}, divided by {@code x}. */
    final double gradientFactor(double y, double z, double a) {
        double ads = a * sigmaPrime.value(z);
        return squared ? (y - a * sigma.value(z)) * ads : y * ads;
    }

    /** Online SGD (MATH.md §5.1). */
    static final class Online extends UpdateRule {
        Online(CompiledLink sigma, CompiledLink sigmaPrime, Loss loss) {
            super(sigma, sigmaPrime, loss);
        }

        @Override
        public double psi(double y, double z, double xNorm2, double perpNorm2, double a) {
            return gradientFactor(y, z, a);
        }
    }

    /** Batch reuse (MATH.md §5.2). */
    static final class Reuse extends UpdateRule {
        private final double eta;
        private final boolean projected;
        private final boolean exactNorms;
        private final double dimension;

        Reuse(CompiledLink sigma, CompiledLink sigmaPrime, Loss loss, double eta, InnerStep innerStep,
                InnerNorm innerNorm, long d) {
            super(sigma, sigmaPrime, loss);
            this.eta = eta;
            this.projected = innerStep == InnerStep.PROJECTED;
            this.exactNorms = innerNorm == InnerNorm.EXACT;
            this.dimension = d;
        }

        @Override
        public double psi(double y, double z, double xNorm2, double perpNorm2, double a) {
            double step = eta * gradientFactor(y, z, a);
            double displaced;
            if (projected) {
                double p2 = exactNorms ? perpNorm2 : dimension - 1;
                displaced = projectedOverlap(z, step, p2);
            } else {
                displaced = z + step * (exactNorms ? xNorm2 : dimension);
            }
            return gradientFactor(y, displaced, a);
        }

        /** {@code ⟨w̃, x⟩ = (z + t p2)/√(1 + t² p2)}, rescaled when {@code t²} would overflow; NaN for infinite t. */
        static double projectedOverlap(double z, double t, double p2) {
            double at = Math.abs(t);
            if (at <= 1e100) {
                return (z + t * p2) / Math.sqrt(1 + t * t * p2);
            }
            if (!(at <= Double.MAX_VALUE)) {
                return Double.NaN;
            }
            double k = 1 / at;
            return (z * k + Math.signum(t) * p2) / Math.sqrt(k * k + p2);
        }
    }

    /** Alternating layer-wise SGD (MATH.md §5.3). */
    static final class Alternating extends UpdateRule {
        private final double eta;
        private final boolean persistent;

        Alternating(CompiledLink sigma, CompiledLink sigmaPrime, Loss loss, double eta, SecondLayer secondLayer) {
            super(sigma, sigmaPrime, loss);
            this.eta = eta;
            this.persistent = secondLayer == SecondLayer.PERSISTENT;
        }

        /** {@code ã}. */
        private double updatedSecondLayer(double y, double s, double a) {
            return squared ? a + eta * (y - a * s) * s : a + eta * y * s;
        }

        @Override
        public double psi(double y, double z, double xNorm2, double perpNorm2, double a) {
            double s = sigma.value(z);
            double ds = sigmaPrime.value(z);
            double at = updatedSecondLayer(y, s, a);
            return squared ? (y - at * s) * (at * ds) : y * (at * ds);
        }

        @Override
        public double nextSecondLayer(double y, double z, double a) {
            return persistent ? updatedSecondLayer(y, sigma.value(z), a) : a;
        }

        @Override
        public boolean persistent() {
            return persistent;
        }
    }
}
