package org.sgdx.checks.claims;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sgdx.checks.golden.CoqClaims;
import org.sgdx.checks.golden.DynamicsConfiguration;
import org.sgdx.checks.golden.GoldenSection;
import org.sgdx.checks.golden.HermiteSection;
import org.sgdx.checks.golden.MuSection;
import org.sgdx.checks.golden.Provenance;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.hermite.Basis;
import org.sgdx.reference.hermite.Coefficient;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.Link;

/**
 * The formal layer ({@code proofs-notes/coq}): the Coq kernel checks the library's theorems and the reference's
 * exact values written as Coq claims, and certifies intervals that the reference's numerical estimates must lie in.
 * Without {@code coqc} on the PATH, or outside a checkout that has
 * {@code proofs-notes/coq/check}, the claim is inconclusive with a reason starting "skipped", never confirmed.
 */
final class FormalChecks {

    /** The check script, relative to the working directory (the repository root). */
    static final Path CHECK = Path.of("proofs-notes", "coq", "check");

    /** The certified enclosures of Hermite coefficients, relative to the working directory. */
    static final Path ENCLOSURES = Path.of("proofs-notes", "coq", "Enclosures.v");

    /** Significant digits of the reference estimates compared with the enclosures. */
    static final int ESTIMATE_DIGITS = 25;

    private FormalChecks() {
    }

    /** The two formal claims, sharing one run of the check (it compiles the whole library, {@code Enclosures.v} too). */
    static List<ClaimCheck> all() {
        CheckRun run = new CheckRun();
        return List.of(coq(run), enclosures(run));
    }

    static ClaimCheck coq() {
        return coq(new CheckRun());
    }

    static ClaimCheck enclosures() {
        return enclosures(new CheckRun());
    }

    /**
     * The outcome of {@code check DIR}: the library and the reference's exact claims of {@link #sections()}.
     *
     * @param exit the exit code, empty when the check did not finish within 60 minutes
     * @param log the check's output
     * @param claims the claims checked
     */
    record CheckOutcome(Optional<Integer> exit, Path log, CoqClaims claims) {
    }

    /**
     * One run of {@code check DIR} for the claims of one audit, made by the first claim that needs it (in that claim's
     * directory) and reused by the other. Not shared between audits.
     */
    static final class CheckRun {
        private CheckOutcome outcome;

        synchronized CheckOutcome get(Context ctx) throws IOException, InterruptedException {
            if (outcome == null) {
                CoqClaims claims = CoqClaims.of(sections(), new Provenance("sgdx", "audit", Instant.EPOCH, Map.of()));
                Path dir = Files.createDirectories(ctx.claimDirectory().resolve("coq"));
                Files.writeString(dir.resolve(CoqClaims.FILE_NAME), claims.text());
                Path log = dir.resolve("check.log");
                ctx.progress("proofs-notes/coq/check: the library and " + claims.claims() + " claims");
                outcome = new CheckOutcome(Optional.ofNullable(runCheck(log, dir.toAbsolutePath().toString())), log,
                        claims);
            }
            return outcome;
        }
    }

