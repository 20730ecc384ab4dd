package org.sgdx.fastpath.run;

import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.chain.ReducedEngine;
import org.sgdx.fastpath.diffusion.DiffusionEngine;
import org.sgdx.fastpath.full.FullEngine;

/** The engines of MATH.md §7 and §10 ({@link Engine}), by name or by kind. */
public final class Engines {

    /** The engine names accepted by {@link #named}, {@code |}-separated, as a constant for command-line labels. */
    public static final String KEYS = "reduced|full|diffusion";

    private Engines() {
    }

    /** The exact reduced chain. */
    public static Engine reduced() {
        return new ReducedEngine();
    }

    /** The literal d-dimensional simulation. */
    public static Engine full() {
        return new FullEngine();
    }

    /**
     * Leaps on the diffusion limit with tolerance ε.
     *
     * @throws IllegalArgumentException for ε outside {@code (0, 0.5]}
     */
    public static Engine diffusion(double epsilon) {
        return new DiffusionEngine(epsilon);
    }

    /** The engine named {@code reduced}, {@code full} or {@code diffusion} (with the default ε). */
    public static Engine named(String name) {
        return named(name, null);
    }

    /**
     * The engine named {@code reduced}, {@code full} or {@code diffusion}.
     *
     * @param epsilon the diffusion engine's tolerance ({@code null} for {@link DiffusionEngine#DEFAULT_EPSILON}); must
     *     be {@code null} for the other engines
     * @throws IllegalArgumentException for any other name, listing the allowed ones, or an ε that does not apply
     */
    public static Engine named(String name, Double epsilon) {
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (epsilon != null && !n.equals("diffusion")) {
            throw new IllegalArgumentException("epsilon applies only to engine diffusion (engine is " + name + ")");
        }
        return switch (n) {
            case "reduced" -> reduced();
            case "full" -> full();
            case "diffusion" -> diffusion(epsilon == null ? DiffusionEngine.DEFAULT_EPSILON : epsilon);
            default -> throw new IllegalArgumentException("unknown engine '" + name
                    + "'; allowed values: reduced, full, diffusion");
        };
    }
}
