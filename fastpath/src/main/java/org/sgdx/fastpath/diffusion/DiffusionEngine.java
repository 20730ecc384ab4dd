package org.sgdx.fastpath.diffusion;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunObserver;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Seeds;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.chain.ReducedEngine;
import org.sgdx.fastpath.hitting.Overlap;

/**
 * The diffusion limit of the reduced chain (MATH.md §10; derivation and error bounds in
 * proofs-notes/diffusion-limit.md): {@code dm = b(m) dt + √a(m) dW} in units of SGD steps, with {@code b}, {@code a}
 * from {@link DiffusionCoefficients}, simulated by leaps of {@code K} steps,
 *
 * <pre>  m ← m + K b(m̄) + √(K a(m̄)) ξ,   m̄ = m + K b(m)/2,   ξ ~ N(0, 1)</pre>
 *
 * <p>(the coefficients at the deterministic midpoint of the leap, so that the error of the drift-driven change of
 * {@code b} and {@code a} within a leap is of second order).
 *
 * <p>{@code K} is the largest length (halved until it passes) such that, with {@code s = max(|m|, d^{−1/2})},
 * {@code K|b| ≤ εs}, {@code K a ≤ (εs)²}, and at {@code m ± Δ} ({@code Δ = K|b| + √(Ka)}) the leap's drift changes by at
 * most ε times its typical displacement ({@code K|Δb| ≤ ε(K|b| + √(Ka))}) and its variance by at most a fraction ε
 * ({@code |Δa| ≤ εa}); never beyond the step budget or the next checkpoint. A first passage inside a leap is decided
 * by the Brownian-bridge crossing probability {@code exp(−2(c − m)(c − m')/(K a))}, and its step is drawn from the
 * exact law of the bridge's hitting time ({@link BridgeCrossing}). Near a stable point {@code m*} of the drift, where
 * that rule would limit {@code K} to about {@code ε/|b'(m*)|}, the leap is instead the exact Gaussian transition of
 * the SDE linearised at {@code m*} (an Ornstein–Uhlenbeck process), up to the budget or the next checkpoint, when the
 * linearisation holds over the range the leap explores and the barriers are at least {@value #BARRIER_SIGMAS}
 * stationary standard deviations away ({@code stableLeap}; proofs-notes/diffusion-limit.md §4). Steps are counted
 * exactly: a run's
 * {@code steps} and {@code simulatedSteps} are SGD steps, and it records its number of leaps.
 *
 * <p>Refused ({@link IllegalArgumentException} naming the option): {@code sustain > 1}, a persistent second layer
 * and the other configurations {@link DiffusionCoefficients#of} refuses, configurations outside the diffusion regime
 * ({@link DiffusionCoefficients#lambda() λ} above {@link #lambdaLimit(long)}), and tabulated coefficients whose
 * estimated error exceeds {@link #tableTolerance(long)}. The sign of
 * {@code m} is kept; {@code --overlap absolute} watches both barriers {@code ±m_target}. Runs draw from the streams of
 * {@link Seeds} keyed by the engine name, ε and the configuration. Immutable.
 */
public final class DiffusionEngine implements Engine {

    /** The default tolerance ε. */
    public static final double DEFAULT_EPSILON = 0.1;
    /** The largest tolerance accepted. */
    public static final double MAX_EPSILON = 0.5;
    /** The largest value accepted for {@link DiffusionCoefficients#lambda() λ} and for {@code λ²d}. */
    public static final double MAX_LAMBDA = 1e-2;

    /** The factor of {@link #tableTolerance(long)}. */
    public static final double TABLE_ERROR_FACTOR = 0.1;

    /**
     * The distance, in stationary standard deviations, between a watched barrier and the mean path of an exponential
     * leap: the probability that the leap's linearised path crosses the barrier unseen is at most
     * {@code ⌈K|β|⌉ (e^{−Z²/8} + 2e^{−Z²/(16e²)}) < ⌈K|β|⌉ · 10⁻²³} (proofs-notes/diffusion-limit.md §4).
     */
    static final double BARRIER_SIGMAS = 80;

