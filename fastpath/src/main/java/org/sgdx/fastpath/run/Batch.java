package org.sgdx.fastpath.run;

import java.util.List;
import java.util.Objects;
import org.sgdx.fastpath.RunResult;

/**
 * The outcome of {@link ParallelRunner#run}: the finished runs in index order, a contiguous prefix of the requested
 * range (all of it unless cancelled).
 *
 * @param results the runs {@code first, first+1, …}
 * @param cancelled whether the batch was cancelled before all runs finished
 * @param nanos wall-clock time
 */
public record Batch(List<RunResult> results, boolean cancelled, long nanos) {

    public Batch {
        results = List.copyOf(Objects.requireNonNull(results, "results"));
    }

    /** The total number of simulated steps. */
    public long simulatedSteps() {
        long s = 0;
        for (RunResult r : results) {
            s += r.simulatedSteps();
        }
        return s;
    }
}
