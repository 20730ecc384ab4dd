package org.sgdx.reference.dynamics.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.prediction.Kink;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.dynamics.prediction.Regime;
import org.sgdx.reference.dynamics.prediction.Term;
import org.sgdx.reference.exact.Rationals;

/**
 * The predicted exponent {@code κ(q) = lim_{d→∞} log T(d^q, d) / log d} along the learning-rate ray {@code η = d^q}
 * (MATH.md §10): an exact piecewise-linear function of {@code q} read off the theorem's min-formula (MATH.md §6).
 *
 * <ul>
 *   <li>Online SGD: {@code κ = (p − 1) ∨ 1} for every {@code q} (η does not enter).</li>
 *   <li>Alternating SGD: {@code κ(q) = min_i [(i−1)∨1 − 2 e_i(q)]} over the positive leading terms
 *       {@code μ_i ≍ d^{e_i(q)}}, for {@code q < 0} (η → 0 along the ray); at {@code q ≥ 0} the constants of
 *       {@code μ_i(η)} decide, and the formula does not apply.</li>
 *   <li>Batch reuse: the min-formula in {@code s = ηd} for {@code q ≤ −1}, the saturated regime
 *       {@code κ = (p* − 1) ∨ 1} for {@code −1 < q < 0} (MATH.md §6: {@code ηd ≳ 1}); not applicable at {@code q ≥ 0}.</li>
 * </ul>
 *
 * <p>Every kink is an exact rational. Immutable.
 */
public final class PredictedExponent {

    /** What decides {@code κ} at a given {@code q}. */
    public enum Source {
        /** The min-formula of MATH.md §6: one term {@code μ_i^{−2} d^{(i−1)∨1}} is the smallest. */
        MIN_FORMULA,
        /** Batch reuse with {@code ηd ≳ 1}: {@code T = Θ̃(d^{(p*−1)∨1})}. */
        SATURATION
    }

    /**
     * The prediction at one {@code q}.
     *
     * @param q the ray exponent
     * @param kappa {@code κ(q)}, empty when no {@code μ_i} is positive (no recovery predicted)
     * @param source the formula that gives it
     * @param index the index {@code i} of the winning term (0 in the saturated regime or when none is positive)
     * @param logPower the power of {@code ln d} that the {@code Θ̃} hides in the winning regime as stated in MATH.md
     *     §6: 1 for {@code i = 2} ({@code d log d}) or for a saturated regime with {@code p* = 2}, otherwise 0
     */
    public record AtRay(BigFraction q, Optional<BigFraction> kappa, Source source, int index, int logPower) {
        public AtRay {
            Objects.requireNonNull(q, "q");
            Objects.requireNonNull(kappa, "kappa");
            Objects.requireNonNull(source, "source");
        }
    }

    private static final BigFraction MINUS_ONE = BigFraction.of(-1);

    private final Prediction prediction;
    private final Optional<BigFraction> end;
    /** {@code p*} of the target for batch reuse's saturated regime. */
    private final Optional<Integer> saturation;
    private final List<Kink> kinks;

    private PredictedExponent(Prediction prediction, Optional<BigFraction> end, Optional<Integer> saturation,
            List<Kink> kinks) {
        this.prediction = prediction;
        this.end = end;
        this.saturation = saturation;
        this.kinks = kinks;
    }

