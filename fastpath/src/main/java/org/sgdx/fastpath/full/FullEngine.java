package org.sgdx.fastpath.full;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.Initialisation;
import org.sgdx.fastpath.RunObserver;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Seeds;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.TeacherDirection;
import org.sgdx.fastpath.update.LabelSampler;
import org.sgdx.fastpath.update.UpdateRule;

/**
 * The literal simulation in {@code ℝ^d} (MATH.md §1, §4): each step draws {@code x ~ N(0, I_d)}, computes
 * {@code z = ⟨w, x⟩}, {@code u = ⟨θ, x⟩}, {@code |x|²}, {@code |P⊥x|² = |x|² − z²}, the label and {@code ψ} from
 * the shared {@link UpdateRule}, and sets {@code w ← (w + γψ (x − z w)) / |·|}.
 *
 * <p>Two passes over the coordinates per step: the first draws {@code x} and accumulates {@code ⟨w,x⟩} and
 * {@code |x|²} (and {@code ⟨θ,x⟩} for a random θ), the second forms the new vector and its squared norm. The
 * normalisation is lazy: the stored vector {@code w_s} and a scale {@code c} with {@code w = c w_s}, so no third
 * pass is needed. Memory: two arrays of {@code d} doubles per run (three with a random θ, shared).
 */
public final class FullEngine implements Engine {

    /** The largest dimension: two arrays of 2^24 doubles (256 MiB) per concurrent run. */
    public static final long MAX_DIMENSION = 1L << 24;

    @Override
    public String name() {
        return "full";
    }

    @Override
    public long minimumDimension() {
        return SimulationConfig.MIN_DIMENSION;
    }

    @Override
    public long maximumDimension() {
        return MAX_DIMENSION;
    }

    @Override
    public boolean usesTeacherDirection() {
        return true;
    }

    @Override
    public Simulation prepare(SimulationConfig config) {
        checkDimension(config);
        long key = Seeds.streamKey(name(), config);
        double[] theta = null;
        if (config.teacher() == TeacherDirection.RANDOM) {
            UniformRandomProvider rng = Seeds.generator(config.seed(), key, -1);
            theta = gaussianUnitVector((int) config.d(), ZigguratSampler.NormalizedGaussian.of(rng));
        }
        return new Prepared(config, key, theta, UpdateRule.of(config), LabelSampler.of(config));
    }

    static double[] gaussianUnitVector(int d, NormalizedGaussianSampler g) {
        double[] v = new double[d];
        double n2 = 0;
        for (int i = 0; i < d; i++) {
            v[i] = g.sample();
            n2 += v[i] * v[i];
        }
        double s = 1 / Math.sqrt(n2);
        for (int i = 0; i < d; i++) {
            v[i] *= s;
        }
        return v;
    }

    private static final class Prepared implements Simulation {
        private final SimulationConfig config;
        private final long streamKey;
        /** θ, or null for e_1. Read only. */
        private final double[] theta;
        private final UpdateRule rule;
        private final LabelSampler labels;
        private final long[] schedule;

        Prepared(SimulationConfig config, long streamKey, double[] theta, UpdateRule rule, LabelSampler labels) {
            this.config = config;
            this.streamKey = streamKey;
            this.theta = theta;
            this.rule = rule;
            this.labels = labels;
            this.schedule = config.checkpointSchedule();
        }

        @Override
        public String engine() {
            return "full";
        }

        @Override
        public SimulationConfig config() {
            return config;
        }

        /** {@code ⟨θ, v⟩}. */
        private double alongTheta(double[] v) {
            if (theta == null) {
                return v[0];
            }
            double s = 0;
            for (int i = 0; i < v.length; i++) {
                s += theta[i] * v[i];
            }
            return s;
        }

