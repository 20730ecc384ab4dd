package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code simulate} and {@code sweep} with {@code --engine diffusion}: outputs, reproducibility and refusals. */
class DiffusionCliTest {

    private static final List<String> BASE = List.of("simulate", "--engine", "diffusion", "--target", "He3", "--loss",
            "correlation", "--d", "1000", "--gamma", "8e-7", "--init", "fixed", "--m0", "0.4", "--m-target", "0.45",
            "--max-steps", "10000000", "--seeds", "20");

    private static String[] args(String... more) {
        List<String> a = new ArrayList<>(BASE);
        a.addAll(Arrays.asList(more));
        return a.toArray(new String[0]);
    }

    @Test
    void summaryAndLinesRecordTheEngineEpsilonLeapsAndCertainty(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("runs.jsonl");
        CliTest.Result r = CliTest.run(args("--epsilon", "0.05", "--format", "json", "--out", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("engine").asText()).isEqualTo("diffusion");
        assertThat(j.get("epsilon").asDouble()).isEqualTo(0.05);
        assertThat(j.get("certainty").asText()).isEqualTo("estimate");
        assertThat(j.get("hit").asInt()).isEqualTo(20);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(20);
        long leaps = 0;
        for (String line : lines) {
            JsonNode n = Json.MAPPER.readTree(line);
            assertThat(n.get("leaps").asLong()).isPositive().isLessThan(n.get("steps").asLong());
            leaps += n.get("leaps").asLong();
        }
        assertThat(j.get("leaps").asLong()).isEqualTo(leaps);
        assertThat(j.get("mean_leaps").asDouble()).isEqualTo(leaps / 20.0);
        assertThat(j.get("approximation").asText()).contains("exact polynomials");
        CliTest.Result text = CliTest.run(args());
        assertThat(text.out()).contains("engine diffusion, epsilon 0.1").contains("leaps (");
    }

    @Test
    void nonPolynomialLinksRunOnTabulatedCoefficientsAndSaySo() {
        CliTest.Result r = CliTest.run("simulate", "--engine", "diffusion", "--target", "tanh", "--activation", "tanh",
                "--loss", "correlation", "--d", "1000", "--gamma", "1e-4", "--init", "fixed", "--m0", "0.1",
                "--m-target", "0.5", "--seeds", "10", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("hit").asInt()).isEqualTo(10);
        assertThat(j.get("certainty").asText()).isEqualTo("estimate");
        assertThat(j.get("approximation").asText()).contains("tabulated").contains("estimated relative error");
    }

    @Test
    void resultsDoNotDependOnTheThreadCount(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one.jsonl");
        Path three = dir.resolve("three.jsonl");
        assertThat(CliTest.run(args("--threads", "1", "--out", one.toString())).code()).isZero();
        assertThat(CliTest.run(args("--threads", "3", "--out", three.toString())).code()).isZero();
        assertThat(Files.readAllLines(one)).isEqualTo(Files.readAllLines(three));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--epsilon 0                                           | --epsilon",
        "--epsilon 0.6                                         | --epsilon",
        "--epsilon NaN                                         | --epsilon",
        "--epsilon abc                                         | --epsilon",
        "--sustain 3                                           | --sustain",
        "--gamma 1e-4                                          | diffusion regime",
        "--algorithm alternating --eta 1e-5 --second-layer persistent | --second-layer",
        "--algorithm reuse --eta 1e-8                          | --inner-norm",
        "--target sign --activation tanh                       | --target sign",
        "--engine reduced --epsilon 0.1                        | --epsilon",
    })
    void optionsItCannotModelEndWithExitCode2AndNoFile(String extra, String fragment, @TempDir Path dir) {
        Path out = dir.resolve("bad.jsonl");
        List<String> a = CliTest.withOptions(BASE, extra);
        a.addAll(List.of("--out", out.toString()));
        CliTest.Result r = CliTest.run(a.toArray(new String[0]));
        CliTest.assertRefused(r, fragment, out);
    }

    private static Path spec(Path dir, String json) throws IOException {
        return CliTest.sweepSpec(dir, json);
    }

    @Test
    void sweepRunsTheDiffusionEngineAndRecordsEpsilonAndLeaps(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, "{\"engine\": \"diffusion\", \"epsilon\": 0.2, \"seeds\": 5, \"base\": {\"target\":"
                + " \"He3\", \"loss\": \"correlation\", \"init\": \"fixed\", \"m0\": 0.4, \"m-target\": 0.45,"
                + " \"max-steps\": 10000000, \"d\": 1000}, \"grid\": {\"gamma\": [5e-7, 8e-7]}}");
        Path out = dir.resolve("results.jsonl");
        CliTest.Result r = CliTest.run("sweep", "--spec", spec.toString(), "--out", out.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(10);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.get("engine").asText()).isEqualTo("diffusion");
        assertThat(first.get("epsilon").asDouble()).isEqualTo(0.2);
        assertThat(first.get("leaps").asLong()).isPositive();
        assertThat(r.json().get("points").get(0).get("new_runs").get("leaps").asLong()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"epsilon\": 0.7,        | 5e-7 | epsilon must be a number in (0, 0.5]",
        "\"epsilon\": \"small\",  | 5e-7 | epsilon",
        "                         | 1e-4 | diffusion regime",
    })
    void badSweepsEndWithExitCode2AndNoFile(String epsilon, String gamma, String fragment, @TempDir Path dir)
            throws IOException {
        Path spec = spec(dir, "{\"engine\": \"diffusion\", " + (epsilon == null ? "" : epsilon) + " \"seeds\": 5,"
                + " \"base\": {\"target\": \"He3\", \"loss\": \"correlation\", \"init\": \"fixed\", \"m0\": 0.4,"
                + " \"m-target\": 0.45, \"max-steps\": 10000000, \"d\": 1000}, \"grid\": {\"gamma\": [" + gamma + "]}}");
        Path out = dir.resolve("results.jsonl");
        CliTest.Result r = CliTest.run("sweep", "--spec", spec.toString(), "--out", out.toString());
        CliTest.assertRefused(r, fragment, out);
    }
}
