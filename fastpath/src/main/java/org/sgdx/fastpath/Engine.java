package org.sgdx.fastpath;

import org.sgdx.fastpath.chain.ReducedEngine;
import org.sgdx.fastpath.full.FullEngine;

/**
 * A simulator of the algorithms of MATH.md §5: {@code reduced} (the exact dimension-free chain of MATH.md §7) or
 * {@code full} (literal vectors in {@code ℝ^d}). Both take the same {@link SimulationConfig}, produce the same
 * kind of {@link RunResult}, and agree in distribution.
 */
public interface Engine {

    /** {@code reduced} or {@code full}. */
    String name();

    /** The smallest dimension this engine accepts. */
    long minimumDimension();

    /** The largest dimension this engine accepts. */
    long maximumDimension();

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
     * The engine named {@code reduced} or {@code full}.
     *
     * @throws IllegalArgumentException for any other name, listing the allowed ones
     */
    static Engine named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "reduced" -> reduced();
            case "full" -> full();
            default -> throw new IllegalArgumentException("unknown engine '" + name + "'; allowed values: reduced, full");
        };
    }

    /** Checks {@code config.d()} against this engine's limits. */
    default void checkDimension(SimulationConfig config) {
        if (config.d() < minimumDimension() || config.d() > maximumDimension()) {
            throw new IllegalArgumentException("d must be an integer in [" + minimumDimension() + ", "
                    + maximumDimension() + "] for engine " + name() + ", got " + config.d());
        }
    }
}
