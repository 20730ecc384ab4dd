package org.sgdx.checks.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.RealValue;
import org.sgdx.reference.dynamics.SecondMoments;
import org.sgdx.reference.dynamics.UpdateRuleSpec;
import org.sgdx.reference.dynamics.meanfield.HittingTime;
import org.sgdx.reference.dynamics.meanfield.MeanField;
import org.sgdx.reference.dynamics.meanfield.OptimalRate;
import org.sgdx.reference.dynamics.phase.MeanFieldTimes;
import org.sgdx.reference.dynamics.phase.PhaseDiagram;
import org.sgdx.reference.dynamics.phase.PredictedExponent;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.Link;

/**
 * The reference's mean-field dynamics (MATH.md §4) of one update rule on a deterministic label model, as used by the
 * simulation claims: the learning rate γ* that minimises the mean-field hitting time ({@link MeanField#optimalRate}),
 * the hitting time at a given γ, and {@code D(m)}, {@code N(m)} in double precision. The coefficients
 * ({@link DriftCoefficients}, {@link SecondMoments}) are computed once; η, {@code d}, {@code m_0} enter exactly (the
 * binary value of the double). The reference replaces {@code |x|²} by {@code d} in the batch-reuse inner step
 * (MATH.md §9). Immutable.
 */
final class MeanFieldModel {

    /** The digits of mean-field hitting times. */
    static final int DIGITS = 6;

    private final UpdateRuleSpec spec;
    private final DriftCoefficients coefficients;
    private final SecondMoments moments;

    private MeanFieldModel(UpdateRuleSpec spec, DriftCoefficients coefficients, SecondMoments moments) {
        this.spec = spec;
        this.coefficients = coefficients;
        this.moments = moments;
    }

    /** The model of an update rule on its labels. */
    static MeanFieldModel of(UpdateRuleSpec spec) {
        DriftCoefficients c = DriftCoefficients.of(spec);
        return new MeanFieldModel(spec, c, SecondMoments.of(c));
    }

    /** The model of {@code σ* = σ = link} on deterministic labels with this loss, {@code a = 1}, default options. */
    static MeanFieldModel of(Algorithm algorithm, Loss loss, String link) {
        return of(UpdateRuleSpec.of(algorithm, Link.parse(link)).withLoss(loss));
    }

    /** A one-line description of the update rule. */
    String describe() {
        return coefficients.rule().describe() + "; target " + spec.target().specification();
    }

    /** The mean-field dynamics at η and {@code d}. */
    MeanField at(double eta, long d) {
        return MeanField.of(coefficients, moments, exact(eta), BigFraction.of(d));
    }

    /**
     * The learning rate that minimises the mean-field hitting time from {@code m0} to {@code mTarget}, with that
     * time.
     */
    Rate optimalRate(double eta, long d, double m0, double mTarget) {
        OptimalRate o = at(eta, d).optimalRate(exact(m0), exact(mTarget), DIGITS);
        double time = o.time().flatMap(HittingTime::time).map(e -> e.value().doubleValue())
                .orElse(Double.POSITIVE_INFINITY);
        return new Rate(o.gamma().map(BigFraction::doubleValue).orElse(Double.NaN), o.gammaMax().doubleValue(), time, eta, d, m0,
                mTarget, o.gamma().isPresent() ? "" : o.reason());
    }

    /** The limit dynamics of this rule: mean-field times at the optimal γ from {@code m_0 = d^{−1/2}} to 1/2. */
    MeanFieldTimes times() {
        return MeanFieldTimes.of(coefficients, BigFraction.of(1, 2), DIGITS);
    }

    /** The phase diagram of this rule on the given rays and ladder (MATH.md §10; {@code p*} not needed). */
    PhaseDiagram phaseDiagram(List<BigFraction> rays, List<BigFraction> ladder, int threads)
            throws InterruptedException {
        PredictedExponent predicted = PredictedExponent.of(Prediction.of(coefficients), Optional.empty());
        return PhaseDiagram.compute(predicted, MeanFieldTimes.of(coefficients, BigFraction.of(1, 2), DIGITS),
                new PhaseDiagram.Settings(rays, ladder, threads), PhaseDiagram.Progress.none());
    }

    /** {@code D(m)} at η and {@code d}. */
    static double drift(MeanField mf, double m) {
        return horner(mf.drift(), m);
    }

    /** {@code N(m) = E[ψ²|P⊥x|²]} at η and {@code d}. */
    static double normalisation(MeanField mf, double m) {
        return horner(mf.normalisation(), m);
    }

    private static double horner(List<RealValue> c, double m) {
        double r = 0;
        for (int k = c.size() - 1; k >= 0; k--) {
            r = r * m + c.get(k).toBigDecimal(MathContext.DECIMAL64).doubleValue();
        }
        return r;
    }

    static BigFraction exact(double x) {
        return Rationals.of(new BigDecimal(x));
    }

    /**
     * A mean-field optimal learning rate.
     *
     * @param gamma γ*, NaN when no γ gives a finite time
     * @param gammaMax the stability limit {@code min 2D(m)/(N(m) m)} over {@code [m0, mTarget]}
     * @param time the mean-field ODE hitting time at γ*, in steps ({@code +∞} when there is no γ*)
     * @param reason why there is no γ*, empty otherwise
     */
    record Rate(double gamma, double gammaMax, double time, double eta, long d, double m0, double mTarget,
            String reason) {

        boolean exists() {
            return Double.isFinite(gamma) && Double.isFinite(time);
        }

        /** Where γ came from, for reports. */
        String source() {
            return String.format(Locale.ROOT, "MeanField.optimalRate(m0 = %s, m_target = %s) at eta = %s, d = %d",
                    Quantity.format(m0), Quantity.format(mTarget), Quantity.format(eta), d);
        }

        /** γ, its source, γ_max and the time, for evidence traces. */
        String summary() {
            if (!exists()) {
                return source() + ": no learning rate (" + reason + ")";
            }
            return String.format(Locale.ROOT, "gamma* = %s (%s; gamma_max = %.4g), mean-field T = %.5g", Double
                    .toString(gamma), source(), gammaMax, time);
        }
    }

    @Override
    public String toString() {
        return spec.algorithm().key() + "/" + spec.loss().key() + "/" + spec.target().specification();
    }
}
