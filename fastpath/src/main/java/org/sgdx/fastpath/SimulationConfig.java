package org.sgdx.fastpath;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.sgdx.fastpath.hitting.HittingCriterion;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.fastpath.hitting.Overlap;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.dynamics.UpdateRuleSpec;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/**
 * Everything that defines a batch of runs: the update rule with its options and label model (MATH.md §1, §5, §9,
 * an {@link UpdateRuleSpec}), the dimension and the learning rates, the initialisation, the hitting criterion and step
 * budget (MATH.md §8), checkpoints, and the base seed. Immutable and validated: every invalid value is rejected with
 * an {@link IllegalArgumentException} naming the parameter and the allowed values. Options that do not apply to
 * the algorithm must keep their defaults (so a configuration says exactly what is simulated).
 *
 * <p>Create with {@link #builder()}; parameters by their names with {@link Builder#set(String, String)}.
 *
 * @param spec the update rule: algorithm, loss, label model and target, activation, {@code a_0}, second layer, inner
 *     step and inner norm (its {@code a} and noise level are binary values of doubles)
 * @param d the dimension, {@code ≥ 3}
 * @param gamma the first-layer learning rate γ, finite and {@code > 0}
 * @param eta the second learning rate η of reuse and alternating, finite and {@code > 0}; 0 for online
 * @param initialisation {@code uniform} (default) {@code | uniform-positive | fixed}
 * @param m0 the initial overlap for {@code fixed}, in the open interval {@code (−1, 1)}; {@code NaN} otherwise
 * @param teacher the full engine's θ: {@code e1} (default) {@code | random}; the other engines take only {@code e1}
 * @param maxSteps the step budget, {@code ≥ 1}
 * @param criterion the hitting criterion (target, sustain {@code L}, signed or absolute overlap)
 * @param checkpointsPerDecade record {@code m_t} at {@code n} log-spaced steps per decade; 0 (default) for none
 * @param stopAtHit stop a run at its hit (default) or simulate the whole budget (for {@code m_t} at fixed t)
 * @param seed the base seed of all runs
 */
