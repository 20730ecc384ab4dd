package org.sgdx.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Seeds;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.diffusion.DiffusionEngine;
import org.sgdx.fastpath.hitting.RunStatus;
import org.sgdx.fastpath.run.Batch;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.fastpath.run.RunListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sgdx sweep}: a grid of configurations, each run for many seeds, with every finished run appended to a
 * JSON-lines file as soon as it ends. Running the same sweep again resumes: finished runs are skipped. An
 * interrupt loses no finished run, and a line cut short by a crash is removed on the next start.
 *
 * <p>With {@code --shard i/n}, only the runs of shard {@code i} ({@link ShardPlan}) are run, into a file that begins
 * with a {@link ShardHeader}; it resumes the same way. {@link SweepMergeCommand} joins the {@code n} files into the
 * whole sweep's file. The lines of a results file are always in the order of the grid points, then of the runs, so
 * that a file resumed any number of times, a shard's file and a merged file hold the same bytes for the same runs.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = SweepMergeCommand.class,
        customSynopsis = {"sgdx sweep --spec SWEEP.json --out RESULTS.jsonl [--shard I/N]",
            "                  [--threads T] [--format text|json]",
            "       sgdx sweep merge --out RESULTS.jsonl [--force] SHARD.jsonl..."},
        description = {"Run a grid of simulations described by a JSON file, appending one JSON line per finished run;"
            + " run it again to resume.",
            "File format: {\"engine\": \"reduced\" (or \"full\", or \"diffusion\" with \"epsilon\": E), \"seeds\": 100, \"base\": {PARAMETER: VALUE, ...},"
                + " \"grid\": {PARAMETER: [VALUE, ...], ...}} with the parameter names of 'sgdx simulate' without"
                + " dashes in front (algorithm, target, activation, loss, a, second-layer, inner-step, inner-norm,"
                + " labels, noise, d, gamma, eta, max-steps, m-target, sustain, overlap, init, m0, teacher,"
                + " checkpoints, seed). The grid is the Cartesian product of the listed values; a parameter is"
                + " given in base or in grid, not in both.",
            "Limits, checked before anything runs: at most " + SweepCommand.MAX_POINTS + " grid points and "
                + SweepCommand.MAX_TOTAL_RUNS + " runs, a file of at most 1 MiB nested at most 16 levels deep.",
            "With --shard I/N, only the runs of shard I of N (a fixed split balanced by the runs' step budgets) are run,"
                + " into a file of their own that starts with a header line; 'sgdx sweep merge' joins the N files into"
                + " the file the whole sweep writes, byte for byte."})
final class SweepCommand implements Callable<Integer> {

    /** Largest number of runs in one sweep. */
    static final long MAX_TOTAL_RUNS = 100_000_000L;
    /** Largest number of grid points in one sweep. */
    static final int MAX_POINTS = 100_000;
    /** Largest sweep file, in bytes. */
    static final long MAX_SPEC_BYTES = 1 << 20;
    /** Deepest nesting of arrays and objects in a sweep file (a valid one needs 3). */
    static final int MAX_SPEC_DEPTH = 16;

    @Spec
    CommandSpec spec;

    // --spec and --out are checked in call(): picocli would also demand them of 'sweep merge'
    @Option(names = "--spec", paramLabel = "SWEEP.json", description = "The sweep description (required).")
    Path specFile;

