package org.sgdx.checks.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The phase boundary {@code η_c(d)} (MATH.md §6, §8): at each dimension a {@link BrokenLineFit} of the statistic
 * against {@code η} locates the kink {@code log η_c(d)}; the scaling {@code log η_c = a + b log d} is then fitted, its
 * slope {@code b} (predicted {@code −(p − p_2)/2}, e.g. {@code −1/2} for alternating He3) with a percentile bootstrap
 * interval: replicate {@code b} refits the kinks of replicate {@code b} at every dimension (independent resamples,
 * since dimension {@code j} uses the seed {@code Bootstrap.derive(seed, "d" + j)}).
 *
 * @param dimensions the dimensions, increasing
 * @param kinks the broken-line fit at each dimension
 * @param boundary the fit of {@code log η_c} against {@code log d}; undefined with fewer than two located kinks
 */
public record PhaseBoundary(List<Double> dimensions, List<BrokenLineFit> kinks, SlopeFit boundary) {

    public PhaseBoundary {
        dimensions = List.copyOf(dimensions);
        kinks = List.copyOf(kinks);
        Objects.requireNonNull(boundary, "boundary");
    }

    /**
     * Locates the kink at each dimension and fits the boundary.
     *
     * @param byDimension the runs over {@code η} at each dimension {@code d}
     */
    public static PhaseBoundary locate(Map<Double, List<DataPoint>> byDimension, SampleStatistic statistic,
            BrokenLineFit.Branches branches, BootstrapOptions options) {
        TreeMap<Double, List<DataPoint>> sorted = new TreeMap<>(byDimension);
        List<Double> dims = new ArrayList<>(sorted.keySet());
        List<BrokenLineFit> fits = new ArrayList<>();
        List<double[]> replicates = new ArrayList<>();
        int j = 0;
        for (Map.Entry<Double, List<DataPoint>> e : sorted.entrySet()) {
            BootstrapOptions o = new BootstrapOptions(options.replicates(), options.confidence(),
                    Bootstrap.derive(options.seed(), "d" + j++));
            BrokenLineFit.WithReplicates w = BrokenLineFit.withReplicates(e.getValue(), statistic, branches, o);
            fits.add(w.fit());
            replicates.add(w.breakpoints());
        }
        List<Integer> located = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            if (fits.get(i).isDefined()) {
                located.add(i);
            }
        }
        String name = "kink log eta_c of the " + statistic.name();
        if (located.size() < 2) {
            ConfidenceInterval none = ConfidenceInterval.undefined(options.confidence(), "fewer than two kinks located");
            SlopeFit undefined = new SlopeFit(name, new LineFit(Double.NaN, Double.NaN, Double.NaN, located.size()),
                    none, none, List.of(), List.of(), 0, 0, String.format(Locale.ROOT,
                            "kinks located at %d of %d dimensions", located.size(), fits.size()));
            return new PhaseBoundary(dims, fits, undefined);
        }
        double[] x = new double[located.size()];
        double[] y = new double[located.size()];
        double[][] reps = new double[options.replicates()][located.size()];
        for (int k = 0; k < located.size(); k++) {
            int i = located.get(k);
            x[k] = Math.log(dims.get(i));
            y[k] = fits.get(i).breakpoint();
            double[] r = replicates.get(i);
            for (int b = 0; b < reps.length; b++) {
                reps[b][k] = r[b];
            }
        }
        return new PhaseBoundary(dims, fits, SlopeFit.ofLogs(name, x, y, reps, options.confidence()));
    }
}
