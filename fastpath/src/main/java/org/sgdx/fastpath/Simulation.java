package org.sgdx.fastpath;

import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A configuration prepared by an {@link Engine}: runs are identified by their index and each draws from its own
 * stream ({@link Seeds}), so a run's result depends only on (engine, configuration, base seed, index).
 * Immutable and thread-safe: runs may execute concurrently.
 */
public interface Simulation {

    /** The engine's name. */
    String engine();

    SimulationConfig config();

    /**
     * How the engine approximates the algorithm, in words, for an engine that does (the diffusion engine: the limit
     * and how its coefficients were obtained); empty for an exact engine.
     */
    default Optional<String> approximation() {
        return Optional.empty();
    }

    /** Run {@code run} ({@code ≥ 0}). */
    default RunResult run(long run) {
        return run(run, () -> false);
    }

    /**
     * Run {@code run}, polling {@code cancelled} every few thousand steps.
     *
     * @throws CancellationException if {@code cancelled} became true before the run ended
     * @throws IllegalArgumentException if {@code run < 0}
     */
    RunResult run(long run, BooleanSupplier cancelled);
}
