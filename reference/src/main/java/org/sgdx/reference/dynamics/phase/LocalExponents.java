package org.sgdx.reference.dynamics.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Local exponents of a quantity {@code Y(d)} along a geometric ladder of {@code d}, and their extrapolation to
 * {@code d → ∞} (MATH.md §10).
 *
 * <p>Between rungs {@code d₁ < d₂} the local exponent is {@code κ̂ = (ln Y₂ − ln Y₁) / (ln d₂ − ln d₁)}. If
 * {@code Y = C d^κ (ln d)^ℓ (1 + o(1))}, then {@code κ̂ = κ + ℓ x + o(x)} with
 * {@code x = ln(ln d₂ / ln d₁) / (ln d₂ − ln d₁) ≈ 1 / ln d̄}: a logarithmic factor of the {@code Θ̃} is a term linear
 * in {@code x}, removed exactly by linear extrapolation in {@code x} to {@code x = 0}. The estimate of the limit is that
 * extrapolation through the last two local exponents; its error estimate is the larger of its distance to the same
 * extrapolation one rung lower and to the quadratic extrapolation through the last three (a Richardson-type
 * estimate: both vanish when the corrections are exactly a power of {@code ln d}), plus the propagated numerical
 * error of the inputs. It is an estimate, not a bound: a correction that changes its course beyond the last rung is
 * not seen ({@code proofs-notes/limit-dynamics.md}).
 */
public final class LocalExponents {

    private LocalExponents() {
    }

    /**
     * One local exponent.
     *
     * @param from the lower rung {@code d₁}
     * @param to the upper rung {@code d₂}
     * @param exponent {@code κ̂}
     * @param x {@code ln(ln d₂/ln d₁)/(ln d₂ − ln d₁)}, the size of a {@code ln d} factor's contribution
     * @param error the propagated relative errors of the two values, divided by {@code ln d₂ − ln d₁}
     */
    public record Step(double from, double to, double exponent, double x, double error) {
    }

    /**
     * The extrapolated exponent.
     *
     * @param value the limit estimate, NaN when undefined
     * @param error its error estimate, NaN when undefined
     * @param logCoefficient the fitted coefficient {@code ℓ} of {@code x} (the power of {@code ln d})
     * @param steps the number of local exponents used
     * @param method how the value and error were obtained, or why there is none
     */
    public record Limit(double value, double error, double logCoefficient, int steps, String method) {
        public Limit {
            Objects.requireNonNull(method, "method");
        }

        /** Whether a value and an error estimate exist. */
        public boolean isDefined() {
            return Double.isFinite(value) && Double.isFinite(error);
        }

        static Limit undefined(int steps, String why) {
            return new Limit(Double.NaN, Double.NaN, Double.NaN, steps, why);
        }
    }

    /**
     * The local exponents between consecutive rungs.
     *
     * @param lnD {@code ln d} of the rungs, strictly increasing, {@code > 0}
     * @param lnY {@code ln Y} at the rungs
     * @param relativeErrors the relative errors of the {@code Y} values ({@code ≥ 0})
     */
    public static List<Step> steps(double[] lnD, double[] lnY, double[] relativeErrors) {
        if (lnD.length != lnY.length || lnD.length != relativeErrors.length) {
            throw new IllegalArgumentException("the ladder and the values have different lengths");
        }
        List<Step> out = new ArrayList<>();
        for (int j = 0; j + 1 < lnD.length; j++) {
            double a = lnD[j];
            double b = lnD[j + 1];
            if (!(a > 0 && b > a)) {
                throw new IllegalArgumentException("ln d must be positive and strictly increasing, got " + a + ", " + b);
            }
            double width = b - a;
            out.add(new Step(Math.exp(a), Math.exp(b), (lnY[j + 1] - lnY[j]) / width, Math.log(b / a) / width,
                    (relativeErrors[j] + relativeErrors[j + 1]) / width));
        }
        return List.copyOf(out);
    }

    /**
     * The local exponents along a ladder and their limit.
     *
     * @param steps the local exponents between consecutive rungs with a finite time
     * @param limit their extrapolated limit, or undefined with the reason
     */
    public record Along(List<Step> steps, Limit limit) {
    }

    /**
     * The local exponents of the mean-field times of a ladder of points (increasing {@code d}) and their limit: over
     * the top run of rungs whose time is finite; undefined, with the reason, when no rung has a finite time or when a
     * lower rung is infinite and fewer than 3 remain.
     */
    public static Along along(List<RayPoint> points) {
        int first = points.size();
        while (first > 0 && points.get(first - 1).isFinite()) {
            first--;
        }
        int n = points.size() - first;
        double[] lnD = new double[n];
        double[] lnT = new double[n];
        double[] rel = new double[n];
        for (int j = 0; j < n; j++) {
            RayPoint p = points.get(first + j);
            lnD[j] = Logs.ln(p.d());
            lnT[j] = p.logTime();
            rel[j] = p.relativeError();
        }
        List<Step> steps = steps(lnD, lnT, rel);
        Limit limit = n == 0 ? Limit.undefined(0, "no finite mean-field time on the ladder: "
                + points.get(points.size() - 1).reason()) : first > 0 && n < 3
                ? Limit.undefined(steps.size(), "only the top " + n + " rungs have a finite mean-field time (below: "
                        + points.get(first - 1).reason() + ")")
                : extrapolate(steps);
        return new Along(steps, limit);
    }

    /** The limit of the local exponents as {@code d → ∞}; see the class comment. */
    public static Limit extrapolate(List<Step> steps) {
        int n = steps.size();
        if (n < 2) {
            return Limit.undefined(n, "needs at least 3 rungs with a finite value (2 local exponents), got " + (n + 1));
        }
        Step p = steps.get(n - 2);
        Step l = steps.get(n - 1);
        double ell = (l.exponent() - p.exponent()) / (l.x() - p.x());
        double value = linearAtZero(p, l);
        double amplification = (Math.abs(p.x()) + Math.abs(l.x())) / Math.abs(l.x() - p.x());
        double numerical = amplification * Math.max(p.error(), l.error());
        if (n == 2) {
            double error = Math.abs(value - l.exponent()) + numerical;
            return new Limit(value, error, ell, n, "linear extrapolation in x = 1/ln d through the 2 local exponents;"
                    + " error: the size of the extrapolation (3 rungs: no second estimate)");
        }
        Step o = steps.get(n - 3);
        double lower = linearAtZero(o, p);
        double quadratic = quadraticAtZero(o, p, l);
        double error = Math.max(Math.abs(value - lower), Math.abs(value - quadratic)) + numerical;
        return new Limit(value, error, ell, n, "linear extrapolation in x = ln(ln d2/ln d1)/ln(d2/d1) ~ 1/ln d"
                + " through the last 2 local exponents; error: the larger distance to the same extrapolation one rung"
                + " lower and to the quadratic one through the last 3, plus propagated rounding");
    }

    private static double linearAtZero(Step a, Step b) {
        return b.exponent() - b.x() * (b.exponent() - a.exponent()) / (b.x() - a.x());
    }

    private static double quadraticAtZero(Step a, Step b, Step c) {
        double x0 = a.x();
        double x1 = b.x();
        double x2 = c.x();
        return a.exponent() * (x1 * x2) / ((x0 - x1) * (x0 - x2))
                + b.exponent() * (x0 * x2) / ((x1 - x0) * (x1 - x2))
                + c.exponent() * (x0 * x1) / ((x2 - x0) * (x2 - x1));
    }
}
