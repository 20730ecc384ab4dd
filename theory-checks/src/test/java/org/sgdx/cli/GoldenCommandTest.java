package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sgdx golden export DIR} and {@code sgdx golden verify DIR --against FILE}. */
class GoldenCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportThenVerifyAndCatchAPerturbedValue() throws Exception {
        String golden = dir.resolve("golden").toString();
        CliTest.Result export = Cli.run(new GoldenCommand(), "export", golden, "--sections", "hermite", "--link", "He3",
                "--link", "relu", "--max-degree", "4", "--digits", "20");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("20 vectors");
        Path vectors = dir.resolve("golden").resolve("vectors.csv");

        CliTest.Result same = Cli.run(new GoldenCommand(), "verify", golden, "--against", vectors.toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("all 20 values agree");

        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(vectors)) {
            lines.add(l.startsWith("hermite_u,relu,0,") ? l.replace("0.398942280401", "0.398942280411") : l);
        }
        Path perturbed = Files.write(dir.resolve("perturbed.csv"), lines);
        CliTest.Result bad = Cli.run(new GoldenCommand(), "verify", golden, "--against", perturbed.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("MISMATCH").contains("hermite_u relu 0").contains("1 of 20 values disagree");

        CliTest.Result json = Cli.run(new GoldenCommand(), "verify", golden, "--against", perturbed.toString(), "--format",
                "json");
        assertThat(json.json().get("mismatches").get(0).get("link").asText()).isEqualTo("relu");
        assertThat(json.json().get("passed").asBoolean()).isFalse();
    }

    /** {@code --coq} writes the claims file, replaces its own earlier one, and refuses a file it did not write. */
    @Test
    void coqClaimsAreWrittenAndAForeignFileIsRefused() throws Exception {
        Path golden = dir.resolve("golden");
        String[] args = {"export", golden.toString(), "--coq", "--sections", "hermite", "--link", "He3", "--link",
            "relu", "--max-degree", "4"};
        CliTest.Result first = Cli.run(new GoldenCommand(), args);
        assertThat(first.code()).as(first.err()).isZero();
        Path claims = golden.resolve(org.sgdx.checks.golden.CoqClaims.FILE_NAME);
        // He3 at k = 0..4 only: relu is not a polynomial link.
        assertThat(first.out()).contains("5 Coq claims");
        assertThat(Files.readString(claims)).contains("Lemma u_link1_3 : u 3 link1 ≡ pconst (1 # 1).")
                .doesNotContain("relu");
        assertThat(Cli.run(new GoldenCommand(), args).code()).isZero();

        Files.writeString(claims, "(* someone else's proof *)\n");
        CliTest.Result refused = Cli.run(new GoldenCommand(), args);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(claims.toString()).contains("--force");
        assertThat(Files.readString(claims)).isEqualTo("(* someone else's proof *)\n");
    }

    /** From the command line, at the default 30 digits: √6 with too few digits fails, correct values pass. */
    @Test
    void verifyRejectsSqrtSixWithTooFewDigits() throws Exception {
        String golden = dir.resolve("golden").toString();
        assertThat(Cli.run(new GoldenCommand(), "export", golden, "--sections", "hermite", "--link", "He3",
                "--max-degree", "3").code()).isZero();
        for (String wrong : List.of("2", "2.4", "2.45")) {
            Path f = Files.writeString(dir.resolve("wrong.csv"), "kind,link,index,value\nhermite_c,He3,3," + wrong
                    + "\n");
            CliTest.Result r = Cli.run(new GoldenCommand(), "verify", golden, "--against", f.toString());
            assertThat(r.code()).as(wrong + ": " + r.out()).isEqualTo(1);
            assertThat(r.out()).contains("MISMATCH").contains("got " + wrong).contains("1 of 1 values disagree");
        }
        for (String right : List.of("2.44948974278317809819728407471", "2.449489742783178",
                "2.44948974278318")) {
            Path f = Files.writeString(dir.resolve("right.csv"), "kind,link,index,value\nhermite_c,He3,3," + right
                    + "\n");
            CliTest.Result r = Cli.run(new GoldenCommand(), "verify", golden, "--against", f.toString());
            assertThat(r.code()).as(right + ": " + r.out()).isZero();
            CliTest.Result strict = Cli.run(new GoldenCommand(), "verify", golden, "--against", f.toString(),
                    "--rel-tol", "0", "--abs-tol", "0");
            assertThat(strict.code()).as(right + ": " + strict.out()).isEqualTo(right.length() > 20 ? 0 : 1);
        }
    }

