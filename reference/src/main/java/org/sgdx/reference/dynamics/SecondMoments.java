package org.sgdx.reference.dynamics;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.numeric.WorkLimit;

/**
 * The second moments of an update (MATH.md §4, notation of §7): with {@code u = mz + √(1−m²) v} and {@code z, v}
 * independent standard normals,
 *
 * <pre>
 *   E[ψ²](m)    = Σ_{J,n,k} η^n d^k Σ_i i! m^i u_i(L_J) u_i(G_{J,n,k})
 *   E[ψ² v²](m) = Σ_{J,n,k} η^n d^k Σ_i i! u_i(G_{J,n,k}) [ u_i(L_J) m^i + (i+2)(i+1) u_{i+2}(L_J) (m^i − m^{i+2}) ]
 *   N(m)        = E[ψ² |P⊥x|²] = (d − 2) E[ψ²](m) + E[ψ² v²](m)
 * </pre>
 *
 * where {@code ψ² = Σ y^J η^n d^k G_{J,n,k}(z)} and {@code L_J = E[y^J | u]}. The first line is Mehler's formula
 * {@code E[He_i(u) He_j(z)] = δ_{ij} i! m^i}; the second adds {@code E[f(u) G(z) He_2(v)] = (1 − m²) E[f''(u) G(z)]}
 * (Gaussian integration by parts in {@code v}, {@code ∂u/∂v = √(1−m²)}) with {@code u_i(f'') = (i+2)(i+1) u_{i+2}(f)},
 * and {@code |P⊥x|² = v² + Q} with {@code E Q = d − 2}. The sums over {@code i} are finite, and the polynomials exact,
 * when every product has a polynomial factor (polynomial links); otherwise they stop at the requested index and
 * are not {@linkplain #isComplete() complete}.
 */
public final class SecondMoments {

    /** The largest Mehler index used when the sums do not terminate and no index is requested. */
    public static final int DEFAULT_MAX_INDEX = 16;

    private final ParameterPolynomial psiSquared;
    private final ParameterPolynomial psiSquaredTimesVSquared;
    private final boolean complete;

    private SecondMoments(ParameterPolynomial psiSquared, ParameterPolynomial psiSquaredTimesVSquared,
            boolean complete) {
        this.psiSquared = psiSquared;
        this.psiSquaredTimesVSquared = psiSquaredTimesVSquared;
        this.complete = complete;
    }

    /** The second moments of the update of {@code coefficients}, with the default index limit. */
    public static SecondMoments of(DriftCoefficients coefficients) {
        return of(coefficients, DEFAULT_MAX_INDEX);
    }

    /**
     * The second moments of the update of {@code coefficients}.
     *
     * @param maxIndex the largest Mehler index when a sum does not terminate, 1 to {@value DriftCoefficients#MAX_INDEX}
     */
    public static SecondMoments of(DriftCoefficients coefficients, int maxIndex) {
        checkArguments(coefficients, maxIndex);
        return of(coefficients, coefficients.psi(), maxIndex, WorkLimit.unlimited());
    }

    /**
     * The second moments with the default index limit, with the numerical integrals within a work limit.
     *
     * @throws WorkLimit.WorkLimitExceededException if they would exceed, or exceed, the limit
     */
    public static SecondMoments of(DriftCoefficients coefficients, WorkLimit work) {
        checkArguments(coefficients, DEFAULT_MAX_INDEX);
        return of(coefficients, coefficients.psi(), DEFAULT_MAX_INDEX, Objects.requireNonNull(work, "work"));
    }

    /**
     * The fourth moments {@code E[ψ⁴](m)} and {@code E[ψ⁴ v²](m)} of the update of {@code coefficients}, as the
     * {@link #psiSquared()} and {@link #psiSquaredTimesVSquared()} of the factor {@code ψ²} (the same Mehler sums with
     * {@code ψ⁴ = (ψ²)²}); {@link #normalisation()} then has no meaning of its own. They bound the terms the diffusion
     * limit drops (proofs-notes/diffusion-limit.md).
     *
     * @param maxIndex as for {@link #of(DriftCoefficients, int)}
     */
    public static SecondMoments fourth(DriftCoefficients coefficients, int maxIndex) {
        checkArguments(coefficients, maxIndex);
        return of(coefficients, coefficients.psi().multiply(coefficients.psi()), maxIndex, WorkLimit.unlimited());
    }

    private static void checkArguments(DriftCoefficients coefficients, int maxIndex) {
        Objects.requireNonNull(coefficients, "coefficients");
        if (maxIndex < 1 || maxIndex > DriftCoefficients.MAX_INDEX) {
            throw new IllegalArgumentException("maxIndex must be in 1.." + DriftCoefficients.MAX_INDEX + ", got "
                    + maxIndex);
        }
    }

