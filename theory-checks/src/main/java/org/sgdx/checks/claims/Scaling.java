package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.sgdx.checks.stats.Bootstrap;
import org.sgdx.checks.stats.BootstrapOptions;
import org.sgdx.checks.stats.CensoredSample;
import org.sgdx.checks.stats.ConfidenceInterval;
import org.sgdx.checks.stats.DataPoint;
import org.sgdx.checks.stats.ExcludedPoint;
import org.sgdx.checks.stats.FitPoint;
import org.sgdx.checks.stats.KaplanMeier;
import org.sgdx.checks.stats.LineFit;
import org.sgdx.checks.stats.SampleStatistic;
import org.sgdx.checks.stats.SlopeFit;
import org.sgdx.checks.stats.StatisticValue;

/**
 * Shared pieces of the scaling claims: fits of {@code log T} with an offset (e.g. {@code T / ln d}), the verdict that
 * tells "refuted" from "asymptotics not reached", and figure points.
 */
final class Scaling {

    private Scaling() {
    }

    /**
     * The slope of {@code log statistic − offset(x)} against {@code log x}, with a percentile bootstrap over runs
     * (as {@link SlopeFit#of}, whose replicate streams it uses). Points whose statistic is undefined are left out and
     * listed, with the reason, among the fit's excluded points.
     *
     * @param logOffset {@code x ↦} the offset subtracted from {@code log statistic}, e.g. {@code log ln x}
     */
    static SlopeFit fitWithOffset(List<DataPoint> points, SampleStatistic statistic, DoubleUnaryOperator logOffset,
            String name, BootstrapOptions options) {
        List<CensoredSample> used = new ArrayList<>();
        List<FitPoint> usedPoints = new ArrayList<>();
        List<ExcludedPoint> excluded = new ArrayList<>();
        List<Double> logX = new ArrayList<>();
        List<Double> logY = new ArrayList<>();
        for (DataPoint p : points) {
            CensoredSample s = p.sample();
            StatisticValue v = statistic.evaluate(s);
            if (!v.isDefined() || !(v.value() > 0 && Double.isFinite(v.value()))) {
                excluded.add(new ExcludedPoint(p.x(), s.size(), s.hits(), v.isDefined() ? "the " + statistic.name()
                        + " is " + v.value() : v.reason()));
                continue;
            }
            double ly = Math.log(v.value()) - logOffset.applyAsDouble(p.x());
            used.add(s);
            usedPoints.add(new FitPoint(p.x(), Math.exp(ly), s.size(), s.hits()));
            logX.add(Math.log(p.x()));
            logY.add(ly);
        }
        double[] x = logX.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = logY.stream().mapToDouble(Double::doubleValue).toArray();
        if (java.util.Arrays.stream(x).distinct().count() < 2) {
            ConfidenceInterval none = ConfidenceInterval.undefined(options.confidence(), "no fit");
            return new SlopeFit(name, new LineFit(Double.NaN, Double.NaN, Double.NaN, x.length), none, none,
                    usedPoints, excluded, 0, 0, "fewer than two design points with a defined " + statistic.name());
        }
        double[][] reps = Bootstrap.replicates(used, statistic, options.replicates(), options.seed());
        for (double[] row : reps) {
            boolean ok = true;
            for (double v : row) {
                ok &= v > 0 && Double.isFinite(v);
            }
            for (int i = 0; i < row.length; i++) {
                row[i] = ok ? Math.log(row[i]) - logOffset.applyAsDouble(Math.exp(x[i])) : Double.NaN;
            }
        }
        SlopeFit r = SlopeFit.ofLogs(name, x, y, reps, options.confidence());
        return new SlopeFit(name, r.line(), r.slopeInterval(), r.interceptInterval(), usedPoints, excluded,
                r.replicates(), r.degenerateReplicates(), r.note());
    }

    /** The least-squares slope of {@code log y} on {@code log x} (e.g. of mean-field times on the same grid). */
    static double slope(double[] x, double[] y) {
        double[] lx = new double[x.length];
        double[] ly = new double[y.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0 && Double.isFinite(y[i])) {
                lx[n] = Math.log(x[i]);
                ly[n] = Math.log(y[i]);
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        return LineFit.ols(java.util.Arrays.copyOf(lx, n), java.util.Arrays.copyOf(ly, n)).slope();
    }

    /** The Kaplan–Meier median with its 95% Brookmeyer–Crowley interval, each divided by {@code scale}. */
    static Figure.Point medianPoint(double x, CensoredSample sample, double scale) {
        KaplanMeier.Quantile q = sample.kaplanMeier().median();
        double est = q.estimate() / scale;
        double lo = q.lower() / scale;
        double hi = Double.isFinite(q.upper()) ? q.upper() / scale : Double.NaN;
        if (!Double.isFinite(est)) {
            return null;
        }
        return new Figure.Point(x, est, Double.isFinite(hi) ? lo : Double.NaN, hi);
    }

    /** The median with its interval as text: {@code 1.23e+05 [1.1e+05, 1.4e+05]}. */
    static String median(CensoredSample sample) {
        KaplanMeier.Quantile q = sample.kaplanMeier().median();
        return String.format(Locale.ROOT, "%s [%s, %s]", Quantity.format(q.estimate()), Quantity.format(q.lower()),
                Quantity.format(q.upper()));
    }

    /** A line of slope {@code slope} through the centroid of the used points of a fit (for "predicted" lines). */
    static Figure.Line through(String name, SlopeFit fit, double slope) {
        double sx = 0;
        double sy = 0;
        int n = fit.used().size();
        for (var p : fit.used()) {
            sx += Math.log(p.x());
            sy += Math.log(p.value());
        }
        return new Figure.Line(name, slope, n == 0 ? 0 : (sy - slope * sx) / n, true);
    }
}
