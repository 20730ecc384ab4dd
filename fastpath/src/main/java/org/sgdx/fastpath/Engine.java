package org.sgdx.fastpath;

import java.util.Map;
import org.sgdx.fastpath.chain.ReducedEngine;
import org.sgdx.fastpath.diffusion.DiffusionEngine;
import org.sgdx.fastpath.full.FullEngine;

/**
 * A simulator of the algorithms of MATH.md §5: {@code reduced} (the exact dimension-free chain of MATH.md §7),
 * {@code full} (literal vectors in {@code ℝ^d}) or {@code diffusion} (leaps on the diffusion limit of the reduced
 * chain, MATH.md §10). All take the same {@link SimulationConfig} and produce the same kind of {@link RunResult};
 * the first two agree in distribution exactly, the third to the order stated in proofs-notes/diffusion-limit.md.
 */
public interface Engine {

    /** {@code reduced}, {@code full} or {@code diffusion}. */
    String name();

    /** The engine's own settings by option name (the diffusion engine's {@code epsilon}); empty by default. */
    default Map<String, String> settings() {
        return Map.of();
    }

    /** The smallest dimension this engine accepts; by default {@link SimulationConfig#MIN_DIMENSION}. */
    default long minimumDimension() {
        return SimulationConfig.MIN_DIMENSION;
    }

    /** The largest dimension this engine accepts; by default no limit. */
    default long maximumDimension() {
        return Long.MAX_VALUE;
    }

    /**
     * Compiles the links and precomputes what all runs share.
     *
     * @throws IllegalArgumentException if the engine cannot simulate the configuration (e.g. {@code d} too large)
     */
    Simulation prepare(SimulationConfig config);

    /** The exact reduced chain. */
    static Engine reduced() {
        return new ReducedEngine();
    }

    /** The literal d-dimensional simulation. */
    static Engine full() {
        return new FullEngine();
    }

    /**
     * Leaps on the diffusion limit with tolerance ε.
     *
     * @throws IllegalArgumentException for ε outside {@code (0, 0.5]}
     */
    static Engine diffusion(double epsilon) {
        return new DiffusionEngine(epsilon);
    }

    /** The engine named {@code reduced}, {@code full} or {@code diffusion} (with the default ε). */
    static Engine named(String name) {
        return named(name, null);
    }

    /**
     * The engine named {@code reduced}, {@code full} or {@code diffusion}.
     *
     * @param epsilon the diffusion engine's tolerance ({@code null} for {@link DiffusionEngine#DEFAULT_EPSILON}); must
     *     be {@code null} for the other engines
     * @throws IllegalArgumentException for any other name, listing the allowed ones, or an ε that does not apply
     */
    static Engine named(String name, Double epsilon) {
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (epsilon != null && !n.equals("diffusion")) {
            throw new IllegalArgumentException("--epsilon applies only to engine diffusion (engine is " + name + ")");
        }
        return switch (n) {
            case "reduced" -> reduced();
            case "full" -> full();
            case "diffusion" -> diffusion(epsilon == null ? DiffusionEngine.DEFAULT_EPSILON : epsilon);
            default -> throw new IllegalArgumentException("unknown engine '" + name
                    + "'; allowed values: reduced, full, diffusion");
        };
    }

    /** Whether runs depend on the teacher direction θ ({@link SimulationConfig#teacher()}); by default not. */
    default boolean usesTeacherDirection() {
        return false;
    }

    /**
     * Refuses {@code teacher random} for an engine whose runs do not depend on θ (only the overlap is simulated), where
     * it would change nothing but the random streams.
     */
    default void checkTeacher(SimulationConfig config) {
        if (!usesTeacherDirection() && config.teacher() != TeacherDirection.E1) {
            throw new IllegalArgumentException("teacher " + config.teacher().key() + " applies only to engine full;"
                    + " engine " + name() + " simulates the overlap alone, which does not depend on the teacher"
                    + " direction: leave teacher at e1");
        }
    }

    /** Checks {@code config.d()} against this engine's limits. */
    default void checkDimension(SimulationConfig config) {
        if (config.d() < minimumDimension() || config.d() > maximumDimension()) {
            throw new IllegalArgumentException("d must be an integer in [" + minimumDimension() + ", "
                    + maximumDimension() + "] for engine " + name() + ", got " + config.d());
        }
    }
}
