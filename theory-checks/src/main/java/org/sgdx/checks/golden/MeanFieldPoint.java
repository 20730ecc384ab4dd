package org.sgdx.checks.golden;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.dynamics.SecondMoments;
import org.sgdx.reference.dynamics.meanfield.MeanField;
import org.sgdx.reference.dynamics.meanfield.OptimalRate;

/**
 * The parameters of a mean-field computation (MATH.md §4): the map {@code m_{t+1} = m_t + γD(m_t) − (γ²/2) N(m_t) m_t}
 * and the ODE {@code dm/dt = γD(m) − (γ²/2) N(m) m} of a {@linkplain DynamicsConfiguration configuration} with
 * polynomial links at fixed η and {@code d}.
 *
 * <p>Its {@linkplain #key(boolean) key} is the configuration key followed by {@code [:eta=E]:d=D:gamma=G:m0=M} (no
 * η for online SGD) and, for hitting times, {@code :m_target=M}; numbers are decimals ({@code 0.05},
 * {@code 2.33E-7}) or fractions {@code p/q}. When no γ is given, γ is the minimiser of the ODE hitting time from
 * {@code m0} to {@code m_target} ({@link MeanField#optimalRate}) rounded to {@value #GAMMA_DIGITS} significant
 * digits, and the key records that rounded value.
 *
 * @param configuration the update rule and target
 * @param d the dimension, {@code ≥ 3}
 * @param eta the inner learning rate, {@code ≥ 0} ({@code 0} for online SGD)
 * @param gamma the first-layer learning rate, or empty for the (rounded) optimal one
 * @param m0 the initial overlap, in {@code (0, 1)}
 * @param mTarget the target overlap, in {@code (m0, 1)}
 */
public record MeanFieldPoint(DynamicsConfiguration configuration, BigFraction d, BigFraction eta,
        Optional<BigFraction> gamma, BigFraction m0, BigFraction mTarget) {

    /** The significant digits of an optimal γ. */
    public static final int GAMMA_DIGITS = 3;

    public MeanFieldPoint {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(gamma, "gamma");
        Objects.requireNonNull(m0, "m0");
        Objects.requireNonNull(mTarget, "mTarget");
        if (Rationals.compare(d, BigFraction.of(3)) < 0) {
            throw new IllegalArgumentException("d must be >= 3, got " + Rationals.toString(d));
        }
        if (eta.signum() < 0) {
            throw new IllegalArgumentException("eta must be >= 0, got " + Rationals.toString(eta));
        }
        if (configuration.spec().algorithm() == Algorithm.ONLINE && eta.signum() != 0) {
            throw new IllegalArgumentException("online SGD has no eta; give eta = 0");
        }
        if (gamma.isPresent() && gamma.get().signum() <= 0) {
            throw new IllegalArgumentException("gamma must be positive, got " + Rationals.toString(gamma.get()));
        }
        if (m0.signum() <= 0 || Rationals.compare(m0, BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("m0 must be in (0, 1), got " + Rationals.toString(m0));
        }
        if (Rationals.compare(mTarget, m0) <= 0 || Rationals.compare(mTarget, BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("m_target must be in (m0, 1), got " + Rationals.toString(mTarget));
        }
    }

    /** A point with {@code m_target = 1/2}; {@code gamma} null for the optimal one. */
    public static MeanFieldPoint of(DynamicsConfiguration configuration, String d, String eta, String gamma,
            String m0) {
        return new MeanFieldPoint(configuration, fraction(d), fraction(eta),
                Optional.ofNullable(gamma).map(MeanFieldPoint::fraction), fraction(m0), BigFraction.of(1, 2));
    }

    private static BigFraction fraction(String s) {
        return Rationals.parse("mean-field parameter", s, false);
    }

    /**
     * The mean-field dynamics with the learning rate to use.
     *
     * @param meanField the dynamics at this η and {@code d}
     * @param gamma the given γ, or the optimal one rounded to {@value #GAMMA_DIGITS} digits
     * @param key the key of this point with that γ
     */
    public record Resolved(MeanField meanField, BigFraction gamma, String key) {
    }

    /**
     * The dynamics and γ.
     *
     * @param withTarget whether the key names {@code m_target} (hitting times) or not (trajectories)
     * @throws IllegalArgumentException when the links are not polynomials or no γ gives a finite hitting time
     */
    public Resolved resolve(int digits, boolean withTarget) {
        DriftCoefficients c = configuration.coefficients(DriftCoefficients.DEFAULT_MAX_INDEX, digits);
        MeanField mf = MeanField.of(c, SecondMoments.of(c), eta, d);
        boolean exact = mf.drift().stream().allMatch(v -> v.certainty() == Certainty.EXACT)
                && mf.normalisation().stream().allMatch(v -> v.certainty() == Certainty.EXACT);
        if (!mf.isComplete() || !exact) {
            throw new IllegalArgumentException("mean-field golden vectors need polynomial links (exact and complete"
                    + " D(m) and N(m)): " + configuration.key());
        }
        BigFraction g;
        if (gamma.isPresent()) {
            g = gamma.get();
        } else {
            OptimalRate o = mf.optimalRate(m0, mTarget, 10);
            if (o.gamma().isEmpty()) {
                throw new IllegalArgumentException("no learning rate gives a finite mean-field hitting time for "
                        + configuration.key() + " at d = " + Rationals.toString(d) + ", eta = "
                        + Rationals.toString(eta) + ": " + o.reason());
            }
            BigDecimal rounded = Rationals.toBigDecimal(o.gamma().get(), MathContext.DECIMAL128)
                    .round(new MathContext(GAMMA_DIGITS, RoundingMode.HALF_EVEN));
            g = Rationals.of(rounded);
        }
        return new Resolved(mf, g, key(g, withTarget));
    }

    private String key(BigFraction g, boolean withTarget) {
        StringBuilder sb = new StringBuilder(configuration.key());
        if (configuration.spec().algorithm() != Algorithm.ONLINE) {
            sb.append(":eta=").append(GoldenNumbers.parameter(eta));
        }
        sb.append(":d=").append(GoldenNumbers.parameter(d)).append(":gamma=").append(GoldenNumbers.parameter(g))
                .append(":m0=").append(GoldenNumbers.parameter(m0));
        if (withTarget) {
            sb.append(":m_target=").append(GoldenNumbers.parameter(mTarget));
        }
        return sb.toString();
    }

    /** A readable description: the configuration, d, η, γ (or "optimal"), m0 and m_target. */
    @Override
    public String toString() {
        return configuration.key() + " d=" + Rationals.toString(d) + " eta=" + Rationals.toString(eta) + " gamma="
                + gamma.map(Rationals::toString).orElse("optimal") + " m0=" + Rationals.toString(m0) + " m_target="
                + Rationals.toString(mTarget);
    }
}
