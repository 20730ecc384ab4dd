package org.sgdx.fastpath.diffusion;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * First passage of a Brownian leap (proofs-notes/diffusion-limit.md §4): a leap of {@code K} steps from {@code m}
 * to {@code m'} with variance {@code V = K a} is a Brownian bridge (the drift does not change the bridge). For a
 * barrier {@code c > m}:
 * <ul>
 *   <li>if {@code m' ≥ c} the path passed {@code c}; otherwise it did with probability
 *       {@code exp(−2(c − m)(c − m')/V)} (reflection principle);</li>
 *   <li>given that it passed, its hitting time is {@code τ = K u/(1 + u)} with {@code u} inverse Gaussian of mean
 *       {@code (c − m)/|c − m'|} and shape {@code (c − m)²/V} (exact: the substitution {@code u = τ/(K − τ)} turns
 *       the bridge's hitting-time density into the inverse Gaussian density).</li>
 * </ul>
 * The step of the passage is {@code ⌈τ⌉}, within {@code [1, K]} when {@code m' ≥ c} and within {@code [1, K − 1]}
 * otherwise (the chain is observed at integer steps; a leap of one step has no interior). Mutable only through the
 * run's generators; one per run.
 */
final class BridgeCrossing {

    private final UniformRandomProvider rng;
    private final NormalizedGaussianSampler gaussian;

    BridgeCrossing(UniformRandomProvider rng, NormalizedGaussianSampler gaussian) {
        this.rng = rng;
        this.gaussian = gaussian;
    }

    /**
     * The step (from the start of the leap) at which the path first reaches {@code c} from below, or −1 when it
     * does not within the leap.
     *
     * @param m the start, {@code < c} (otherwise the run has already hit)
     * @param next the end of the leap
     * @param c the barrier
     * @param variance {@code K a}, the variance of the leap
     * @param k the leap length {@code K ≥ 1}
     */
    long firstPassage(double m, double next, double c, double variance, long k) {
        double alpha = c - m;
        if (!(alpha > 0)) {
            return -1;
        }
        if (next >= c) {
            return clamp(hittingTime(alpha, next - c, variance, k), k);
        }
        if (k < 2 || !(variance > 0)) {
            return -1;
        }
        double p = Math.exp(-2 * alpha * (c - next) / variance);
        if (!(rng.nextDouble() < p)) {
            return -1;
        }
        return clamp(hittingTime(alpha, c - next, variance, k), k - 1);
    }

    private static long clamp(double tau, long max) {
        double up = Math.ceil(tau);
        return up < 1 ? 1 : up >= max ? max : (long) up;
    }

    /** {@code τ = K u/(1 + u)}, {@code u ~ IG(α/β, α²/V)}; {@code K} when {@code β = 0} or {@code V = 0}. */
    double hittingTime(double alpha, double beta, double variance, long k) {
        if (!(beta > 0) || !(variance > 0)) {
            return k;
        }
        double u = inverseGaussian(alpha / beta, alpha * alpha / variance);
        return Double.isInfinite(u) ? k : k * (u / (1 + u));
    }

    /**
     * An inverse Gaussian variate of mean μ and shape λ by the transformation with multiple roots (Michael,
     * Schucany and Haas 1976), written without cancellation: {@code x = μ δ/(2 + δ)} with
     * {@code δ = z/(1 + √(1 + z))}, {@code z = 4λ/(μ y)}, {@code y = N²}; then {@code x} with probability
     * {@code μ/(μ + x)}, else {@code μ²/x}.
     */
    double inverseGaussian(double mu, double lambda) {
        double n = gaussian.sample();
        double y = n * n;
        double z = 4 * lambda / (mu * y);
        double x;
        if (Double.isInfinite(z)) {
            x = mu;
        } else {
            double delta = z / (1 + Math.sqrt(1 + z));
            x = mu * delta / (2 + delta);
        }
        return rng.nextDouble() * (mu + x) <= mu ? x : mu * (mu / x);
    }
}
