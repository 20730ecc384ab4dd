package org.sgdx.fastpath.chain;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * Exact sampler of {@code χ²_k} for an integer {@code k ≥ 1}: {@code N²} for {@code k = 1}, otherwise
 * {@code 2 · Gamma(k/2)} by the Marsaglia–Tsang rejection method (ACM TOMS 26(3), 2000), exact for shape
 * {@code ≥ 1}. It shares the run's Gaussian sampler and uniform generator, so that one step of the chain draws
 * from one stream. Mutable only through the generators; one per run.
 */
public final class ChiSquaredSampler {

    private final UniformRandomProvider rng;
    private final NormalizedGaussianSampler gaussian;
    private final boolean oneDegree;
    /** {@code 2 (α − 1/3)}: the scale of {@code v} in the result. */
    private final double twoD;
    /** {@code α − 1/3}. */
    private final double dOpt;
    /** {@code 1/(3 √(α − 1/3))}. */
    private final double cOpt;

    /**
     * @param degrees {@code k ≥ 1}
     * @throws IllegalArgumentException if {@code degrees < 1}
     */
    public ChiSquaredSampler(long degrees, UniformRandomProvider rng, NormalizedGaussianSampler gaussian) {
        if (degrees < 1) {
            throw new IllegalArgumentException("chi-squared degrees of freedom must be >= 1, got " + degrees);
        }
        this.rng = rng;
        this.gaussian = gaussian;
        this.oneDegree = degrees == 1;
        double alpha = degrees / 2.0;
        this.dOpt = alpha - 1.0 / 3;
        this.cOpt = 1 / (3 * Math.sqrt(dOpt));
        this.twoD = 2 * dOpt;
    }

    /** One draw. */
    public double sample() {
        if (oneDegree) {
            double n = gaussian.sample();
            return n * n;
        }
        while (true) {
            double x = gaussian.sample();
            double t = 1 + cOpt * x;
            if (t <= 0) {
                continue;
            }
            double v = t * t * t;
            double u = rng.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) {
                return twoD * v;
            }
            if (Math.log(u) < 0.5 * x2 + dOpt * (1 - v + Math.log(v))) {
                return twoD * v;
            }
        }
    }
}
