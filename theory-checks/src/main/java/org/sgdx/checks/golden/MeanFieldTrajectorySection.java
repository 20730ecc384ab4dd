package org.sgdx.checks.golden;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.dynamics.meanfield.MeanField;
import org.sgdx.reference.numeric.Estimate;

/**
 * Trajectories {@code m_t} of the mean-field map {@code m_{t+1} = m_t + γD(m_t) − (γ²/2) N(m_t) m_t} (MATH.md §4, kind
 * {@code mean_field_m}, index {@code t}, key of {@link MeanFieldPoint#resolve} without {@code m_target}), iterated in
 * exact real arithmetic from the rational {@code m_0} with the exact rational coefficients of {@code D} and {@code N}.
 * The map is iterated with {@link MeanField#trajectory} at {@code digits + 10} and at {@code 2·digits + 20} significant
 * digits; the value is the second rounded to {@code digits}, and the error estimate (certainty {@code estimate}) is the
 * difference of the two.
 *
 * @param trajectories the trajectories
 * @param digits the significant digits of the values
 */
public record MeanFieldTrajectorySection(List<Trajectory> trajectories, int digits) implements GoldenSection {

    /** The largest {@code t} accepted. */
    public static final int MAX_STEPS = 10_000_000;

    /** The times written by default: {@code 0, 1, 10, ..., 10^5}. */
    public static final List<Integer> DEFAULT_TIMES = List.of(0, 1, 10, 100, 1_000, 10_000, 100_000);

    /**
     * One trajectory.
     *
     * @param point the parameters ({@code m_target} is used only to find an optimal γ)
     * @param times the times {@code t} written, increasing, {@code 0 ≤ t ≤} {@value #MAX_STEPS}
     */
    public record Trajectory(MeanFieldPoint point, List<Integer> times) {
        public Trajectory {
            Objects.requireNonNull(point, "point");
            times = List.copyOf(times);
            if (times.isEmpty()) {
                throw new IllegalArgumentException("a trajectory needs at least one time");
            }
            for (int i = 0; i < times.size(); i++) {
                int t = times.get(i);
                if (t < 0 || t > MAX_STEPS || i > 0 && t <= times.get(i - 1)) {
                    throw new IllegalArgumentException("times must increase within 0.." + MAX_STEPS + ", got "
                            + times);
                }
            }
        }
    }

    public MeanFieldTrajectorySection {
        trajectories = List.copyOf(trajectories);
        if (trajectories.isEmpty()) {
            throw new IllegalArgumentException("the mean-field-m section needs at least one trajectory");
        }
        if (digits < 5 || digits > 200) {
            throw new IllegalArgumentException("digits must be in 5..200, got " + digits);
        }
    }

    /**
     * Online SGD, squared loss, {@code σ* = σ = He3}, {@code d = 1000}, optimal γ, {@code m_0 = 0.0316 ≈ d^{−1/2}};
     * alternating SGD, correlation loss, He3, {@code d = 400}, {@code η = d^{−1/2} = 1/20}, optimal γ,
     * {@code m_0 = 1/20}; both at {@link #DEFAULT_TIMES}.
     */
    public static MeanFieldTrajectorySection defaults(int digits) {
        return new MeanFieldTrajectorySection(List.of(
                new Trajectory(MeanFieldPoint.of(DynamicsConfiguration.of(Algorithm.ONLINE, Loss.SQUARED, "He3"),
                        "1000", "0", null, "0.0316"), DEFAULT_TIMES),
                new Trajectory(MeanFieldPoint.of(DynamicsConfiguration.of(Algorithm.ALTERNATING, Loss.CORRELATION,
                        "He3"), "400", "1/20", null, "1/20"), DEFAULT_TIMES)), digits);
    }

    @Override
    public String name() {
        return "mean-field-m";
    }

    @Override
    public String description() {
        return "mean-field map m_{t+1} = m_t + gamma D(m_t) - (gamma^2/2) N(m_t) m_t (MATH.md §4) at selected t (index),"
                + " exact rational parameters; " + digits + " significant digits, error estimate from a precision"
                + " ladder " + (digits + 10) + " / " + (2 * digits + 20) + " digits";
    }

    @Override
    public List<GoldenVector> vectors() {
        MathContext low = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
        MathContext high = new MathContext(2 * digits + 20, RoundingMode.HALF_EVEN);
        List<GoldenVector> vectors = new ArrayList<>();
        for (Trajectory tr : trajectories) {
            MeanFieldPoint.Resolved r = tr.point().resolve(digits, false);
            BigFraction m0 = tr.point().m0();
            BigDecimal a = Rationals.toBigDecimal(m0, low);
            BigDecimal b = Rationals.toBigDecimal(m0, high);
            int at = 0;
            for (int t : tr.times()) {
                a = advance(r.meanField(), r.gamma(), a, t - at, low);
                b = advance(r.meanField(), r.gamma(), b, t - at, high);
                at = t;
                // the ladder difference estimates the error of the coarser a, hence bounds that of b
                vectors.add(GoldenNumbers.estimate("mean_field_m", r.key(), String.valueOf(t),
                        Estimate.estimate(b, a.subtract(b).abs()).toDigits(digits), digits));
            }
        }
        return List.copyOf(vectors);
    }

    /** {@code steps} steps of the map from {@code m}, in chunks, keeping only the last value. */
    private static BigDecimal advance(MeanField mf, BigFraction gamma, BigDecimal m, int steps, MathContext mc) {
        BigDecimal x = m;
        int left = steps;
        while (left > 0) {
            int chunk = Math.min(left, 10_000);
            List<BigDecimal> run = mf.trajectory(gamma, x, chunk, mc);
            x = run.get(run.size() - 1);
            left -= chunk;
        }
        return x;
    }
}