        /** {@code w_0} (not necessarily normalised). */
        private double[] initialVector(int d, NormalizedGaussianSampler g) {
            double[] w = gaussianUnitVector(d, g);
            Initialisation init = config.initialisation();
            if (init == Initialisation.UNIFORM_POSITIVE && alongTheta(w) < 0) {
                for (int i = 0; i < d; i++) {
                    w[i] = -w[i];
                }
            } else if (init == Initialisation.FIXED) {
                // w_0 = m0 θ + √(1 − m0²) e with e the normalised component of a Gaussian vector orthogonal to θ
                double[] e = w;
                double along = alongTheta(e);
                if (theta == null) {
                    e[0] = 0;
                } else {
                    for (int i = 0; i < d; i++) {
                        e[i] -= along * theta[i];
                    }
                }
                double n2 = 0;
                for (int i = 0; i < d; i++) {
                    n2 += e[i] * e[i];
                }
                double m0 = config.m0();
                double s = Math.sqrt((1 - m0) * (1 + m0)) / Math.sqrt(n2);
                for (int i = 0; i < d; i++) {
                    e[i] = s * e[i] + m0 * (theta == null ? (i == 0 ? 1 : 0) : theta[i]);
                }
            }
            return w;
        }

        @Override
        public RunResult run(long run, BooleanSupplier cancelled) {
            final int d = (int) config.d();
            UniformRandomProvider rng = Seeds.forRun(config, streamKey, run);
            NormalizedGaussianSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
            final double[] w = initialVector(d, gaussian);
            final double[] x = new double[d];
            final double[] th = theta;
            double n2 = 0;
            for (int i = 0; i < d; i++) {
                n2 += w[i] * w[i];
            }
            double c = 1 / Math.sqrt(n2);
            double a = config.a0();
            double m = c * alongTheta(w);
            RunObserver observer = new RunObserver(config, schedule);
            long maxSteps = config.maxSteps();
            double gamma = config.gamma();
            UpdateRule rule = this.rule;
            LabelSampler labels = this.labels;
            boolean persistent = rule.persistent();
            // poll for cancellation about every 2^22 coordinate updates
            long pollMask = Long.highestOneBit(Math.max(1, (1L << 22) / d)) - 1;
            long t = 0;
            if (!observer.observe(0, m, a)) {
                for (t = 1; t <= maxSteps; t++) {
                    // pass 1: x, ⟨w_s, x⟩, |x|², ⟨θ, x⟩
                    double zs = 0;
                    double x2 = 0;
                    double u;
                    if (th == null) {
                        for (int i = 0; i < d; i++) {
                            double xi = gaussian.sample();
                            x[i] = xi;
                            zs += w[i] * xi;
                            x2 += xi * xi;
                        }
                        u = x[0];
                    } else {
                        double us = 0;
                        for (int i = 0; i < d; i++) {
                            double xi = gaussian.sample();
                            x[i] = xi;
                            zs += w[i] * xi;
                            x2 += xi * xi;
                            us += th[i] * xi;
                        }
                        u = us;
                    }
                    double z = c * zs;
                    double p2 = Math.max(0, x2 - z * z);
                    double y = labels.sample(u, rng, gaussian);
                    double psi = rule.psi(y, z, x2, p2, a);
                    if (persistent) {
                        a = rule.nextSecondLayer(y, z, a);
                    }
                    double s = gamma * psi;
                    // w' ∝ (1 − s z) w + s x, scaled by 1/max(1, |s|) so that nothing overflows
                    double k = 1 / Math.max(1, Math.abs(s));
                    double alpha = c * (k - s * k * z);
                    double beta = s * k;
                    // pass 2: w_s ← α w_s + β x and its squared norm (and ⟨θ, w_s⟩)
                    double norm2 = 0;
                    double along;
                    if (th == null) {
                        for (int i = 0; i < d; i++) {
                            double wi = alpha * w[i] + beta * x[i];
                            w[i] = wi;
                            norm2 += wi * wi;
                        }
                        along = w[0];
                    } else {
                        double ms = 0;
                        for (int i = 0; i < d; i++) {
                            double wi = alpha * w[i] + beta * x[i];
                            w[i] = wi;
                            norm2 += wi * wi;
                            ms += th[i] * wi;
                        }
                        along = ms;
                    }
                    c = 1 / Math.sqrt(norm2);
                    m = Math.max(-1.0, Math.min(1.0, c * along));
                    if (observer.observe(t, m, a)) {
                        break;
                    }
                    if ((t & pollMask) == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("run " + run + " cancelled at step " + t);
                    }
                }
            }
            return observer.finish(run, Math.min(t, maxSteps));
        }
    }
}