    /** An empty DIR, and a file in DIR the export did not write, are refused before anything is written. */
    @Test
    void exportNeverOverwritesAFileItDidNotWrite() throws Exception {
        CliTest.Result empty = Cli.run(new GoldenCommand(), "export", "", "--sections", "hermite", "--link", "He2");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("DIR must name a path");
        CliTest.Result blank = Cli.run(new GoldenCommand(), "export", " ", "--sections", "hermite", "--link", "He2");
        assertThat(blank.code()).isEqualTo(2);

        Path project = Files.createDirectories(dir.resolve("project"));
        Path readme = Files.writeString(project.resolve("README.md"), "# my project\n");
        String[] export = {"export", project.toString(), "--sections", "hermite", "--link", "He2", "--max-degree",
            "2", "--digits", "10"};
        CliTest.Result refused = Cli.run(new GoldenCommand(), export);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("DIR").contains("README.md").contains("--force");
        assertThat(Files.readString(readme)).isEqualTo("# my project\n");
        try (var files = Files.list(project)) {
            assertThat(files).containsExactly(readme);
        }
        Files.writeString(project.resolve("vectors.csv"), "a,b\n");
        CliTest.Result two = Cli.run(new GoldenCommand(), export);
        assertThat(two.err()).contains("README.md").contains("vectors.csv").contains("exist and were not written");

        // an earlier export is replaced without --force; foreign files only with it
        Path own = dir.resolve("own").toAbsolutePath();
        String[] exportOwn = {"export", own.toString(), "--sections", "hermite", "--link", "He2", "--max-degree", "2",
            "--digits", "10"};
        assertThat(Cli.run(new GoldenCommand(), exportOwn).code()).isZero();
        assertThat(Cli.run(new GoldenCommand(), exportOwn).code()).isZero();
        String[] forced = java.util.stream.Stream.concat(java.util.Arrays.stream(export), java.util.stream.Stream.of(
                "--force")).toArray(String[]::new);
        assertThat(Cli.run(new GoldenCommand(), forced).code()).isZero();
        assertThat(Files.readString(readme)).startsWith("# sgdx golden vectors");
    }