public record SimulationConfig(UpdateRuleSpec spec, long d, double gamma, double eta, Initialisation initialisation,
        double m0, TeacherDirection teacher, long maxSteps, HittingCriterion criterion, int checkpointsPerDecade,
        boolean stopAtHit, long seed) {

    /** The smallest dimension of the model (MATH.md §7: {@code Q ~ χ²_{d−2}} needs {@code d ≥ 3}). */
    public static final long MIN_DIMENSION = 3;

    /** The largest number of checkpoints per decade. */
    public static final int MAX_CHECKPOINTS_PER_DECADE = 1000;

    public SimulationConfig {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(initialisation, "init");
        Objects.requireNonNull(teacher, "teacher");
        if (criterion == null) {
            throw new IllegalArgumentException("the hitting criterion (m-target, sustain, overlap) is required");
        }
        if (d < MIN_DIMENSION) {
            throw new IllegalArgumentException("d must be an integer >= " + MIN_DIMENSION + ", got " + d);
        }
        if (!(gamma > 0 && Double.isFinite(gamma))) {
            throw new IllegalArgumentException("gamma must be a finite number > 0, got " + gamma);
        }
        if (spec.algorithm().usesEta()) {
            if (!(eta > 0 && Double.isFinite(eta))) {
                throw new IllegalArgumentException("eta must be a finite number > 0 for algorithm "
                        + spec.algorithm().key() + ", got " + eta);
            }
        } else if (eta != 0) {
            throw new IllegalArgumentException("eta applies only to algorithms reuse and alternating; leave it at 0"
                    + " for online, got " + eta);
        }
        if (initialisation == Initialisation.FIXED) {
            if (Double.isNaN(m0)) {
                throw new IllegalArgumentException("m0 is required for init fixed: the initial overlap, in (-1, 1)");
            }
            if (!(m0 > -1 && m0 < 1)) {
                throw new IllegalArgumentException("m0 must be in the open interval (-1, 1) for init fixed, got " + m0);
            }
        } else if (!Double.isNaN(m0)) {
            throw new IllegalArgumentException("m0 applies only to init fixed (init is " + initialisation.key()
                    + ")");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("max-steps (the step budget) must be an integer >= 1, got " + maxSteps);
        }
        if (checkpointsPerDecade < 0 || checkpointsPerDecade > MAX_CHECKPOINTS_PER_DECADE) {
            throw new IllegalArgumentException("checkpoints (per decade) must be an integer in [0, "
                    + MAX_CHECKPOINTS_PER_DECADE + "], got " + checkpointsPerDecade);
        }
    }

    /** The second-layer weight {@code a_0} of the rule, a double. */
    public double a0() {
        return spec.a().doubleValue();
    }

    /** The noise level τ of noisy labels, 0 for the other label models; a double. */
    public double noise() {
        return spec.labels().noise().doubleValue();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder().spec(spec);
        b.d = d;
        b.gamma = gamma;
        b.eta = eta;
        b.initialisation = initialisation;
        b.m0 = m0;
        b.teacher = teacher;
        b.maxSteps = maxSteps;
        b.mTarget = criterion.mTarget();
        b.sustain = criterion.sustain();
        b.overlap = criterion.overlap();
        b.checkpointsPerDecade = checkpointsPerDecade;
        b.stopAtHit = stopAtHit;
        b.seed = seed;
        return b;
    }

    /** The checkpoint steps: {@link Checkpoints#logSpacedSchedule}. */
    public long[] checkpointSchedule() {
        return Checkpoints.logSpacedSchedule(checkpointsPerDecade, maxSteps);
    }

    /**
     * The canonical text of the parameters that define the law of the trajectories — everything except the base
     * seed and the observation parameters (budget, criterion, checkpoints, stopping), so that, e.g., a longer budget
     * extends the same trajectories. Doubles are written exactly ({@link Double#toHexString}) and links by their
     * specification text. Together with the engine name it keys the random streams ({@link Seeds}).
     */
    public String canonicalString() {
        return "algorithm=" + spec.algorithm().key() + ";loss=" + spec.loss().key()
                + ";inner-step=" + spec.innerStep().key() + ";inner-norm=" + spec.innerNorm().key()
                + ";second-layer=" + spec.secondLayer().key() + ";a0=" + Double.toHexString(a0())
                + ";target=" + spec.target().specification() + ";labels=" + spec.labels().kind()
                + ";noise=" + Double.toHexString(noise()) + ";activation=" + spec.activation().specification()
                + ";d=" + d
                + ";gamma=" + Double.toHexString(gamma) + ";eta=" + Double.toHexString(eta)
                + ";init=" + initialisation.key() + ";m0=" + Double.toHexString(m0) + ";teacher=" + teacher.key();
    }

    /**
     * All parameters and conventions, by command-line name, as text (for reports: "every report records the
     * conventions it used", MATH.md §9).
     */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("algorithm", spec.algorithm().key());
        p.put("loss", spec.loss().key());
        p.put("inner-step", spec.innerStep().key());
        p.put("inner-norm", spec.innerNorm().key());
        p.put("second-layer", spec.secondLayer().key());
        p.put("a0", Double.toString(a0()));
        p.put("target", spec.target().specification());
        p.put("labels", spec.labels().kind());
        p.put("noise", Double.toString(noise()));
        p.put("activation", spec.activation().specification());
        p.put("d", Long.toString(d));
        p.put("gamma", Double.toString(gamma));
        p.put("eta", Double.toString(eta));
        p.put("init", initialisation.key());
        p.put("m0", Double.toString(m0));
        p.put("teacher", teacher.key());
        p.put("max-steps", Long.toString(maxSteps));
        p.put("m-target", Double.toString(criterion.mTarget()));
        p.put("sustain", Integer.toString(criterion.sustain()));
        p.put("overlap", criterion.overlap().key());
        p.put("checkpoints", Integer.toString(checkpointsPerDecade));
        p.put("stop-at-hit", Boolean.toString(stopAtHit));
        p.put("seed", Long.toString(seed));
        return Collections.unmodifiableMap(p);
    }

    /** A mutable builder with the defaults of MATH.md §9; {@link #build()} validates. */
    public static final class Builder {
        private Algorithm algorithm = Algorithm.ONLINE;
        private Loss loss = Loss.SQUARED;
        private InnerStep innerStep = InnerStep.PLAIN;
        private InnerNorm innerNorm = InnerNorm.EXACT;
        private SecondLayer secondLayer = SecondLayer.FIXED;
        private double a0 = 1;
        private Link target;
        private LabelModel.Type labels = LabelModel.Type.DETERMINISTIC;
        private double noise;
        private Link activation;
        private long d;
        private double gamma = Double.NaN;
        private double eta;
        private Initialisation initialisation = Initialisation.UNIFORM;
        private double m0 = Double.NaN;
        private TeacherDirection teacher = TeacherDirection.E1;
        private long maxSteps;
        private double mTarget = HittingCriterion.DEFAULT_TARGET;
        private int sustain = 1;
        private Overlap overlap = Overlap.SIGNED;
        private int checkpointsPerDecade;
        private boolean stopAtHit = true;
        private long seed;

        private static final Map<String, BiConsumer<Builder, String>> SETTERS = setters();

        private Builder() {
        }

        public Builder algorithm(Algorithm v) {
            algorithm = v;
            return this;
        }

        public Builder loss(Loss v) {
            loss = v;
            return this;
        }

        public Builder innerStep(InnerStep v) {
            innerStep = v;
            return this;
        }

        public Builder innerNorm(InnerNorm v) {
            innerNorm = v;
            return this;
        }

        public Builder secondLayer(SecondLayer v) {
            secondLayer = v;
            return this;
        }

        public Builder a0(double v) {
            a0 = v;
            return this;
        }

        public Builder target(Link v) {
            target = v;
            return this;
        }

        /** The target link by specification ({@link Link#parse}). */
        public Builder target(String specification) {
            target = parseLink("target", specification);
            return this;
        }

        /**
         * Sets every option of the rule from {@code spec}: algorithm, loss, label model with target and noise level,
         * activation, {@code a_0} (rounded to a double), second layer, inner step and inner norm.
         */
        public Builder spec(UpdateRuleSpec spec) {
            algorithm = spec.algorithm();
            loss = spec.loss();
            innerStep = spec.innerStep();
            innerNorm = spec.innerNorm();
            secondLayer = spec.secondLayer();
            a0 = spec.a().doubleValue();
            target = spec.target();
            labels = spec.labels().type();
            noise = spec.labels().noise().doubleValue();
            activation = spec.activation();
            return this;
        }

        public Builder labels(LabelModel.Type v) {
            labels = v;
            return this;
        }

        public Builder noise(double v) {
            noise = v;
            return this;
        }

        /** Noisy labels with noise level τ. */
        public Builder noisyLabels(double tau) {
            labels = LabelModel.Type.NOISY;
            noise = tau;
            return this;
        }

        /** The student's activation; when never set, or set to {@code null}, the target link. */
        public Builder activation(Link v) {
            activation = v;
            return this;
        }

        /** The activation by specification ({@link Link#parse}). */
        public Builder activation(String specification) {
            activation = parseLink("activation", specification);
            return this;
        }

        /** The same specification for target and activation. */
        public Builder link(String specification) {
            return target(specification).activation(specification);
        }

        public Builder d(long v) {
            d = v;
            return this;
        }

        public Builder gamma(double v) {
            gamma = v;
            return this;
        }

        public Builder eta(double v) {
            eta = v;
            return this;
        }

        public Builder initialisation(Initialisation v) {
            initialisation = v;
            return this;
        }

        public Builder m0(double v) {
            m0 = v;
            return this;
        }

        /** {@code init fixed} with the given {@code m_0}. */
        public Builder fixedInit(double m0) {
            initialisation = Initialisation.FIXED;
            this.m0 = m0;
            return this;
        }

        public Builder teacher(TeacherDirection v) {
            teacher = v;
            return this;
        }

        public Builder maxSteps(long v) {
            maxSteps = v;
            return this;
        }

        public Builder mTarget(double v) {
            mTarget = v;
            return this;
        }

        public Builder sustain(int v) {
            sustain = v;
            return this;
        }

        public Builder overlap(Overlap v) {
            overlap = v;
            return this;
        }

        public Builder checkpointsPerDecade(int v) {
            checkpointsPerDecade = v;
            return this;
        }

        public Builder stopAtHit(boolean v) {
            stopAtHit = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /**
         * Sets a parameter by its command-line name ({@link #parameterNames()}) from text, e.g.
         * {@code set("inner-step", "projected")} or {@code set("gamma", "1e-3")}.
         *
         * @throws IllegalArgumentException for an unknown parameter or a malformed value
         */
        public Builder set(String parameter, String value) {
            BiConsumer<Builder, String> setter = SETTERS.get(parameter);
            if (setter == null) {
                throw new IllegalArgumentException("unknown parameter '" + parameter + "'; allowed: "
                        + String.join(", ", SETTERS.keySet()));
            }
            setter.accept(this, value);
            return this;
        }

        /** The names accepted by {@link #set(String, String)}. */
        public static java.util.Set<String> parameterNames() {
            return SETTERS.keySet();
        }

        /**
         * Validates and builds.
         *
         * @throws IllegalArgumentException naming the first invalid parameter and its allowed values
         */
        public SimulationConfig build() {
            return new SimulationConfig(spec(), d, gamma, eta, initialisation, m0, teacher, maxSteps,
                    new HittingCriterion(mTarget, sustain, overlap), checkpointsPerDecade, stopAtHit, seed);
        }

        /** The update rule of the options set so far, validated. */
        private UpdateRuleSpec spec() {
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(loss, "loss");
            Objects.requireNonNull(labels, "labels");
            if (target == null) {
                throw new IllegalArgumentException("target is required: a link specification such as He3");
            }
            if (!Double.isFinite(a0)) {
                throw new IllegalArgumentException("a0 must be a finite number, got " + a0);
            }
            BigFraction tau = null;
            if (labels == LabelModel.Type.NOISY) {
                if (!(noise > 0 && Double.isFinite(noise))) {
                    throw new IllegalArgumentException("noise must be a finite number > 0 for labels noisy, got "
                            + noise);
                }
                tau = exact(noise);
            } else if (noise != 0) {
                throw new IllegalArgumentException("noise applies only to labels noisy (labels is " + labels.key()
                        + "); leave it at 0, got " + noise);
            }
            LabelModel model = LabelModel.of(labels, target, tau);
            return new UpdateRuleSpec(algorithm, loss, model, UpdateRuleSpec.activationOrTarget(activation, model),
                    exact(a0), secondLayer, innerStep, innerNorm);
        }

        /** The binary value of a finite double, exactly. */
        private static BigFraction exact(double x) {
            return Rationals.of(new BigDecimal(x));
        }

        private static Link parseLink(String parameter, String specification) {
            if (specification == null) {
                throw new IllegalArgumentException(parameter + " is required: a link specification such as He3");
            }
            return Link.parse(specification);
        }

        /**
         * A finite double: NaN, infinities and decimals beyond the double range ({@code 1e400}) are refused, and so are
         * nonzero decimals that would be rounded to 0 ({@code 1e-400}).
         */
        private static double number(String parameter, String value) {
            double x;
            try {
                x = Double.parseDouble(value.strip());
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException(parameter + " must be a number, got '" + value + "'");
            }
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(parameter + " must be a finite number, got '" + value.strip() + "'");
            }
            if (x == 0 && !isZero(value.strip())) {
                throw new IllegalArgumentException(parameter + " is too small for double precision (a nonzero"
                        + " magnitude below 1e-308), got '" + value.strip() + "'");
            }
            return x;
        }

        /**
         * Whether a text that parsed as the double 0 is exactly zero: read as a decimal (without a Java suffix d or f);
         * hexadecimal forms, which BigDecimal does not read, are taken as they parsed.
         */
        private static boolean isZero(String text) {
            try {
                return new java.math.BigDecimal(text.replaceFirst("[dDfF]$", "")).signum() == 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }

        private static long integer(String parameter, String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException | NullPointerException e) {
                // accept integral decimals such as 1e6
                double x = number(parameter, value);
                if (x == Math.rint(x) && Math.abs(x) < 0x1p63) {
                    return (long) x;
                }
                throw new IllegalArgumentException(parameter + " must be an integer, got '" + value + "'");
            }
        }

        private static int smallInteger(String parameter, String value) {
            long v = integer(parameter, value);
            if (v != (int) v) {
                throw new IllegalArgumentException(parameter + " is out of range, got " + value);
            }
            return (int) v;
        }

        private static Map<String, BiConsumer<Builder, String>> setters() {
            Map<String, BiConsumer<Builder, String>> s = new LinkedHashMap<>();
            s.put("algorithm", (b, v) -> b.algorithm(Algorithm.parse(v)));
            s.put("loss", (b, v) -> b.loss(Loss.parse(v)));
            s.put("inner-step", (b, v) -> b.innerStep(InnerStep.parse(v)));
            s.put("inner-norm", (b, v) -> b.innerNorm(InnerNorm.parse(v)));
            s.put("second-layer", (b, v) -> b.secondLayer(SecondLayer.parse(v)));
            s.put("a0", (b, v) -> b.a0(number("a0", v)));
            s.put("a", (b, v) -> b.a0(number("a", v)));
            s.put("target", (b, v) -> b.target(v));
            s.put("labels", (b, v) -> b.labels(LabelModel.Type.parse(v)));
            s.put("noise", (b, v) -> b.noise(number("noise", v)));
            s.put("activation", (b, v) -> b.activation(v));
            s.put("d", (b, v) -> b.d(integer("d", v)));
            s.put("gamma", (b, v) -> b.gamma(number("gamma", v)));
            s.put("eta", (b, v) -> b.eta(number("eta", v)));
            s.put("init", (b, v) -> b.initialisation(Initialisation.parse(v)));
            s.put("m0", (b, v) -> b.m0(number("m0", v)));
            s.put("teacher", (b, v) -> b.teacher(TeacherDirection.parse(v)));
            s.put("max-steps", (b, v) -> b.maxSteps(integer("max-steps", v)));
            s.put("m-target", (b, v) -> b.mTarget(number("m-target", v)));
            s.put("sustain", (b, v) -> b.sustain(smallInteger("sustain", v)));
            s.put("overlap", (b, v) -> b.overlap(Overlap.parse(v)));
            s.put("checkpoints", (b, v) -> b.checkpointsPerDecade(smallInteger("checkpoints", v)));
            s.put("stop-at-hit", (b, v) -> b.stopAtHit(bool("stop-at-hit", v)));
            s.put("seed", (b, v) -> b.seed(integer("seed", v)));
            return Collections.unmodifiableMap(s);
        }

        private static boolean bool(String parameter, String value) {
            if ("true".equalsIgnoreCase(value == null ? null : value.strip())) {
                return true;
            }
            if ("false".equalsIgnoreCase(value == null ? null : value.strip())) {
                return false;
            }
            throw new IllegalArgumentException(parameter + " must be true or false, got '" + value + "'");
        }
    }
}
