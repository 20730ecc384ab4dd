package org.sgdx.cli;

import java.util.function.Supplier;
import org.sgdx.reference.numeric.WorkLimit;

/**
 * The work limit ({@code --max-work}) of the numerical integrals of one command, with their progress on stderr while
 * they run. Work beyond the limit is refused as bad input, with a hint at the options that make it smaller.
 */
final class WorkBudget {

    /** The default {@code --max-work}, in units of about one multiplication of two 100-digit decimals. */
    static final long DEFAULT_MAX_WORK = 20_000_000L;
    /** The description of {@code --max-work}. */
    static final String DESCRIPTION = "Limit on the work of numerical integrals, in units of about one multiplication"
            + " of two 100-digit decimals (default: " + DEFAULT_MAX_WORK + ", a minute or two at most); more is"
            + " refused, before it starts when its estimate exceeds the limit.";

    private final String task;
    private final WorkLimit limit;
    private Progress progress;

    /**
     * @param task the name shown on the progress bar
     * @param maxWork the limit, {@code ≥ 1}
     */
    WorkBudget(String task, long maxWork) {
        if (maxWork < 1) {
            throw new IllegalArgumentException("--max-work must be at least 1, got " + maxWork);
        }
        this.task = task;
        this.limit = WorkLimit.of(maxWork, this::worked);
    }

    /** The limit to pass to the computation. */
    WorkLimit limit() {
        return limit;
    }

    /**
     * Runs a computation that spends from {@link #limit()}, with a progress bar while it works.
     *
     * @param hint the options that make the work smaller, e.g. {@code "--digits or --max-degree"}
     * @throws IllegalArgumentException when it exceeds the limit, naming the options to change
     */
    <T> T run(String hint, Supplier<T> computation) {
        try {
            return computation.get();
        } catch (WorkLimit.WorkLimitExceededException e) {
            throw new IllegalArgumentException(e.getMessage() + " (--max-work); lower " + hint
                    + ", or raise --max-work");
        } finally {
            if (progress != null) {
                progress.close();
                progress = null;
            }
        }
    }

    private void worked(long spent, long max) {
        if (progress == null) {
            progress = Progress.start(task + " (work units)", max);
        }
        progress.stepTo(spent, max);
    }
}