    @Test
    void badInputGivesExitCodeTwo() throws Exception {
        String golden = dir.resolve("golden").toString();
        assertThat(Cli.run(new GoldenCommand(), "export", golden, "--sections", "hermite", "--link", "He2",
                "--max-degree", "2", "--digits", "10").code()).isZero();
        Path none = Files.writeString(dir.resolve("none.csv"), "kind,link,index,value\nhermite_c,cosh,1,0.5\n");
        CliTest.Result noMatch = Cli.run(new GoldenCommand(), "verify", golden, "--against", none.toString());
        assertThat(noMatch.code()).isEqualTo(2);
        assertThat(noMatch.err()).contains("no row");
        assertThat(Cli.run(new GoldenCommand(), "verify", golden, "--against", "missing.csv").code()).isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand(), "verify", dir.toString(), "--against", none.toString()).code())
                .isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand(), "verify", golden).code()).isEqualTo(2);
        // not a mismatch but bad input: a value that is not a number, a directory, files that are not golden files
        Path abc = Files.writeString(dir.resolve("abc.csv"), "kind,link,index,value\nhermite_c,He2,2,abc\n");
        CliTest.Result notANumber = Cli.run(new GoldenCommand(), "verify", golden, "--against", abc.toString());
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err()).contains("line 2").contains("'abc' is not a decimal number");
        CliTest.Result directory = Cli.run(new GoldenCommand(), "verify", golden, "--against", dir.toString());
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains("--against").contains("is a directory").doesNotContain("\tat ");
        Path bad = Files.createDirectories(dir.resolve("bad"));
        for (byte[] content : List.of(new byte[] {(byte) 0xff, (byte) 0xfe, '{'}, "garbage".getBytes(),
                "{\"format\": \"sgdx-golden-1\", \"created\": \"2026-01-01T00:00:00Z\", \"vectors\": [{\"kind\": \"k\",\"link\": \"l\", \"index\": \"1\", \"value\": \"x\", \"type\": \"decimal\", \"certainty\": \"exact\", \"error\": \"0\"}]}".getBytes())) {
            Files.write(bad.resolve("golden.json"), content);
            CliTest.Result r = Cli.run(new GoldenCommand(), "verify", bad.toString(), "--against", none.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("golden.json").doesNotContain("\tat ");
        }
        CliTest.Result fileAsDir = Cli.run(new GoldenCommand(), "verify", none.toString(), "--against", none.toString());
        assertThat(fileAsDir.code()).isEqualTo(2);
        assertThat(fileAsDir.err()).contains("not a golden directory");
        assertThat(Cli.run(new GoldenCommand()).code()).isEqualTo(2);
        CliTest.Result unknown = Cli.run(new GoldenCommand(), "export", golden, "--sections", "hermite,nonsense");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("mean-field-hitting-time");
        assertThat(Cli.run(new GoldenCommand(), "export", golden, "--sections", "mu", "--digits", "3").code())
                .isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand(), "export", golden, "--sections", "mu", "--link", "He3").code())
                .isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand(), "export", golden, "--link", "nonsense(z").code()).isEqualTo(2);
    }

    /** The default dynamics sections: export, verify against themselves, catch a perturbed mu coefficient. */
    @Test
    void theDynamicsSectionsRoundTripAndAPerturbedMuIsCaught() throws Exception {
        String golden = dir.resolve("golden").toString();
        CliTest.Result export = Cli.run(new GoldenCommand(), "export", golden, "--sections",
                "mu,second-moment,mean-field-m,mean-field-hitting-time", "--format", "json");
        assertThat(export.code()).as(export.err()).isZero();
        int count = export.json().get("vectors").asInt();
        assertThat(export.json().get("csv")).hasSize(5);
        Path vectors = dir.resolve("golden").resolve("vectors.csv");
        String csv = Files.readString(vectors);
        assertThat(csv).contains("mu,online:target=He3:activation=He3:loss=squared:a=1:variable=eta,3:0,3,decimal,exact")
                .contains("second_moment,").contains("normalisation,").contains("mean_field_m,online:target=He3")
                .contains(":d=1000:gamma=").contains("mean_field_hitting_time,alternating:target=He3")
                .contains(":eta=0.05:d=400:");

        CliTest.Result same = Cli.run(new GoldenCommand(), "verify", golden, "--against", vectors.toString());
        assertThat(same.code()).as(same.out()).isZero();
        assertThat(same.out()).contains("all " + count + " values agree");

        String key = "mu,reuse:target=He3:activation=He3:loss=squared:a=1:inner-step=plain:variable=s,1:2,";
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(vectors)) {
            lines.add(l.startsWith(key) ? l.replace(key + "17496,", key + "17497,") : l);
        }
        assertThat(lines).anyMatch(l -> l.startsWith(key + "17497,"));
        Path perturbed = Files.write(dir.resolve("perturbed-mu.csv"), lines);
        CliTest.Result bad = Cli.run(new GoldenCommand(), "verify", golden, "--against", perturbed.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("MISMATCH").contains("mu reuse:target=He3").contains("1:2: expected 17496")
                .contains("1 of " + count + " values disagree");
    }
}