    /**
     * The predicted exponent of an update rule.
     *
     * @param prediction the theorem's regimes ({@link Prediction#of})
     * @param generativeExponent {@code p*} of the target, needed for batch reuse's saturated regime (empty when
     *     unknown: then the saturated regime has no prediction and {@code q} must stay {@code ≤ −1})
     */
    public static PredictedExponent of(Prediction prediction, Optional<Integer> generativeExponent) {
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(generativeExponent, "generativeExponent");
        Algorithm algorithm = prediction.algorithm();
        Optional<BigFraction> end = algorithm == Algorithm.ONLINE ? Optional.empty() : Optional.of(BigFraction.ZERO);
        Optional<Integer> saturation = algorithm == Algorithm.REUSE ? generativeExponent : Optional.empty();
        List<Kink> kinks = new ArrayList<>();
        if (algorithm != Algorithm.ONLINE) {
            kinks.addAll(prediction.kinks());
        }
        if (saturation.isPresent() && kinks.stream().noneMatch(k -> k.q().equals(MINUS_ONE))) {
            Optional<BigFraction> atEnd = prediction.exponentAt(MINUS_ONE);
            BigFraction flat = BigFraction.of(Prediction.saturationExponent(saturation.get()));
            Optional<BigFraction> slopeBelow = lastRegimeSlope(prediction);
            boolean continuousAndFlat = atEnd.isPresent() && atEnd.get().equals(flat)
                    && slopeBelow.isPresent() && slopeBelow.get().signum() == 0;
            if (!continuousAndFlat) {
                int before = prediction.regimes().isEmpty() ? 0 : prediction.regimes()
                        .get(prediction.regimes().size() - 1).term().map(Term::i).orElse(0);
                kinks.add(new Kink(MINUS_ONE, before, 0));
            }
        }
        return new PredictedExponent(prediction, end, saturation, List.copyOf(kinks));
    }

    private static Optional<BigFraction> lastRegimeSlope(Prediction p) {
        List<Regime> r = p.regimes();
        return r.isEmpty() ? Optional.empty() : r.get(r.size() - 1).term().map(Term::slope);
    }

    /** The algorithm of the rule. */
    public Algorithm algorithm() {
        return prediction.algorithm();
    }

    /** The theorem's regimes of the min-formula. */
    public Prediction prediction() {
        return prediction;
    }

    /** The exclusive upper end of the {@code q} where a prediction exists ({@code 0}); empty for online SGD. */
    public Optional<BigFraction> end() {
        return end;
    }

    /** The phase boundaries {@code η_c ≍ d^{q_c}} in increasing order, exact. */
    public List<Kink> kinks() {
        return kinks;
    }

    /** Whether the theorem makes a prediction on the ray {@code η = d^q}. */
    public boolean applies(BigFraction q) {
        if (end.isPresent() && Rationals.compare(q, end.get()) >= 0) {
            return false;
        }
        return algorithm() != Algorithm.REUSE || Rationals.compare(q, MINUS_ONE) <= 0 || saturation.isPresent();
    }

    /**
     * Why the theorem makes no prediction on the ray, for error messages.
     *
     * @throws IllegalStateException if it does make one
     */
    public String whyNot(BigFraction q) {
        if (applies(q)) {
            throw new IllegalStateException("the formula applies at q = " + Rationals.toString(q));
        }
        if (end.isPresent() && Rationals.compare(q, end.get()) >= 0) {
            return "the theorem holds for eta <~ 1, i.e. q < 0 on the ray eta = d^q (at q >= 0 the constants of"
                    + " mu_i(eta) decide); got q = " + Rationals.toString(q);
        }
        return "batch reuse with eta*d >~ 1 (q > -1) saturates at d^((p*-1) v 1), and p* of the target is not"
                + " known; got q = " + Rationals.toString(q);
    }

    /**
     * {@code κ(q)} with the regime that gives it.
     *
     * @throws IllegalArgumentException if the formula does not apply at {@code q} ({@link #whyNot})
     */
    public AtRay at(BigFraction q) {
        Objects.requireNonNull(q, "q");
        if (!applies(q)) {
            throw new IllegalArgumentException(whyNot(q));
        }
        if (algorithm() == Algorithm.REUSE && Rationals.compare(q, MINUS_ONE) > 0) {
            int generative = saturation.orElseThrow();
            return new AtRay(q, Optional.of(BigFraction.of(Prediction.saturationExponent(generative))),
                    Source.SATURATION, 0, generative == 2 ? 1 : 0);
        }
        BigFraction probe = algorithm() == Algorithm.ONLINE ? BigFraction.ZERO : q;
        Optional<Term> winner = Prediction.winner(prediction.terms(), probe);
        return new AtRay(q, winner.map(t -> t.exponentAt(probe)), Source.MIN_FORMULA, winner.map(Term::i).orElse(0),
                winner.map(t -> t.i() == 2 ? 1 : 0).orElse(0));
    }

    /** {@code exact} when every sign and zero decision behind the prediction is exact. */
    public Certainty certainty() {
        return prediction.certainty();
    }
}
