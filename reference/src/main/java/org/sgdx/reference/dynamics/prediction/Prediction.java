package org.sgdx.reference.dynamics.prediction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.dynamics.RealValue;

/**
 * The sample complexity predicted by the main theorem (MATH.md §6),
 * {@code T(η) = min over i with μ_i(η) > 0 of μ_i(η)^{−2} d^{(i−1)∨1}}, its regimes and its phase boundaries.
 *
 * <p>Asymptotics. With {@code η = d^q} and {@code d → ∞}, a monomial {@code c η^n d^k} of {@code μ_i} is
 * {@code c d^{k + nq}}. For the plain reuse step every monomial is {@code c s^n} with {@code s = ηd}, for alternating
 * SGD {@code c η^n}, so in the range where the theorem applies, {@code ηd ≲ 1} ({@code q ≤ −1}) for batch reuse and
 * {@code η ≲ 1} ({@code q ≤ 0}) for alternating SGD, the {@linkplain #leading leading term} (lowest power) dominates
 * {@code μ_i}, which is positive when its coefficient is. Hence {@code log_d T(d^q)} is, up to constants, the lower
 * envelope of the lines {@code e_i − 2k − 2nq} ({@code e_i = (i−1)∨1}) of the positive leading terms: piecewise
 * linear, with kinks at intersections of such lines, rational numbers computed exactly. A kink at the end of the
 * range (batch reuse: {@code ηd ≍ 1}, where the generative term takes over) is reported with the term that wins just
 * beyond it. Online SGD does not depend on η. Beyond {@code ηd ≳ 1} batch reuse saturates at
 * {@code T = Θ̃(d^{(p*−1)∨1})}.
 */
public final class Prediction {

    private final Algorithm algorithm;
    private final Optional<BigFraction> validUpTo;
    private final List<Term> terms;
    private final List<Regime> regimes;
    private final List<Kink> kinks;
    private final Certainty certainty;

    private Prediction(Algorithm algorithm, Optional<BigFraction> validUpTo, List<Term> terms, List<Regime> regimes,
            List<Kink> kinks, Certainty certainty) {
        this.algorithm = algorithm;
        this.validUpTo = validUpTo;
        this.terms = terms;
        this.regimes = regimes;
        this.kinks = kinks;
        this.certainty = certainty;
    }

    /** The regimes and kinks of the coefficients' theorem time. */
    public static Prediction of(DriftCoefficients coefficients) {
        Objects.requireNonNull(coefficients, "coefficients");
        Algorithm algorithm = coefficients.rule().algorithm();
        Optional<BigFraction> limit = switch (algorithm) {
            case ONLINE -> Optional.empty();
            case REUSE -> Optional.of(BigFraction.of(-1));
            case ALTERNATING -> Optional.of(BigFraction.ZERO);
        };
        List<Term> terms = new ArrayList<>();
        Certainty certainty = Certainty.EXACT;
        for (DriftCoefficients.Mu mu : coefficients.mu()) {
            certainty = certainty.and(mu.value().certainty());
            leading(mu).ifPresent(terms::add);
        }
        TreeSet<BigFraction> breaks = new TreeSet<>(Rationals.ORDER);
        for (int a = 0; a < terms.size(); a++) {
            for (int b = a + 1; b < terms.size(); b++) {
                Term x = terms.get(a);
                Term y = terms.get(b);
                if (!x.slope().equals(y.slope())) {
                    BigFraction q = Rationals.normalised(
                            y.intercept().subtract(x.intercept()).divide(x.slope().subtract(y.slope())));
                    if (limit.isEmpty() || Rationals.compare(q, limit.get()) <= 0) {
                        breaks.add(q);
                    }
                }
            }
        }
        List<BigFraction> points = new ArrayList<>(breaks);
        boolean kinkAtLimit = limit.isPresent() && !points.isEmpty()
                && Rationals.compare(points.get(points.size() - 1), limit.get()) == 0;
        List<Regime> regimes = new ArrayList<>();
        List<Kink> kinks = new ArrayList<>();
        for (int r = 0; r <= points.size(); r++) {
            Optional<BigFraction> from = r == 0 ? Optional.empty() : Optional.of(points.get(r - 1));
            Optional<BigFraction> to = r < points.size() ? Optional.of(points.get(r)) : limit;
            boolean beyond = kinkAtLimit && r == points.size();
            BigFraction probe = beyond ? limit.get().add(BigFraction.of(1, 2)) : probe(from, to);
            Optional<Term> winner = winner(terms, probe);
            Optional<Term> previous = regimes.isEmpty() ? Optional.empty() : regimes.get(regimes.size() - 1).term();
            if (!regimes.isEmpty() && sameTerm(previous, winner)) {
                if (!beyond) {
                    Regime last = regimes.remove(regimes.size() - 1);
                    regimes.add(new Regime(last.from(), to, winner));
                }
                continue;
            }
            if (!regimes.isEmpty()) {
                kinks.add(new Kink(from.orElseThrow(), index(previous), index(winner)));
            }
            if (!beyond) {
                regimes.add(new Regime(from, to, winner));
            }
        }
        return new Prediction(algorithm, limit, List.copyOf(terms), List.copyOf(regimes), List.copyOf(kinks),
                certainty);
    }

