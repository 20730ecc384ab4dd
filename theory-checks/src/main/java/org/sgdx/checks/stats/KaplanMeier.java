package org.sgdx.checks.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.gamma.InverseErfc;
import org.sgdx.fastpath.RunResult;

/**
 * The Kaplan–Meier estimator of the law of the hitting time from right-censored runs (MATH.md §8), with Greenwood
 * variances and Brookmeyer–Crowley confidence intervals for quantiles. Hit runs are events at their hitting step;
 * censored runs are censored at the budget; <b>diverged runs never hit and are censored at the budget too</b>, not
 * where they diverged ({@link RunResult#observedTime}). A run censored at the time of an event is still at risk
 * then. Immutable.
 *
 * <p>{@code S(t) = Π_{t_i ≤ t} (1 − d_i/n_i)}, Greenwood {@code Var S(t) = S(t)² Σ_{t_i ≤ t} d_i/(n_i(n_i − d_i))}.
 * The {@code p}-quantile is the smallest event time with {@code S(t) ≤ 1 − p}. Its confidence interval (Brookmeyer
 * and Crowley 1982) is read off the pointwise band of {@code S}: the lower limit is the quantile of the lower band,
 * the upper limit that of the upper band. Quantities not reached within the observed times are
 * {@link Double#POSITIVE_INFINITY}.
 */
public final class KaplanMeier {

    /** The pointwise confidence band of {@code S(t)} used for quantile intervals. */
    public enum Band {
        /** {@code S ± z √Var S}: the Brookmeyer–Crowley interval (default). */
        PLAIN,
        /** {@code S exp(± z σ)} with {@code σ² = Σ d/(n(n−d))} (R's {@code survfit} default). */
        LOG,
        /** {@code S^{exp(± z σ / log S)}} (Kalbfleisch–Prentice). */
        LOG_LOG
    }

    /** One distinct event time: at risk {@code n}, events {@code d}, {@code S} and Greenwood's {@code Σ d/(n(n−d))}. */
    public record Point(long time, int atRisk, int events, double survival, double greenwoodSum) {
        /** Greenwood's variance of {@code S(time)}. */
        public double variance() {
            return survival * survival * greenwoodSum;
        }
    }

    /**
     * A quantile with its confidence interval; each is a step count or {@code +∞} when not reached.
     *
     * @param p the probability, in (0, 1)
     * @param confidence the confidence level, in (0, 1)
     */
    public record Quantile(double p, double confidence, double estimate, double lower, double upper) {
    }

    private final List<Point> points;
    private final int size;
    private final int events;

    private KaplanMeier(List<Point> points, int size, int events) {
        this.points = points;
        this.size = size;
        this.events = events;
    }

    /**
     * From runs with step budget {@code budget}: hits are events at their hitting step; censored and diverged runs
     * are censored at the budget ({@link RunResult#observedTime}).
     *
     * @throws IllegalArgumentException if a run has more steps than the budget
     */
    public static KaplanMeier of(List<RunResult> runs, long budget) {
        long[] times = new long[runs.size()];
        boolean[] event = new boolean[runs.size()];
        for (int i = 0; i < times.length; i++) {
            RunResult r = runs.get(i);
            times[i] = r.observedTime(budget);
            event[i] = r.hit();
        }
        return of(times, event);
    }

    /**
     * From times and event indicators ({@code true} = hit, {@code false} = censored).
     *
     * @throws IllegalArgumentException if the arrays differ in length or a time is negative
     */
    public static KaplanMeier of(long[] times, boolean[] event) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(event, "event");
        if (times.length != event.length) {
            throw new IllegalArgumentException("times and event flags differ in length: " + times.length + " vs "
                    + event.length);
        }
        int n = times.length;
        for (long t : times) {
            if (t < 0) {
                throw new IllegalArgumentException("times must be >= 0, got " + t);
            }
        }
        // sort by time; at equal times events before censorings
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> times[i] != times[j] ? Long.compare(times[i], times[j])
                : Boolean.compare(!event[i], !event[j]));
        List<Point> points = new ArrayList<>();
        double s = 1;
        double g = 0;
        int atRisk = n;
        int totalEvents = 0;
        int k = 0;
        while (k < n) {
            long t = times[order[k]];
            int d = 0;
            int removed = 0;
            while (k < n && times[order[k]] == t) {
                if (event[order[k]]) {
                    d++;
                }
                removed++;
                k++;
            }
            if (d > 0) {
                s *= 1 - (double) d / atRisk;
                g = atRisk > d ? g + (double) d / ((double) atRisk * (atRisk - d)) : Double.POSITIVE_INFINITY;
                points.add(new Point(t, atRisk, d, s, g));
                totalEvents += d;
            }
            atRisk -= removed;
        }
        return new KaplanMeier(Collections.unmodifiableList(points), n, totalEvents);
    }

    /** The number of runs. */
    public int size() {
        return size;
    }

    /** The number of events (hits). */
    public int events() {
        return events;
    }

    /** The distinct event times with the estimate after each. */
    public List<Point> points() {
        return points;
    }

    /** {@code S(t)}, the estimated probability of not having hit by step {@code t}. */
    public double survival(long t) {
        double s = 1;
        for (Point p : points) {
            if (p.time() > t) {
                break;
            }
            s = p.survival();
        }
        return s;
    }

    /** The {@code p}-quantile: the smallest event time with {@code S ≤ 1 − p}, or {@code +∞}. */
    public double quantileEstimate(double p) {
        checkProbability("p", p);
        for (Point q : points) {
            if (q.survival() <= 1 - p + 1e-12) {
                return q.time();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The median with a 95% Brookmeyer–Crowley interval. */
    public Quantile median() {
        return quantile(0.5, 0.95, Band.PLAIN);
    }

    /**
     * The {@code p}-quantile with its confidence interval from the given band.
     *
     * @throws IllegalArgumentException if {@code p} or {@code confidence} is outside (0, 1)
     */
    public Quantile quantile(double p, double confidence, Band band) {
        checkProbability("p", p);
        checkProbability("confidence", confidence);
        Objects.requireNonNull(band, "band");
        double z = Math.sqrt(2) * InverseErfc.value(1 - confidence);
        double target = 1 - p + 1e-12;
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        for (Point q : points) {
            double[] b = band(q, z, band);
            if (Double.isInfinite(lower) && b[0] <= target) {
                lower = q.time();
            }
            if (Double.isInfinite(upper) && b[1] <= target) {
                upper = q.time();
                break;
            }
        }
        return new Quantile(p, confidence, quantileEstimate(p), lower, upper);
    }

    /** {@code [S_lo, S_hi]} at a point. */
    private static double[] band(Point q, double z, Band band) {
        double s = q.survival();
        double g = q.greenwoodSum();
        if (s == 0 || Double.isInfinite(g)) {
            return new double[] {0, s};
        }
        double sigma = Math.sqrt(g);
        return switch (band) {
            case PLAIN -> new double[] {Math.max(0, s - z * s * sigma), Math.min(1, s + z * s * sigma)};
            case LOG -> new double[] {s * Math.exp(-z * sigma), Math.min(1, s * Math.exp(z * sigma))};
            case LOG_LOG -> {
                double l = Math.log(s);
                if (l == 0) {
                    yield new double[] {1, 1};
                }
                double e = z * sigma / l;
                yield new double[] {Math.pow(s, Math.exp(-e)), Math.pow(s, Math.exp(e))};
            }
        };
    }

    private static void checkProbability(String name, double v) {
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException(name + " must be in the open interval (0, 1), got " + v);
        }
    }
}
