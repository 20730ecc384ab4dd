package org.sgdx.checks.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A scaling exponent (MATH.md §8): the least-squares fit of {@code log T} against {@code log x} (natural logarithms),
 * where {@code T} is a statistic of the hitting times at each design value {@code x} (by default the Kaplan–Meier
 * median), with percentile bootstrap intervals for the slope and intercept. The bootstrap resamples the runs within
 * each {@code x}, recomputes the statistic and refits; replicates in which a point's statistic is undefined are
 * counted as degenerate and left out of the intervals. Points whose statistic is undefined on the data are excluded
 * from the fit, each with its reason.
 *
 * @param statistic the name of the statistic fitted
 * @param line the fitted line in {@code (log x, log T)}; its values are NaN when fewer than two distinct points are
 *     usable
 * @param slopeInterval the bootstrap interval of the slope
 * @param interceptInterval the bootstrap interval of the intercept
 * @param used the points in the fit
 * @param excluded the points left out, with reasons
 * @param replicates the number of bootstrap replicates drawn (0 without a bootstrap)
 * @param degenerateReplicates replicates left out because a statistic was undefined in them
 * @param note a remark for reports (empty when there is none)
 */
public record SlopeFit(String statistic, LineFit line, ConfidenceInterval slopeInterval,
        ConfidenceInterval interceptInterval, List<FitPoint> used, List<ExcludedPoint> excluded, int replicates,
        int degenerateReplicates, String note) {

    public SlopeFit {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(slopeInterval, "slopeInterval");
        Objects.requireNonNull(interceptInterval, "interceptInterval");
        used = List.copyOf(used);
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(note, "note");
    }

    /**
     * Fits {@code log statistic(sample)} against {@code log x} with a bootstrap over the runs of each point.
     *
     * @param points the design points, each with its runs
     * @param statistic the statistic of each point (e.g. {@link SampleStatistic#median()})
     * @param options replicates, confidence level and seed of the bootstrap
     */
    public static SlopeFit of(List<DataPoint> points, SampleStatistic statistic, BootstrapOptions options) {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(options, "options");
        Design design = Design.of(points, statistic);
        if (design.distinctX() < 2) {
            return undefined(statistic.name(), design, options.confidence(),
                    "fewer than two design points with a defined " + statistic.name());
        }
        double[] x = design.logX();
        LineFit line = LineFit.ols(x, design.logY());
        double[][] reps = design.logReplicates(statistic, options);
        return fromReplicates(statistic.name(), line, x, reps, options.confidence(), design.used, design.excluded, "");
    }

    /**
     * Fits given log-scale values with given log-scale bootstrap replicates (e.g. breakpoints {@code log η_c(d)} of
     * {@link BrokenLineFit}s against {@code log d}). Row {@code b} of {@code logYReplicates} holds replicate
     * {@code b} of every point; rows with a NaN are degenerate.
     *
     * @throws IllegalArgumentException if the dimensions disagree or there are fewer than two distinct points
     */
    public static SlopeFit ofLogs(String statistic, double[] logX, double[] logY, double[][] logYReplicates,
            double confidence) {
        LineFit line = LineFit.ols(logX, logY);
        for (double[] row : logYReplicates) {
            if (row.length != logX.length) {
                throw new IllegalArgumentException("each replicate needs " + logX.length + " values, got " + row.length);
            }
        }
        List<FitPoint> used = new ArrayList<>();
        for (int i = 0; i < logX.length; i++) {
            used.add(new FitPoint(Math.exp(logX[i]), Math.exp(logY[i]), 0, 0));
        }
        return fromReplicates(statistic, line, logX, logYReplicates, confidence, used, List.of(), "");
    }

    /** Fits positive values without samples (e.g. mean-field hitting times): no bootstrap, undefined intervals. */
    public static SlopeFit ofValues(String statistic, double[] x, double[] values) {
        if (x.length != values.length) {
            throw new IllegalArgumentException("x and values differ in length: " + x.length + " vs " + values.length);
        }
        double[] lx = new double[x.length];
        double[] ly = new double[x.length];
        List<FitPoint> used = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0 && values[i] > 0)) {
                throw new IllegalArgumentException("x and values must be positive, got (" + x[i] + ", " + values[i]
                        + ")");
            }
            lx[i] = Math.log(x[i]);
            ly[i] = Math.log(values[i]);
            used.add(new FitPoint(x[i], values[i], 0, 0));
        }
        LineFit line = LineFit.ols(lx, ly);
        ConfidenceInterval none = ConfidenceInterval.undefined(0.95, "no bootstrap: values without samples");
        return new SlopeFit(statistic, line, none, none, used, List.of(), 0, 0, "");
    }

    private static SlopeFit fromReplicates(String statistic, LineFit line, double[] x, double[][] reps,
            double confidence, List<FitPoint> used, List<ExcludedPoint> excluded, String note) {
        double[] slopes = new double[reps.length];
        double[] intercepts = new double[reps.length];
        int degenerate = 0;
        for (int b = 0; b < reps.length; b++) {
            if (!Design.defined(reps[b])) {
                degenerate++;
                slopes[b] = Double.NaN;
                intercepts[b] = Double.NaN;
                continue;
            }
            LineFit f = LineFit.ols(x, reps[b]);
            slopes[b] = f.slope();
            intercepts[b] = f.intercept();
        }
        return new SlopeFit(statistic, line, Bootstrap.percentile(slopes, confidence),
                Bootstrap.percentile(intercepts, confidence), used, excluded, reps.length, degenerate, note);
    }

    private static SlopeFit undefined(String statistic, Design design, double confidence, String reason) {
        ConfidenceInterval none = ConfidenceInterval.undefined(confidence, reason);
        return new SlopeFit(statistic, new LineFit(Double.NaN, Double.NaN, Double.NaN, design.used.size()), none, none,
                design.used, design.excluded, 0, 0, reason);
    }

    /** Whether a line was fitted. */
    public boolean isDefined() {
        return !Double.isNaN(line.slope());
    }

    /** The fitted slope (the scaling exponent). */
    public double slope() {
        return line.slope();
    }

    /** The fitted intercept, {@code log T} at {@code x = 1}. */
    public double intercept() {
        return line.intercept();
    }

    /** The fraction of bootstrap replicates that were degenerate (0 without a bootstrap). */
    public double degenerateFraction() {
        return replicates == 0 ? 0 : (double) degenerateReplicates / replicates;
    }

    /** A one-line summary for evidence traces. */
    public String summary() {
        if (!isDefined()) {
            return "no fit: " + note;
        }
        return String.format(Locale.ROOT, "slope %.4f [%.4f, %.4f] (%s), intercept %.4f, residual sd %.4f, %d points"
                + " used, %d excluded", slope(), slopeInterval.lower(), slopeInterval.upper(), slopeInterval.method(),
                intercept(), line.residualSd(), used.size(), excluded.size());
    }
}