    private static BigFraction probe(Optional<BigFraction> from, Optional<BigFraction> to) {
        if (from.isPresent() && to.isPresent()) {
            return Rationals.normalised(from.get().add(to.get()).divide(2));
        }
        if (from.isPresent()) {
            return from.get().add(1);
        }
        return to.map(t -> t.subtract(1)).orElse(BigFraction.ZERO);
    }

    /**
     * The leading monomial {@code c η^n d^k} of {@code μ_i}: the lowest power {@code n} of η with a non-zero
     * coefficient, and among those the highest power {@code k} of {@code d} (for the projected reuse step, whose
     * terms have {@code k ≤ n}; with {@code q ≤ −1} it dominates every other term when {@code k = n}).
     */
    static Optional<Term> leading(DriftCoefficients.Mu mu) {
        return mu.value().leadingInEta().map(e -> new Term(mu.i(), e.getKey().eta(), e.getKey().d(), e.getValue()));
    }

    /** The smallest line {@code e_i − 2k − 2nq} at {@code q} among positive leading terms, the smaller {@code i} on ties. */
    public static Optional<Term> winner(List<Term> terms, BigFraction q) {
        Term best = null;
        for (Term t : terms) {
            if (t.coefficient().signum() > 0
                    && (best == null || Rationals.compare(t.exponentAt(q), best.exponentAt(q)) < 0)) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean sameTerm(Optional<Term> a, Optional<Term> b) {
        return a.isEmpty() && b.isEmpty() || a.isPresent() && b.isPresent() && a.get().equals(b.get());
    }

    private static int index(Optional<Term> t) {
        return t.map(Term::i).orElse(0);
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /**
     * The largest {@code q} (with {@code η = d^q}) where the asymptotic formula applies: {@code −1} for batch reuse
     * ({@code ηd ≲ 1}), {@code 0} for alternating SGD ({@code η ≲ 1}); empty for online SGD.
     */
    public Optional<BigFraction> validUpTo() {
        return validUpTo;
    }

    /** The non-zero monomials of all computed {@code μ_i}. */
    public List<Term> terms() {
        return terms;
    }

    /** The regimes from {@code q = −∞} to {@link #validUpTo()}. */
    public List<Regime> regimes() {
        return regimes;
    }

    /** The phase boundaries, in increasing order of {@code q}. */
    public List<Kink> kinks() {
        return kinks;
    }

    /** {@code exact} when the coefficients (hence every sign and every zero decision) are exact. */
    public Certainty certainty() {
        return certainty;
    }

    /** {@code log_d T} at {@code η = d^q}, constants dropped; empty when no term is positive there. */
    public Optional<BigFraction> exponentAt(BigFraction q) {
        return winner(terms, q).map(t -> t.exponentAt(q));
    }

    /**
     * The end of the information-exponent regime of batch reuse side by side with the two forms of the condition
     * reported for the paper (MATH.md §6): the computed first kink, {@code −p/2} (the min formula with a second term
     * {@code (ηd)^{−2} d}) and {@code −(p+1)/2} (the paper's reported statement), all as exponents of {@code d}.
     *
     * @param computed the first kink, when there is one
     * @param pOverTwo {@code −p/2}
     * @param pPlusOneOverTwo {@code −(p+1)/2}
     */
    public record InformationExponentCondition(Optional<BigFraction> computed, BigFraction pOverTwo,
            BigFraction pPlusOneOverTwo) {
    }

    /** The two forms of the batch-reuse information-exponent condition for information exponent {@code p}. */
    public InformationExponentCondition informationExponentCondition(int p) {
        return new InformationExponentCondition(kinks.stream().findFirst().map(Kink::q), BigFraction.of(-p, 2),
                BigFraction.of(-(p + 1), 2));
    }

    /**
     * The alternating boundary of MATH.md §6, {@code η_c ≍ d^{−([(p−1)∨1] − [(p_2−1)∨1])/2}}, to compare with the
     * computed first kink.
     */
    public static BigFraction alternatingBoundaryFormula(int p, int p2) {
        return BigFraction.of(-(Math.max(p - 1, 1) - Math.max(p2 - 1, 1)), 2);
    }

    /**
     * The batch-reuse boundary of MATH.md §6 between the terms {@code y^i} and {@code y^j}, {@code i < j}, of power
     * exponents {@code p_i}, {@code p_j}: {@code η ≍ d^{([(p_j−1)∨1] − [(p_i−1)∨1])/(2(j−i)) − 1}}.
     */
    public static BigFraction reuseBoundaryFormula(int i, int pI, int j, int pJ) {
        return BigFraction.of(Math.max(pJ - 1, 1) - Math.max(pI - 1, 1), 2 * (j - i)).subtract(1);
    }

    /** The saturated batch-reuse exponent {@code (p* − 1) ∨ 1} for {@code ηd ≳ 1}. */
    public static int saturationExponent(int generativeExponent) {
        return Math.max(generativeExponent - 1, 1);
    }

    /**
     * The theorem time at numeric η and {@code d}, with the full polynomials {@code μ_i(η)}.
     *
     * @param index the minimising {@code i}, 0 when no {@code μ_i} is positive
     * @param value {@code μ_i^{−2} d^{(i−1)∨1}}, empty when no {@code μ_i} is positive
     * @param certainty {@code exact} when the coefficients are rational and ψ is not a truncated series (the minimum
     *     is then a rational number and the value its correct rounding), {@code estimate} otherwise
     */
    public record SampleComplexity(int index, Optional<BigDecimal> value, Certainty certainty) {
    }

    /**
     * {@code T(η) = min_{i: μ_i(η) > 0} μ_i(η)^{−2} d^{(i−1)∨1}} at numeric η and {@code d}, rounded to {@code mc}.
     *
     * @throws IllegalArgumentException if η is negative or not finite, or {@code d < 3}
     */
    public static SampleComplexity sampleComplexity(DriftCoefficients coefficients, BigDecimal eta, BigDecimal d,
            MathContext mc) {
        if (eta.signum() < 0) {
            throw new IllegalArgumentException("eta must be >= 0, got " + eta);
        }
        if (d.compareTo(BigDecimal.valueOf(3)) < 0) {
            throw new IllegalArgumentException("d must be >= 3, got " + d);
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigFraction etaExact = Rationals.of(eta);
        BigFraction dExact = Rationals.of(d);
        int best = 0;
        BigFraction bestExact = null;
        BigDecimal bestValue = null;
        boolean exact = coefficients.psi().order().isEmpty();
        for (DriftCoefficients.Mu mu : coefficients.mu()) {
            List<RealValue> atPoint = mu.value().inM(etaExact, dExact);
            RealValue m = atPoint.isEmpty() ? RealValue.ZERO : atPoint.get(0);
            if (m.signum() <= 0) {
                continue;
            }
            int e = Math.max(mu.i() - 1, 1);
            Optional<BigFraction> rational = m.exact().filter(x -> x.isRational())
                    .map(x -> x.terms().isEmpty() ? BigFraction.ZERO : x.terms().values().iterator().next().rationalValue());
            BigDecimal t;
            BigFraction tExact = null;
            if (rational.isPresent()) {
                tExact = dExact.pow(e).divide(rational.get().pow(2));
                t = new BigDecimal(tExact.getNumerator()).divide(new BigDecimal(tExact.getDenominator()), work);
            } else {
                exact = false;
                BigDecimal v = m.toBigDecimal(work);
                t = d.pow(e, work).divide(v.multiply(v, work), work);
            }
            if (bestValue == null || t.compareTo(bestValue) < 0) {
                bestValue = t;
                bestExact = tExact;
                best = mu.i();
            }
        }
        if (bestValue == null) {
            return new SampleComplexity(0, Optional.empty(), exact ? Certainty.EXACT : Certainty.ESTIMATE);
        }
        BigDecimal rounded = bestExact != null
                ? new BigDecimal(bestExact.getNumerator()).divide(new BigDecimal(bestExact.getDenominator()), mc)
                : bestValue.round(mc);
        return new SampleComplexity(best, Optional.of(rounded), exact ? Certainty.EXACT : Certainty.ESTIMATE);
    }
}
