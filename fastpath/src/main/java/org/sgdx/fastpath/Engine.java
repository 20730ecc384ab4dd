package org.sgdx.fastpath;

import java.util.Map;

/**
 * A simulator of the algorithms of MATH.md §5: {@code reduced} (the exact dimension-free chain of MATH.md §7),
 * {@code full} (literal vectors in {@code ℝ^d}) or {@code diffusion} (leaps on the diffusion limit of the reduced
 * chain, MATH.md §10). All take the same {@link SimulationConfig} and produce the same kind of {@link RunResult};
 * the first two agree in distribution exactly, the third to the order stated in proofs-notes/diffusion-limit.md.
 * Instances by name: {@code org.sgdx.fastpath.run.Engines}.
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
