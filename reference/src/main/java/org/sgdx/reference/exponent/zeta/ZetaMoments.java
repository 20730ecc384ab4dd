package org.sgdx.reference.exponent.zeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.link.LabelModel;

/**
 * Numerical estimates of {@code E_y[ζ_k(y)²]} for {@code k = 1 .. K}, where {@code ζ_k(y) = E[h_k(Z) | y]} and
 * {@code h_k = He_k/√(k!)} (MATH.md §3). All values are {@link Certainty#ESTIMATE}s in double precision, each
 * with an error estimate: the quadrature error estimates (successive step sizes, or embedded Gauss–Kronrod
 * rules), plus roundoff, the defect of the total probability, and the Gaussian mass of {@code h_k²} cut off by
 * truncating {@code z} to {@code [−L, L]} ({@code L ≥ 8}, growing with {@code K}).
 *
 * <ul>
 *   <li>Deterministic {@code y = σ(Z)}: {@code E_y[ζ_k²] = Σ_atoms P(y = c) ζ_k(c)² + E_Z[h_k(Z) ζ_k(σ(Z))]} over
 *       the non-flat part, where {@code ζ_k} is the preimage-weighted mean of {@code h_k} and an atom (a level
 *       taken on flat pieces of {@code σ}) has {@code ζ_k = E[h_k(Z) | Z in those pieces]}. Integrals by
 *       tanh-sinh quadrature, split at the preimages of the critical values.</li>
 *   <li>Noisy {@code y = σ(Z) + τε}: {@code ∫ N_k(y)²/N_0(y) dy} with {@code N_k(y) = E[h_k(Z) φ_τ(y − σ(Z))]};
 *       Gauss–Kronrod in {@code z} over the preimages of {@code [y − 13τ, y + 13τ]} and adaptive Gauss–Kronrod in
 *       {@code y}. For very small {@code τ} the rounding of {@code σ} (about an ulp of {@code y}, relative to
 *       {@code τ}) limits the accuracy, which the error estimate reports.</li>
 *   <li>Binary {@code y = ±1}, {@code P(y = 1 | z) = q(z)}:
 *       {@code E[h_k q]² (1/P(y = 1) + 1/P(y = −1))}.</li>
 * </ul>
 *
 * @param model the label model
 * @param moments the estimates for {@code k = 1 .. K}, in order
 */
public record ZetaMoments(LabelModel model, List<ZetaMoment> moments) {

    /** Largest Hermite index accepted. */
    public static final int MAX_K = 40;

    public ZetaMoments {
        Objects.requireNonNull(model, "model");
        moments = List.copyOf(moments);
        for (int i = 0; i < moments.size(); i++) {
            if (moments.get(i).k() != i + 1) {
                throw new IllegalArgumentException("moments must be listed for k = 1, 2, ... in order");
            }
        }
    }

    /**
     * Estimates {@code E_y[ζ_k²]} for {@code k = 1 .. maxK}.
     *
     * @throws IllegalArgumentException if {@code maxK} is not in {@code [1, MAX_K]}, the link is not finite on
     *     {@code [−L, L]}, or a binary {@code q} leaves {@code [0, 1]}
     */
    public static ZetaMoments of(LabelModel model, int maxK) {
        Objects.requireNonNull(model, "model");
        checkIndex("maxK", maxK);
        MomentSums e;
        if (model instanceof LabelModel.Deterministic d) {
            e = new DeterministicZeta(d.link().expression(), maxK).moments();
        } else if (model instanceof LabelModel.Noisy noisy) {
            e = new NoisyZeta(noisy.link().expression(), noisy.tau().doubleValue(), maxK).moments();
        } else if (model instanceof LabelModel.Binary b) {
            e = new BinaryZeta(b.link().expression(), maxK).moments();
        } else {
            throw new IllegalArgumentException("unsupported label model " + model.kind());
        }
        List<ZetaMoment> out = new ArrayList<>(maxK);
        for (int k = 1; k <= maxK; k++) {
            out.add(ZetaMoment.of(k, e.value()[k], e.error()[k]));
        }
        return new ZetaMoments(model, out);
    }

    /** The largest index {@code K}. */
    public int maxK() {
        return moments.size();
    }

    /** The estimate for index {@code k}. */
    public ZetaMoment moment(int k) {
        if (k < 1 || k > moments.size()) {
            throw new IllegalArgumentException("k must be in [1, " + moments.size() + "], got " + k);
        }
        return moments.get(k - 1);
    }

    static void checkIndex(String name, int k) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_K + "], got " + k);
        }
    }
}