    /** The Coq library compiles with no undeclared axiom, and the reference's exact He_3 values check against it. */
    private static ClaimCheck coq(CheckRun run) {
        Claim claim = new Claim("formal.coq", "Exact values checked by the Coq kernel",
                "proofs-notes/coq/check DIR exits 0: the library's theorems (Hermite identities, He_3 drift"
                    + " coefficients, drift identity, kinks) and the claims u_k(He3, He4, He3 + He2), k <= 12, and mu_i"
                    + " and kappa(q) with its kinks of He_3 for the three algorithms and both losses, as computed by"
                    + " the reference",
                List.of(Source.math("§2"), Source.math("§4"), Source.math("§5"), Source.math("§6"),
                        Source.notes("coq/README.md")),
                Method.exact("coqc compiles every file and decides every claim by computation in the kernel; no"
                        + " Admitted and no axiom outside proofs-notes/coq/AXIOMS"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            r.predicted(Quantity.of("check exits 0"));
            if (!Files.isExecutable(CHECK)) {
                r.measured(Quantity.NONE);
                r.verdict(Verdict.inconclusive("skipped: " + CHECK + " not found from the working directory (run the"
                        + " audit from the repository root)"));
                return;
            }
            if (!onPath("coqc")) {
                r.measured(Quantity.NONE);
                r.verdict(Verdict.inconclusive("skipped, not confirmed: coqc is not installed (Debian: apt-get install"
                        + " coq libcoq-interval)"));
                return;
            }
            CheckOutcome outcome = run.get(ctx);
            CoqClaims claims = outcome.claims();
            Path log = outcome.log();
            if (outcome.exit().isEmpty()) {
                r.measured(Quantity.NONE);
                r.verdict(Verdict.inconclusive("the Coq check did not finish within 60 minutes"));
                return;
            }
            int exit = outcome.exit().get();
            List<String> lines = Files.readAllLines(log);
            r.setting("claims", claims.claims());
            r.evidence("claims written to " + log.resolveSibling(CoqClaims.FILE_NAME) + "; output of the check in "
                    + log);
            lines.stream().filter(l -> l.startsWith("check") || l.startsWith("compiled")).forEach(r::evidence);
            r.measured(Quantity.of("check exits " + exit));
            r.verdict(exit == 0
                    ? Verdict.confirmed("the library and " + claims.claims() + " claims of the reference check")
                    : Verdict.refuted("the Coq check failed: " + (lines.isEmpty() ? "" : lines.get(lines.size() - 1))));
        });
    }

    /**
     * The reference's estimates of {@code c_k} for tanh, erf, sigmoid and cos lie inside the intervals certified in
     * {@code proofs-notes/coq/Enclosures.v}, and the check proves that file.
     */
    private static ClaimCheck enclosures(CheckRun run) {
        Claim claim = new Claim("formal.enclosures", "Reference estimates inside Coq-certified intervals",
                "proofs-notes/coq/check exits 0, so every theorem of Enclosures.v holds (for every T >= 11, the c_k,"
                    + " k <= 6, of tanh, erf, sigmoid and cos integrated over [-T, T] lie in the stated intervals, of"
                    + " relative width below 6e-13), and every"
                    + " estimate of the reference (value +- its error) lies inside its interval",
                List.of(Source.math("§2"), Source.notes("coq/README.md"),
                        Source.notes("numerical-hermite-coefficients.md")),
                Method.exact("coqc checks the interval certificates (Coq.Interval integral on [0, 11] plus a proven"
                        + " Gaussian tail bound; for erf after an integration by parts); the intervals are read from"
                        + " the statements of Enclosures.v; the reference's LinkCoefficients estimates at "
                        + ESTIMATE_DIGITS + " digits are compared with them"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            r.predicted(Quantity.of("check exits 0; every estimate inside"));
            if (!Files.isExecutable(CHECK) || !Files.isRegularFile(ENCLOSURES)) {
                r.measured(Quantity.NONE);
                r.verdict(Verdict.inconclusive("skipped: " + CHECK + " or " + ENCLOSURES + " not found from the"
                        + " working directory (run the audit from the repository root)"));
                return;
            }
            List<CoqEnclosures.Enclosure> enclosures = CoqEnclosures.parse(Files.readString(ENCLOSURES));
            Comparison cmp = compare(enclosures, ESTIMATE_DIGITS);
            r.setting("enclosures", enclosures.size());
            r.setting("estimate digits", ESTIMATE_DIGITS);
            cmp.lines().forEach(r::evidence);
            if (!onPath("coqc")) {
                r.measured(Quantity.of(cmp.summary() + "; not certified"));
                r.verdict(Verdict.inconclusive("skipped, not confirmed: coqc is not installed (Debian: apt-get"
                        + " install coq libcoq-interval), so the intervals are not certified"));
                return;
            }
            // the shared run checks the library (Enclosures.v included) and the exact claims; when it fails, the
            // library alone is checked again, so that a failing exact claim does not count against the enclosures
            CheckOutcome shared = run.get(ctx);
            Path log = shared.log();
            Integer exit = shared.exit().orElse(null);
            if (exit != null && exit != 0) {
                Path dir = Files.createDirectories(ctx.claimDirectory().resolve("coq"));
                log = dir.resolve("check-library.log");
                ctx.progress("proofs-notes/coq/check (the library, with Enclosures.v)");
                exit = runCheck(log);
            }
            if (exit == null) {
                r.measured(Quantity.NONE);
                r.verdict(Verdict.inconclusive("the Coq check did not finish within 60 minutes"));
                return;
            }
            List<String> lines = Files.readAllLines(log);
            r.evidence("output of the check in " + log);
            lines.stream().filter(l -> l.startsWith("check") || l.startsWith("compiled")).forEach(r::evidence);
            r.measured(Quantity.of("check exits " + exit + "; " + cmp.summary()));
            boolean compiled = lines.stream().anyMatch(l -> l.matches("compiled\\s+Enclosures\\.v\\b.*"));
            if (exit != 0) {
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                r.verdict(Verdict.refuted("the Coq check failed: " + last));
            } else if (!compiled) {
                r.verdict(Verdict.inconclusive("the check did not compile Enclosures.v (not in _CoqProject?)"));
            } else {
                r.verdict(cmp.verdict());
            }
        });
    }

