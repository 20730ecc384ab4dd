package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateSweepCliTest {

    private static final String[] SMALL = {"simulate", "--target", "He3", "--d", "50", "--gamma", "0.01",
        "--max-steps", "20000", "--seeds", "24", "--init", "fixed", "--m0", "0.3"};

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void simulateSummaryHasTheContractKeys(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("runs.jsonl");
        CliTest.Result r = CliTest.run(with(SMALL, "--format", "json", "--out", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("runs").asInt()).isEqualTo(24);
        assertThat(j.get("hit").asInt() + j.get("censored").asInt() + j.get("diverged").asInt()).isEqualTo(24);
        assertThat(j.get("median_steps").has("estimate")).isTrue();
        assertThat(j.get("median_steps").has("lower")).isTrue();
        assertThat(j.get("median_steps").has("upper")).isTrue();
        assertThat(j.get("steps_per_second").asDouble()).isPositive();
        assertThat(j.get("config").get("algorithm").asText()).isEqualTo("online");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(24);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.get("run").asInt()).isZero();
        assertThat(first.get("status").asText()).isIn("hit", "censored", "diverged");
        assertThat(first.get("steps").asLong()).isPositive();
        assertThat(Files.exists(dir.resolve("runs.jsonl.partial"))).isFalse();
    }

    @Test
    void resultsDoNotDependOnTheThreadCount(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        assertThat(CliTest.run(with(SMALL, "--threads", "1", "--out", one.toString())).code()).isZero();
        assertThat(CliTest.run(with(SMALL, "--threads", "3", "--out", two.toString())).code()).isZero();
        assertThat(Files.readAllLines(one)).isEqualTo(Files.readAllLines(two));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--d 2                  | d",
        "--gamma -1             | gamma",
        "--gamma NaN            | gamma",
        "--gamma Infinity       | gamma",
        "--m-target 1.5         | m-target",
        "--m-target 0           | m-target",
        "--max-steps 0          | max-steps",
        "--algorithm sgd        | algorithm",
        "--engine warp          | engine",
        "--seeds 0              | --seeds",
        "--algorithm reuse      | eta",
        "--init fixed           | m0",
        "--loss l1              | loss",
    })
    void badSimulationInputEndsWithExitCode2(String extra, String fragment, @TempDir Path dir) {
        Path out = dir.resolve("bad.jsonl");
        String[] args = with(new String[] {"simulate", "--target", "He3", "--d", "50", "--gamma", "0.01",
            "--max-steps", "100", "--seeds", "2", "--out", out.toString()});
        java.util.List<String> list = CliTest.withOptions(java.util.Arrays.asList(args), extra);
        CliTest.Result r = CliTest.run(list.toArray(new String[0]));
        CliTest.assertRefused(r, fragment, out);
    }

    /**
     * Alternating SGD with a persistent second layer and a large eta: 22 of 40 runs diverge, at steps 47..54, while
     * the last hits come at 51..52. Diverged runs never hit, so with 18 hits of 40 the median is not reached;
     * censoring them where they diverged emptied the risk set and reported a median of 52. Deterministic: fixed seeds.
     */
    @Test
    void divergedRunsNeverHitInTheMedian() {
        CliTest.Result r = CliTest.run("simulate", "--algorithm", "alternating", "--second-layer", "persistent",
                "--eta", "1000", "--gamma", "0.005", "--target", "He3", "--d", "20", "--max-steps", "2000", "--seeds",
                "40", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("diverged").asInt()).isEqualTo(22);
        assertThat(j.get("hit").asInt()).isEqualTo(18);
        assertThat(j.get("median_steps").get("estimate").isNull()).as(j.toString()).isTrue();
        assertThat(j.get("median_steps").get("method").asText()).contains("diverged runs censored at the budget");
    }

    private static Path spec(Path dir, String json) throws IOException {
        return CliTest.sweepSpec(dir, json);
    }

    private static final String SWEEP = "{\"engine\": \"reduced\", \"seeds\": 6,"
            + " \"base\": {\"target\": \"He3\", \"max-steps\": 5000, \"init\": \"fixed\", \"m0\": 0.3, \"seed\": 7},"
            + " \"grid\": {\"d\": [20, 40], \"gamma\": [0.01, 0.02]}}";

    private static TreeSet<String> sortedLines(Path p) throws IOException {
        return Files.readAllLines(p).stream().collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void sweepAppendsResumesAndRepairsACutLine(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, SWEEP);
        Path out = dir.resolve("results.jsonl");
        CliTest.Result first = CliTest.run("sweep", "--spec", spec.toString(), "--out", out.toString());
        assertThat(first.code()).as(first.err()).isZero();
        TreeSet<String> complete = sortedLines(out);
        assertThat(complete).hasSize(4 * 6);

        // running again adds nothing
        assertThat(CliTest.run("sweep", "--spec", spec.toString(), "--out", out.toString()).code()).isZero();
        assertThat(sortedLines(out)).isEqualTo(complete);

        // keep 7 lines and a line cut short, as after a crash: the rerun repairs and completes the file
        List<String> lines = Files.readAllLines(out);
        Files.writeString(out, String.join("\n", lines.subList(0, 7)) + "\n" + lines.get(7).substring(0, 20));
        CliTest.Result resumed = CliTest.run("sweep", "--spec", spec.toString(), "--out", out.toString(),
                "--threads", "1", "--format", "json");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(sortedLines(out)).isEqualTo(complete);
        assertThat(resumed.json().get("points").size()).isEqualTo(4);
    }

    @Test
    void sweepFilesAreIdenticalForAnyThreadCount(@TempDir Path dir) throws IOException {
        Path spec = spec(dir, SWEEP);
        Path one = dir.resolve("one.jsonl");
        Path three = dir.resolve("three.jsonl");
        assertThat(CliTest.run("sweep", "--spec", spec.toString(), "--out", one.toString(), "--threads", "1").code())
                .isZero();
        assertThat(CliTest.run("sweep", "--spec", spec.toString(), "--out", three.toString(), "--threads", "3").code())
                .isZero();
        assertThat(Files.readAllLines(three)).isEqualTo(Files.readAllLines(one));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"grid\": {\"d\": [20]                                                       | does not parse",
        "[1, 2]                                                                        | JSON object",
        "{\"grid\": {}}                                                                | \"grid\" is empty",
        "{\"grid\": {\"d\": [20], \"d\": [30]}}                                        | \"d\" appears twice",
        "{\"grid\": {\"d\": [20]}, \"grid\": {\"d\": [30]}}                              | \"grid\" appears twice",
        "{\"grid\": {\"d\": [20]}, \"base\": {\"target\": \"He3\", \"d\": 30}}             | \"d\" is in both base and grid",
        "{\"grid\": {\"d\": [[[[[[[[[[[[[[[[[[20]]]]]]]]]]]]]]]]]]}}                     | nested more than 16 levels",
        "{\"grid\": {\"d\": [{\"x\": 1}]}}                                            | grid.d must be a string",
        "{\"grid\": {\"d\": []}, \"base\": {\"target\": \"He3\"}}                      | non-empty list",
        "{\"grid\": {\"d\": [2]}, \"base\": {\"target\": \"He3\", \"gamma\": 0.1, \"max-steps\": 10}} | d",
        "{\"grid\": {\"d\": [20]}, \"colour\": 1}                                      | unknown key",
        "{\"grid\": {\"d\": [20]}, \"base\": {\"target\": \"He3\", \"gamma\": 0.1, \"max-steps\": 10, \"speed\": 1}} | unknown parameter",
        "{\"grid\": {\"d\": [20]}, \"seeds\": 0}                                       | seeds",
    })
    void badSweepFilesEndWithExitCode2AndNoResultFile(String json, String fragment, @TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("results.jsonl");
        CliTest.Result r = CliTest.run("sweep", "--spec", spec(dir, json).toString(), "--out", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(fragment);
        assertThat(Files.exists(out)).isFalse();
    }

    /** A grid of 1000 x 1000 x 1000 points is refused from its size, before it is expanded (which needs gigabytes). */
    @Test
    void aHugeGridIsRefusedBeforeItIsExpanded(@TempDir Path dir) throws IOException {
        String values = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> String.valueOf(20 + i))
                .collect(Collectors.joining(", ", "[", "]"));
        Path spec = spec(dir, "{\"seeds\": 1, \"base\": {\"target\": \"He3\", \"max-steps\": 10}, \"grid\": {\"d\": "
                + values + ", \"sustain\": " + values + ", \"seed\": " + values + "}}");
        Path out = dir.resolve("results.jsonl");
        CliTest.Result r = CliTest.run("sweep", "--spec", spec.toString(), "--out", out.toString());
        CliTest.assertRefused(r, "1000 x 1000 x 1000 = 1000000000 points; a sweep may have at most 100000", out);
    }

    /** Files that are not sweep descriptions: exit code 2 with one line naming the problem, and no results file. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "garbage      | does not parse as JSON",
        "latin1       | is not UTF-8 text",
        "deep         | nested more than 16 levels",
        "directory    | is a directory",
        "empty-path   | --spec must name a sweep file",
        "missing      | no such file",
        "empty-file   | must hold a JSON object",
    })
    void specFilesThatAreNotSweepsAreRefused(String kind, String fragment, @TempDir Path dir) throws IOException {
        Path spec = dir.resolve("sweep.json");
        switch (kind) {
            case "garbage" -> Files.write(spec, new byte[] {0, 1, 2, 'g', 'a', 'r', 'b', 'a', 'g', 'e'});
            case "latin1" -> Files.write(spec, "{\"grid\": {\"target\": [\"caf\u00e9\"]}}"
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            case "deep" -> Files.writeString(spec, "{\"grid\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}");
            case "directory" -> Files.createDirectory(spec);
            case "empty-path" -> spec = Path.of("");
            case "missing" -> { }
            case "empty-file" -> Files.writeString(spec, "");
            default -> throw new IllegalArgumentException(kind);
        }
        Path out = dir.resolve("results.jsonl");
        CliTest.Result r = CliTest.run("sweep", "--spec", spec.toString(), "--out", out.toString());
        CliTest.assertRefused(r, fragment, out);
        assertThat(r.err().lines().count()).as(r.err()).isOne();
    }

    /**
     * An existing {@code --out} file that is not a results file of this sweep is refused before anything is written:
     * not cut, not appended to, even when its last line looks like the beginning of a result.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "line one\\nline two\\nlast line without newline",
        "line one\\nline two\\n{\"config_id\":\"ab",
        "{\"config_id\":\"ab",
        "{\"config_id\":\"0123456789abcdef\",\"run\":0}\\n",
    })
    void aForeignOutFileIsLeftAsItIs(String content, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("notes.txt");
        byte[] before = content.replace("\\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(out, before);
        CliTest.Result r = CliTest.run("sweep", "--spec", spec(dir, SWEEP).toString(), "--out", out.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--out").contains("left as it is").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
    }
}
