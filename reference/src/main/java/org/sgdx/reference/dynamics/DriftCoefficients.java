package org.sgdx.reference.dynamics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.numeric.WorkLimit;

/**
 * The coefficients {@code μ_i(η)} of an update rule on a label model (MATH.md §4),
 *
 * <pre>
 *   μ_i(η) = E[ψ_η(σ*(A), B) He_i(A) He_{i−1}(B)] / (i! (i−1)!) = Σ_{j,n,k} η^n d^k u_i(L_j) u_{i−1}(g_{j,n,k})
 * </pre>
 *
 * for {@code ψ = Σ y^j η^n d^k g_{j,n,k}(z)} and {@code L_j = E[y^j | u]} ({@link LabelMoments}), by the
 * independence of {@code A} and {@code B}; and the drift {@code D(m) = Σ_i i! μ_i m^{i−1} (1 − m²)}.
 *
 * <p>Each {@code μ_i} is a polynomial in η and {@code d} (in {@code s = ηd} for the plain reuse step). Its
 * coefficients are exact when the target link and the activation have exact forms (polynomials and breakpoint-0
 * piecewise polynomials), estimates with an error estimate otherwise. When every product
 * {@code u_i(L_j) u_{i−1}(g)} has a polynomial factor, {@code μ_i = 0} for all {@code i} beyond a computable bound
 * and the list is {@linkplain #isComplete() complete}; otherwise it stops at the requested index.
 */
public final class DriftCoefficients {

    /** The largest index used when the coefficients do not terminate and no index is requested. */
    public static final int DEFAULT_MAX_INDEX = 8;
    /** The largest index accepted. */
    public static final int MAX_INDEX = 200;
    /** The default number of digits of numerical Hermite coefficients. */
    public static final int DEFAULT_DIGITS = 20;

    /**
     * One coefficient.
     *
     * @param i the index {@code i ≥ 1}
     * @param value {@code μ_i} as a polynomial in η and {@code d} (no power of {@code m})
     */
    public record Mu(int i, ParameterPolynomial value) {
        public Mu {
            if (i < 1) {
                throw new IllegalArgumentException("index must be >= 1: " + i);
            }
            Objects.requireNonNull(value, "value");
        }
    }

    private final UpdateRule rule;
    private final LabelModel target;
    private final Psi psi;
    private final List<Mu> mu;
    private final boolean complete;
    private final int digits;

    private DriftCoefficients(UpdateRule rule, LabelModel target, Psi psi, List<Mu> mu, boolean complete,
            int digits) {
        this.rule = rule;
        this.target = target;
        this.psi = psi;
        this.mu = mu;
        this.complete = complete;
        this.digits = digits;
    }

    /** All coefficients when they terminate ({@value #DEFAULT_MAX_INDEX} otherwise), numerical ones to 20 digits. */
    public static DriftCoefficients of(UpdateRule rule, LabelModel target) {
        return of(rule, target, 0, DEFAULT_DIGITS);
    }

    /** {@code of(spec.rule(), spec.labels())}: the coefficients of a specified rule on its labels. */
    public static DriftCoefficients of(UpdateRuleSpec spec) {
        return of(spec.rule(), spec.labels());
    }

    /** {@code of(spec.rule(), spec.labels(), maxIndex, digits)}. */
    public static DriftCoefficients of(UpdateRuleSpec spec, int maxIndex, int digits) {
        return of(spec.rule(), spec.labels(), maxIndex, digits);
    }

    /**
     * The coefficients {@code μ_1 .. μ_I}.
     *
     * @param maxIndex {@code I}, 1 to {@value #MAX_INDEX}; 0 for all when they terminate and
     *     {@value #DEFAULT_MAX_INDEX} otherwise
     * @param digits the digits of numerical Hermite coefficients, 5 to 200
     * @throws IllegalArgumentException for arguments out of range
     */
    public static DriftCoefficients of(UpdateRule rule, LabelModel target, int maxIndex, int digits) {
        return of(rule, target, maxIndex, digits, WorkLimit.unlimited());
    }

