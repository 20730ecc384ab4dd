package org.sgdx.fastpath.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Simulation;

/**
 * Runs the indices {@code first, …, first + count − 1} of a {@link Simulation} on a fixed number of threads.
 * Threads take the next index from a shared counter; every run draws from its own stream ({@code Seeds}), and
 * results are returned and delivered in index order, so the output is bit-for-bit the same for any thread count.
 * Cancellation is cooperative: when the supplied flag becomes true (or the listener throws), no new run starts and
 * running ones stop at their next poll; the runs already delivered are returned. Immutable; threads live only
 * during {@link #run}.
 */
public final class ParallelRunner {

    /**
     * The largest number of worker threads: far more than any machine's cores, and few enough that their stacks fit
     * in memory.
     */
    public static final int MAX_THREADS = 1024;

    private final int threads;

    /**
     * @param threads the number of worker threads, 1 to {@value #MAX_THREADS}
     * @throws IllegalArgumentException if {@code threads} is outside that range
     */
    public ParallelRunner(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be an integer in 1.." + MAX_THREADS + ", got " + threads);
        }
        this.threads = threads;
    }

    /** One thread per available processor (at most {@value #MAX_THREADS}). */
    public static ParallelRunner allCores() {
        return new ParallelRunner(Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS));
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code 0 … count−1} without listener or cancellation and returns them in order. */
    public List<RunResult> run(Simulation simulation, int count) {
        return run(simulation, 0, count, r -> { }, () -> false).results();
    }

    /**
     * Runs {@code first … first+count−1}.
     *
     * @param listener receives each finished run, in index order (see {@link RunListener})
     * @param cancelled polled between runs and every few thousand steps within a run
     * @throws IllegalArgumentException if {@code first < 0} or {@code count < 0}
     * @throws RunFailedException if a run or the listener threw (the cause is attached)
     */
    public Batch run(Simulation simulation, long first, int count, RunListener listener, BooleanSupplier cancelled) {
        if (first < 0) {
            throw new IllegalArgumentException("first run index must be >= 0, got " + first);
        }
        if (count < 0) {
            throw new IllegalArgumentException("number of runs must be >= 0, got " + count);
        }
        long start = System.nanoTime();
        Collector collector = new Collector(first, count, listener);
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier halt = () -> stop.get() || cancelled.getAsBoolean();
        AtomicLong next = new AtomicLong(first);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            while (!halt.getAsBoolean()) {
                long i = next.getAndIncrement();
                if (i >= first + count) {
                    return;
                }
                try {
                    collector.add(simulation.run(i, halt));
                } catch (CancellationException e) {
                    return;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    stop.set(true);
                    return;
                }
            }
        };
        int n = Math.max(1, Math.min(threads, count));
        if (n == 1) {
            worker.run();
        } else {
            List<Thread> pool = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                Thread th = new Thread(worker, "sgdx-run-" + k);
                th.setDaemon(true);
                pool.add(th);
                th.start();
            }
            for (Thread th : pool) {
                try {
                    th.join();
                } catch (InterruptedException e) {
                    stop.set(true);
                    Thread.currentThread().interrupt();
                    for (Thread other : pool) {
                        joinQuietly(other);
                    }
                    break;
                }
            }
        }
        if (failure.get() != null) {
            throw new RunFailedException(failure.get());
        }
        List<RunResult> delivered = collector.delivered();
        return new Batch(delivered, delivered.size() < count, System.nanoTime() - start);
    }

    private static void joinQuietly(Thread th) {
        boolean interrupted = false;
        while (th.isAlive()) {
            try {
                th.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A run or the listener failed; the batch was cancelled. */
    public static final class RunFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunFailedException(Throwable cause) {
            super("a run or the run listener failed: " + cause, cause);
        }
    }

    /** Reorders finished runs by index and delivers the contiguous prefix. */
    private static final class Collector {
        private final long first;
        private final RunResult[] slots;
        private final RunListener listener;
        private int delivered;

        Collector(long first, int count, RunListener listener) {
            this.first = first;
            this.slots = new RunResult[count];
            this.listener = listener;
        }

        synchronized void add(RunResult r) throws Exception {
            slots[(int) (r.run() - first)] = r;
            while (delivered < slots.length && slots[delivered] != null) {
                RunResult next = slots[delivered];
                delivered++;
                listener.finished(next);
            }
        }

        synchronized List<RunResult> delivered() {
            List<RunResult> out = new ArrayList<>(delivered);
            for (int i = 0; i < delivered; i++) {
                out.add(slots[i]);
            }
            return out;
        }
    }
}
