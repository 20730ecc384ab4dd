package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.sgdx.checks.claims.Figure;
import org.sgdx.checks.report.Plots;
import org.sgdx.checks.stats.CensoredSample;
import org.sgdx.checks.stats.LogRank;
import org.sgdx.checks.stats.QuantileQuantile;
import org.sgdx.checks.stats.ShiftPower;
import org.sgdx.checks.stats.TwoSampleKs;
import org.sgdx.fastpath.Checkpoints;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.hitting.RunStatus;
import org.sgdx.fastpath.run.Batch;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code sgdx conform}: whether the runs of another simulator follow the law of the model (MATH.md §5, §7, §8). The
 * configuration is given by the options of {@code simulate} or as a grid point of a sweep file ({@link SweepPoint}),
 * one or the other. The reference runs come from the reduced chain, which is exact in law; the samples are compared
 * with them by a log-rank test on the hitting times, Fisher's exact test on the success fractions and two-sample
 * Kolmogorov–Smirnov tests on {@code m_t} at each checkpoint, with a Bonferroni correction.
 */
@Command(name = "conform", mixinStandardHelpOptions = true, sortOptions = false,
        customSynopsis = {"sgdx conform --target SPEC --d D --gamma G [other options of simulate]",
            "                    --samples FILE.csv [--runs N] [--alpha A] [--threads T]",
            "                    [--plot FILE.png [--force]] [--format text|json]",
            "       sgdx conform --spec SWEEP.json --point ID --samples FILE.csv [--runs N]",
            "                    [--alpha A] [--threads T] [--plot FILE.png [--force]]",
            "                    [--format text|json]"},
        description = {"Test whether the runs of another simulator (a CSV of run,status,steps[,step,m]) follow the law"
            + " of a configuration: reference runs of the reduced chain (exact in law); log-rank test on the hitting"
            + " times, Fisher's exact test on the success fractions, two-sample Kolmogorov-Smirnov tests on m_t at"
            + " each checkpoint; Bonferroni over the tests.",
            "The configuration is given either by the options of 'sgdx simulate' (--engine, --epsilon, --seeds and"
                + " --out excepted) or by --spec and --point: a grid point of a sweep file, with every parameter of"
                + " its base and grid (seed, max-steps and checkpoints included); the sweep's engine, epsilon and"
                + " seeds only identify the point (the reference is the reduced chain, with --runs runs).",
            "Exit code 0: consistent; 1: inconsistent; 2: bad input."})
final class ConformCommand implements Callable<Integer> {

    /** The fewest runs (and values of {@code m_t} at a checkpoint) tested. */
    static final int MIN_RUNS = 20;
    /** The fewest reference runs. */
    static final int MIN_REFERENCE_RUNS = 100;
    /** Power of the stated detectable shift. */
    static final double POWER = 0.8;
    /** Pairs of resampled samples per shift in the power calculation. */
    static final int POWER_REPLICATES = 200;
    /** Exit code of an inconsistent sample. */
    static final int EXIT_INCONSISTENT = 1;

    @Spec
    CommandSpec spec;

    /** The configuration by the options of {@code simulate}; {@link #checkMode} finds it by the field name. */
    @Mixin
    SimulationOptions simulation;

    // the two ways of giving the configuration exclude each other, and --samples is required in both: checked in
    // call(), so that picocli does not demand --target, --d and --gamma of the sweep-file form (checkMode)
    @Option(names = "--spec", paramLabel = "SWEEP.json",
            description = "Instead of the options of 'sgdx simulate': a sweep file (see 'sgdx sweep'), whose grid point"
                + " --point is the configuration.")
    String sweepFile;

    @Option(names = "--point", paramLabel = "ID",
            description = "The grid point of --spec: its config_id, as in the sweep's results, or its index 0, 1, ..."
                + " in grid order (the order of the results file).")
    String point;

    @Option(names = "--samples", paramLabel = "FILE.csv",
            description = "The runs to test (required): run,status,steps (one row per run), or run,status,steps,step,m"
                + " (one row per run and checkpoint).")
    String samples;

