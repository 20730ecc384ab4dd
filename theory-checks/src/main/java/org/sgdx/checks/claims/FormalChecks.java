package org.sgdx.checks.claims;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * The formal layer ({@code proofs-notes/coq}): the Coq kernel checks the library's theorems and the reference's
 * exact values written as Coq claims. Without {@code coqc} on the PATH, or outside a checkout that has
 * {@code proofs-notes/coq/check}, the claim is inconclusive with a reason starting "skipped", never confirmed.
 */
final class FormalChecks {

    /** The check script, relative to the working directory (the repository root). */
    static final Path CHECK = Path.of("proofs-notes", "coq", "check");

    private FormalChecks() {
    }

    static List<ClaimCheck> all() {
        return List.of(coq());
    }

    /** The Coq library compiles with no undeclared axiom, and the reference's exact He_3 values check against it. */
    static ClaimCheck coq() {
        Claim claim = new Claim("formal.coq", "Exact values checked by the Coq kernel",
                "proofs-notes/coq/check DIR exits 0: the library's theorems (Hermite identities, He_3 drift"
                    + " coefficients, drift identity, kinks) and the claims u_k(He3, He4, He3 + He2), k <= 12, and mu_i"
                    + " of He_3 for the three algorithms and both losses, as computed by the reference",
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
            CoqClaims claims = CoqClaims.of(sections(), new Provenance("sgdx", "audit", Instant.EPOCH, Map.of()));
            Path dir = Files.createDirectories(ctx.claimDirectory().resolve("coq"));
            Files.writeString(dir.resolve(CoqClaims.FILE_NAME), claims.text());
            Path log = dir.resolve("check.log");
            ctx.progress("proofs-notes/coq/check with " + claims.claims() + " claims");
            Process p = new ProcessBuilder(CHECK.toAbsolutePath().toString(), dir.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                r.measured(Quantity.NONE);
                r.verdict(Verdict.inconclusive("the Coq check did not finish within 60 minutes"));
                return;
            }
            List<String> lines = Files.readAllLines(log);
            r.setting("claims", claims.claims());
            r.evidence("claims written to " + dir.resolve(CoqClaims.FILE_NAME) + "; output of the check in " + log);
            lines.stream().filter(l -> l.startsWith("check") || l.startsWith("compiled")).forEach(r::evidence);
            r.measured(Quantity.of("check exits " + p.exitValue()));
            r.verdict(p.exitValue() == 0
                    ? Verdict.confirmed("the library and " + claims.claims() + " claims of the reference check")
                    : Verdict.refuted("the Coq check failed: " + (lines.isEmpty() ? "" : lines.get(lines.size() - 1))));
        });
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
