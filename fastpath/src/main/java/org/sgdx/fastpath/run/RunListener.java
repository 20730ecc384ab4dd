package org.sgdx.fastpath.run;

import org.sgdx.fastpath.RunResult;

/**
 * Receives finished runs in increasing index order, one at a time (never concurrently), so that what it writes is
 * identical for any number of threads and always a contiguous prefix of the requested indices (resume from the
 * first missing index). An exception thrown here cancels the batch and is rethrown by
 * {@link ParallelRunner#run}.
 */
@FunctionalInterface
public interface RunListener {

    void finished(RunResult result) throws Exception;
}
