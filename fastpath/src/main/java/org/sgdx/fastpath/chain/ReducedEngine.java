package org.sgdx.fastpath.chain;

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
import org.sgdx.fastpath.update.LabelSampler;
import org.sgdx.fastpath.update.UpdateRule;

/**
 * The exact dimension-free chain of MATH.md §7 (derivation: proofs-notes/reduced-chain.md). State {@code m}
 * (and {@code a} when persistent); one step draws {@code z, v ~ N(0,1)}, {@code Q ~ χ²_{d−2}}, forms the teacher
 * field {@code u = m z + √(1−m²) v}, the label, {@code |P⊥x|² = v² + Q}, {@code |x|² = z² + v² + Q}, {@code ψ}
 * from the shared {@link UpdateRule}, and
 *
 * <pre>  m' = (m + γψ √(1−m²) v) / √(1 + γ²ψ² (v² + Q))</pre>
 *
 * <p>The state is kept as the pair {@code (m, √(1−m²))}, updated by {@link #step} without the square root of
 * {@code 1 − m²} on the critical path.
 *
 * <p>Initialisation: {@code m_0 = g/√(g² + χ²_{d−1})} (uniform; absolute value for uniform-positive) or the fixed
 * {@code m_0}. {@code m} is tracked with its sign. Cost O(1) per step, for any {@code d}.
 */
public final class ReducedEngine implements Engine {

    /** Steps between two polls of the cancellation flag. */
    static final long POLL_MASK = (1 << 16) - 1;

    @Override
    public String name() {
        return "reduced";
    }

    @Override
    public Simulation prepare(SimulationConfig config) {
        checkDimension(config);
        checkTeacher(config);
        return new Prepared(config, Seeds.streamKey(name(), config), UpdateRule.of(config), LabelSampler.of(config));
    }

    /**
     * One step of the chain in the coordinates of MATH.md §7 (proofs-notes/reduced-chain.md §2): with
     * {@code w = m θ + c e} ({@code c = √(1−m²)}, {@code e ⊥ θ} a unit vector), {@code v = ⟨e, x⟩} and
     * {@code Q = |x − zw − v e|²}, the unnormalised new vector {@code w + s P⊥x} has components
     * {@code A = m + s c v} along θ, {@code B = c − s m v} along {@code e} and norm {@code s √Q} in the rest; so
     * {@code m' = A/N} and {@code c' = √(B² + s²Q)/N} with {@code N = √(A² + B² + s²Q)}. Algebraically
     * {@code N² = 1 + s²(v² + Q)}, which gives the formula of MATH.md §7; computing {@code N} from the components
     * keeps {@code m'² + c'² = 1} to rounding at every step. When {@code s²} could overflow, all three components
     * are divided by {@code |s|} first. Writes {@code m'} and {@code c'} to {@code out[0]} and {@code out[1]}; NaN
     * when {@code s} is not finite.
     */
    public static void step(double m, double c, double v, double q, double s, double[] out) {
        double[] r = out;
        double as = Math.abs(s);
        double along;
        double across;
        double rest;
        if (as <= 1e100) {
            double sv = s * v;
            along = m + c * sv;
            across = c - m * sv;
            rest = s * s * q;
        } else if (as <= Double.MAX_VALUE) {
            double k = 1 / as;
            double sign = Math.signum(s);
            along = m * k + sign * c * v;
            across = c * k - sign * m * v;
            rest = q;
        } else {
            along = Double.NaN;
            across = Double.NaN;
            rest = Double.NaN;
        }
        double bb = across * across + rest;
        double n = Math.sqrt(along * along + bb);
        r[0] = along / n;
        r[1] = Math.sqrt(bb) / n;
    }

    private static final class Prepared implements Simulation {
        private final SimulationConfig config;
        private final long streamKey;
        private final UpdateRule rule;
        private final LabelSampler labels;
        private final long[] schedule;

        Prepared(SimulationConfig config, long streamKey, UpdateRule rule, LabelSampler labels) {
            this.config = config;
            this.streamKey = streamKey;
            this.rule = rule;
            this.labels = labels;
            this.schedule = config.checkpointSchedule();
        }

        @Override
        public String engine() {
            return "reduced";
        }

        @Override
        public SimulationConfig config() {
            return config;
        }

        @Override
        public RunResult run(long run, BooleanSupplier cancelled) {
            UniformRandomProvider rng = Seeds.forRun(config, streamKey, run);
            NormalizedGaussianSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
            ChiSquaredSampler chi = new ChiSquaredSampler(config.d() - 2, rng, gaussian);
            double[] state = initialState(config, rng, gaussian);
            double m = state[0];
            double c = state[1];
            double[] next = new double[2];
            double a = config.a0();
            RunObserver observer = new RunObserver(config, schedule);
            long maxSteps = config.maxSteps();
            double gamma = config.gamma();
            UpdateRule rule = this.rule;
            LabelSampler labels = this.labels;
            boolean persistent = rule.persistent();
            long t = 0;
            if (!observer.observe(0, m, a)) {
                for (t = 1; t <= maxSteps; t++) {
                    double z = gaussian.sample();
                    double v = gaussian.sample();
                    double q = chi.sample();
                    double u = m * z + c * v;
                    double y = labels.sample(u, rng, gaussian);
                    double p2 = v * v + q;
                    double psi = rule.psi(y, z, z * z + p2, p2, a);
                    if (persistent) {
                        a = rule.nextSecondLayer(y, z, a);
                    }
                    step(m, c, v, q, gamma * psi, next);
                    m = next[0];
                    c = next[1];
                    if (observer.observe(t, m, a)) {
                        break;
                    }
                    if ((t & POLL_MASK) == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("run " + run + " cancelled at step " + t);
                    }
                }
            }
            return observer.finish(run, Math.min(t, maxSteps));
        }
    }

    /**
     * The initial state {@code (m_0, c_0 = √(1 − m_0²))} of a run: for {@code uniform}, {@code w_0 = G/|G|} gives
     * {@code m_0 = g/√(g² + χ²_{d−1})} exactly (absolute value for {@code uniform-positive}); for {@code fixed}, the
     * given {@code m_0}. Draws from {@code rng} only for the uniform initialisations.
     */
    public static double[] initialState(SimulationConfig config, UniformRandomProvider rng,
            NormalizedGaussianSampler gaussian) {
        if (config.initialisation() == Initialisation.FIXED) {
            double m0 = config.m0();
            return new double[] {m0, Math.sqrt((1 - m0) * (1 + m0))};
        }
        double g = gaussian.sample();
        double rest = new ChiSquaredSampler(config.d() - 1, rng, gaussian).sample();
        double norm = Math.sqrt(g * g + rest);
        double m = g / norm;
        return new double[] {config.initialisation() == Initialisation.UNIFORM_POSITIVE ? Math.abs(m) : m,
            Math.sqrt(rest) / norm};
    }
}
