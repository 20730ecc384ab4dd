package org.sgdx.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sgdx.fastpath.Initialisation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.TeacherDirection;
import org.sgdx.fastpath.hitting.Overlap;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.link.LabelModel;
import picocli.CommandLine.Option;

/**
 * The options that define one simulated configuration (MATH.md §5, §9), shared by {@code simulate} and
 * {@code conform} and used as the vocabulary of {@code sweep} files. Every option is passed as text to
 * {@link SimulationConfig.Builder#set}, which validates it and names the allowed values. {@link #REQUIRED} are
 * required, but checked by the commands ({@link Inputs#require}): {@code conform} takes its configuration from a sweep
 * file instead when none of these options is given.
 */
final class SimulationOptions {

    /** The options without a default value, which every configuration given by these options needs. */
    static final List<String> REQUIRED = List.of("--target", "--d", "--gamma");

    @Option(names = "--algorithm", paramLabel = Algorithm.KEYS, defaultValue = "online",
            description = "Algorithm (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--target", paramLabel = "SPEC", description = "Target link sigma*.")
    String target;

    @Option(names = "--activation", paramLabel = "SPEC",
            description = "Student activation sigma (default: the target link).")
    String activation;

    @Option(names = "--loss", paramLabel = Loss.KEYS, description = "Loss (default: squared).")
    String loss;

    @Option(names = "--a", paramLabel = "A", description = "Second-layer weight a_0 (default: 1).")
    String a;

    @Option(names = "--second-layer", paramLabel = SecondLayer.KEYS,
            description = "Alternating SGD: hold a at a_0 or keep the updated weight (default: fixed).")
    String secondLayer;

    @Option(names = "--inner-step", paramLabel = InnerStep.KEYS,
            description = "Batch reuse: inner step on the sphere or not (default: plain).")
    String innerStep;

    @Option(names = "--inner-norm", paramLabel = InnerNorm.KEYS,
            description = "Batch reuse: |x|^2 exact or replaced by d (default: exact).")
    String innerNorm;

    @Option(names = "--labels", paramLabel = LabelModel.Type.KEYS,
            description = "Label model (default: deterministic; noisy when --noise is given).")
    String labels;

    @Option(names = "--noise", paramLabel = "TAU", description = "Label noise tau > 0 (noisy labels).")
    String noise;

    @Option(names = "--d", paramLabel = "D", description = "Dimension d >= 3.")
    String d;

    @Option(names = "--gamma", paramLabel = "G", description = "First-layer learning rate gamma > 0.")
    String gamma;

    @Option(names = "--eta", paramLabel = "E",
            description = "Learning rate eta > 0 of batch reuse and alternating SGD (0 for online).")
    String eta;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "1000000",
            description = "Step budget per run (default: ${DEFAULT-VALUE}).")
    String maxSteps;

    @Option(names = "--m-target", paramLabel = "M", description = "Weak-recovery threshold in (0, 1) (default: 0.5).")
    String mTarget;

    @Option(names = "--sustain", paramLabel = "L",
            description = "Hit only after L consecutive steps with m_t >= m_target (default: 1, first passage).")
    String sustain;

    @Option(names = "--overlap", paramLabel = Overlap.KEYS, description = "Track m or |m| (default: signed).")
    String overlap;

    @Option(names = "--init", paramLabel = Initialisation.KEYS,
            description = "Initialisation (default: uniform on the sphere).")
    String init;

    @Option(names = "--m0", paramLabel = "M", description = "Initial overlap for --init fixed (required there), in"
            + " (-1, 1).")
    String m0;

    @Option(names = "--teacher", paramLabel = TeacherDirection.KEYS,
            description = "Engine full only: teacher direction (default: e1; the other engines simulate the overlap"
                + " alone).")
    String teacher;

    @Option(names = "--checkpoints", paramLabel = "K",
            description = "Record m_t at K log-spaced steps per decade (default: 0, none).")
    String checkpoints;

    @Option(names = "--seed", paramLabel = "BASE", defaultValue = "0", description = "Base seed (default: ${DEFAULT-VALUE}).")
    String seed;

    /** The options that were given, by their {@link SimulationConfig.Builder#set} names. */
    Map<String, String> given() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "algorithm", algorithm);
        put(p, "target", target);
        put(p, "activation", activation);
        put(p, "loss", loss);
        put(p, "a", a);
        put(p, "second-layer", secondLayer);
        put(p, "inner-step", innerStep);
        put(p, "inner-norm", innerNorm);
        put(p, "labels", labels == null && noise != null ? "noisy" : labels);
        put(p, "noise", noise);
        put(p, "d", d);
        put(p, "gamma", gamma);
        put(p, "eta", eta);
        put(p, "max-steps", maxSteps);
        put(p, "m-target", mTarget);
        put(p, "sustain", sustain);
        put(p, "overlap", overlap);
        put(p, "init", init);
        put(p, "m0", m0);
        put(p, "teacher", teacher);
        put(p, "checkpoints", checkpoints);
        put(p, "seed", seed);
        return p;
    }

    /**
     * Builds and validates the configuration. A refusal begins with the parameter's name (shown as the option by
     * {@link Main#naming}); a value refused for another reason, such as a malformed link, gets the option in front:
     * {@code --target: invalid link specification ...}.
     */
    SimulationConfig config() {
        SimulationConfig.Builder b = SimulationConfig.builder();
        for (Map.Entry<String, String> p : given().entrySet()) {
            try {
                b.set(p.getKey(), p.getValue());
            } catch (IllegalArgumentException e) {
                String m = e.getMessage();
                if (m.startsWith(p.getKey() + " ") || m.startsWith("unknown " + p.getKey() + " ")) {
                    throw e;
                }
                throw new IllegalArgumentException("--" + p.getKey() + ": " + m, e);
            }
        }
        return b.build();
    }

    static SimulationConfig build(Map<String, String> parameters) {
        SimulationConfig.Builder b = SimulationConfig.builder();
        parameters.forEach(b::set);
        return b.build();
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }
}
