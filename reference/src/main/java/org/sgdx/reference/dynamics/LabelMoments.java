package org.sgdx.reference.dynamics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.link.LabelModel;

/**
 * The conditional moments {@code L_j(u) = E[y^j | u]} of a label model (MATH.md §1), as functions of the teacher
 * field {@code u = ⟨θ, x⟩}: {@code σ*^j} for deterministic labels,
 * {@code Σ_{l even} C(j,l) (l−1)!! τ^l σ*^{j−l}} for {@code y = σ*(u) + τε}, and {@code 1} (even {@code j}) or
 * {@code 2q − 1} (odd {@code j}) for binary labels {@code y = ±1} with {@code P(y = 1 | u) = q(u)}.
 *
 * <p>Since every {@link Psi ψ} is a polynomial in {@code y} and the noise is independent of {@code (z, v)},
 * {@code E[y^j G(z, v)] = E[L_j(u) G(z, v)]}, so these functions are all that the drift and the second moments
 * need to know about the labels.
 */
public final class LabelMoments {

    private LabelMoments() {
    }

    /** {@code L_0, ..., L_J}. */
    public static List<ZFunction> upTo(LabelModel model, int maxPower) {
        if (maxPower < 0) {
            throw new IllegalArgumentException("maxPower must be >= 0: " + maxPower);
        }
        ZFunction link = ZFunction.of(model.link().expression());
        List<ZFunction> out = new ArrayList<>(maxPower + 1);
        if (model instanceof LabelModel.Binary) {
            ZFunction odd = link.multiply(BigFraction.of(2)).add(ZFunction.constant(BigFraction.of(-1)));
            for (int j = 0; j <= maxPower; j++) {
                out.add(j % 2 == 0 ? ZFunction.ONE : odd);
            }
            return List.copyOf(out);
        }
        List<ZFunction> powers = new ArrayList<>(maxPower + 1);
        powers.add(ZFunction.ONE);
        for (int j = 1; j <= maxPower; j++) {
            powers.add(powers.get(j - 1).multiply(link));
        }
        if (model instanceof LabelModel.Noisy noisy) {
            BigFraction tau = noisy.tau();
            for (int j = 0; j <= maxPower; j++) {
                ZFunction sum = ZFunction.ZERO;
                for (int l = 0; l <= j; l += 2) {
                    BigFraction c = BigFraction.of(binomial(j, l).multiply(oddDoubleFactorial(l))).multiply(tau.pow(l));
                    sum = sum.add(powers.get(j - l).multiply(c));
                }
                out.add(sum);
            }
            return List.copyOf(out);
        }
        return List.copyOf(powers);
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    /** {@code (l−1)!!} for even {@code l ≥ 0}: the moment {@code E[ε^l]}. */
    private static BigInteger oddDoubleFactorial(int l) {
        BigInteger r = BigInteger.ONE;
        for (int i = l - 1; i > 1; i -= 2) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }
}