    /**
     * The reference's estimates against the enclosures.
     *
     * @param lines one line per enclosure
     * @param inside how many estimates lie inside their interval, error band included
     * @param straddling how many error bands meet an interval without lying inside it
     * @param outside how many error bands miss their interval
     */
    record Comparison(List<String> lines, int inside, int straddling, int outside) {

        String summary() {
            return inside + " of " + (inside + straddling + outside) + " estimates inside";
        }

        /** Refuted when an estimate misses its interval, inconclusive when one straddles an end, else confirmed. */
        Verdict verdict() {
            if (outside > 0) {
                return Verdict.refuted(outside + " estimate(s) outside their certified interval");
            }
            if (straddling > 0) {
                return Verdict.inconclusive(straddling + " estimate(s) within their error of an end of the interval");
            }
            return Verdict.confirmed("all " + inside + " estimates lie inside their certified intervals");
        }
    }

    /** Compares {@code LinkCoefficients.of(link, K, Basis.H, digits)} with each enclosure. */
    static Comparison compare(List<CoqEnclosures.Enclosure> enclosures, int digits) {
        Map<String, List<Coefficient>> byLink = new HashMap<>();
        List<String> lines = new ArrayList<>();
        int inside = 0;
        int straddling = 0;
        int outside = 0;
        for (CoqEnclosures.Enclosure e : enclosures) {
            int maxK = enclosures.stream().filter(x -> x.link().equals(e.link())).mapToInt(CoqEnclosures.Enclosure::k)
                    .max().orElseThrow();
            Coefficient c = byLink.computeIfAbsent(e.link(),
                    l -> LinkCoefficients.of(Link.parse(e.specification()), maxK, Basis.H, digits)).get(e.k());
            String where;
            if (e.contains(c.value(), c.error())) {
                inside++;
                where = "inside";
            } else if (e.excludes(c.value(), c.error())) {
                outside++;
                where = "OUTSIDE";
            } else {
                straddling++;
                where = "straddles an end";
            }
            BigDecimal relative = e.width().divide(c.value().abs().max(BigDecimal.ONE.movePointLeft(digits)),
                    new MathContext(2));
            lines.add(String.format("%s: c_%d(%s) = %s +- %s %s [%s, %s] (%s, relative width %s)", e.theorem(),
                    e.k(), e.specification(), c.value().toPlainString(), c.error().round(new MathContext(2)),
                    where.equals("OUTSIDE") ? "not in" : "in", e.lo().toPlainString(), e.hi().toPlainString(), where,
                    relative));
        }
        return new Comparison(List.copyOf(lines), inside, straddling, outside);
    }

    /** Runs the check script with the given arguments, output to {@code log}; null when it times out. */
    private static Integer runCheck(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(CHECK.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return null;
        }
        return p.exitValue();
    }

    private static List<GoldenSection> sections() {
        List<DynamicsConfiguration> configs = new ArrayList<>();
        for (Algorithm a : Algorithm.values()) {
            for (Loss l : Loss.values()) {
                configs.add(DynamicsConfiguration.of(a, l, "He3"));
            }
        }
        return List.of(new HermiteSection(List.of("He3", "He4", "He3 + He2"), 12, 30),
                new MuSection(configs, DriftCoefficients.DEFAULT_MAX_INDEX, 30));
    }

    private static boolean onPath(String program) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
