package org.sgdx.checks.stats;

import java.util.ArrayList;
import java.util.List;

/** The design points of a fit after evaluating the statistic: the used ones (on a log scale) and the excluded ones. */
final class Design {

    final List<FitPoint> used = new ArrayList<>();
    final List<ExcludedPoint> excluded = new ArrayList<>();
    final List<CensoredSample> samples = new ArrayList<>();

    static Design of(List<DataPoint> points, SampleStatistic statistic) {
        Design d = new Design();
        for (DataPoint p : points) {
            CensoredSample s = p.sample();
            StatisticValue v = statistic.evaluate(s);
            if (!v.isDefined()) {
                d.excluded.add(new ExcludedPoint(p.x(), s.size(), s.hits(), v.reason()));
            } else if (!(v.value() > 0 && Double.isFinite(v.value()))) {
                d.excluded.add(new ExcludedPoint(p.x(), s.size(), s.hits(), "the " + statistic.name() + " is "
                        + v.value() + ": its logarithm is undefined"));
            } else {
                d.used.add(new FitPoint(p.x(), v.value(), s.size(), s.hits()));
                d.samples.add(s);
            }
        }
        return d;
    }

    double[] logX() {
        return used.stream().mapToDouble(p -> Math.log(p.x())).toArray();
    }

    double[] logY() {
        return used.stream().mapToDouble(p -> Math.log(p.value())).toArray();
    }

    long distinctX() {
        return used.stream().mapToDouble(FitPoint::x).distinct().count();
    }

    /** Log-scale bootstrap replicates; a row with an undefined or non-positive value is all NaN. */
    double[][] logReplicates(SampleStatistic statistic, BootstrapOptions options) {
        double[][] r = Bootstrap.replicates(samples, statistic, options.replicates(), options.seed());
        for (double[] row : r) {
            boolean ok = true;
            for (double v : row) {
                ok &= v > 0 && Double.isFinite(v);
            }
            for (int i = 0; i < row.length; i++) {
                row[i] = ok ? Math.log(row[i]) : Double.NaN;
            }
        }
        return r;
    }

    static boolean defined(double[] row) {
        for (double v : row) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
