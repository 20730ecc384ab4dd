package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.run.Batch;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.fastpath.run.RunListener;

/**
 * The fast-path runs of one simulation claim: configurations are typed builders ({@link SimulationConfig.Builder}),
 * built with the claim's seed ({@link Context#claimSeed()}),
 * runs go through {@link ParallelRunner} on {@link Context#threads()} threads (index-ordered, so results do not
 * depend on the thread count), and the simulated steps are counted against the claim's step budget. Not thread-safe;
 * one per check invocation.
 */
final class SimulationRuns {

    /** Runs per chunk when streaming very many short runs. */
    static final int CHUNK = 100_000;

    private final Context context;
    private final ParallelRunner runner;
    private final long seed;
    private long steps;
    private long runs;
    private long nanos;

    SimulationRuns(Context context) {
        this.context = Objects.requireNonNull(context, "context");
        this.runner = new ParallelRunner(context.threads());
        this.seed = context.claimSeed();
    }

    /** The base seed of every configuration of this claim. */
    long seed() {
        return seed;
    }

    /** The configuration of {@code b} with the claim's seed (the activation defaults to the target). */
    SimulationConfig config(SimulationConfig.Builder b) {
        return b.seed(seed).build();
    }

    /**
     * The {@code sgdx simulate} command that reproduces runs {@code 0..count−1} of a configuration (for evidence
     * traces). Parameters that are not {@code simulate} options are noted.
     */
    static String command(String engine, SimulationConfig config, int count) {
        Map<String, String> p = config.parameters();
        SimulationConfig defaults = SimulationConfig.builder().target(config.spec().target())
                .activation(config.spec().activation()).d(config.d()).gamma(config.gamma())
                .maxSteps(config.maxSteps()).build();
        Map<String, String> base = defaults.parameters();
        StringBuilder sb = new StringBuilder("sgdx simulate --engine " + engine);
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, String> e : p.entrySet()) {
            String k = e.getKey();
            if (k.equals("seed")) {
                continue;
            }
            boolean always = k.equals("target") || k.equals("d") || k.equals("gamma") || k.equals("max-steps");
            if (!always && e.getValue().equals(base.get(k))) {
                continue;
            }
            if (k.equals("stop-at-hit")) {
                notes.add(k + " " + e.getValue());
                continue;
            }
            if (k.equals("activation") && e.getValue().equals(p.get("target"))) {
                continue;
            }
            sb.append(" --").append(k).append(' ').append(e.getValue());
        }
        sb.append(" --seeds ").append(count).append(" --seed=").append(config.seed());
        if (!notes.isEmpty()) {
            sb.append(" (with ").append(String.join(", ", notes)).append(": not a simulate option)");
        }
        return sb.toString();
    }

    /** Runs {@code 0..count−1} of the configuration on the engine and returns them in index order. */
    List<RunResult> run(Engine engine, SimulationConfig config, int count, String label) {
        context.progress(String.format(Locale.ROOT, "%s: %d runs (%s engine, budget %d steps per run)", label, count,
                engine.name(), config.maxSteps()));
        Simulation simulation = engine.prepare(config);
        Batch b = runner.run(simulation, 0, count, r -> { }, () -> false);
        account(b, count);
        return b.results();
    }

    /**
     * Runs {@code 0..count−1} in chunks of {@value #CHUNK}, delivering each run to the listener in index order and
     * keeping none (for millions of one-step runs).
     */
    void stream(Engine engine, SimulationConfig config, long count, RunListener listener, String label) {
        context.progress(String.format(Locale.ROOT, "%s: %d runs (%s engine, %d steps each)", label, count,
                engine.name(), config.maxSteps()));
        Simulation simulation = engine.prepare(config);
        for (long first = 0; first < count; first += CHUNK) {
            int n = (int) Math.min(CHUNK, count - first);
            Batch b = runner.run(simulation, first, n, listener, () -> false);
            account(b, n);
        }
    }

    private void account(Batch b, int requested) {
        if (b.cancelled() || b.results().size() < requested) {
            throw new IllegalStateException("a batch was cancelled after " + b.results().size() + " of " + requested
                    + " runs");
        }
        steps += b.simulatedSteps();
        runs += requested;
        nanos += b.nanos();
    }

    /** The steps simulated so far. */
    long steps() {
        return steps;
    }

    /** The runs simulated so far. */
    long runs() {
        return runs;
    }

    /** The wall time of the batches so far, in seconds. */
    double seconds() {
        return nanos / 1e9;
    }

    /** Records the runs, steps and throughput in the result's settings. */
    void record(ClaimResult.Builder result, long worstCaseSteps) {
        result.setting("step budget (worst case: every run uses its whole budget)", String.format(Locale.ROOT,
                "%.3g steps", (double) worstCaseSteps));
        result.setting("steps simulated", String.format(Locale.ROOT, "%.4g in %d runs (%.1f s, %.3g steps/s on %d"
                + " threads)", (double) steps, runs, seconds(), nanos == 0 ? 0.0 : steps / seconds(),
                context.threads()));
        result.setting("seed", seed + " (the claim seed; every configuration's runs 0, 1, ... use it as base seed)");
    }
}
