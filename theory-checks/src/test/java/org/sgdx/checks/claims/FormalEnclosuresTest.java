package org.sgdx.checks.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enclosures of {@code proofs-notes/coq/Enclosures.v}: read from the Coq statements, at least 12 significant
 * digits, the reference's estimates inside, and a moved bound or estimate detected, by the comparison and (when
 * {@code coqc} is installed) by the Coq kernel.
 */
class FormalEnclosuresTest {

    /** Tests run in the module directory. */
    private static final Path COQ = Path.of("..", "proofs-notes", "coq");

    private static String text;
    private static List<CoqEnclosures.Enclosure> enclosures;

    @BeforeAll
    static void read() throws Exception {
        text = Files.readString(COQ.resolve("Enclosures.v"));
        enclosures = CoqEnclosures.parse(text);
    }

    /**
     * Relative widths as documented in proofs-notes/coq/README.md: below 1e-12 (12 significant digits) for every
     * link.
     */
    @Test
    void theEnclosuresCoverTheNonZeroCoefficientsToTheDocumentedPrecision() {
        assertThat(enclosures).extracting(e -> e.link() + e.k()).containsExactly(
                "tanh1", "tanh3", "tanh5", "erf1", "erf3", "erf5", "sigmoid1", "sigmoid3", "sigmoid5", "cos0", "cos2",
                "cos4", "cos6");
        for (CoqEnclosures.Enclosure e : enclosures) {
            BigDecimal magnitude = e.lo().abs().min(e.hi().abs());
            assertThat(e.lo().signum()).as(e.theorem()).isEqualTo(e.hi().signum());
            BigDecimal relative = e.width().divide(magnitude, MathContext.DECIMAL64);
            assertThat(relative).as(e.theorem())
                    .isLessThanOrEqualTo(new BigDecimal("1e-12"));
        }
    }

    @Test
    void theReferenceEstimatesLieInsideTheirIntervals() {
        FormalChecks.Comparison cmp = FormalChecks.compare(enclosures, FormalChecks.ESTIMATE_DIGITS);
        assertThat(cmp.inside()).as(String.join("\n", cmp.lines())).isEqualTo(enclosures.size());
        assertThat(cmp.verdict().isConfirmed()).isTrue();
    }

    @Test
    void aBoundMovedPastTheEstimateRefutes() {
        // Raise the lower bound of the first theorem above its upper bound's position plus one width, in the text.
        CoqEnclosures.Enclosure first = enclosures.get(0);
        BigDecimal moved = first.hi().add(first.width());
        String tampered = text.replaceFirst("-> " + first.lo().toPlainString().replace(".", "\\.") + " <=",
                "-> " + moved.toPlainString() + " <=");
        assertThat(tampered).isNotEqualTo(text);
        List<CoqEnclosures.Enclosure> parsed = CoqEnclosures.parse(tampered.replaceFirst(
                "<= " + first.hi().toPlainString().replace(".", "\\.") + "\\.",
                "<= " + moved.add(first.width()).toPlainString() + "."));
        FormalChecks.Comparison cmp = FormalChecks.compare(parsed.subList(0, 1), FormalChecks.ESTIMATE_DIGITS);
        assertThat(cmp.outside()).isEqualTo(1);
        assertThat(cmp.verdict().isRefuted()).isTrue();
    }

    @Test
    void anEstimateAtAnEndOfItsIntervalIsInconclusive() {
        CoqEnclosures.Enclosure first = enclosures.get(0);
        FormalChecks.Comparison inside = FormalChecks.compare(List.of(first), FormalChecks.ESTIMATE_DIGITS);
        String value = inside.lines().get(0).replaceAll(".* = (\\S+) \\+- .*", "$1");
        BigDecimal estimate = new BigDecimal(value);
        CoqEnclosures.Enclosure atEnd = new CoqEnclosures.Enclosure(first.theorem(), first.link(), first.k(),
                first.lo(), estimate);
        FormalChecks.Comparison cmp = FormalChecks.compare(List.of(atEnd), FormalChecks.ESTIMATE_DIGITS);
        assertThat(cmp.straddling()).isEqualTo(1);
        assertThat(cmp.verdict().isInconclusive()).isTrue();
    }

    @Test
    void theClaimIsRegisteredAndSkippedNotConfirmedOutsideTheRepositoryRoot(@TempDir Path out) throws Exception {
        assertThat(AuditClaims.builtIn().claims()).extracting(Claim::id).contains("formal.enclosures");
        // Tests run in the module directory, where proofs-notes/coq/check does not resolve.
        assertThat(Files.exists(FormalChecks.CHECK)).isFalse();
        ClaimCheck check = FormalChecks.enclosures();
        Context context = new Context(Mode.QUICK, 1, 1, out, ProgressListener.NONE).forClaim(check.claim());
        ClaimResult r = check.check(context);
        assertThat(r.verdict().isInconclusive()).isTrue();
        assertThat(r.verdict().reason()).startsWith("skipped");
    }

    @Test
    void theParserRefusesATextWithoutEnclosures() {
        assertThatThrownBy(() -> CoqEnclosures.parse("Theorem x : True."))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theKernelRejectsAMovedBound(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("coqc"), "coqc is not installed (Debian: apt-get install coq libcoq-interval): the"
                + " certificates cannot be checked");
        Files.copy(COQ.resolve("Tails.v"), dir.resolve("Tails.v"));
        assertThat(coqc(dir, "Tails.v")).isZero();
        int start = text.indexOf("\nTheorem ") + 1;
        String header = text.substring(0, start);
        String block = text.substring(start, text.indexOf("Qed.", start) + "Qed.".length());
        CoqEnclosures.Enclosure first = CoqEnclosures.parse(block).get(0);
        Files.writeString(dir.resolve("Original.v"), header + block + "\n");
        assertThat(coqc(dir, "Original.v")).as("the committed theorem checks").isZero();
        BigDecimal lo = first.hi().add(first.width());
        BigDecimal hi = lo.add(first.width());
        String moved = block.replace(first.lo().toPlainString() + " <=", lo.toPlainString() + " <=")
                .replace("<= " + first.hi().toPlainString() + ".", "<= " + hi.toPlainString() + ".");
        assertThat(CoqEnclosures.parse(moved).get(0).lo()).isEqualByComparingTo(lo);
        Files.writeString(dir.resolve("Moved.v"), header + moved + "\n");
        assertThat(coqc(dir, "Moved.v")).as("a theorem with its interval moved by one width does not check")
                .isNotZero();
    }

    private static int coqc(Path dir, String file) throws Exception {
        List<String> command = new ArrayList<>(List.of("coqc", "-q", "-Q", dir.toString(), "SGDX",
                dir.resolve(file).toString()));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(file + ".log").toFile()).start();
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, program)).anyMatch(Files::isExecutable);
    }
}
