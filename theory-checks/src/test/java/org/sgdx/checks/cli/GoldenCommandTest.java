package org.sgdx.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.cli.GoldenCommand;

/** {@code sgdx golden export DIR} and {@code sgdx golden verify DIR --against FILE}. */
class GoldenCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportThenVerifyAndCatchAPerturbedValue() throws Exception {
        String golden = dir.resolve("golden").toString();
        Cli.Result export = Cli.run(new GoldenCommand(), "export", golden, "--sections", "hermite", "--link", "He3",
                "--link", "relu", "--max-degree", "4", "--digits", "20");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("20 vectors");
        Path vectors = dir.resolve("golden").resolve("vectors.csv");

        Cli.Result same = Cli.run(new GoldenCommand(), "verify", golden, "--against", vectors.toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("all 20 values agree");

        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(vectors)) {
            lines.add(l.startsWith("hermite_u,relu,0,") ? l.replace("0.398942280401", "0.398942280411") : l);
        }
        Path perturbed = Files.write(dir.resolve("perturbed.csv"), lines);
        Cli.Result bad = Cli.run(new GoldenCommand(), "verify", golden, "--against", perturbed.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("MISMATCH").contains("hermite_u relu 0").contains("1 of 20 values disagree");

        Cli.Result json = Cli.run(new GoldenCommand(), "verify", golden, "--against", perturbed.toString(), "--format",
                "json");
        assertThat(json.json().get("mismatches").get(0).get("link").asText()).isEqualTo("relu");
        assertThat(json.json().get("passed").asBoolean()).isFalse();
    }

    @Test
    void badInputGivesExitCodeTwo() throws Exception {
        String golden = dir.resolve("golden").toString();
        assertThat(Cli.run(new GoldenCommand(), "export", golden, "--sections", "hermite", "--link", "He2",
                "--max-degree", "2", "--digits", "10").code()).isZero();
        Path none = Files.writeString(dir.resolve("none.csv"), "kind,link,index,value\nhermite_c,cosh,1,0.5\n");
        Cli.Result noMatch = Cli.run(new GoldenCommand(), "verify", golden, "--against", none.toString());
        assertThat(noMatch.code()).isEqualTo(2);
        assertThat(noMatch.err()).contains("no row");
        assertThat(Cli.run(new GoldenCommand(), "verify", golden, "--against", "missing.csv").code()).isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand(), "verify", dir.toString(), "--against", none.toString()).code())
                .isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand(), "verify", golden).code()).isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand()).code()).isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand(), "export", golden, "--sections", "mu").code()).isEqualTo(2);
        assertThat(Cli.run(new GoldenCommand(), "export", golden, "--link", "nonsense(z").code()).isEqualTo(2);
    }
}
