package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sgdx.checks.golden.CoqClaims;
import org.sgdx.checks.golden.ExponentSection;
import org.sgdx.checks.golden.GoldenFiles;
import org.sgdx.checks.golden.GoldenSection;
import org.sgdx.checks.golden.GoldenSet;
import org.sgdx.checks.golden.GoldenVerifier;
import org.sgdx.checks.golden.HermiteSection;
import org.sgdx.checks.golden.HittingTimeSection;
import org.sgdx.checks.golden.MeanFieldTrajectorySection;
import org.sgdx.checks.golden.MuSection;
import org.sgdx.checks.golden.Provenance;
import org.sgdx.checks.golden.SecondMomentSection;
import org.sgdx.checks.report.Conventions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sgdx golden export DIR} and {@code sgdx golden verify DIR --against FILE}: conformance vectors. */
@Command(name = "golden", mixinStandardHelpOptions = true,
        description = {"Golden vectors for other implementations: export them, or verify another implementation's"
            + " values against them."},
        subcommands = {GoldenCommand.Export.class, GoldenCommand.Verify.class})
public final class GoldenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: export DIR or verify DIR"
                + " --against FILE");
    }

    /** The sections of an export, in the order written. */
    static final List<String> SECTIONS = List.of("hermite", "exponents", "mu", "second-moment", "mean-field-m",
            "mean-field-hitting-time");

    /** {@code sgdx golden export DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Writes golden vectors as golden.json and CSV files, with their precision and provenance:"
                + " Hermite coefficients c_k and u_k, exponents of the built-in table, drift coefficients mu_i(eta),"
                + " second moments E[psi^2](m) and N(m), mean-field map trajectories m_t and ODE hitting times."})
    public static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "Directory to write (created if needed).")
        String directory;

        @Option(names = "--force", description = "Overwrite files in DIR that an export did not write (by default"
                + " the export refuses to replace them).")
        boolean force;

        @Option(names = "--sections", paramLabel = "NAME", split = ",",
                defaultValue = "hermite,exponents,mu,second-moment,mean-field-m,mean-field-hitting-time",
                description = "Sections to write: hermite, exponents, mu, second-moment, mean-field-m,"
                    + " mean-field-hitting-time, or all (default: all).")
        List<String> sections;

        @Option(names = "--link", paramLabel = "SPEC",
                description = "A link of the hermite section; repeatable (default: a built-in list of 13 links).")
        List<String> links = new ArrayList<>();

        @Option(names = "--max-degree", paramLabel = "K", defaultValue = "12",
                description = "Largest Hermite index (default: ${DEFAULT-VALUE}).")
        int maxDegree;

        @Option(names = "--digits", paramLabel = "D", defaultValue = "30",
                description = "Significant digits of every decimal value: Hermite coefficients, mu_i, second moments,"
                    + " mean-field values (default: ${DEFAULT-VALUE}).")
        int digits;

        @Option(names = "--coq", description = "Also write the exact rows of polynomial links (Hermite coefficients"
                + " u_k, information and power exponents, mu_i polynomials, the predicted exponent kappa(q) and its"
                + " kinks) as Coq claims, " + CoqClaims.FILE_NAME
                + ", checked by proofs-notes/coq/check DIR.")
        boolean coq;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public Integer call() throws IOException {
            Path dir = OutputPaths.of(directory, "DIR");
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new IllegalArgumentException("DIR must be a directory, but " + dir + " is a file");
            }
            if (digits < 5 || digits > 200) {
                throw new IllegalArgumentException("--digits must be in 5..200, got " + digits);
            }
            links.forEach(link -> Inputs.link("--link", link));
            List<String> names = new ArrayList<>();
            for (String s : sections) {
                String name = s.strip().toLowerCase(Locale.ROOT);
                if (name.equals("all")) {
                    SECTIONS.stream().filter(n -> !names.contains(n)).forEach(names::add);
                } else if (!SECTIONS.contains(name)) {
                    throw new IllegalArgumentException("--sections must name some of " + String.join(", ", SECTIONS)
                            + " (or all), got '" + s + "'");
                } else if (!names.contains(name)) {
                    names.add(name);
                }
            }
            List<GoldenSection> chosen = new ArrayList<>();
            for (String name : names) {
                chosen.add(switch (name) {
                    case "hermite" -> new HermiteSection(links.isEmpty() ? HermiteSection.DEFAULT_LINKS : links,
                            maxDegree, digits);
                    case "exponents" -> ExponentSection.defaults();
                    case "mu" -> MuSection.defaults(digits);
                    case "second-moment" -> SecondMomentSection.defaults(digits);
                    case "mean-field-m" -> MeanFieldTrajectorySection.defaults(digits);
                    case "mean-field-hitting-time" -> HittingTimeSection.defaults(digits);
                    default -> throw new IllegalStateException(name);
                });
            }
            if (!links.isEmpty() && chosen.stream().noneMatch(c -> c instanceof HermiteSection)) {
                throw new IllegalArgumentException("--link applies to the hermite section, which is not selected");
            }
            List<Path> targets = new ArrayList<>(GoldenFiles.targets(chosen, dir));
            Path coqFile = dir.resolve(CoqClaims.FILE_NAME);
            if (coq) {
                targets.add(coqFile);
            }
            OutputPaths.refuseForeign(targets.stream().filter(Files::exists)
                    .filter(f -> Files.isDirectory(f) || !(f.equals(coqFile)
                            ? OutputPaths.head(f, 256).startsWith(CoqClaims.TITLE)
                            : GoldenFiles.writtenByExport(OutputPaths.head(f, 256))))
                    .toList(), "DIR", "sgdx golden export", force);
            Provenance provenance = new Provenance(SoftwareInfo.NAME, SoftwareInfo.version(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    Conventions.defaults());
            GoldenFiles.Written w;
            try {
                w = GoldenFiles.export(chosen, provenance, dir);
            } catch (java.nio.file.FileSystemException e) {
                throw new IllegalArgumentException("cannot write to " + dir + ": " + e.getMessage());
            }
            CoqClaims claims = null;
            if (coq) {
                claims = CoqClaims.of(chosen, provenance);
                Files.writeString(coqFile, claims.text());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.JSON) {
                ObjectNode root = Json.document("golden");
                root.put("action", "export");
                root.put("directory", dir.toString());
                root.put("vectors", w.vectors());
                root.put("json", w.json().toString());
                ArrayNode csv = root.putArray("csv");
                w.csv().forEach(p -> csv.add(p.toString()));
                if (claims != null) {
                    root.put("coq", coqFile.toString());
                    root.put("coq_claims", claims.claims());
                }
                out.println(Json.write(root));
            } else {
                out.println("sgdx " + SoftwareInfo.version() + " golden export: " + w.vectors() + " vectors in " + dir);
                out.println("  " + w.json());
                w.csv().forEach(p -> out.println("  " + p));
                if (claims != null) {
                    out.println("  " + coqFile + " (" + claims.claims() + " Coq claims; check: proofs-notes/coq/check "
                            + dir + ")");
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code sgdx golden verify DIR --against FILE}. */
    @Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Compares another implementation's values (CSV with columns kind,link,index,value) with the"
                + " golden vectors of DIR and reports each mismatch.",
                "Integers must agree exactly; decimals within max(rel-tol |golden|, abs-tol, rounding) + error, where"
                    + " rounding is half a unit in the last of the golden value's digits and error the golden error"
                    + " estimate (0 when exact); a value written with too few digits is a mismatch. A"
                    + " double-precision iteration of the mean-field map over t steps needs rel-tol of about t*1e-16.",
                "Exit code: 0 when all compared values agree, 1 when some do not, 2 on bad input."})
    public static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "A directory written by 'sgdx golden export'.")
        String directory;

        @Option(names = "--against", required = true, paramLabel = "FILE",
                description = "CSV file with a header naming the columns kind,link,index,value.")
        String against;

        @Option(names = "--rel-tol", paramLabel = "R", defaultValue = "1e-12",
                description = "Relative tolerance of decimals (default: ${DEFAULT-VALUE}).")
        double relativeTolerance;

        @Option(names = "--abs-tol", paramLabel = "A", defaultValue = "1e-14",
                description = "Absolute tolerance of decimals (default: ${DEFAULT-VALUE}).")
        double absoluteTolerance;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public Integer call() throws IOException {
            GoldenVerifier.Tolerance tol = new GoldenVerifier.Tolerance(relativeTolerance, absoluteTolerance);
            GoldenSet golden = GoldenFiles.read(OutputPaths.of(directory, "DIR"));
            List<GoldenFiles.Candidate> candidates = GoldenFiles.readCandidates(OutputPaths.of(against, "--against"));
            GoldenVerifier.Report report = GoldenVerifier.verify(golden, candidates, tol);
            if (report.comparisons().isEmpty()) {
                throw new IllegalArgumentException("no row of " + against + " matches a golden vector of " + directory
                        + " (" + candidates.size() + " rows read; keys are kind,link,index, e.g. hermite_c,He3,3 or"
                        + " mu,online:target=He3:activation=He3:loss=squared:a=1:variable=eta,3:0)");
            }
            PrintWriter out = spec.commandLine().getOut();
            List<GoldenVerifier.Comparison> mismatches = report.mismatches();
            if (format == OutputFormat.JSON) {
                ObjectNode root = Json.document("golden");
                root.put("action", "verify");
                root.put("directory", directory);
                root.put("against", against);
                ObjectNode t = root.putObject("tolerance");
                t.put("relative", tol.relative());
                t.put("absolute", tol.absolute());
                root.put("golden_vectors", report.goldenVectors());
                root.put("compared", report.comparisons().size());
                root.put("passed", report.passed());
                ArrayNode mm = root.putArray("mismatches");
                for (GoldenVerifier.Comparison c : mismatches) {
                    ObjectNode o = mm.addObject();
                    o.put("kind", c.golden().kind());
                    o.put("link", c.golden().link());
                    o.put("index", c.golden().index());
                    o.put("expected", c.golden().value());
                    o.put("certainty", c.golden().certainty());
                    o.put("got", c.candidate().value());
                    o.put("line", c.candidate().line());
                    o.put("detail", c.detail());
                }
                ArrayNode un = root.putArray("unmatched");
                for (GoldenFiles.Candidate c : report.unmatched()) {
                    ObjectNode o = un.addObject();
                    o.put("key", c.key().toString());
                    o.put("line", c.line());
                }
                out.println(Json.write(root));
            } else {
                out.println("sgdx " + SoftwareInfo.version() + " golden verify: " + report.comparisons().size()
                        + " values of " + against + " compared with " + report.goldenVectors() + " golden vectors ("
                        + golden.provenance().software() + " " + golden.provenance().version() + ", "
                        + golden.provenance().created() + ")");
                out.println("tolerance: relative " + tol.relative() + ", absolute " + tol.absolute()
                        + ", plus rounding and the golden error estimate");
                for (GoldenVerifier.Comparison c : mismatches) {
                    out.println("MISMATCH line " + c.candidate().line() + ": " + c.golden().kind() + " "
                            + c.golden().link() + " " + c.golden().index() + ": expected " + c.golden().value() + " ("
                            + c.golden().certainty() + "), got " + c.candidate().value() + "; " + c.detail());
                }
                for (GoldenFiles.Candidate c : report.unmatched()) {
                    out.println("unknown key, line " + c.line() + ": " + c.key());
                }
                out.println(mismatches.isEmpty() ? "all " + report.comparisons().size() + " values agree"
                        : mismatches.size() + " of " + report.comparisons().size() + " values disagree");
            }
            out.flush();
            return mismatches.isEmpty() ? 0 : 1;
        }
    }
}
