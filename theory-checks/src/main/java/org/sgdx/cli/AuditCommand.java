package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sgdx.checks.claims.AuditClaims;
import org.sgdx.checks.claims.AuditResult;
import org.sgdx.checks.claims.Claim;
import org.sgdx.checks.claims.ClaimResult;
import org.sgdx.checks.claims.Context;
import org.sgdx.checks.claims.Mode;
import org.sgdx.checks.claims.ProgressListener;
import org.sgdx.checks.claims.Registry;
import org.sgdx.checks.report.Conventions;
import org.sgdx.checks.report.ReportHeader;
import org.sgdx.checks.report.ReportWriter;
import org.sgdx.fastpath.run.ParallelRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sgdx audit}: checks the claims of the registry, prints the table of claims and writes {@code report.md},
 * {@code report.json} and the plots. Exit code 0 when no claim is refuted, 1 when one is, 2 on bad input.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks the claims of the theory (Hermite identities, exponents, numerical cross-checks,"
            + " and the simulation claims) and writes report.md, report.json and plots.",
            "Exit code: 0 when no claim is refuted, 1 when one is, 2 on bad input."})
public final class AuditCommand implements Callable<Integer> {

    /** The default base seed. */
    public static final long DEFAULT_SEED = 20261129L;

    private final Supplier<Registry> registry;

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Quick audit, a few minutes on 2 cores (the default).")
    boolean quick;

    @Option(names = "--full", description = "Full audit, under an hour on 2 cores.")
    boolean full;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sgdx-audit",
            description = "Directory of report.md, report.json and figures/ (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(names = "--force", description = "Overwrite files in DIR that an audit did not write (by default the"
            + " audit refuses to replace them).")
    boolean force;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
            description = "Base seed of all random streams (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, 1.." + ParallelRunner.MAX_THREADS + " (default: the number of processors);"
                + " results do not depend on it.")
    Integer threads;

    @Option(names = "--claim", paramLabel = "ID",
            description = "Check only this claim, or the claims under this prefix (e.g. hermite); repeatable.")
    List<String> claims = new ArrayList<>();

    @Option(names = "--list", description = "List the claims and exit.")
    boolean list;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** The command with the built-in claims. */
    public AuditCommand() {
        this(AuditClaims::builtIn);
    }

    /** The command with the claims of another registry (for tests and extensions). */
    public AuditCommand(Supplier<Registry> registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Integer call() {
        if (quick && full) {
            throw new ParameterException(spec.commandLine(), "--quick and --full exclude each other");
        }
        Mode mode = full ? Mode.FULL : Mode.QUICK;
        int t = Inputs.threads(threads);
        Registry selected;
        try {
            selected = registry.get().select(claims);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--claim: " + e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (list) {
            printList(stdout, selected);
            stdout.flush();
            return 0;
        }
        Path dir = outputDirectory();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        ProgressListener progress = System.console() != null ? new TerminalProgress(spec.commandLine().getErr())
                : ProgressListener.NONE;
        Instant date = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        AuditResult result = selected.run(new Context(mode, seed, t, dir, progress));
        Map<String, String> options = new LinkedHashMap<>();
        options.put("mode", mode.label());
        options.put("seed", String.valueOf(seed));
        options.put("threads", String.valueOf(t));
        options.put("out", dir.toString());
        options.put("claims", claims.isEmpty() ? "all" : String.join(", ", claims));
        ReportHeader header = new ReportHeader(SoftwareInfo.NAME, SoftwareInfo.version(), date, options,
                Conventions.defaults());
        ReportWriter.Written written;
        try {
            written = ReportWriter.write(result, header, dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the report to " + dir + ": " + e.getMessage());
        }
        if (format == OutputFormat.JSON) {
            ObjectNode root = ReportWriter.json(result, header);
            ObjectNode files = root.putObject("files");
            files.put("markdown", written.markdown().toString());
            files.put("json", written.json().toString());
            ArrayNode figs = files.putArray("figures");
            written.figures().forEach(p -> figs.add(p.toString()));
            stdout.println(Json.write(root));
        } else {
            stdout.println("sgdx " + SoftwareInfo.version() + " audit (" + mode.label() + ", seed " + seed + ", " + t
                    + (t == 1 ? " thread" : " threads") + ")");
            stdout.println();
            stdout.print(ReportWriter.text(result));
            stdout.println();
            stdout.println(result.summary() + String.format(java.util.Locale.ROOT, " (%.1f s)",
                    result.elapsed().toMillis() / 1000.0));
            stdout.println("report: " + written.markdown() + ", " + written.json()
                    + (written.figures().isEmpty() ? "" : ", " + written.figures().size() + " figure files"));
        }
        stdout.flush();
        return result.exitCode();
    }

    /**
     * The output directory, created; refuses an empty path, a file, and (without {@code --force}) a directory with a
     * report or figures that an audit did not write.
     */
    private Path outputDirectory() {
        Path dir = OutputPaths.of(out, "--out");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--out must be a directory, but " + dir + " is a file");
        }
        List<Path> foreign = new ArrayList<>();
        boolean earlierAudit = false;
        for (Path report : List.of(dir.resolve(ReportWriter.MARKDOWN), dir.resolve(ReportWriter.JSON))) {
            if (Files.exists(report)) {
                boolean ours = !Files.isDirectory(report) && ReportWriter.writtenByAudit(OutputPaths.head(report, 256));
                earlierAudit |= ours;
                if (!ours) {
                    foreign.add(report);
                }
            }
        }
        Path figures = dir.resolve(ReportWriter.FIGURES);
        if (!earlierAudit && Files.exists(figures)) {
            try (java.util.stream.Stream<Path> files = Files.list(figures)) {
                files.forEach(foreign::add);
            } catch (IOException e) {
                foreign.add(figures);
            }
        }
        OutputPaths.refuseForeign(foreign, "--out", "sgdx audit", force);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the --out directory " + dir + ": " + e.getMessage());
        }
        return dir;
    }

    private void printList(PrintWriter o, Registry r) {
        if (format == OutputFormat.JSON) {
            ObjectNode root = Json.document("audit");
            ArrayNode a = root.putArray("claims");
            for (Claim c : r.claims()) {
                ObjectNode n = a.addObject();
                n.put("id", c.id());
                n.put("title", c.title());
                n.put("statement", c.statement());
                n.put("method", c.method().kind().label());
            }
            o.println(Json.write(root));
            return;
        }
        for (Claim c : r.claims()) {
            o.printf("%-34s %s: %s%n", c.id(), c.title(), c.statement());
        }
    }

    /** Progress on stderr, one line per claim. */
    private static final class TerminalProgress implements ProgressListener {
        private final PrintWriter err;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void started(Claim claim, int index, int total) {
            err.printf("[%d/%d] %s ...%n", index + 1, total, claim.id());
            err.flush();
        }

        @Override
        public void message(Claim claim, String text) {
            err.printf("        %s: %s%n", claim.id(), text);
            err.flush();
        }

        @Override
        public void finished(ClaimResult result, int index, int total) {
            err.printf("[%d/%d] %s: %s (%.1f s)%n", index + 1, total, result.claim().id(),
                    result.verdict().status().label(), result.elapsed().toMillis() / 1000.0);
            err.flush();
        }
    }
}