    /** The moments {@code E[f²](m)} and {@code E[f² v²](m)} of a factor {@code f} on the label model of {@code coefficients}. */
    private static SecondMoments of(DriftCoefficients coefficients, Psi psi, int maxIndex, WorkLimit work) {
        Psi square = psi.multiply(psi);
        List<ZFunction> labels = LabelMoments.upTo(coefficients.target(), Math.max(square.maxYPower(), 0));
        HermiteExpansions hermite = new HermiteExpansions(coefficients.digits(), work);
        Map<ZFunction, Integer> degrees = new HashMap<>();
        for (Map.Entry<Monomial, ZFunction> term : square.terms().entrySet()) {
            ZFunction label = labels.get(term.getKey().y());
            int bound = bound(label, term.getValue(), maxIndex);
            degrees.merge(label, labelDegree(label, bound), Math::max);
            degrees.merge(term.getValue(), bound, Math::max);
        }
        hermite.plan(degrees, "the second moments");
        Map<ParameterPolynomial.Powers, RealValue> plain = new TreeMap<>();
        Map<ParameterPolynomial.Powers, RealValue> weighted = new TreeMap<>();
        boolean complete = true;
        for (Map.Entry<Monomial, ZFunction> term : square.terms().entrySet()) {
            Monomial mono = term.getKey();
            ZFunction label = labels.get(mono.y());
            ZFunction g = term.getValue();
            int bound = bound(label, g, maxIndex);
            complete &= g.isPolynomial() || label.isPolynomial();
            int labelDegree = labelDegree(label, bound);
            List<RealValue> uLabel = hermite.u(label, labelDegree);
            List<RealValue> uG = hermite.u(g, bound);
            BigInteger factorial = BigInteger.ONE;
            for (int i = 0; i <= bound; i++) {
                if (i > 0) {
                    factorial = factorial.multiply(BigInteger.valueOf(i));
                }
                RealValue ug = uG.get(i).multiply(BigFraction.of(factorial));
                if (ug instanceof RealValue.Exact && ug.isZero()) {
                    continue;
                }
                RealValue direct = i < uLabel.size() ? ug.multiply(uLabel.get(i)) : RealValue.ZERO;
                add(plain, i, mono, direct);
                add(weighted, i, mono, direct);
                if (i + 2 < uLabel.size()) {
                    RealValue curvature = ug.multiply(uLabel.get(i + 2)).multiply(BigFraction.of((i + 2L) * (i + 1L)));
                    add(weighted, i, mono, curvature);
                    add(weighted, i + 2, mono, curvature.negate());
                }
            }
        }
        return new SecondMoments(ParameterPolynomial.of(plain), ParameterPolynomial.of(weighted), complete);
    }

    /** The largest Mehler index of a term: the degree of its polynomial factor, or {@code maxIndex} when it has none. */
    private static int bound(ZFunction label, ZFunction g, int maxIndex) {
        return g.isPolynomial() ? g.degree() : label.isPolynomial() ? label.degree() : maxIndex;
    }

    private static int labelDegree(ZFunction label, int bound) {
        return label.isPolynomial() ? Math.min(label.degree(), bound + 2) : bound + 2;
    }

    private static void add(Map<ParameterPolynomial.Powers, RealValue> sum, int mPower, Monomial mono, RealValue c) {
        if (c instanceof RealValue.Exact && c.isZero()) {
            return;
        }
        sum.merge(new ParameterPolynomial.Powers(mPower, mono.eta(), mono.d()), c, RealValue::add);
    }

    /** {@code E[ψ²](m)}. */
    public ParameterPolynomial psiSquared() {
        return psiSquared;
    }

    /** {@code E[ψ² v²](m)}. */
    public ParameterPolynomial psiSquaredTimesVSquared() {
        return psiSquaredTimesVSquared;
    }

    /** {@code N(m) = (d − 2) E[ψ²](m) + E[ψ² v²](m)}. */
    public ParameterPolynomial normalisation() {
        ParameterPolynomial dMinusTwo = ParameterPolynomial.monomial(RealValue.ONE, new ParameterPolynomial.Powers(0, 0, 1))
                .subtract(ParameterPolynomial.constant(BigFraction.of(2)));
        return psiSquared.multiply(dMinusTwo).add(psiSquaredTimesVSquared);
    }

    /** Whether every Mehler sum terminated, so that the polynomials are the full second moments. */
    public boolean isComplete() {
        return complete;
    }

    /** {@code exact} when every coefficient is exact. */
    public Certainty certainty() {
        return psiSquared.certainty().and(psiSquaredTimesVSquared.certainty());
    }
}
