package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.diffusion.DiffusionEngine;
import org.sgdx.fastpath.run.Batch;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sgdx simulate}: many seeded runs of one configuration on the reduced, full or diffusion engine. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        customSynopsis = {"sgdx simulate --target SPEC --d D --gamma G [--activation SPEC]",
            "                     [--algorithm online|reuse|alternating] [--eta E]",
            "                     [--loss squared|correlation] [--a A]",
            "                     [--second-layer fixed|persistent]",
            "                     [--inner-step plain|projected] [--inner-norm exact|d]",
            "                     [--labels deterministic|noisy|binary] [--noise TAU]",
            "                     [--engine reduced|full|diffusion] [--epsilon E] [--seeds S]",
            "                     [--seed BASE] [--max-steps N] [--m-target M] [--sustain L]",
            "                     [--overlap signed|absolute]",
            "                     [--init uniform|uniform-positive|fixed] [--m0 M]",
            "                     [--teacher e1|random] [--checkpoints K] [--threads T]",
            "                     [--out FILE.jsonl [--force]] [--format text|json]"},
        description = {"Simulate SGD on a Gaussian single-index model (MATH.md §5, §7) for many seeds and report"
            + " hitting times of m_t >= m_target: counts of hit, censored and diverged runs and the Kaplan-Meier"
            + " median with a 95%% confidence interval.",
            "Runs are reproducible: run i depends only on the engine, the configuration, the base seed and i,"
                + " whatever the number of threads."})
final class SimulateCommand implements Callable<Integer> {

    /** Largest number of runs accepted. */
    static final int MAX_RUNS = 10_000_000;

