package org.sgdx.checks.golden;

import java.util.ArrayList;
import java.util.List;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.meanfield.HittingTime;
import org.sgdx.reference.dynamics.meanfield.MeanField;

/**
 * Hitting times {@code T = ∫_{m_0}^{m_target} dm / (γD(m) − (γ²/2) N(m) m)} of the mean-field ODE (MATH.md §4), in
 * steps (kind {@code mean_field_hitting_time}, index {@code -}, key of {@link MeanFieldPoint#resolve} with
 * {@code m_target}), from {@link MeanField#hittingTime}: {@code digits} significant digits with an error estimate
 * (certainty {@code estimate}) from the quadrature and a precision ladder {@code digits / 2·digits + 20}. Only finite
 * times are written: a point whose velocity has a zero on {@code [m_0, m_target]} is an error.
 *
 * @param points the parameters
 * @param digits the significant digits of the values
 */
public record HittingTimeSection(List<MeanFieldPoint> points, int digits) implements GoldenSection {

    public HittingTimeSection {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("the mean-field-hitting-time section needs at least one point");
        }
        if (digits < 5 || digits > MeanField.MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be in 5.." + MeanField.MAX_DIGITS + ", got " + digits);
        }
    }

    /**
     * {@code σ* = σ = He3}, {@code m_target = 1/2}: online SGD (squared loss) at {@code d = 100} and {@code 1000} with
     * the optimal γ and at {@code d = 1000} with {@code γ = 10^{−7}}; alternating SGD with {@code η = d^{−1/2}} and
     * {@code m_0 = d^{−1/2}} (correlation loss at {@code d = 400} and {@code 10^4}, squared loss at {@code d = 400}),
     * optimal γ; batch reuse (correlation loss) at {@code d = 1000}, {@code s = ηd = 1}, optimal γ.
     */
    public static HittingTimeSection defaults(int digits) {
        DynamicsConfiguration online = DynamicsConfiguration.of(Algorithm.ONLINE, Loss.SQUARED, "He3");
        DynamicsConfiguration alternating = DynamicsConfiguration.of(Algorithm.ALTERNATING, Loss.CORRELATION, "He3");
        DynamicsConfiguration alternatingSquared = DynamicsConfiguration.of(Algorithm.ALTERNATING, Loss.SQUARED, "He3");
        DynamicsConfiguration reuse = DynamicsConfiguration.of(Algorithm.REUSE, Loss.CORRELATION, "He3");
        return new HittingTimeSection(List.of(
                MeanFieldPoint.of(online, "100", "0", null, "0.1"),
                MeanFieldPoint.of(online, "1000", "0", null, "0.0316"),
                MeanFieldPoint.of(online, "1000", "0", "1E-7", "0.0316"),
                MeanFieldPoint.of(alternating, "400", "1/20", null, "1/20"),
                MeanFieldPoint.of(alternating, "10000", "1/100", null, "1/100"),
                MeanFieldPoint.of(alternatingSquared, "400", "1/20", null, "1/20"),
                MeanFieldPoint.of(reuse, "1000", "1/1000", null, "0.0316")), digits);
    }

    @Override
    public String name() {
        return "mean-field-hitting-time";
    }

    @Override
    public String description() {
        return "mean-field ODE hitting times T = integral from m0 to m_target of dm/(gamma D(m) - (gamma^2/2) N(m) m)"
                + " (MATH.md §4), in steps; " + digits + " significant digits with an error estimate (quadrature and"
                + " precision ladder " + digits + " / " + (2 * digits + 20) + " digits)";
    }

    @Override
    public List<GoldenVector> vectors() {
        List<GoldenVector> out = new ArrayList<>();
        for (MeanFieldPoint p : points) {
            MeanFieldPoint.Resolved r = p.resolve(digits, true);
            HittingTime h = r.meanField().hittingTime(r.gamma(), p.m0(), p.mTarget(), digits);
            if (h.time().isEmpty()) {
                throw new IllegalArgumentException("the mean-field hitting time of " + r.key() + " is infinite: "
                        + h.reason());
            }
            out.add(GoldenNumbers.estimate("mean_field_hitting_time", r.key(), "-", h.time().get().toDigits(digits),
                    digits));
        }
        return List.copyOf(out);
    }
}