    /** The largest distance, in stationary standard deviations, from a stable point for an exponential leap. */
    static final double NEAR_SIGMAS = 8;

    /** The largest number of Newton steps towards a stable point. */
    private static final int NEWTON_STEPS = 30;

    /** Leaps between two polls of the cancellation flag. */
    private static final long POLL_MASK = (1 << 10) - 1;

    private final double epsilon;

    /**
     * @param epsilon the tolerance ε in {@code (0, 0.5]}
     * @throws IllegalArgumentException for ε outside {@code (0, 0.5]}
     */
    public DiffusionEngine(double epsilon) {
        if (!(epsilon > 0 && epsilon <= MAX_EPSILON)) {
            throw new IllegalArgumentException("epsilon must be a number in (0, " + MAX_EPSILON + "], got " + epsilon);
        }
        this.epsilon = epsilon;
    }

    @Override
    public String name() {
        return "diffusion";
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("epsilon", Double.toString(epsilon));
    }

    /** ε. */
    public double epsilon() {
        return epsilon;
    }

    @Override
    public Simulation prepare(SimulationConfig config) {
        checkDimension(config);
        checkTeacher(config);
        if (config.criterion().sustain() != 1) {
            throw new IllegalArgumentException("sustain " + config.criterion().sustain() + ": engine diffusion"
                    + " decides first passage only (a sustained streak needs m_t at every step); use parameter sustain 1 or"
                    + " engine reduced");
        }
        DiffusionCoefficients coefficients = DiffusionCoefficients.of(config);
        double limit = lambdaLimit(config.d());
        if (!(coefficients.lambda() <= limit)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "gamma %s: outside the diffusion regime:"
                    + " lambda = gamma^2 * d * max_m max(E[psi^4]/E[psi^2], E[psi^4 v^2]/E[psi^2 v^2]) = %.3g > %.3g"
                    + " = min(%s, sqrt(%s/d)) (the diffusion limit drops terms of relative order lambda and"
                    + " lambda^2*d; proofs-notes/diffusion-limit.md). Lower parameter gamma or use engine reduced",
                    Double.toString(config.gamma()), coefficients.lambda(), limit, Double.toString(MAX_LAMBDA),
                    Double.toString(MAX_LAMBDA)));
        }
        double tolerance = tableTolerance(config.d());
        if (!(coefficients.tableError() <= tolerance)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "target %s, parameter activation %s: the tabulated"
                    + " drift and variance have an estimated relative error %.3g > %.3g = %s * min(epsilon^2, %.3g)"
                    + " (the quadrature or the interpolation does not converge: a link that is not smooth, or heavy"
                    + " tails; proofs-notes/diffusion-limit.md §3). Use engine reduced",
                    config.spec().target().specification(), config.spec().activation().specification(),
                    coefficients.tableError(), tolerance, Double.toString(TABLE_ERROR_FACTOR),
                    lambdaLimit(config.d())));
        }
        long key = Seeds.streamKey(name() + "|epsilon=" + Double.toHexString(epsilon), config);
        return new Prepared(config, key, coefficients, epsilon);
    }

    /**
     * The largest estimated relative error accepted for tabulated coefficients
     * ({@link DiffusionCoefficients#tableError()}) at dimension {@code d}:
     * {@code TABLE_ERROR_FACTOR · min(ε², lambdaLimit(d))}, small against the leap's error (second order in ε) and
     * against the terms the diffusion limit drops (relative order {@link #lambdaLimit(long)} at most).
     */
    public double tableTolerance(long d) {
        return TABLE_ERROR_FACTOR * Math.min(epsilon * epsilon, lambdaLimit(d));
    }

    /**
     * The largest validity parameter accepted at dimension {@code d}: {@code min(MAX_LAMBDA, √(MAX_LAMBDA/d))}, so that
     * both {@code λ} and {@code λ²d} are at most {@value #MAX_LAMBDA}.
     */
    public static double lambdaLimit(long d) {
        return Math.min(MAX_LAMBDA, Math.sqrt(MAX_LAMBDA / d));
    }

    private static final class Prepared implements Simulation {
        private final SimulationConfig config;
        private final long streamKey;
        private final DiffusionCoefficients coefficients;
        private final double epsilon;
        private final long[] schedule;
        private final double floor;
        private final double target;
        private final boolean absolute;

        Prepared(SimulationConfig config, long streamKey, DiffusionCoefficients coefficients, double epsilon) {
            this.config = config;
            this.streamKey = streamKey;
            this.coefficients = coefficients;
            this.epsilon = epsilon;
            this.schedule = config.checkpointSchedule();
            this.floor = 1 / Math.sqrt((double) config.d());
            this.target = config.criterion().mTarget();
            this.absolute = config.criterion().overlap() == Overlap.ABSOLUTE;
        }

        @Override
        public String engine() {
            return "diffusion";
        }

        @Override
        public SimulationConfig config() {
            return config;
        }

        @Override
        public Optional<String> approximation() {
            return Optional.of("diffusion limit of the reduced chain, leaps with Brownian-bridge first passage; "
                    + coefficients.describe() + " (proofs-notes/diffusion-limit.md)");
        }

        @Override
        public RunResult run(long run, BooleanSupplier cancelled) {
            UniformRandomProvider rng = Seeds.forRun(config, streamKey, run);
            NormalizedGaussianSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
            BridgeCrossing bridge = new BridgeCrossing(rng, gaussian);
            double m = ReducedEngine.initialState(config, rng, gaussian)[0];
            double a0 = config.a0();
            RunObserver observer = new RunObserver(config, schedule);
            long maxSteps = config.maxSteps();
            long t = 0;
            long leaps = 0;
            int nextCheckpoint = 0;
            if (!observer.observe(0, m, a0)) {
                while (t < maxSteps) {
                    while (nextCheckpoint < schedule.length && schedule[nextCheckpoint] <= t) {
                        nextCheckpoint++;
                    }
                    long limit = (nextCheckpoint < schedule.length ? schedule[nextCheckpoint] : maxSteps) - t;
                    double b = coefficients.drift(m);
                    double a = coefficients.variance(m);
                    long k = leapLength(m, b, a, limit);
                    double[] stable = k < limit / 4 ? stableLeap(m, limit) : null;
                    double next;
                    long crossing = -1;
                    double barrier = target;
                    if (stable != null) {
                        // the barriers are far beyond the leap's range (stableLeap): no crossing to decide
                        k = limit;
                        next = Math.max(-1, Math.min(1, stable[0] + stable[1] * gaussian.sample()));
                    } else {
                        // coefficients at the deterministic midpoint: second order in the drift-driven change of b, a
                        double mid = m + 0.5 * k * b;
                        double variance = k * coefficients.variance(mid);
                        next = m + k * coefficients.drift(mid) + Math.sqrt(variance) * gaussian.sample();
                        next = Math.max(-1, Math.min(1, next));
                        crossing = bridge.firstPassage(m, next, target, variance, k);
                        if (absolute) {
                            long lower = bridge.firstPassage(-m, -next, target, variance, k);
                            if (lower > 0 && (crossing < 0 || lower < crossing)) {
                                crossing = lower;
                                barrier = -target;
                            }
                        }
                    }
                    leaps++;
                    if (crossing > 0 && crossing < k && observer.observe(t + crossing, barrier, a0)) {
                        t += crossing;
                        break;
                    }
                    t += k;
                    m = next;
                    if (observer.observe(t, m, a0)) {
                        break;
                    }
                    if ((leaps & POLL_MASK) == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("run " + run + " cancelled at step " + t);
                    }
                }
            }
            return observer.finish(run, t, leaps);
        }

        /** The leap length of the class comment, in {@code [1, limit]}. */
        long leapLength(double m, double b, double a, long limit) {
            double scale = epsilon * Math.max(Math.abs(m), floor);
            double k = limit;
            if (b != 0) {
                k = Math.min(k, scale / Math.abs(b));
            }
            if (a > 0) {
                k = Math.min(k, scale * scale / a);
            }
            long n = Math.max(1, Math.min(limit, (long) k));
            while (n > 1 && !smooth(m, b, a, n)) {
                n /= 2;
            }
            return n;
        }

        /**
         * The exponential (Ornstein–Uhlenbeck) leap of {@code n} steps near a stable point {@code m*} of the drift, as
         * {@code {mean, standard deviation}} of the Gaussian transition of the SDE linearised at {@code m*},
         * {@code dm = β(m − m*) dt + √a(m*) dW}, {@code β = b'(m*) < 0}: mean {@code m* + (m − m*)e^{βn}}, variance
         * {@code a(m*)(1 − e^{2βn})/(2|β|)}. {@code m*} is found by Newton's method from {@code m} (abandoned when it
         * moves more than {@code 2·}{@value #NEAR_SIGMAS} σ∞ away). {@code null} when it
         * does not apply: unless {@code m} is within {@value #NEAR_SIGMAS} σ∞ of {@code m*} ({@code σ∞² = a(m*)/(2|β|)}),
         * over {@code [min(m, m*) − 4σ∞, max(m, m*) + 4σ∞] ⊂ [−1, 1]} the slope of {@code b} stays within {@code ε|β|}
         * of β and {@code a} within {@code εa(m*)}, and every watched barrier is at least {@value #BARRIER_SIGMAS} σ∞
         * beyond {@code m} and {@code m*} (proofs-notes/diffusion-limit.md §4).
         */
        double[] stableLeap(double m, long n) {
            double x = m;
            double beta = 0;
            boolean converged = false;
            for (int i = 0; i < NEWTON_STEPS && !converged; i++) {
                beta = slope(x);
                if (!(beta < 0)) {
                    return null;
                }
                double step = coefficients.drift(x) / beta;
                x -= step;
                double sigma = Math.sqrt(coefficients.variance(x) / (-2 * beta));
                if (!(x > -1 && x < 1) || Math.abs(x - m) > 2 * NEAR_SIGMAS * sigma) {
                    return null;
                }
                converged = Math.abs(step) <= 1e-6 * sigma;
            }
            beta = slope(x);
            double a = coefficients.variance(x);
            if (!converged || !(beta < 0) || !(a > 0)) {
                return null;
            }
            double sigma = Math.sqrt(a / (-2 * beta));
            if (Math.abs(m - x) > NEAR_SIGMAS * sigma) {
                return null;
            }
            double lo = Math.min(m, x) - 4 * sigma;
            double hi = Math.max(m, x) + 4 * sigma;
            if (!(lo >= -1 && hi <= 1)) {
                return null;
            }
            for (double y : new double[] {lo, 0.5 * (lo + hi), hi}) {
                if (Math.abs(slope(y) - beta) > epsilon * -beta || Math.abs(coefficients.variance(y) - a) > epsilon * a) {
                    return null;
                }
            }
            double margin = BARRIER_SIGMAS * sigma;
            if (target - Math.max(m, x) < margin || (absolute && Math.min(m, x) + target < margin)) {
                return null;
            }
            double mean = x + (m - x) * Math.exp(beta * n);
            return new double[] {mean, Math.sqrt(-a * Math.expm1(2 * beta * n) / (-2 * beta))};
        }

        /** {@code b'(m)} by a central difference. */
        private double slope(double m) {
            double h = 1e-4 * Math.max(Math.abs(m), floor);
            return (coefficients.drift(m + h) - coefficients.drift(m - h)) / (2 * h);
        }

        /** Whether {@code b} and {@code a} change by at most the tolerance over the leap's range. */
        private boolean smooth(double m, double b, double a, long n) {
            double noise = Math.sqrt(n * a);
            double typical = n * Math.abs(b) + noise;
            for (double x : new double[] {m - typical, m + typical}) {
                if (n * Math.abs(coefficients.drift(x) - b) > epsilon * typical
                        || Math.abs(coefficients.variance(x) - a) > epsilon * a) {
                    return false;
                }
            }
            return true;
        }
    }
}
