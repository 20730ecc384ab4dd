package org.sgdx.fastpath.update;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.reference.link.compiled.CompiledLink;

/**
 * Draws the label {@code y} given the teacher field {@code u = ⟨θ, x⟩} (MATH.md §1): {@code σ*(u)},
 * {@code σ*(u) + τ ε} (one extra normal), or {@code ±1} with {@code P(+1) = q(u)} (one extra uniform). Shared by
 * both engines; immutable and thread-safe (randomness comes from the caller's per-run generators).
 */
public final class LabelSampler {

    private static final int DETERMINISTIC = 0;
    private static final int NOISY = 1;
    private static final int BINARY = 2;

    private final CompiledLink target;
    private final int kind;
    private final double tau;

    private LabelSampler(CompiledLink target, int kind, double tau) {
        this.target = target;
        this.kind = kind;
        this.tau = tau;
    }

    /** The label model of a configuration, with its target link compiled. */
    public static LabelSampler of(SimulationConfig c) {
        CompiledLink t = CompiledLink.of(c.spec().target());
        int kind = switch (c.spec().labels().type()) {
            case DETERMINISTIC -> DETERMINISTIC;
            case NOISY -> NOISY;
            case BINARY -> BINARY;
        };
        return new LabelSampler(t, kind, c.noise());
    }

    /** A label for teacher field {@code u}. */
    public double sample(double u, UniformRandomProvider rng, NormalizedGaussianSampler gaussian) {
        if (kind == DETERMINISTIC) {
            return target.value(u);
        }
        if (kind == NOISY) {
            return target.value(u) + tau * gaussian.sample();
        }
        double q = target.value(u);
        double r = rng.nextDouble();
        return r < q ? 1 : q == q ? -1 : q; // a NaN probability propagates (and makes the run diverge)
    }

    /** The compiled target link. */
    public CompiledLink target() {
        return target;
    }
}
