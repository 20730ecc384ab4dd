package org.sgdx.checks.claims;

import java.nio.file.Path;
import java.util.Objects;
import org.sgdx.checks.stats.Bootstrap;

/**
 * What a check may use: the mode, the base seed, the number of threads, a directory for intermediate output, and
 * a progress callback. Immutable.
 *
 * <p>Reproducibility: a check draws all its randomness from {@link #seed()} through {@link #claimSeed()}, which
 * depends only on the base seed and the claim's id (so a claim's result does not depend on which other claims run),
 * and its results must not depend on {@link #threads()}.
 */
public final class Context {

    private final Mode mode;
    private final long baseSeed;
    private final int threads;
    private final Path outputDirectory;
    private final ProgressListener listener;
    private final Claim claim;

    /**
     * @param mode quick or full
     * @param baseSeed the base seed of the audit
     * @param threads the number of worker threads a check may use, {@code ≥ 1}
     * @param outputDirectory where checks may write intermediate results (e.g. raw runs), under their claim id
     * @param listener the progress callback
     */
    public Context(Mode mode, long baseSeed, int threads, Path outputDirectory, ProgressListener listener) {
        this(mode, baseSeed, threads, outputDirectory, listener, null);
    }

    private Context(Mode mode, long baseSeed, int threads, Path outputDirectory, ProgressListener listener,
            Claim claim) {
        this.mode = Objects.requireNonNull(mode, "mode");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be an integer >= 1, got " + threads);
        }
        this.baseSeed = baseSeed;
        this.threads = threads;
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.claim = claim;
    }

    /** The same context for one claim: progress messages and {@link #claimSeed()} refer to it. */
    public Context forClaim(Claim c) {
        return new Context(mode, baseSeed, threads, outputDirectory, listener, Objects.requireNonNull(c, "claim"));
    }

    public Mode mode() {
        return mode;
    }

    public boolean isFull() {
        return mode == Mode.FULL;
    }

    /** The base seed of the audit. */
    public long seed() {
        return baseSeed;
    }

    /**
     * The seed of the current claim: {@link Bootstrap#derive(long, String) derive(seed, id)}.
     *
     * @throws IllegalStateException outside a claim
     */
    public long claimSeed() {
        return Bootstrap.derive(baseSeed, currentClaim().id());
    }

    public int threads() {
        return threads;
    }

    /** The audit's output directory. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** A directory for intermediate output of the current claim: {@code outputDirectory/work/<claim id>}. */
    public Path claimDirectory() {
        return outputDirectory.resolve("work").resolve(currentClaim().id());
    }

    public ProgressListener listener() {
        return listener;
    }

    /** Reports progress of the current claim. */
    public void progress(String message) {
        listener.message(currentClaim(), message);
    }

    private Claim currentClaim() {
        if (claim == null) {
            throw new IllegalStateException("this context is not bound to a claim");
        }
        return claim;
    }
}
