package org.sgdx.checks.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Loss;

/**
 * The Coq claims of an export check with {@code proofs-notes/coq/check}, and a file with any single claimed number
 * changed does not. Skipped when {@code coqc} is not installed (Debian: {@code apt-get install coq libcoq-interval}),
 * since the claims can then not be checked at all.
 */
class CoqClaimsTest {

    private static final Path COQ = Path.of("..", "proofs-notes", "coq").toAbsolutePath().normalize();

    private static boolean coqcPresent() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "coqc"))) {
                return true;
            }
        }
        return false;
    }

    private static CoqClaims claims() {
        List<GoldenSection> sections = List.of(new HermiteSection(List.of("He3", "He3 + He2"), 6, 30),
                new MuSection(List.of(DynamicsConfiguration.of(Algorithm.ONLINE, Loss.SQUARED, "He3"),
                        DynamicsConfiguration.of(Algorithm.ALTERNATING, Loss.SQUARED, "He3"),
                        DynamicsConfiguration.of(Algorithm.REUSE, Loss.CORRELATION, "He3")),
                        DriftCoefficients.DEFAULT_MAX_INDEX, 30));
        return CoqClaims.of(sections, new Provenance("sgdx", "test", Instant.EPOCH, Map.of()));
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).as("finished").isTrue();
        return p.exitValue();
    }

    @Test
    void claimsOfPolynomialLinksAreWrittenAgainstTheCoqDefinitions() {
        CoqClaims c = claims();
        // He3 and He3 + He2 at k = 0..6 (14), mu of three He3 configurations (3 + 6 + 5 indices, nothing for i > 6),
        // and kappa of each: the branch list and one line per regime (online 1, alternating 2, reuse 2).
        assertThat(c.claims()).isEqualTo(14 + 3 + 6 + 5 + (1 + 1) + (1 + 2) + (1 + 2));
        assertThat(c.text()).startsWith(CoqClaims.TITLE)
                .contains("Definition link1 : poly := (He 3 X).")
                .contains("Definition link2 : poly := (padd (He 3 X) (He 2 X)).")
                .contains("Lemma u_link1_3 : u 3 link1 ≡ pconst (1 # 1).")
                .contains("mu (psi Alternating Squared (1 # 1) link1) link1 2 ≡ padd (pscale (0 # 1) (ppow ETA 0))"
                        + " (padd (pscale (324 # 1) (ppow ETA 1)) (padd (pscale (-215784 # 1) (ppow ETA 2)) (pzero)))")
                .contains("branches (psi Alternating Squared (1 # 1) link1) link1 4 6 = [(2, 1); (3, 0); (4, 1); (6, 1)]")
                .contains("forall q : R, ((-1/2) <= q)%R -> (q <= (0))%R -> kappa_of 0 (branches (psi Alternating"
                        + " Squared (1 # 1) link1) link1 4 6) q = ((1) + (-2) * q)%R")
                .contains("forall q : R, ((-3/2) <= q)%R -> (q <= (-1))%R -> kappa_of 1 (branches (psi Reuse"
                        + " Correlation (1 # 1) link1) link1 5 5) q = ((-1) + (-2) * q)%R");
        assertThat(CoqClaims.coqLink("tanh(z)")).isEmpty();
        assertThat(CoqClaims.coqLink("relu(z)")).isEmpty();
    }

    @Test
    void theExportedClaimsCheckAndEverySingleNumberChangeFails(@TempDir Path dir) throws Exception {
        assumeTrue(coqcPresent(), "coqc is not installed: the Coq claims cannot be checked");
        String text = claims().text();
        Path file = dir.resolve(CoqClaims.FILE_NAME);
        Files.writeString(file, text);
        assertThat(run(dir, COQ.resolve("check").toString(), dir.toString()))
                .as(Files.readString(dir.resolve("out.txt"))).isZero();

        // Claimed numbers: the rational literals of the lemma statements (not of the link definitions).
        Matcher m = Pattern.compile("\\((-?\\d+) # (\\d+)\\)").matcher(text);
        int firstLemma = text.indexOf("\nLemma ");
        List<int[]> numbers = new ArrayList<>();
        while (m.find()) {
            int line = text.lastIndexOf('\n', m.start());
            if (m.start() > firstLemma && text.startsWith("\nLemma", line) && !text.startsWith("(1 # 1) link",
                    m.start())) {
                numbers.add(new int[] {m.start(1), m.end(1)});
            }
        }
        assertThat(numbers).hasSizeGreaterThan(40);
        // Four single changes spread over the file: a Hermite zero, a Hermite non-zero value, two mu coefficients.
        int[] picks = {0, 3, numbers.size() / 2, numbers.size() - 1};
        for (int k : picks) {
            int[] n = numbers.get(k);
            String changed = text.substring(0, n[0]) + (Long.parseLong(text.substring(n[0], n[1])) + 1)
                    + text.substring(n[1]);
            Files.writeString(file, changed);
            int code = run(dir, "coqc", "-q", "-Q", COQ.toString(), "SGDX", file.toString());
            assertThat(code).as("change of claimed number %d (at %d) must fail the check", k, n[0]).isNotZero();
        }
        // The predicted exponent: a kink moved, a slope changed, a branch's power changed.
        String[][] changes = {{"(q <= (-1/2))%R", "(q <= (-2/5))%R"}, {"((1) + (-2) * q)%R", "((1) + (-3) * q)%R"},
            {"= [(1, 2); (2, 1); (3, 0)", "= [(1, 2); (2, 2); (3, 0)"}};
        for (String[] change : changes) {
            assertThat(text).contains(change[0]);
            Files.writeString(file, text.replace(change[0], change[1]));
            int code = run(dir, "coqc", "-q", "-Q", COQ.toString(), "SGDX", file.toString());
            assertThat(code).as("changing %s to %s must fail the check", change[0], change[1]).isNotZero();
        }
    }
}
