package org.sgdx.checks.claims;

/**
 * Receives the progress of an audit. Called on the thread that runs the registry; implementations decide whether
 * and where to show it (the command line prints to stderr only when attached to a terminal).
 */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** Check {@code index} (0-based) of {@code total} starts. */
    default void started(Claim claim, int index, int total) {
    }

    /** A check reports what it is doing. */
    default void message(Claim claim, String text) {
    }

    /** Check {@code index} of {@code total} finished. */
    default void finished(ClaimResult result, int index, int total) {
    }
}
