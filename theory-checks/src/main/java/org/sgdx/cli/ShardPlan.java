package org.sgdx.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.diffusion.DiffusionEngine;
import org.sgdx.fastpath.full.FullEngine;

/**
 * The runs of a sweep that shard {@code i} of {@code n} performs ({@code sgdx sweep --shard i/n}). The assignment is
 * fixed: it depends only on the sweep (its grid points in order, their {@linkplain #cost estimated costs}, the number
 * of seeds) and on {@code n}, never on the thread count or the machine, and it changes no run: a run keeps its grid
 * point and run index, hence its seed and its result.
 *
 * <p>Greedy longest-processing-time: the runs are taken in the order of decreasing cost (ties: grid point order, then
 * run index) and each goes to the shard with the smallest total cost so far (ties: the smallest shard index). The
 * total costs then differ by at most the cost of the largest run. Immutable.
 */
final class ShardPlan {

    /** The largest number of shards. */
    static final int MAX_SHARDS = 10_000;

    private static final Pattern FORM = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    /** Shard {@code index} of {@code count}, {@code 0 ≤ index < count ≤ MAX_SHARDS}. */
    record Shard(int index, int count) {
        Shard {
            if (count < 1 || count > MAX_SHARDS || index < 0 || index >= count) {
                throw new IllegalArgumentException("--shard must be I/N with 0 <= I < N <= " + MAX_SHARDS + ", got "
                        + index + "/" + count);
            }
        }

        /**
         * Parses {@code I/N}.
         *
         * @throws IllegalArgumentException naming {@code --shard} for any other text, or {@code I ≥ N}
         */
        static Shard parse(String text) {
            Matcher m = FORM.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("--shard must be I/N (shard I of N, counted from 0), e.g. 0/4, got '"
                        + (text == null ? "" : text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'");
            }
            int i = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (n < 1 || n > MAX_SHARDS) {
                throw new IllegalArgumentException("--shard: the number of shards must be in 1.." + MAX_SHARDS + ", got "
                        + text.strip());
            }
            if (i >= n) {
                throw new IllegalArgumentException("--shard: shard " + i + " does not exist in " + n
                        + " shards; they are numbered 0.." + (n - 1) + ", got " + text.strip());
            }
            return new Shard(i, n);
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }

    private final Shard shard;
    private final BitSet[] runs;
    private final long size;

    private ShardPlan(Shard shard, BitSet[] runs, long size) {
        this.shard = shard;
        this.runs = runs;
        this.size = size;
    }

    /**
     * The estimated cost of one run of {@code config} on {@code engine}, from its step budget (an upper bound: runs
     * stop at their hit): the reduced chain does O(1) work per step, so {@code max-steps}; the full engine O(d), so
     * {@code max-steps · d}; the diffusion engine leaps over geometrically growing stretches, so
     * {@code log₂(max-steps) + 1}. Only the ratios between the grid points of one sweep (one engine) matter.
     */
    static double cost(Engine engine, SimulationConfig config) {
        double steps = config.maxSteps();
        if (engine instanceof FullEngine) {
            return steps * config.d();
        }
        if (engine instanceof DiffusionEngine) {
            return Math.log(steps) / Math.log(2) + 1;
        }
        return steps;
    }

    /**
     * The runs of {@code shard} among {@code seeds} runs of grid points of the given costs (in grid order).
     *
     * @param costs the cost of one run of each grid point, finite and {@code > 0}
     */
    static ShardPlan of(double[] costs, int seeds, Shard shard) {
        int points = costs.length;
        List<Integer> order = new ArrayList<>(points);
        for (int p = 0; p < points; p++) {
            order.add(p);
        }
        order.sort(Comparator.<Integer>comparingDouble(p -> -costs[p]).thenComparingInt(p -> p));
        BitSet[] runs = new BitSet[points];
        LoadHeap heap = new LoadHeap(shard.count());
        long size = 0;
        for (int p : order) {
            BitSet mine = new BitSet();
            for (int r = 0; r < seeds; r++) {
                if (heap.assign(costs[p]) == shard.index()) {
                    mine.set(r);
                    size++;
                }
            }
            runs[p] = mine;
        }
        return new ShardPlan(shard, runs, size);
    }

    /** The shard. */
    Shard shard() {
        return shard;
    }

    /** Whether run {@code run} of grid point {@code point} (in grid order) belongs to this shard. */
    boolean contains(int point, long run) {
        return run >= 0 && run < Integer.MAX_VALUE && runs[point].get((int) run);
    }

    /** The number of runs of this shard. */
    long size() {
        return size;
    }

    /**
     * The shards' total costs in a binary min-heap ordered by (cost, shard index), so that the next run goes to the
     * least loaded shard, the first one among equals.
     */
    private static final class LoadHeap {
        private final double[] load;
        private final int[] heap;

        LoadHeap(int n) {
            load = new double[n];
            heap = new int[n];
            for (int i = 0; i < n; i++) {
                heap[i] = i;
            }
        }

        /** Gives a run of cost {@code c} to the least loaded shard and returns that shard. */
        int assign(double c) {
            int s = heap[0];
            load[s] += c;
            int at = 0;
            int n = heap.length;
            while (true) {
                int l = 2 * at + 1;
                if (l >= n) {
                    break;
                }
                int child = l + 1 < n && before(heap[l + 1], heap[l]) ? l + 1 : l;
                if (!before(heap[child], s)) {
                    break;
                }
                heap[at] = heap[child];
                at = child;
            }
            heap[at] = s;
            return s;
        }

        private boolean before(int a, int b) {
            return load[a] < load[b] || load[a] == load[b] && a < b;
        }
    }
}