    @Spec
    CommandSpec spec;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--engine", paramLabel = Engines.KEYS, defaultValue = "reduced",
            description = "Reduced chain (exact, cost independent of d), literal d-dimensional vectors, or leaps on"
                + " the diffusion limit (an estimate; cost independent of the number of steps)"
                + " (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Engine diffusion: tolerance in (0, 0.5] on the relative change of m, b and a within a leap"
                + " (default: 0.1).")
    Double epsilon;

    @Option(names = "--seeds", paramLabel = "S", defaultValue = "100", description = "Number of runs (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, 1.." + ParallelRunner.MAX_THREADS + " (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE.jsonl",
            description = "Also write one JSON line per run (written to FILE.partial, renamed when complete).")
    Path out;

    @Option(names = "--force", description = "Overwrite an --out file that 'sgdx simulate' did not write (by default"
            + " it is refused).")
    boolean force;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** The beginning of a file of run lines written by this command (the first line's first keys). */
    private static final java.util.regex.Pattern RUN_LINES = java.util.regex.Pattern.compile(
            "\\A\\{\"run\":\\d+,\"status\":\"");

    @Override
    public Integer call() throws IOException {
        Inputs.require(spec, SimulationOptions.REQUIRED);
        if (seeds < 1 || seeds > MAX_RUNS) {
            throw new IllegalArgumentException("--seeds must be in 1.." + MAX_RUNS + ", got " + seeds);
        }
        ParallelRunner runner = new ParallelRunner(Inputs.threads(threads));
        SimulationConfig config = simulation.config();
        Engine e = Engines.named(engine, epsilon);
        Simulation prepared = e.prepare(config);
        boolean leaping = e instanceof DiffusionEngine;
        Batch batch;
        if (out != null) {
            Path partial = checkOut();
            // an interrupt (Ctrl-C) ends the JVM: remove the unfinished partial file rather than leave it behind; the
            // hook is in place before the file exists, so that no signal can fall between the two
            Thread cleanup = new Thread(() -> {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // nothing more can be done while the JVM exits
                }
            });
            Runtime.getRuntime().addShutdownHook(cleanup);
            BufferedWriter opened;
            try {
                opened = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            } catch (IOException ex) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
                throw new IllegalArgumentException("--out: cannot write " + partial + ": " + ex.getMessage());
            }
            try (BufferedWriter w = opened; Progress progress = Progress.start("simulate", seeds)) {
                batch = runner.run(prepared, 0, seeds, r -> {
                    w.write(Json.writeLine(runLine(r, leaping)));
                    w.newLine();
                    progress.step();
                }, () -> false);
            } catch (RuntimeException | IOException ex) {
                Files.deleteIfExists(partial);
                throw ex;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: the JVM is exiting after an interrupt
                }
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            try (Progress progress = Progress.start("simulate", seeds)) {
                batch = runner.run(prepared, 0, seeds, r -> progress.step(), () -> false);
            }
        }
        SimulationSummary summary = SimulationSummary.of(batch.results(), config.maxSteps(), batch.nanos());
        PrintWriter o = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ObjectNode root = Json.document("simulate");
            root.put("engine", e.name());
            e.settings().forEach(root::put);
            root.put("threads", runner.threads());
            putConfig(root.putObject("config"), config);
            summary.putJson(root);
            if (leaping) {
                putLeaps(root, summary, prepared);
            }
            o.println(Json.write(root));
        } else {
            printText(o, e, config, summary, runner.threads());
            prepared.approximation().ifPresent(a -> o.println("approximation: " + a));
        }
        o.flush();
        return 0;
    }

    /**
     * One JSON line: {@code run}, {@code status}, {@code steps}, ({@code leaps} for the diffusion engine),
     * {@code final_m} and the checkpoints if any.
     */
    static ObjectNode runLine(RunResult r, boolean leaping) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("run", r.run());
        n.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        n.put("steps", r.steps());
        if (leaping) {
            n.put("leaps", r.leaps());
        }
        SimulationSummary.putNumber(n, "final_m", r.finalM());
        if (r.checkpoints().size() > 0) {
            ArrayNode c = n.putArray("checkpoints");
            for (int i = 0; i < r.checkpoints().size(); i++) {
                ObjectNode p = c.addObject();
                p.put("step", r.checkpoints().step(i));
                SimulationSummary.putNumber(p, "m", r.checkpoints().value(i));
            }
        }
        return n;
    }

    /** The diffusion engine's fields: how its numbers are known and its leaps (total and mean per run). */
    static void putLeaps(ObjectNode o, SimulationSummary summary, Simulation simulation) {
        o.put("certainty", "estimate");
        o.put("approximation", simulation.approximation().orElseThrow());
        o.put("leaps", summary.leaps());
        SimulationSummary.putNumber(o, "mean_leaps", summary.runs() == 0 ? Double.NaN
                : (double) summary.leaps() / summary.runs());
    }

    static void putConfig(ObjectNode o, SimulationConfig config) {
        for (Map.Entry<String, String> p : config.parameters().entrySet()) {
            o.put(p.getKey(), p.getValue());
        }
    }

    private void printText(PrintWriter o, Engine e, SimulationConfig config, SimulationSummary s, int threadCount) {
        StringBuilder settings = new StringBuilder();
        e.settings().forEach((k, v) -> settings.append(", ").append(k).append(' ').append(v));
        o.println("sgdx " + SoftwareInfo.version() + " simulate (engine " + e.name() + settings + ", " + threadCount
                + " threads)");
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, String> p : config.parameters().entrySet()) {
            if (line.length() > 90) {
                o.println("  " + line.toString().strip());
                line.setLength(0);
            }
            line.append(p.getKey()).append('=').append(p.getValue()).append("  ");
        }
        o.println("  " + line.toString().strip());
        o.println();
        o.printf("runs %d: hit %d, censored %d, diverged %d (success fraction %s)%n", s.runs(), s.hit(), s.censored(),
                s.diverged(), SimulationSummary.text(s.successFraction()));
        if (s.median() != null) {
            o.printf("median hitting time (Kaplan-Meier, estimate): %s steps, 95%% CI [%s, %s]%n",
                    SimulationSummary.text(s.median().estimate()), SimulationSummary.text(s.median().lower()),
                    SimulationSummary.text(s.median().upper()));
        }
        o.printf("%s steps simulated in %.3f s (%s steps/s)%n", SimulationSummary.text(s.simulatedSteps()), s.seconds(),
                SimulationSummary.text(s.stepsPerSecond()));
        if (e instanceof DiffusionEngine) {
            o.printf("%d leaps (%s per run); the diffusion limit makes every number an estimate%n", s.leaps(),
                    SimulationSummary.text((double) s.leaps() / s.runs()));
        }
        if (out != null) {
            o.println("runs written to " + out);
        }
    }

    /**
     * Validates {@code --out} before anything is written and returns the partial file beside it: the path must not be
     * empty or a directory, its directory must exist, and neither it nor {@code FILE.partial} may be a file this
     * command did not write (a {@code FILE.partial} that is empty or cut short within its first line is one left by an
     * interrupted run), unless {@code --force}.
     */
    private Path checkOut() {
        Path file = OutputPaths.of(out.toString(), "--out");
        OutputPaths.refuseDirectory(file, "--out");
        requireWritable(file);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        OutputPaths.refuseDirectory(partial, "--out");
        java.util.List<Path> foreign = new java.util.ArrayList<>();
        if (Files.exists(file) && !RUN_LINES.matcher(OutputPaths.head(file, 64)).lookingAt()) {
            foreign.add(file);
        }
        if (Files.exists(partial)) {
            String head = OutputPaths.head(partial, 64);
            java.util.regex.Matcher m = RUN_LINES.matcher(head);
            if (!m.lookingAt() && !m.hitEnd()) {
                foreign.add(partial);
            }
        }
        OutputPaths.refuseForeign(foreign, "--out", "sgdx simulate", force);
        return partial;
    }

    static void requireWritable(Path out) {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out: directory " + dir + " does not exist");
        }
    }
}
