package org.sgdx.checks.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Quantile–quantile pairs of two samples (e.g. hitting times of the reduced and the full simulator, MATH.md §7): the
 * {@code p_j}-quantiles of both samples at {@code p_j = (j − 1/2)/m}, {@code j = 1..m}.
 *
 * @param points the pairs, in increasing {@code p}
 * @param method how the quantiles were computed
 */
public record QuantileQuantile(List<Point> points, String method) {

    public QuantileQuantile {
        points = List.copyOf(points);
        Objects.requireNonNull(method, "method");
    }

    /**
     * One pair of quantiles.
     *
     * @param p the probability
     * @param x the {@code p}-quantile of the first sample
     * @param y the {@code p}-quantile of the second sample
     */
    public record Point(double p, double x, double y) {
    }

    /**
     * The pairs of sample quantiles (Hyndman–Fan type 7) of two uncensored samples at {@code m} probabilities.
     *
     * @throws IllegalArgumentException if a sample is empty, contains NaN, or {@code m < 1}
     */
    public static QuantileQuantile of(double[] x, double[] y, int m) {
        check(x.length, y.length, m);
        for (double v : x) {
            checkValue(v);
        }
        for (double v : y) {
            checkValue(v);
        }
        double[] p = probabilities(m);
        Quantile q = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);
        double[] qx = q.evaluate(x, p);
        double[] qy = q.evaluate(y, p);
        List<Point> out = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            out.add(new Point(p[j], qx[j], qy[j]));
        }
        return new QuantileQuantile(out, "sample quantiles (Hyndman-Fan type 7) at p = (j - 1/2)/" + m);
    }

    /**
     * The pairs of Kaplan–Meier quantiles of two censored samples at {@code m} probabilities, up to the largest
     * probability at which both are reached.
     */
    public static QuantileQuantile ofCensored(CensoredSample x, CensoredSample y, int m) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        check(x.size(), y.size(), m);
        double[] p = probabilities(m);
        List<Point> out = new ArrayList<>(m);
        for (double pj : p) {
            StatisticValue a = x.quantile(pj);
            StatisticValue b = y.quantile(pj);
            if (!a.isDefined() || !b.isDefined()) {
                break;
            }
            out.add(new Point(pj, a.value(), b.value()));
        }
        return new QuantileQuantile(out, "Kaplan-Meier quantiles at p = (j - 1/2)/" + m
                + ", up to the largest p reached by both samples");
    }

    private static double[] probabilities(int m) {
        double[] p = new double[m];
        for (int j = 0; j < m; j++) {
            p[j] = (j + 0.5) / m;
        }
        return p;
    }

    private static void check(int n1, int n2, int m) {
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("both samples must be non-empty");
        }
        if (m < 1) {
            throw new IllegalArgumentException("the number of quantiles must be >= 1, got " + m);
        }
    }

    private static void checkValue(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("samples must not contain NaN");
        }
    }

    /** The largest {@code |y − x| / max(|x|, |y|)} over the pairs (0 when there are none). */
    public double maxRelativeDifference() {
        double m = 0;
        for (Point pt : points) {
            double scale = Math.max(Math.abs(pt.x()), Math.abs(pt.y()));
            if (scale > 0) {
                m = Math.max(m, Math.abs(pt.y() - pt.x()) / scale);
            }
        }
        return m;
    }
}