    @Option(names = "--runs", paramLabel = "N",
            description = "Reference runs, " + MIN_REFERENCE_RUNS + ".." + SimulateCommand.MAX_RUNS
                + " (default: max(1000, 4 x the runs in the samples)).")
    Integer runs;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.01",
            description = "Overall false-failure rate in (0, 0.5]: the probability of 'inconsistent' for a correct"
                + " simulator (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, 1.." + ParallelRunner.MAX_THREADS + " (default: all cores).")
    Integer threads;

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Also write a Q-Q plot of the hitting times (Kaplan-Meier quantiles), PNG or SVG by the"
                + " extension.")
    String plot;

    @Option(names = "--force", description = "Overwrite a --plot file that is not an image (by default it is"
            + " refused).")
    boolean force;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /**
     * One test of the samples against the reference.
     *
     * @param quantity what is compared
     * @param method the test
     * @param statistic the test statistic
     * @param pValue its p-value
     * @param n values in the samples
     * @param m values in the reference
     */
    record Comparison(String quantity, String method, double statistic, double pValue, int n, int m) {
    }

    /**
     * A quantity not tested, with the reason.
     *
     * @param quantity what would have been compared
     * @param reason why it was not
     */
    record Untested(String quantity, String reason) {
    }

    @Override
    public Integer call() throws IOException {
        boolean bySweep = checkMode();
        if (!(alpha > 0 && alpha <= 0.5)) {
            throw new IllegalArgumentException("--alpha must be in (0, 0.5], got " + alpha);
        }
        if (runs != null && (runs < MIN_REFERENCE_RUNS || runs > SimulateCommand.MAX_RUNS)) {
            throw new IllegalArgumentException("--runs must be in " + MIN_REFERENCE_RUNS + ".."
                    + SimulateCommand.MAX_RUNS + ", got " + runs);
        }
        ParallelRunner runner = new ParallelRunner(Inputs.threads(threads));
        Path plotFile = plot == null ? null : checkPlot(plot);
        SweepPoint source = bySweep ? SweepPoint.select(sweepFile, point) : null;
        SimulationConfig config = source == null ? simulation.config() : source.point().config();
        Engine engine = Engines.reduced();
        Simulation prepared;
        try {
            prepared = engine.prepare(config);
        } catch (IllegalArgumentException e) {
            if (source == null) {
                throw e;
            }
            throw new IllegalArgumentException("--point " + point + ": the reference, the reduced chain, cannot run"
                    + " grid point " + source.index() + " of " + source.file() + ": "
                    + SweepPoint.asSweepFile(e.getMessage()), e);
        }
        Path samplesFile = OutputPaths.of(samples, "--samples");
        SampleFile file = SampleFile.read(samplesFile, "--samples");
        if (file.size() < MIN_RUNS) {
            throw new IllegalArgumentException("--samples: " + samplesFile + " has " + file.size() + " run"
                    + (file.size() == 1 ? "" : "s") + ": too few to test (at least " + MIN_RUNS + ")");
        }
        List<RunResult> tested = runsOf(file, config, "--samples: " + samplesFile, source != null);
        int referenceRuns = runs != null ? runs
                : (int) Math.min(SimulateCommand.MAX_RUNS, Math.max(1000L, 4L * file.size()));

        Batch batch;
        try (Progress progress = Progress.start("conform", referenceRuns)) {
            batch = runner.run(prepared, 0, referenceRuns, r -> progress.step(), () -> false);
        }
        List<RunResult> reference = batch.results();
        long budget = config.maxSteps();
        CensoredSample sampleTimes = CensoredSample.ofRuns(tested, budget);
        CensoredSample referenceTimes = CensoredSample.ofRuns(reference, budget);

        List<Comparison> tests = new ArrayList<>();
        List<Untested> skipped = new ArrayList<>();
        LogRank logRank = LogRank.test(sampleTimes, referenceTimes);
        tests.add(new Comparison("hitting time", "log-rank (two-sided; diverged runs censored at the budget)",
                logRank.z(), logRank.pValue(), sampleTimes.size(), referenceTimes.size()));
        int hits = sampleTimes.hits();
        int referenceHits = referenceTimes.hits();
        double fisher = FisherExactTest.withDefaults().test(new int[][] {{hits, file.size() - hits},
            {referenceHits, referenceRuns - referenceHits}}).getPValue();
        tests.add(new Comparison("success fraction", "Fisher's exact test (two-sided)",
                (double) hits / file.size() - (double) referenceHits / referenceRuns, fisher, file.size(),
                referenceRuns));
        for (long step : file.checkpointSteps()) {
            double[] x = file.valuesAt(step);
            double[] y = valuesAt(reference, step);
            String quantity = "m_t at t = " + step;
            if (x.length < MIN_RUNS || y.length < MIN_RUNS) {
                skipped.add(new Untested(quantity, String.format(Locale.ROOT, "%d sample and %d reference values,"
                        + " fewer than %d", x.length, y.length, MIN_RUNS)));
                continue;
            }
            TwoSampleKs ks = TwoSampleKs.test(x, y);
            tests.add(new Comparison(quantity, "two-sample Kolmogorov-Smirnov", ks.statistic(), ks.pValue(), x.length,
                    y.length));
        }
        double threshold = alpha / tests.size();
        boolean consistent = tests.stream().allMatch(t -> t.pValue() >= threshold);
        ShiftPower.Result power = ShiftPower.of(referenceTimes, file.size(), budget, threshold, POWER,
                POWER_REPLICATES, config.seed());

        SimulationSummary sampleSummary = SimulationSummary.of(tested, budget, 0);
        SimulationSummary referenceSummary = SimulationSummary.of(reference, budget, batch.nanos());
        if (plotFile != null) {
            QuantileQuantile qq = QuantileQuantile.ofCensored(referenceTimes, sampleTimes, 50);
            Plots.writeImage(new Figure.QuantileQuantile("conform-qq", "Hitting times: samples against the reference",
                    "reference (reduced chain): quantile of T", "samples: quantile of T",
                    qq.points().stream().map(p -> Figure.Point.of(p.x(), p.y())).toList(), false), plotFile);
        }
        PrintWriter o = spec.commandLine().getOut();
        Report report = new Report(config, source, samplesFile, referenceSummary, sampleSummary, tests, skipped, alpha,
                threshold, power, consistent, runner.threads(), plotFile, file.checkpointSteps());
        if (format == OutputFormat.JSON) {
            o.println(Json.write(report.json()));
        } else {
            report.text(o);
        }
        o.flush();
        return consistent ? 0 : EXIT_INCONSISTENT;
    }

    /** The output of one comparison. */
    private record Report(SimulationConfig config, SweepPoint source, Path samples, SimulationSummary reference,
            SimulationSummary sample, List<Comparison> tests, List<Untested> skipped, double alpha, double threshold,
            ShiftPower.Result power, boolean consistent, int threads, Path plot, long[] checkpointSteps) {

        static final String REFERENCE = "reduced chain (MATH.md §7): exact in law, cost independent of d; the"
                + " diffusion engine is not used because its runs are estimates";
        static final String POWER_METHOD = "by simulation: " + POWER_REPLICATES + " pairs of samples drawn with"
                + " replacement from the reference runs, one of the samples' size with hitting times multiplied by"
                + " 1 + delta (slower) or divided by it (faster), censored at the budget, one of the reference's"
                + " size unchanged; the smallest delta in " + ShiftPower.LADDER + " whose log-rank test rejects at"
                + " the Bonferroni threshold in at least 80% of the pairs";

        String verdict(Comparison t) {
            return t.pValue() < threshold ? "inconsistent" : "consistent";
        }

        ObjectNode json() {
            ObjectNode root = Json.document("conform");
            ObjectNode c = root.putObject("config");
            SimulateCommand.putConfig(c, config);
            if (source != null) {
                ObjectNode g = root.putObject("grid_point");
                g.put("spec", source.file().toString());
                g.put("spec_id", source.specId());
                g.put("engine", source.sweep().engine().name());
                source.sweep().engine().settings().forEach(g::put);
                g.put("points", source.sweep().points().size());
                g.put("index", source.index());
                g.put("config_id", source.point().id());
                source.point().parameters().forEach(g.putObject("parameters")::put);
            }
            ObjectNode ref = root.putObject("reference");
            ref.put("engine", "reduced");
            ref.put("method", REFERENCE);
            ref.put("threads", threads);
            reference.putJson(ref);
            ObjectNode s = root.putObject("samples");
            s.put("file", samples.toString());
            ArrayNode steps = s.putArray("checkpoint_steps");
            for (long t : checkpointSteps) {
                steps.add(t);
            }
            sample.putJson(s);
            s.remove(List.of("simulated_steps", "seconds", "steps_per_second"));
            ObjectNode conventions = root.putObject("conventions");
            conventions.put("hitting_time", "first step t >= 0 with m_t >= m_target (signed or absolute overlap,"
                    + " sustained over --sustain steps); censored and diverged runs censored at the budget");
            conventions.put("checkpoints", "m_t at the steps of the log-spaced schedule reached by a run, up to and"
                    + " including its hitting step");
            conventions.put("correction", "Bonferroni: each test rejects when p < alpha / tests");
            root.put("alpha", alpha);
            root.put("tests", tests.size());
            root.put("threshold", threshold);
            ArrayNode q = root.putArray("quantities");
            for (Comparison t : tests) {
                ObjectNode n = q.addObject();
                n.put("quantity", t.quantity());
                n.put("test", t.method());
                SimulationSummary.putNumber(n, "statistic", t.statistic());
                n.put("p_value", t.pValue());
                n.put("n", t.n());
                n.put("m", t.m());
                n.put("verdict", verdict(t));
            }
            ArrayNode sk = root.putArray("not_tested");
            for (Untested k : skipped) {
                ObjectNode n = sk.addObject();
                n.put("quantity", k.quantity());
                n.put("reason", k.reason());
            }
            ObjectNode p = root.putObject("detectable_median_shift");
            p.put("method", POWER_METHOD);
            p.put("power", power.power());
            p.put("level", power.level());
            SimulationSummary.putNumber(p, "slower", power.slower().delta());
            SimulationSummary.putNumber(p, "power_slower", power.slower().power());
            SimulationSummary.putNumber(p, "faster", power.faster().delta());
            SimulationSummary.putNumber(p, "power_faster", power.faster().power());
            if (plot != null) {
                root.put("plot", plot.toString());
            }
            root.put("verdict", consistent ? "consistent" : "inconsistent");
            return root;
        }

        void text(PrintWriter o) {
            o.println("sgdx " + SoftwareInfo.version() + " conform (reference: reduced chain, exact in law; "
                    + threads + " threads)");
            if (source != null) {
                int n = source.sweep().points().size();
                o.println("  grid point " + source.index() + " (of " + (n == 1 ? "0" : "0.." + (n - 1)) + "; config_id "
                        + source.point().id() + ") of " + source.file() + ", spec_id "
                        + source.specId().substring(0, 12));
            }
            StringBuilder line = new StringBuilder();
            for (var p : config.parameters().entrySet()) {
                if (line.length() > 90) {
                    o.println("  " + line.toString().strip());
                    line.setLength(0);
                }
                line.append(p.getKey()).append('=').append(p.getValue()).append("  ");
            }
            o.println("  " + line.toString().strip());
            o.println();
            summary(o, "samples  ", sample);
            summary(o, "reference", reference);
            o.println();
            int width = Math.max(16, tests.stream().mapToInt(t -> t.quantity().length()).max().orElse(0));
            o.printf("%-" + width + "s  %-36s  %10s  %s%n", "quantity", "test", "p-value", "verdict");
            for (Comparison t : tests) {
                String method = t.method().startsWith("log-rank") ? "log-rank"
                        : t.method().startsWith("Fisher") ? "Fisher exact" : "Kolmogorov-Smirnov";
                o.printf(Locale.ROOT, "%-" + width + "s  %-36s  %10.3g  %s%n", t.quantity(),
                        method + String.format(Locale.ROOT, " (n=%d, m=%d)", t.n(), t.m()), t.pValue(), verdict(t));
            }
            for (Untested k : skipped) {
                o.printf("%-" + width + "s  not tested: %s%n", k.quantity(), k.reason());
            }
            o.println();
            String a = java.math.BigDecimal.valueOf(alpha).round(new java.math.MathContext(6)).stripTrailingZeros()
                    .toPlainString();
            o.printf(Locale.ROOT, "each test rejects when p < %s / %d = %.3g (Bonferroni): false-failure rate at most"
                    + " %s for a correct simulator%n", a, tests.size(), threshold, a);
            o.printf("detectable with %d runs at 80%% power by the log-rank test alone: a median %s or %s%n",
                    sample.runs(), shift(power.slower(), "slower"), shift(power.faster(), "faster"));
            o.printf(Locale.ROOT, "  (by simulation: %d pairs of samples resampled from the reference runs, the hitting"
                    + " times of one%n  multiplied by 1 + delta or divided by it; the smallest delta of the ladder"
                    + " %s, %s, ..., %s%n  at which the log-rank test rejects in 80%% of the pairs; power there %s"
                    + " and %s)%n",
                    POWER_REPLICATES, percent(ShiftPower.LADDER.get(0)), percent(ShiftPower.LADDER.get(1)),
                    percent(ShiftPower.LADDER.get(ShiftPower.LADDER.size() - 1)), powerText(power.slower()),
                    powerText(power.faster()));
            if (plot != null) {
                o.println("Q-Q plot written to " + plot);
            }
            o.println("verdict: " + (consistent ? "consistent" : "inconsistent"));
        }

        private static String shift(ShiftPower.Detectable d, String direction) {
            if (Double.isNaN(d.delta())) {
                return "not even " + percent(ShiftPower.LADDER.get(ShiftPower.LADDER.size() - 1)) + " " + direction;
            }
            return percent(d.delta()) + " " + direction;
        }

        private static String powerText(ShiftPower.Detectable d) {
            return String.format(Locale.ROOT, "%.2f", d.power());
        }

        /** {@code 100 x} with three significant digits at most, and a percent sign. */
        private static String percent(double x) {
            return java.math.BigDecimal.valueOf(100 * x).round(new java.math.MathContext(3)).stripTrailingZeros()
                    .toPlainString() + "%";
        }

        private static void summary(PrintWriter o, String name, SimulationSummary s) {
            o.printf("%s %d runs: hit %d, censored %d, diverged %d; median hitting time %s, 95%% CI [%s, %s]%n",
                    name, s.runs(), s.hit(), s.censored(), s.diverged(),
                    SimulationSummary.text(s.median().estimate()), SimulationSummary.text(s.median().lower()),
                    SimulationSummary.text(s.median().upper()));
        }
    }

    /** {@code m} at {@code step} of the runs that reached it. */
    static double[] valuesAt(List<RunResult> runs, long step) {
        double[] v = new double[runs.size()];
        int k = 0;
        for (RunResult r : runs) {
            Checkpoints c = r.checkpoints();
            for (int i = 0; i < c.size(); i++) {
                if (c.step(i) == step) {
                    v[k++] = c.value(i);
                    break;
                }
            }
        }
        return Arrays.copyOf(v, k);
    }

    /**
     * The runs of the file as run results, checked against the configuration given by the options of {@code simulate}.
     *
     * @see #runsOf(SampleFile, SimulationConfig, String, boolean)
     */
    static List<RunResult> runsOf(SampleFile file, SimulationConfig config, String where) {
        return runsOf(file, config, where, false);
    }

    /**
     * The runs of the file as run results, checked against the configuration: steps within the budget (a censored run
     * at the budget), checkpoints at steps of the configuration's schedule and not after the last step of their run
     * (the hitting step, or with a sustained criterion the step that confirms the hit). A refusal names the parameter
     * as an option ({@code --max-steps}) or, when {@code gridPoint}, as the grid point's ({@code the grid point's
     * max-steps}).
     */
    static List<RunResult> runsOf(SampleFile file, SimulationConfig config, String where, boolean gridPoint) {
        long budget = config.maxSteps();
        long[] schedule = config.checkpointSchedule();
        String maxSteps = gridPoint ? "the grid point's max-steps" : "--max-steps";
        if (file.hasCheckpoints() && file.checkpointSteps().length > 0 && schedule.length == 0) {
            throw new IllegalArgumentException(where + " has checkpoints (columns step, m): " + (gridPoint
                    ? "the grid point has none; choose one with \"checkpoints\": K," : "give --checkpoints K,")
                    + " the number of log-spaced checkpoints per decade at which they were recorded");
        }
        List<RunResult> out = new ArrayList<>(file.size());
        for (SampleFile.Run r : file.runs()) {
            String run = "run " + r.run() + " (" + r.status().key() + " after " + r.steps() + " steps)";
            if (r.steps() > budget) {
                throw new IllegalArgumentException(where + ": " + run + " exceeds " + maxSteps + " " + budget
                        + ": the samples must have the step budget of the reference");
            }
            if (r.status() == RunStatus.CENSORED && r.steps() != budget) {
                throw new IllegalArgumentException(where + ": " + run + " is censored before " + maxSteps + " " + budget
                        + ": the samples must have the step budget of the reference");
            }
            // the last simulated step: a hit is confirmed sustain - 1 steps after the hitting step
            long last = r.status() == RunStatus.HIT ? r.steps() + config.criterion().sustain() - 1 : r.steps();
            var cp = r.checkpoints();
            long[] steps = new long[cp.size()];
            double[] values = new double[cp.size()];
            int i = 0;
            for (var e : cp.entrySet()) {
                long step = e.getKey();
                if (Arrays.binarySearch(schedule, step) < 0) {
                    throw new IllegalArgumentException(where + ": " + run + " has a checkpoint at step " + step
                            + ", which is not in the schedule of " + (gridPoint ? "the grid point's checkpoints "
                                    : "--checkpoints ") + config.checkpointsPerDecade() + " ("
                            + Arrays.stream(schedule).limit(8).mapToObj(Long::toString)
                                    .collect(Collectors.joining(", ")) + (schedule.length > 8 ? ", ..." : "") + ")");
                }
                if (step > last) {
                    throw new IllegalArgumentException(where + ": " + run + " has a checkpoint at step " + step
                            + " after its end: m_t is recorded only up to the step at which a run stops (step "
                            + last + ")");
                }
                steps[i] = step;
                values[i++] = e.getValue();
            }
            out.add(new RunResult(r.run(), r.status(), r.steps(), r.steps(), Double.NaN, config.a0(),
                    Checkpoints.of(steps, values)));
        }
        return out;
    }

    /**
     * Checks that the configuration is given one way, by the options of {@code simulate} or by {@code --spec} and
     * {@code --point}, and that {@code --samples} is given; the refusals are picocli's for a missing required option
     * (when the options of {@code simulate} are used, the same as if {@code --target}, {@code --d}, {@code --gamma} and
     * {@code --samples} were declared required).
     *
     * @return whether the configuration is a sweep file's grid point
     */
    private boolean checkMode() {
        ParseResult given = spec.commandLine().getParseResult();
        List<String> simulateOptions = spec.mixins().get("simulation").options().stream()
                .map(OptionSpec::longestName).filter(given::hasMatchedOption).toList();
        boolean bySweep = given.hasMatchedOption("--spec") || given.hasMatchedOption("--point");
        if (bySweep && !simulateOptions.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--spec/--point and the options of 'sgdx simulate' (here "
                    + String.join(", ", simulateOptions) + ") are mutually exclusive: the grid point is the whole"
                    + " configuration");
        }
        if (bySweep) {
            Inputs.require(spec, List.of("--spec", "--point", "--samples"));
        } else if (!simulateOptions.isEmpty()) {
            List<String> required = new ArrayList<>(SimulationOptions.REQUIRED);
            required.add("--samples");
            Inputs.require(spec, required);
        } else {
            String options = SimulationOptions.REQUIRED.stream().map(o -> Inputs.describe(spec.findOption(o)))
                    .collect(Collectors.joining(", "));
            throw new ParameterException(spec.commandLine(), "Missing required options: the configuration, either "
                    + options + " (with the other options of 'sgdx simulate') or "
                    + Inputs.describe(spec.findOption("--spec")) + " and " + Inputs.describe(spec.findOption("--point"))
                    + (given.hasMatchedOption("--samples") ? ""
                            : "; and " + Inputs.describe(spec.findOption("--samples"))));
        }
        return bySweep;
    }

    /** Validates {@code --plot} before anything is computed or written. */
    private Path checkPlot(String text) {
        Path file = OutputPaths.of(text, "--plot");
        OutputPaths.refuseDirectory(file, "--plot");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("--plot must end in .png or .svg, got " + text);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--plot: directory " + dir + " does not exist");
        }
        if (Files.exists(file)) {
            String head = OutputPaths.head(file, 256);
            boolean image = png ? head.startsWith("\uFFFDPNG") : head.contains("<svg");
            OutputPaths.refuseForeign(image ? List.of() : List.of(file), "--plot", "sgdx conform", force);
        }
        return file;
    }
}
