package org.sgdx.reference.hermite;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sgdx.reference.numeric.Estimate;

/**
 * The Gaussian Hermite moments {@code I_k = E[f(Z) He_k(Z)]}, {@code k = 0..K}, {@code Z ~ N(0,1)}, of a function
 * {@code f}, each with an error estimate, and the second moment {@code E[f(Z)²] = Σ_k I_k²/k!} (MATH.md §2).
 * The coefficients in the two conventions are {@link #u() u_k = I_k / k!} and {@link #c() c_k = I_k / √(k!)}.
 *
 * <p>{@code digits = D} is the accuracy that was requested: the absolute error of {@code c_k} is meant to be at
 * most {@code 10^{−D} ‖f‖₂}, with {@code ‖f‖₂ = √E[f²] ≥ |c_k|} (so {@code I_k} to {@code 10^{−D} √(k!) ‖f‖₂}); each
 * error estimate states what was achieved. Values carry guard digits beyond {@code D}; round them with
 * {@link Estimate#round(MathContext)}.
 *
 * @param digits the requested number of digits {@code D}
 * @param moments {@code I_0, ..., I_K}
 * @param secondMoment {@code E[f(Z)²]}
 */
public record HermiteMoments(int digits, List<Estimate> moments, Estimate secondMoment) {

    public HermiteMoments {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be >= 1: " + digits);
        }
        moments = List.copyOf(moments);
        if (moments.isEmpty()) {
            throw new IllegalArgumentException("moments must not be empty");
        }
        Objects.requireNonNull(secondMoment, "secondMoment");
    }

    /** {@code K}, the largest degree. */
    public int maxDegree() {
        return moments.size() - 1;
    }

    /** {@code I_k = E[f(Z) He_k(Z)]}. */
    public Estimate moment(int k) {
        return moments.get(k);
    }

    /** {@code u_k = E[f(Z) He_k(Z)] / k!}, so that {@code f = Σ u_k He_k}, for {@code k = 0..K}. */
    public List<Estimate> u() {
        MathContext mc = context();
        List<Estimate> out = new ArrayList<>(moments.size());
        BigDecimal factorial = BigDecimal.ONE;
        for (int k = 0; k < moments.size(); k++) {
            if (k > 1) {
                factorial = factorial.multiply(BigDecimal.valueOf(k));
            }
            out.add(moments.get(k).divide(factorial, mc));
        }
        return List.copyOf(out);
    }

    /** {@code c_k = E[f(Z) h_k(Z)] = I_k / √(k!)}, so that {@code f = Σ c_k h_k}, for {@code k = 0..K}. */
    public List<Estimate> c() {
        MathContext mc = context();
        List<Estimate> out = new ArrayList<>(moments.size());
        BigDecimal factorial = BigDecimal.ONE;
        for (int k = 0; k < moments.size(); k++) {
            if (k > 1) {
                factorial = factorial.multiply(BigDecimal.valueOf(k));
            }
            out.add(moments.get(k).divide(factorial.sqrt(mc), mc));
        }
        return List.copyOf(out);
    }

    private MathContext context() {
        return new MathContext(digits + HermiteQuadrature.GUARD_DIGITS, RoundingMode.HALF_EVEN);
    }
}