    /**
     * As {@link #of(UpdateRule, LabelModel, int, int)}, with the numerical integrals within a work limit.
     *
     * @throws WorkLimit.WorkLimitExceededException if they would exceed, or exceed, the limit
     */
    public static DriftCoefficients of(UpdateRule rule, LabelModel target, int maxIndex, int digits, WorkLimit work) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(target, "target");
        if (maxIndex < 0 || maxIndex > MAX_INDEX) {
            throw new IllegalArgumentException("max-index must be in 1.." + MAX_INDEX + ", got " + maxIndex);
        }
        if (digits < 5 || digits > 200) {
            throw new IllegalArgumentException("digits must be in 5..200, got " + digits);
        }
        return of(rule, target, rule.psi(), maxIndex, digits, work);
    }

    /**
     * The coefficients of the factor {@code ψ^k} in place of ψ, on the same label model and with the same index limit
     * and digits: {@link #drift()} is then {@code E[ψ^k (u − mz)]} (for {@code k = 3}, a term of the diffusion limit,
     * proofs-notes/diffusion-limit.md); {@link #rule()} stays the rule of ψ.
     *
     * @param k the power, {@code ≥ 1}
     */
    public DriftCoefficients power(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("power must be >= 1, got " + k);
        }
        Psi f = psi;
        for (int j = 1; j < k; j++) {
            f = f.multiply(psi);
        }
        return of(rule, target, f, complete ? 0 : mu.size(), digits, WorkLimit.unlimited());
    }

    private static DriftCoefficients of(UpdateRule rule, LabelModel target, Psi psi, int maxIndex, int digits,
            WorkLimit work) {
        List<ZFunction> labels = LabelMoments.upTo(target, Math.max(psi.maxYPower(), 0));
        OptionalInt natural = naturalBound(psi, labels);
        int limit = maxIndex > 0 ? maxIndex : natural.orElse(DEFAULT_MAX_INDEX);
        int count = natural.isPresent() ? Math.min(limit, Math.max(natural.getAsInt(), 1)) : limit;
        boolean complete = natural.isPresent() && count >= natural.getAsInt();

        HermiteExpansions hermite = new HermiteExpansions(digits, work);
        Map<ZFunction, Integer> degrees = new HashMap<>();
        for (Map.Entry<Monomial, ZFunction> term : psi.terms().entrySet()) {
            int bound = Math.min(count, termBound(labels.get(term.getKey().y()), term.getValue()));
            if (bound >= 1) {
                degrees.merge(labels.get(term.getKey().y()), bound, Math::max);
                degrees.merge(term.getValue(), bound - 1, Math::max);
            }
        }
        hermite.plan(degrees, "the coefficients mu_1.." + count);
        List<Map<ParameterPolynomial.Powers, RealValue>> sums = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            sums.add(new java.util.TreeMap<>());
        }
        for (Map.Entry<Monomial, ZFunction> term : psi.terms().entrySet()) {
            Monomial m = term.getKey();
            ZFunction label = labels.get(m.y());
            ZFunction g = term.getValue();
            int bound = Math.min(count, termBound(label, g));
            if (bound < 1) {
                continue;
            }
            List<RealValue> uLabel = hermite.u(label, bound);
            List<RealValue> uG = hermite.u(g, bound - 1);
            ParameterPolynomial.Powers powers = new ParameterPolynomial.Powers(0, m.eta(), m.d());
            for (int i = 1; i <= bound; i++) {
                RealValue product = uLabel.get(i).multiply(uG.get(i - 1));
                if (!(product instanceof RealValue.Exact && product.isZero())) {
                    sums.get(i).merge(powers, product, RealValue::add);
                }
            }
        }
        List<Mu> mu = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            mu.add(new Mu(i, ParameterPolynomial.of(sums.get(i))));
        }
        return new DriftCoefficients(rule, target, psi, List.copyOf(mu), complete, digits);
    }

    /**
     * The largest {@code i} with a possibly non-zero {@code μ_i} when every term has a polynomial factor:
     * {@code u_i(L_j) = 0} for {@code i > deg L_j} and {@code u_{i−1}(g) = 0} for {@code i − 1 > deg g}.
     */
    private static OptionalInt naturalBound(Psi psi, List<ZFunction> labels) {
        int bound = 0;
        for (Map.Entry<Monomial, ZFunction> term : psi.terms().entrySet()) {
            int b = termBound(labels.get(term.getKey().y()), term.getValue());
            if (b == Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
            bound = Math.max(bound, b);
        }
        return OptionalInt.of(bound);
    }

    private static int termBound(ZFunction label, ZFunction g) {
        int b = Integer.MAX_VALUE;
        if (label.isPolynomial()) {
            b = Math.min(b, label.degree());
        }
        if (g.isPolynomial()) {
            b = Math.min(b, g.degree() + 1);
        }
        return b;
    }

    public UpdateRule rule() {
        return rule;
    }

    public LabelModel target() {
        return target;
    }

    /** The factor ψ of the update, from which the coefficients were computed. */
    public Psi psi() {
        return psi;
    }

    /** {@code μ_1, ..., μ_I}. */
    public List<Mu> mu() {
        return mu;
    }

    /** {@code μ_i}, or exact zero beyond the list when it is {@linkplain #isComplete() complete}. */
    public ParameterPolynomial mu(int i) {
        if (i < 1) {
            throw new IllegalArgumentException("index must be >= 1: " + i);
        }
        if (i <= mu.size()) {
            return mu.get(i - 1).value();
        }
        if (complete) {
            return ParameterPolynomial.ZERO;
        }
        throw new IllegalArgumentException("mu_" + i + " was not computed (max index " + mu.size() + ")");
    }

    /** The largest index {@code I} computed. */
    public int maxIndex() {
        return mu.size();
    }

    /** Whether {@code μ_i = 0} exactly for every {@code i > I}. */
    public boolean isComplete() {
        return complete;
    }

    /** The digits of numerical Hermite coefficients. */
    public int digits() {
        return digits;
    }

    /** {@code exact} when every coefficient is exact. */
    public Certainty certainty() {
        Certainty c = Certainty.EXACT;
        for (Mu m : mu) {
            c = c.and(m.value().certainty());
        }
        return c;
    }

    /**
     * The drift {@code D(m) = Σ_i i! μ_i m^{i−1} (1 − m²) = E[ψ(σ*(u), z)(u − mz)]} (MATH.md §4), summed over the
     * computed indices (all of them when the list is complete).
     */
    public ParameterPolynomial drift() {
        ParameterPolynomial sum = ParameterPolynomial.ZERO;
        BigInteger factorial = BigInteger.ONE;
        for (Mu m : mu) {
            factorial = factorial.multiply(BigInteger.valueOf(m.i()));
            ParameterPolynomial weight = ParameterPolynomial.monomial(RealValue.of(BigFraction.of(factorial)),
                    new ParameterPolynomial.Powers(m.i() - 1, 0, 0)).subtract(ParameterPolynomial.monomial(
                    RealValue.of(BigFraction.of(factorial)), new ParameterPolynomial.Powers(m.i() + 1, 0, 0)));
            sum = sum.add(m.value().multiply(weight));
        }
        return sum;
    }
}