    @Option(names = "--out", paramLabel = "RESULTS.jsonl",
            description = "Results, one JSON line per run; appended to, and read to resume (required).")
    Path out;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run only shard I of N (0 <= I < N <= " + ShardPlan.MAX_SHARDS + "); --out then holds that"
                    + " shard alone, after a header line.")
    String shard;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, 1.." + ParallelRunner.MAX_THREADS + " (default: all cores).")
    Integer threads;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Summary format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** One grid point: its parameters, validated configuration, prepared simulation, and identifier in the results file. */
    record Point(Map<String, String> parameters, SimulationConfig config, Simulation simulation, String id) {
    }

    /** A parsed sweep file. */
    record Sweep(Engine engine, int seeds, List<Point> points) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (specFile == null || out == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '"
                    + (specFile == null ? "--spec=SWEEP.json" : "--out=RESULTS.jsonl") + "'");
        }
        ParallelRunner runner = new ParallelRunner(Inputs.threads(threads));
        ShardPlan.Shard part = shard == null ? null : ShardPlan.Shard.parse(shard);
        Sweep sweep = parse(specFile);
        ShardPlan plan = part == null ? null : plan(sweep, part);
        Path file = OutputPaths.of(out.toString(), "--out");
        OutputPaths.refuseDirectory(file, "--out");
        SimulateCommand.requireWritable(file);
        Map<String, Set<Long>> done = resume(file, sweep, plan);
        boolean needsHeader = plan != null && (!Files.exists(file) || Files.size(file) == 0);

        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        Map<String, List<RunResult>> results = new LinkedHashMap<>();
        long nanos = 0;
        BufferedWriter opened;
        try {
            opened = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            throw new IllegalArgumentException("--out: cannot write " + file + ": " + e.getMessage());
        }
        // one queue of (grid point, run) tasks, so that no thread waits at the end of a grid point
        List<Task> tasks = tasks(sweep, done, plan);
        try (BufferedWriter w = opened; Progress progress = Progress.start("sweep", tasks.size())) {
            if (needsHeader) {
                w.write(ShardHeader.of(sweep, plan).line());
                w.newLine();
                w.flush();
            }
            Batch batch = runner.run(new TaskSimulation(sweep, tasks), 0, tasks.size(), new RunListener() {
                private int next;

                @Override
                public void finished(RunResult r) throws IOException {
                    Task t = tasks.get(next++);
                    w.write(Json.writeLine(line(sweep.engine(), t.point(), withRun(r, t.run()))));
                    w.newLine();
                    w.flush();
                    progress.step();
                }
            }, cancelled::get);
            for (int i = 0; i < batch.results().size(); i++) {
                Task t = tasks.get(i);
                results.computeIfAbsent(t.point().id(), k -> new ArrayList<>()).add(withRun(batch.results().get(i), t.run()));
            }
            nanos = batch.nanos();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM is exiting after an interrupt
            }
        }
        report(sweep, plan, done, results, nanos, runner.threads());
        return 0;
    }

    /** The runs of {@code shard} of {@code sweep} ({@link ShardPlan}), with the grid points' costs in grid order. */
    static ShardPlan plan(Sweep sweep, ShardPlan.Shard shard) {
        double[] costs = new double[sweep.points().size()];
        for (int p = 0; p < costs.length; p++) {
            costs[p] = ShardPlan.cost(sweep.engine(), sweep.points().get(p).config());
        }
        return ShardPlan.of(costs, sweep.seeds(), shard);
    }

    /** One run of one grid point. */
    record Task(Point point, Simulation simulation, long run) {
    }

    /**
     * The unfinished runs (of the shard of {@code plan}, or all when it is {@code null}), grid point by grid point and
     * in run order within each: the order of the lines of a results file.
     */
    private static List<Task> tasks(Sweep sweep, Map<String, Set<Long>> done, ShardPlan plan) {
        List<Task> tasks = new ArrayList<>();
        for (int k = 0; k < sweep.points().size(); k++) {
            Point p = sweep.points().get(k);
            Simulation simulation = p.simulation();
            for (long[] range : missingRanges(done.getOrDefault(p.id(), Set.of()), sweep.seeds())) {
                for (long r = range[0]; r < range[0] + range[1]; r++) {
                    if (plan == null || plan.contains(k, r)) {
                        tasks.add(new Task(p, simulation, r));
                    }
                }
            }
        }
        return tasks;
    }

    /**
     * The task list seen as one simulation whose run {@code i} is task {@code i}: each task's result still depends
     * only on its own (engine, configuration, seed, run index), so the thread count changes nothing.
     */
    private record TaskSimulation(Sweep sweep, List<Task> tasks) implements Simulation {
        @Override
        public String engine() {
            return sweep.engine().name();
        }

        @Override
        public SimulationConfig config() {
            return sweep.points().get(0).config();
        }

        /** Task {@code i}'s result, numbered {@code i} as the runner expects (see {@link #withRun}). */
        @Override
        public RunResult run(long i, java.util.function.BooleanSupplier cancelled) {
            Task t = tasks.get((int) i);
            return withRun(t.simulation().run(t.run(), cancelled), i);
        }
    }

    /** {@code r} with its run number replaced. */
    static RunResult withRun(RunResult r, long run) {
        return new RunResult(run, r.status(), r.steps(), r.simulatedSteps(), r.finalM(), r.finalA(), r.checkpoints(),
                r.leaps());
    }

    /** The runs {@code 0..seeds−1} not yet finished, as {@code (first, count)} ranges. */
    static List<long[]> missingRanges(Set<Long> finished, int seeds) {
        List<long[]> ranges = new ArrayList<>();
        long start = -1;
        for (long r = 0; r <= seeds; r++) {
            boolean missing = r < seeds && !finished.contains(r);
            if (missing && start < 0) {
                start = r;
            } else if (!missing && start >= 0) {
                ranges.add(new long[] {start, r - start});
                start = -1;
            }
        }
        return ranges;
    }

    private static ObjectNode line(Engine engine, Point p, RunResult r) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("config_id", p.id());
        n.put("engine", engine.name());
        engine.settings().forEach(n::put);
        ObjectNode c = n.putObject("config");
        p.parameters().forEach(c::put);
        n.setAll(SimulateCommand.runLine(r, engine instanceof DiffusionEngine));
        return n;
    }

    /** Reads sweep files: at most {@value #MAX_SPEC_DEPTH} levels deep, and a repeated key is an error. */
    private static final ObjectMapper SPEC_READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_SPEC_DEPTH).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Jackson's report of a repeated key, which names the key. */
    private static final Pattern DUPLICATE_KEY =
            Pattern.compile("^Duplicate (?:field|Object property) '(.*)'$", Pattern.DOTALL);

    /**
     * Parses and validates a sweep file. The size of the grid is checked before it is expanded, and every grid point
     * is built before anything runs.
     *
     * @throws IllegalArgumentException naming the problem, for a file that is missing, a directory, too large, not
     *     UTF-8, not JSON, or not a valid sweep
     */
    static Sweep parse(Path file) throws IOException {
        JsonNode root = readSpec(file);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("sweep file " + file + " must hold a JSON object with \"grid\"");
        }
        Set<String> allowed = Set.of("engine", "epsilon", "seeds", "base", "grid");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException("sweep file: unknown key \"" + shorten(k)
                        + "\"; allowed: engine, epsilon, seeds, base, grid");
            }
        }
        JsonNode epsilonNode = root.path("epsilon");
        if (!epsilonNode.isMissingNode() && !epsilonNode.isNumber()) {
            throw new IllegalArgumentException("sweep file: \"epsilon\" must be a number in (0, 0.5], got "
                    + shorten(epsilonNode.toString()));
        }
        JsonNode engineNode = root.path("engine");
        if (!engineNode.isMissingNode() && !engineNode.isTextual()) {
            throw new IllegalArgumentException("sweep file: \"engine\" must be reduced, full or diffusion, got "
                    + shorten(engineNode.toString()));
        }
        Engine engine = Engines.named(engineNode.asText("reduced"),
                epsilonNode.isMissingNode() ? null : epsilonNode.asDouble());
        JsonNode seedsNode = root.path("seeds");
        int seeds = seedsNode.isMissingNode() ? 100 : seedsNode.isInt() ? seedsNode.asInt() : -1;
        if (seeds < 1 || seeds > SimulateCommand.MAX_RUNS) {
            throw new IllegalArgumentException("sweep file: \"seeds\" must be an integer in 1.."
                    + SimulateCommand.MAX_RUNS + ", got " + shorten(seedsNode.toString()));
        }
        Map<String, String> base = new LinkedHashMap<>();
        JsonNode baseNode = root.path("base");
        if (!baseNode.isMissingNode()) {
            if (!baseNode.isObject()) {
                throw new IllegalArgumentException("sweep file: \"base\" must be an object of parameters");
            }
            baseNode.fields().forEachRemaining(f -> base.put(f.getKey(), scalar("base." + f.getKey(), f.getValue())));
        }
        Map<String, List<String>> grid = grid(root.path("grid"), base, seeds);
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>(base));
        for (Map.Entry<String, List<String>> f : grid.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>(combos.size() * f.getValue().size());
            for (Map<String, String> c : combos) {
                for (String v : f.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(c);
                    m.put(f.getKey(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        List<Point> points = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map<String, String> c : combos) {
            SimulationConfig config;
            try {
                config = SimulationOptions.build(c);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sweep file: grid point " + c + ": " + e.getMessage());
            }
            Simulation simulation;
            try {
                simulation = engine.prepare(config);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sweep file: grid point " + c + ": " + e.getMessage());
            }
            String settings = engine.settings().isEmpty() ? "" : engine.settings().toString();
            String id = Long.toHexString(Seeds.hash(engine.name() + settings + " " + config.parameters()));
            if (ids.add(id)) {
                points.add(new Point(c, config, simulation, id));
            }
        }
        return new Sweep(engine, seeds, List.copyOf(points));
    }

    /** The text of a sweep file as JSON; every problem with the file is an {@link IllegalArgumentException}. */
    private static JsonNode readSpec(Path file) {
        if (file.toString().isBlank()) {
            throw new IllegalArgumentException("--spec must name a sweep file, got an empty string");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("--spec must name a sweep file, but " + file + " is a directory");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_SPEC_BYTES) {
                throw new IllegalArgumentException("--spec: " + file + " has " + Files.size(file) + " bytes; a sweep"
                        + " file may have at most " + MAX_SPEC_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--spec: no such file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--spec: cannot read " + file + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("--spec: " + file + " is not UTF-8 text");
        }
        try {
            return SPEC_READER.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new IllegalArgumentException("sweep file " + file + " is nested more than " + MAX_SPEC_DEPTH
                    + " levels deep (a sweep needs 3: {\"grid\": {\"d\": [...]}})");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                throw new IllegalArgumentException("sweep file " + file + ": the key \"" + shorten(duplicate.group(1))
                        + "\" appears twice in one object" + where);
            }
            throw new IllegalArgumentException("sweep file " + file + " does not parse as JSON: "
                    + shorten(String.valueOf(e.getOriginalMessage())) + where);
        }
    }

    /**
     * The grid's parameters and their values, checked before the grid is expanded: a non-empty object of non-empty
     * lists, no parameter also in {@code base}, and at most {@value #MAX_POINTS} points and {@value #MAX_TOTAL_RUNS}
     * runs.
     */
    private static Map<String, List<String>> grid(JsonNode node, Map<String, String> base, int seeds) {
        if (node.isMissingNode() || !node.isObject()) {
            throw new IllegalArgumentException("sweep file: \"grid\" must be an object of parameter -> list of values,"
                    + " e.g. \"grid\": {\"d\": [100, 1000]}");
        }
        if (node.isEmpty()) {
            throw new IllegalArgumentException("sweep file: \"grid\" is empty; give at least one parameter with its"
                    + " values, e.g. \"grid\": {\"d\": [100, 1000]}");
        }
        Map<String, List<String>> grid = new LinkedHashMap<>();
        BigInteger points = BigInteger.ONE;
        List<String> sizes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = shorten(f.getKey());
            if (base.containsKey(f.getKey())) {
                throw new IllegalArgumentException("sweep file: parameter \"" + key + "\" is in both base and grid;"
                        + " give it in one of them");
            }
            if (!f.getValue().isArray() || f.getValue().isEmpty()) {
                throw new IllegalArgumentException("sweep file: grid." + key + " must be a non-empty list");
            }
            points = points.multiply(BigInteger.valueOf(f.getValue().size()));
            sizes.add(String.valueOf(f.getValue().size()));
            grid.put(f.getKey(), new ArrayList<>());
        }
        if (points.compareTo(BigInteger.valueOf(MAX_POINTS)) > 0) {
            throw new IllegalArgumentException("sweep file: the grid has " + String.join(" x ", sizes) + " = " + points
                    + " points; a sweep may have at most " + MAX_POINTS + ": split it into several sweeps");
        }
        if (points.longValueExact() * seeds > MAX_TOTAL_RUNS) {
            throw new IllegalArgumentException("sweep file: " + points + " grid points x " + seeds
                    + " seeds is more than " + MAX_TOTAL_RUNS + " runs; split the sweep");
        }
        for (Map.Entry<String, List<String>> g : grid.entrySet()) {
            node.get(g.getKey()).forEach(v -> g.getValue().add(scalar("grid." + g.getKey(), v)));
        }
        return grid;
    }

    /** {@code s}, cut to at most 80 characters for an error message. */
    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static String scalar(String where, JsonNode v) {
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw new IllegalArgumentException("sweep file: " + shorten(where) + " must be a string, number or boolean, got "
                + shorten(v.toString()));
    }

    /** How every line of a results file begins. */
    private static final String LINE_START = "{\"config_id\":\"";

    /**
     * Reads the finished runs of an existing results file of this sweep (of the shard of {@code plan}, when it is not
     * {@code null}). Every complete line must be a result of one of the sweep's grid points (and of the shard), a shard's
     * file must begin with this shard's {@linkplain ShardHeader header}, and a last line cut short (no newline) must be
     * the beginning of such a line (as far as it goes, up to the grid point's identifier), or of the header;
     * otherwise the file is refused untouched. Only then is the cut-short line removed, so that appending continues
     * from a clean file.
     */
    static Map<String, Set<Long>> resume(Path out, Sweep sweep, ShardPlan plan) throws IOException {
        Map<String, Set<Long>> done = new HashMap<>();
        if (!Files.exists(out)) {
            return done;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(out);
        } catch (IOException e) {
            throw new IllegalArgumentException("--out: cannot read " + out + ": " + e.getMessage());
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int k = 0; k < sweep.points().size(); k++) {
            ids.put(sweep.points().get(k).id(), k);
        }
        String header = plan == null ? null : ShardHeader.of(sweep, plan).line();
        String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
        int lineNumber = 0;
        for (String line : end == 0 ? new String[0] : text.split("\n")) {
            lineNumber++;
            if (lineNumber == 1 && (header != null || !line.isEmpty())) {
                checkHeader(out, line, header);
                if (header != null) {
                    continue;
                }
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = null;
            try {
                n = line.startsWith(LINE_START) ? Json.MAPPER.readTree(line) : null;
            } catch (JsonProcessingException e) {
                n = null;
            }
            if (n == null || !n.path("config_id").isTextual() || !n.path("run").canConvertToLong()) {
                throw new IllegalArgumentException("--out: " + out + " line " + lineNumber + " is not a sweep result;"
                        + " the file is left as it is: use a new --out file");
            }
            String id = n.get("config_id").asText();
            Integer point = ids.get(id);
            if (point == null) {
                throw new IllegalArgumentException("--out: " + out + " line " + lineNumber + " is a result of grid point "
                        + id + ", which is not in " + specFile(sweep) + "; the file is left as it is: use a new --out"
                        + " file for this sweep");
            }
            long run = n.get("run").asLong();
            if (plan != null && !plan.contains(point, run)) {
                throw new IllegalArgumentException("--out: " + out + " line " + lineNumber + " is run " + run + " of grid"
                        + " point " + id + ", which is not in shard " + plan.shard() + "; the file is left as it is:"
                        + " use a new --out file for this shard");
            }
            done.computeIfAbsent(id, k -> new HashSet<>()).add(run);
        }
        if (end < bytes.length) {
            String tail = new String(bytes, end, bytes.length - end, StandardCharsets.UTF_8);
            boolean cutResult = (end > 0 || header == null) && ids.keySet().stream().map(id -> LINE_START + id + "\"")
                    .anyMatch(start -> tail.startsWith(start) || start.startsWith(tail));
            boolean cutHeader = end == 0 && header != null && header.startsWith(tail);
            if (!cutResult && !cutHeader) {
                throw new IllegalArgumentException("--out: the last line of " + out + " is not a sweep result; the"
                        + " file is left as it is: use a new --out file");
            }
            try (FileChannel ch = FileChannel.open(out, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
        }
        return done;
    }

    /**
     * Refuses a results file whose first line is not {@code header} (a shard's file), or is a shard header when
     * {@code header} is {@code null} (the whole sweep's file), naming what the file holds instead.
     */
    private static void checkHeader(Path out, String first, String header) {
        if (first.equals(header)) {
            return;
        }
        ShardHeader found = ShardHeader.parse(first);
        String keep = "; the file is left as it is";
        if (header == null) {
            if (found != null) {
                throw new IllegalArgumentException("--out: " + out + " holds shard " + found.shard() + " of a sweep: give"
                        + " --shard " + found.shard() + " to resume it, or join the shards with 'sgdx sweep merge'"
                        + keep);
            }
            return;
        }
        ShardHeader wanted = ShardHeader.parse(header);
        if (found == null) {
            throw new IllegalArgumentException("--out: " + out + " is not a results file of shard " + wanted.shard()
                    + " (its first line is not a shard header)" + keep + ": use a new --out file");
        }
        if (!found.specId().equals(wanted.specId())) {
            throw new IllegalArgumentException("--out: " + out + " holds a shard of another sweep (spec id "
                    + found.specId().substring(0, 12) + ", this sweep is " + wanted.specId().substring(0, 12) + ")"
                    + keep + ": use a new --out file");
        }
        if (!found.shard().equals(wanted.shard())) {
            throw new IllegalArgumentException("--out: " + out + " holds shard " + found.shard() + " of this sweep, not "
                    + wanted.shard() + keep + ": give --shard " + found.shard() + " to resume it");
        }
        if (!found.version().equals(wanted.version())) {
            throw new IllegalArgumentException("--out: " + out + " was written by sgdx " + found.version() + "; this is"
                    + " sgdx " + wanted.version() + keep + ": finish the shard with the version that began it, or start"
                    + " all shards again in new files");
        }
        throw new IllegalArgumentException("--out: " + out + " has a shard header that differs from this shard's"
                + keep + ": use a new --out file");
    }

    private static String specFile(Sweep sweep) {
        return "this sweep (" + sweep.points().size() + " grid points, engine " + sweep.engine().name() + ")";
    }

    private void report(Sweep sweep, ShardPlan plan, Map<String, Set<Long>> done, Map<String, List<RunResult>> results,
            long nanos, int threadCount) {
        PrintWriter o = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ObjectNode root = Json.document("sweep");
            root.put("engine", sweep.engine().name());
            sweep.engine().settings().forEach(root::put);
            root.put("threads", threadCount);
            root.put("seeds", sweep.seeds());
            if (plan != null) {
                root.put("shard", plan.shard().index());
                root.put("shards", plan.shard().count());
                root.put("shard_runs", plan.size());
            }
            root.put("out", out.toString());
            SimulationSummary.putNumber(root, "seconds", nanos / 1e9);
            ArrayNode points = root.putArray("points");
            for (Point p : sweep.points()) {
                ObjectNode n = points.addObject();
                n.put("config_id", p.id());
                p.parameters().forEach(n.putObject("config")::put);
                n.put("resumed_runs", done.getOrDefault(p.id(), Set.of()).size());
                SimulationSummary summary = SimulationSummary.of(results.getOrDefault(p.id(), List.of()),
                        p.config().maxSteps(), 0);
                ObjectNode fresh = n.putObject("new_runs");
                summary.putJson(fresh);
                if (sweep.engine() instanceof DiffusionEngine) {
                    SimulateCommand.putLeaps(fresh, summary, p.simulation());
                }
            }
            o.println(Json.write(root));
        } else {
            o.println("sgdx " + SoftwareInfo.version() + " sweep: " + sweep.points().size() + " grid points x "
                    + sweep.seeds() + " seeds, engine " + sweep.engine().name() + ", " + threadCount + " threads"
                    + (plan == null ? "" : "; shard " + plan.shard() + ": " + plan.size() + " of the "
                            + (long) sweep.points().size() * sweep.seeds() + " runs"));
            long total = 0;
            int hit = 0;
            for (List<RunResult> rs : results.values()) {
                total += rs.size();
                hit += (int) rs.stream().filter(r -> r.status() == RunStatus.HIT).count();
            }
            long resumed = done.values().stream().mapToLong(Set::size).sum();
            o.printf("%d new runs (%d hit) in %.3f s; %d runs were already in %s%n", total, hit, nanos / 1e9, resumed, out);
        }
        o.flush();
    }
}
