package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sgdx.checks.stats.ConfidenceInterval;
import org.sgdx.checks.stats.SlopeFit;

/**
 * The rules that turn measurements into verdicts.
 *
 * <ul>
 *   <li>Exact checks: confirmed when the identity holds, refuted otherwise.</li>
 *   <li>Interval checks: refuted when the prediction lies outside the interval widened by the tolerance (which
 *       absorbs known finite-size bias, e.g. logarithmic corrections of a slope); inconclusive when the interval is
 *       undefined or wider than the largest informative width; confirmed otherwise.</li>
 *   <li>Preconditions (too few hits, too few points): inconclusive with the reason.</li>
 * </ul>
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** Confirmed when the identity holds, refuted otherwise. */
    public static Verdict exact(boolean holds) {
        return holds ? Verdict.confirmed("holds exactly") : Verdict.refuted("does not hold");
    }

    /** Confirmed when the identity holds, refuted with the detail otherwise. */
    public static Verdict exact(boolean holds, String failureDetail) {
        return holds ? Verdict.confirmed("holds exactly") : Verdict.refuted(failureDetail);
    }

    /** As {@link #forInterval(double, double, double, double, double)} without a width limit. */
    public static Verdict forInterval(double predicted, double lower, double upper, double tolerance) {
        return forInterval(predicted, lower, upper, tolerance, Double.POSITIVE_INFINITY);
    }

    /**
     * The verdict on a predicted value given the confidence interval {@code [lower, upper]} of its measurement.
     *
     * @param tolerance the allowance added on both sides, {@code ≥ 0}
     * @param maxWidth the largest interval width that can confirm (wider intervals are inconclusive unless they
     *     exclude the prediction)
     */
    public static Verdict forInterval(double predicted, double lower, double upper, double tolerance,
            double maxWidth) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
        }
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            return Verdict.inconclusive("the interval of the measurement is undefined");
        }
        String iv = String.format(Locale.ROOT, "[%s, %s]", Quantity.format(lower), Quantity.format(upper));
        String tol = tolerance > 0 ? " ± " + Quantity.format(tolerance) : "";
        if (predicted < lower - tolerance || predicted > upper + tolerance) {
            return Verdict.refuted("predicted " + Quantity.format(predicted) + " lies outside " + iv + tol);
        }
        if (upper - lower > maxWidth) {
            return Verdict.inconclusive("the interval " + iv + " is wider than " + Quantity.format(maxWidth)
                    + ": too imprecise to confirm");
        }
        return Verdict.confirmed("predicted " + Quantity.format(predicted) + " lies in " + iv + tol);
    }

    /** {@link #forInterval(double, double, double, double, double)} on a {@link ConfidenceInterval}. */
    public static Verdict forInterval(double predicted, ConfidenceInterval interval, double tolerance,
            double maxWidth) {
        return forInterval(predicted, interval.lower(), interval.upper(), tolerance, maxWidth);
    }

    /** The largest fraction of degenerate bootstrap replicates with which a slope interval is trusted. */
    public static final double MAX_DEGENERATE_FRACTION = 0.1;

    /**
     * The verdict on a predicted scaling exponent from a {@link SlopeFit}: inconclusive when there is no fit, fewer
     * than {@code minPoints} design points with a defined statistic (the excluded points' reasons are quoted), or
     * more than {@value #MAX_DEGENERATE_FRACTION} of the bootstrap replicates degenerate (a point's statistic was
     * undefined in them: too many censored runs); otherwise {@link #forInterval(double, ConfidenceInterval, double,
     * double)} on the slope interval.
     */
    public static Verdict forSlope(double predicted, SlopeFit fit, int minPoints, double tolerance, double maxWidth) {
        if (!fit.isDefined() || fit.used().size() < minPoints) {
            String excluded = fit.excluded().isEmpty() ? "" : "; excluded: " + String.join("; ", fit.excluded().stream()
                    .map(e -> "x = " + Quantity.format(e.x()) + ": " + e.reason()).toList());
            return Verdict.inconclusive("too few design points with a defined " + fit.statistic() + ": "
                    + fit.used().size() + " (at least " + minPoints + " needed)" + excluded);
        }
        if (fit.degenerateFraction() > MAX_DEGENERATE_FRACTION) {
            return Verdict.inconclusive(String.format(Locale.ROOT, "%.0f%% of the bootstrap replicates lost a point's"
                    + " %s (too many censored runs): the interval is not trustworthy", 100 * fit.degenerateFraction(),
                    fit.statistic()));
        }
        return forInterval(predicted, fit.slopeInterval(), tolerance, maxWidth);
    }

    /** Confirmed when {@code |measured − predicted| ≤ tolerance}, refuted otherwise (deterministic checks). */
    public static Verdict withinTolerance(double measured, double predicted, double tolerance) {
        if (Double.isNaN(measured) || Double.isNaN(predicted)) {
            return Verdict.inconclusive("the measured or predicted value is undefined");
        }
        double diff = Math.abs(measured - predicted);
        String detail = "|" + Quantity.format(measured) + " - " + Quantity.format(predicted) + "| = "
                + Quantity.format(diff);
        return diff <= tolerance ? Verdict.confirmed(detail + " <= " + Quantity.format(tolerance))
                : Verdict.refuted(detail + " > " + Quantity.format(tolerance));
    }

    /**
     * The verdict of a test of an equality claim (e.g. reduced ≡ full in distribution): refuted when
     * {@code p < alpha} (false-failure rate {@code alpha}), confirmed (not rejected) otherwise.
     */
    public static Verdict forPValue(double p, double alpha, String test) {
        if (Double.isNaN(p)) {
            return Verdict.inconclusive(test + " gave no p-value");
        }
        String detail = String.format(Locale.ROOT, "%s: p = %.4g %s %.4g", test, p, p < alpha ? "<" : ">=", alpha);
        return p < alpha ? Verdict.refuted(detail) : Verdict.confirmed(detail + " (not rejected)");
    }

    /**
     * Inconclusive when fewer than {@code minimum} runs hit: {@code too few runs hit within the budget}.
     *
     * @return the inconclusive verdict, or empty when there are enough hits
     */
    public static Optional<Verdict> requireHits(long hits, long runs, long minimum) {
        return hits >= minimum ? Optional.empty() : Optional.of(Verdict.inconclusive("too few runs hit within the"
                + " budget: " + hits + " of " + runs + " (at least " + minimum + " needed)"));
    }

    /**
     * Inconclusive when fewer than {@code minimum} of something are available (design points with a defined
     * statistic, defined bootstrap replicates, ...).
     */
    public static Optional<Verdict> requireAtLeast(String what, long available, long minimum) {
        return available >= minimum ? Optional.empty() : Optional.of(Verdict.inconclusive("too few " + what + ": "
                + available + " (at least " + minimum + " needed)"));
    }

    /**
     * The combination of several verdicts on parts of one claim: refuted when any part is, else inconclusive when
     * any part is, else confirmed. The reason lists the reasons of the deciding parts.
     */
    public static Verdict combine(Collection<Verdict> parts) {
        if (parts.isEmpty()) {
            return Verdict.inconclusive("nothing was checked");
        }
        for (Verdict.Status s : List.of(Verdict.Status.REFUTED, Verdict.Status.INCONCLUSIVE)) {
            List<String> reasons = new ArrayList<>();
            for (Verdict v : parts) {
                if (v.status() == s) {
                    reasons.add(v.reason());
                }
            }
            if (!reasons.isEmpty()) {
                return new Verdict(s, String.join("; ", reasons));
            }
        }
        return Verdict.confirmed(parts.size() == 1 ? parts.iterator().next().reason()
                : "all " + parts.size() + " parts hold");
    }
}
