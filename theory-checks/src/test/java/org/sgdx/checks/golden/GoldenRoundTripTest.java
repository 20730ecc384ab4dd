package org.sgdx.checks.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.reference.exponent.ExponentTable;

/** Export → verify round trips, and verification catching perturbed values. */
class GoldenRoundTripTest {

    @TempDir
    static Path dir;

    static GoldenFiles.Written written;

    @BeforeAll
    static void export() throws IOException {
        List<GoldenSection> sections = List.of(new HermiteSection(List.of("He3", "relu", "tanh", "He3 + He2"), 6, 20),
                new ExponentSection(List.of(ExponentTable.ROWS.get(2), ExponentTable.ROWS.get(9),
                        ExponentTable.ROWS.get(13), ExponentTable.ROWS.get(14)), ExponentTable.OPTIONS));
        Provenance p = new Provenance("sgdx", "9.9-test", Instant.parse("2026-01-02T03:04:05Z"),
                Map.of("Hermite coefficients", "c_k = E[f h_k]"));
        written = GoldenFiles.export(sections, p, dir.resolve("golden"));
    }

    private static Path golden() {
        return dir.resolve("golden");
    }

    @Test
    void theExportHasProvenanceAndPrecision() throws IOException {
        assertThat(written.vectors()).isEqualTo(4 * 2 * 7 + 4 * 6);
        assertThat(written.csv()).extracting(p -> p.getFileName().toString())
                .containsExactly("vectors.csv", "hermite.csv", "exponents.csv");
        String csv = Files.readString(golden().resolve("hermite.csv"));
        assertThat(csv).startsWith("# sgdx golden vectors (sgdx-golden-1)").contains("# software: sgdx 9.9-test")
                .contains("kind,link,index,value,type,certainty,error,digits,exact")
                .contains("hermite_c,He3,3,2.4494897427831780982,decimal,exact,2.72E-21,20,sqrt(6)")
                .contains("hermite_u,relu,1,0.5,decimal,exact,0,20,1/2");
        GoldenSet set = GoldenFiles.read(golden());
        assertThat(set.provenance().version()).isEqualTo("9.9-test");
        assertThat(set.provenance().created()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        GoldenVector tanh1 = set.find(GoldenVector.Key.of("hermite_c", "tanh", "1")).orElseThrow();
        assertThat(tanh1.certainty()).isEqualTo("estimate");
        assertThat(new BigDecimal(tanh1.error())).isLessThan(new BigDecimal("1e-19"));
        assertThat(set.find(GoldenVector.Key.of("generative_exponent", "He3", "-")).orElseThrow().value())
                .isEqualTo("1");
        assertThat(set.find(GoldenVector.Key.of("power_exponent", "sign", "2")).orElseThrow().value())
                .isEqualTo("none");
        assertThat(set.find(GoldenVector.Key.of("information_exponent", "noisy(tau=0.5):He3", "-"))).isPresent();
        assertThat(set.find(GoldenVector.Key.of("information_exponent", "binary:0.05+0.9*step(z)", "-")))
                .isPresent();
        assertThat(Files.readString(golden().resolve("README.md"))).contains("kind,link,index,value");
    }

    /**
     * Every error column bounds |value − true value|, the rounding to the stated digits included: the values at 20
     * digits against the same section at 60 digits (whose own errors are added).
     */
    @Test
    void theErrorColumnBoundsThePrintedValue() {
        List<String> links = List.of("He3", "relu", "tanh", "cos(z)^2", "exp(z/2)", "sigmoid(3*z)", "1/3 + z/7");
        Map<GoldenVector.Key, GoldenVector> fine = new HermiteSection(links, 8, 60).vectors().stream()
                .collect(java.util.stream.Collectors.toMap(GoldenVector::key, v -> v));
        for (GoldenVector v : new HermiteSection(links, 8, 20).vectors()) {
            GoldenVector w = fine.get(v.key());
            BigDecimal distance = new BigDecimal(v.value()).subtract(new BigDecimal(w.value())).abs();
            assertThat(distance).as("%s: %s ± %s vs %s ± %s", v.key(), v.value(), v.error(), w.value(), w.error())
                    .isLessThanOrEqualTo(new BigDecimal(v.error()).add(new BigDecimal(w.error())));
            if (v.certainty().equals("exact") && new BigDecimal(v.value()).compareTo(new BigDecimal(w.value())) == 0) {
                assertThat(v.error()).as(v.key().toString()).isEqualTo("0");
            }
        }
    }

    @Test
    void theExportVerifiesAgainstItself() throws IOException {
        GoldenVerifier.Report r = GoldenVerifier.verify(GoldenFiles.read(golden()),
                GoldenFiles.readCandidates(golden().resolve("vectors.csv")), new GoldenVerifier.Tolerance(0, 0));
        assertThat(r.comparisons()).hasSize(written.vectors());
        assertThat(r.passed()).isTrue();
        assertThat(r.unmatched()).isEmpty();
    }

    /** A double-precision implementation: every decimal rounded to a double and printed in shortest form. */
    @Test
    void doublePrecisionValuesAgreeWithinTheDefaultTolerance() throws IOException {
        GoldenSet set = GoldenFiles.read(golden());
        List<String> lines = new ArrayList<>(List.of("value,kind,index,link"));
        for (GoldenVector v : set.vectors()) {
            String value = v.type() == GoldenVector.Type.DECIMAL ? Double.toString(Double.parseDouble(v.value()))
                    : v.value();
            lines.add(value + "," + v.kind() + "," + v.index() + ",\"" + v.link().replace(" ", "") + "\"");
        }
        Path file = dir.resolve("double.csv");
        Files.write(file, lines);
        GoldenVerifier.Report r = GoldenVerifier.verify(set, GoldenFiles.readCandidates(file),
                GoldenVerifier.Tolerance.DEFAULT);
        assertThat(r.mismatches()).isEmpty();
        assertThat(r.comparisons()).hasSize(set.vectors().size());
    }

    @Test
    void perturbedValuesAreCaughtAndReported() throws IOException {
        List<String> lines = Files.readAllLines(golden().resolve("vectors.csv"));
        List<String> out = new ArrayList<>();
        int perturbedLine = -1;
        int exponentLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("hermite_c,tanh,3,") && perturbedLine < 0) {
                String[] f = l.split(",", -1);
                f[3] = new BigDecimal(f[3]).multiply(new BigDecimal("1.000001")).toString();
                l = String.join(",", f);
                perturbedLine = i + 1;
            } else if (l.startsWith("information_exponent,He3,-,")) {
                l = l.replace("information_exponent,He3,-,3", "information_exponent,He3,-,2");
                exponentLine = i + 1;
            }
            out.add(l);
        }
        out.add("hermite_c,cosh,1,0.5,decimal,exact,0,20,");
        Path file = dir.resolve("perturbed.csv");
        Files.write(file, out);
        GoldenVerifier.Report r = GoldenVerifier.verify(GoldenFiles.read(golden()), GoldenFiles.readCandidates(file),
                GoldenVerifier.Tolerance.DEFAULT);
        assertThat(r.passed()).isFalse();
        assertThat(r.mismatches()).extracting(c -> c.candidate().line()).containsExactly(perturbedLine, exponentLine);
        GoldenVerifier.Comparison tanh = r.mismatches().get(0);
        assertThat(tanh.detail()).contains("> allowed");
        assertThat(tanh.difference()).isGreaterThan(tanh.allowed());
        assertThat(r.mismatches().get(1).detail()).isEqualTo("expected 3, got 2");
        assertThat(r.unmatched()).extracting(c -> c.key().link()).containsExactly("cosh");
    }

    @Test
    void estimatesAreComparedWithinTheirErrorEstimate() {
        GoldenVector g = new GoldenVector("hermite_c", "tanh", "1", "0.60", GoldenVector.Type.DECIMAL, "estimate",
                "0.001", 2, "");
        assertThat(GoldenVerifier.compare(g, candidate("0.6009"), new GoldenVerifier.Tolerance(0, 0)).agrees())
                .isTrue();
        // allowed: error 0.001 + half a unit of the golden value's 2 digits 0.005 = 0.006
        assertThat(GoldenVerifier.compare(g, candidate("0.6059"), new GoldenVerifier.Tolerance(0, 0)).agrees())
                .isTrue();
        assertThat(GoldenVerifier.compare(g, candidate("0.6061"), new GoldenVerifier.Tolerance(0, 0)).agrees())
                .isFalse();
        assertThat(GoldenVerifier.compare(g, candidate("0.61"), new GoldenVerifier.Tolerance(0, 0)).agrees())
                .isFalse();
        GoldenVector exact = new GoldenVector("hermite_c", "He3", "1", "0", GoldenVector.Type.DECIMAL, "exact", "0",
                20, "0");
        assertThat(GoldenVerifier.compare(exact, candidate("3e-17"), GoldenVerifier.Tolerance.DEFAULT).agrees())
                .isTrue();
        assertThatThrownBy(() -> GoldenVerifier.compare(exact, candidate("abc"), GoldenVerifier.Tolerance.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1")
                .hasMessageContaining("'abc' is not a decimal number");
        GoldenVector ie = new GoldenVector("information_exponent", "He3", "-", "3", GoldenVector.Type.INTEGER,
                "exact", "0", 0, "");
        assertThatThrownBy(() -> GoldenVerifier.compare(ie, candidate("three"), GoldenVerifier.Tolerance.DEFAULT))
                .hasMessageContaining("not an integer or none");
    }

    /**
     * The tolerance comes from the golden value's precision, never from the candidate's: √6 written with one, two or
     * three significant digits is wrong, whatever its own last digit.
     */
    @Test
    void aValueWithTooFewDigitsIsRejected() throws IOException {
        GoldenVector sqrt6 = GoldenFiles.read(golden()).find(GoldenVector.Key.of("hermite_c", "He3", "3")).orElseThrow();
        assertThat(sqrt6.value()).isEqualTo("2.4494897427831780982");
        for (String wrong : List.of("2", "2.4", "2.45", "2.449", "2.4494897", "2.44948974278")) {
            GoldenVerifier.Comparison c = GoldenVerifier.compare(sqrt6, candidate(wrong), GoldenVerifier.Tolerance.DEFAULT);
            assertThat(c.agrees()).as(wrong + ": " + c.detail()).isFalse();
            assertThat(c.detail()).contains("> allowed");
        }
        GoldenVerifier.Tolerance none = new GoldenVerifier.Tolerance(0, 0);
        // the golden value itself, the true value to 33 digits, and its double (16 digits, within 1e-12)
        assertThat(GoldenVerifier.compare(sqrt6, candidate("2.4494897427831780982"), none).agrees()).isTrue();
        assertThat(GoldenVerifier.compare(sqrt6, candidate("2.44948974278317809819728407470589"), none).agrees())
                .isTrue();
        assertThat(GoldenVerifier.compare(sqrt6, candidate("2.449489742783178"), GoldenVerifier.Tolerance.DEFAULT)
                .agrees()).isTrue();
        // one digit short of the golden value's 20 digits is beyond half a unit of its last digit
        assertThat(GoldenVerifier.compare(sqrt6, candidate("2.449489742783178098"), none).agrees()).isFalse();
        // the same rule for a golden value written with trailing zeros omitted: 3 at 20 digits is 3.000…0
        GoldenVector three = new GoldenVector("hermite_c", "x", "1", "3", GoldenVector.Type.DECIMAL, "exact", "0", 20,
                "3");
        assertThat(GoldenVerifier.compare(three, candidate("3.4"), none).agrees()).isFalse();
        assertThat(GoldenVerifier.compare(three, candidate("3.000000000000000000004"), none).agrees()).isTrue();
    }

    /**
     * Property: a golden decimal perturbed by more than its own precision (half a unit in its last digit plus its
     * error) is rejected, and by less is accepted, with no extra tolerance; also with the default tolerance when the
     * perturbation exceeds it.
     */
    @Test
    void anyValuePerturbedBeyondTheGoldenPrecisionIsRejected() throws IOException {
        List<GoldenVector> decimals = GoldenFiles.read(golden()).vectors().stream()
                .filter(v -> v.type() == GoldenVector.Type.DECIMAL).toList();
        GoldenVerifier.Tolerance none = new GoldenVerifier.Tolerance(0, 0);
        org.quicktheories.QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261207L)).withExamples(400)
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, decimals.size() - 1),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 10_000),
                        org.quicktheories.generators.SourceDSL.booleans().all())
                .checkAssert((i, permille, up) -> {
                    GoldenVector g = decimals.get(i);
                    BigDecimal golden = new BigDecimal(g.value());
                    BigDecimal precision = GoldenVerifier.halfUnit(golden, g.digits()).add(new BigDecimal(g.error()));
                    BigDecimal beyond = precision.multiply(BigDecimal.valueOf(1000 + permille)).movePointLeft(3);
                    BigDecimal within = precision.multiply(BigDecimal.valueOf(permille % 1000)).movePointLeft(3);
                    BigDecimal sign = up ? BigDecimal.ONE : BigDecimal.ONE.negate();
                    if (precision.signum() > 0) {
                        assertThat(GoldenVerifier.compare(g, new GoldenFiles.Candidate(g.key(),
                                golden.add(beyond.multiply(sign)).toPlainString(), 1), none).agrees())
                                .as("%s + %s", g.key(), beyond).isFalse();
                    }
                    assertThat(GoldenVerifier.compare(g, new GoldenFiles.Candidate(g.key(),
                            golden.add(within.multiply(sign)).toPlainString(), 1), none).agrees())
                            .as("%s + %s", g.key(), within).isTrue();
                    BigDecimal big = golden.abs().max(BigDecimal.ONE).movePointLeft(10);
                    assertThat(GoldenVerifier.compare(g, new GoldenFiles.Candidate(g.key(),
                            golden.add(big.multiply(sign)).toPlainString(), 1), GoldenVerifier.Tolerance.DEFAULT)
                            .agrees()).as("%s + %s", g.key(), big).isFalse();
                });
    }

    private static GoldenFiles.Candidate candidate(String value) {
        return new GoldenFiles.Candidate(GoldenVector.Key.of("hermite_c", "x", "1"), value, 1);
    }

    @Test
    void malformedInputIsRejectedWithItsLine() throws IOException {
        Path noHeader = dir.resolve("no-header.csv");
        Files.writeString(noHeader, "a,b,c\n");
        assertThatThrownBy(() -> GoldenFiles.readCandidates(noHeader)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1").hasMessageContaining("kind,link,index,value");
        Path shortRow = dir.resolve("short.csv");
        Files.writeString(shortRow, "# comment\nkind,link,index,value\nhermite_c,He3\n");
        assertThatThrownBy(() -> GoldenFiles.readCandidates(shortRow)).hasMessageContaining("line 3");
        assertThatThrownBy(() -> GoldenFiles.readCandidates(dir.resolve("missing.csv")))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> GoldenFiles.read(dir)).hasMessageContaining("not a golden directory");
    }

    @Test
    void csvQuotingRoundTrips() {
        List<String> fields = List.of("a,b", "say \"hi\"", "", "#x", "plain");
        assertThat(Csv.parse(Csv.line(fields))).isEqualTo(fields);
        assertThat(Csv.parse(" kind , link ,3")).containsExactly("kind", "link", "3");
        assertThatThrownBy(() -> Csv.parse("\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}
