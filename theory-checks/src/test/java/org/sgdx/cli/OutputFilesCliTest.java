package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulate --out} and {@code sweep --out}: empty paths and directories are refused, and a file the command did
 * not write is left byte for byte as it was (exit code 2, a message naming {@code --out}).
 */
class OutputFilesCliTest {

    @TempDir
    Path dir;

    private static final String[] SIMULATE = {"simulate", "--target", "He3", "--d", "50", "--gamma", "0.01",
        "--max-steps", "2000", "--seeds", "3", "--init", "fixed", "--m0", "0.3"};

    private static final String SWEEP = "{\"engine\": \"reduced\", \"seeds\": 3,"
            + " \"base\": {\"target\": \"He3\", \"max-steps\": 2000, \"init\": \"fixed\", \"m0\": 0.3, \"seed\": 7},"
            + " \"grid\": {\"d\": [20, 40], \"gamma\": [0.01]}}";

    private static String[] simulate(String... more) {
        return Stream.concat(Stream.of(SIMULATE), Stream.of(more)).toArray(String[]::new);
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static void refused(CliTest.Result r, String fragment) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--out").contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void simulateRefusesAnEmptyPathADirectoryAndAForeignFile() throws IOException {
        refused(CliTest.run(simulate("--out", "")), "empty");
        refused(CliTest.run(simulate("--out", dir.toString())), "is a directory");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        List<Path> before = listing();
        refused(CliTest.run(simulate("--out", notes.toString())), "not written by 'sgdx simulate'");
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");
        assertThat(listing()).isEqualTo(before);
        Path foreignPartial = Files.writeString(dir.resolve("runs.jsonl.partial"), "keep me\n");
        refused(CliTest.run(simulate("--out", dir.resolve("runs.jsonl").toString())), "runs.jsonl.partial");
        assertThat(Files.readString(foreignPartial)).isEqualTo("keep me\n");
        assertThat(dir.resolve("runs.jsonl")).doesNotExist();
    }

    @Test
    void simulateReplacesItsOwnFileAndAForeignFileOnlyWithForce() throws IOException {
        Path runs = dir.resolve("runs.jsonl");
        assertThat(CliTest.run(simulate("--out", runs.toString())).code()).isZero();
        String first = Files.readString(runs);
        assertThat(first).startsWith("{\"run\":0,\"status\":");
        // its own output is replaced without --force; an empty partial left by an interrupt is its own too
        Files.writeString(dir.resolve("runs.jsonl.partial"), "");
        CliTest.Result again = CliTest.run(simulate("--out", runs.toString()));
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.readString(runs)).isEqualTo(first);
        assertThat(dir.resolve("runs.jsonl.partial")).doesNotExist();
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        CliTest.Result forced = CliTest.run(simulate("--out", notes.toString(), "--force"));
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(notes)).isEqualTo(first);
    }

    /** A JVM ended by a signal (SIGTERM, as Ctrl-C's SIGINT) while simulating leaves no FILE.partial behind. */
    @Test
    void anInterruptedSimulateLeavesNoPartialFile() throws Exception {
        Path runs = dir.resolve("runs.jsonl");
        Path partial = dir.resolve("runs.jsonl.partial");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "org.sgdx.cli.Main",
                "simulate", "--target", "He3", "--d", "100000", "--gamma", "1e-9", "--max-steps", "1000000000",
                "--seeds", "2", "--threads", "1", "--out", runs.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(partial) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(partial).as(Files.readString(dir.resolve("log.txt"))).exists();
            p.destroy();
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(partial).doesNotExist();
        assertThat(runs).doesNotExist();
    }

    @Test
    void sweepRefusesAnEmptyPathADirectoryAndForeignFilesUntouched() throws IOException {
        Path spec = Files.writeString(dir.resolve("sweep.json"), SWEEP, StandardCharsets.UTF_8);
        refused(CliTest.run("sweep", "--spec", spec.toString(), "--out", ""), "empty");
        refused(CliTest.run("sweep", "--spec", spec.toString(), "--out", dir.toString()), "is a directory");
        // a text file whose last line has no newline: formerly cut off before the refusal
        byte[] notes = "line one\nline two, no newline".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("notes.txt"), notes);
        refused(CliTest.run("sweep", "--spec", spec.toString(), "--out", file.toString()), "not a sweep result");
        assertThat(Files.readAllBytes(file)).isEqualTo(notes);
        byte[] oneLine = "no newline at all".getBytes(StandardCharsets.UTF_8);
        Files.write(file, oneLine);
        refused(CliTest.run("sweep", "--spec", spec.toString(), "--out", file.toString()), "not a sweep result");
        assertThat(Files.readAllBytes(file)).isEqualTo(oneLine);
        // a simulate output is not a sweep result either
        Path runs = dir.resolve("runs.jsonl");
        assertThat(CliTest.run(simulate("--out", runs.toString())).code()).isZero();
        byte[] simulated = Files.readAllBytes(runs);
        refused(CliTest.run("sweep", "--spec", spec.toString(), "--out", runs.toString()), "not a sweep result");
        assertThat(Files.readAllBytes(runs)).isEqualTo(simulated);
    }

    @Test
    void sweepResumesItsOwnFileButRefusesTheResultsOfAnotherSweep() throws IOException {
        Path spec = Files.writeString(dir.resolve("sweep.json"), SWEEP, StandardCharsets.UTF_8);
        Path results = dir.resolve("results.jsonl");
        assertThat(CliTest.run("sweep", "--spec", spec.toString(), "--out", results.toString()).code()).isZero();
        byte[] complete = Files.readAllBytes(results);
        assertThat(CliTest.run("sweep", "--spec", spec.toString(), "--out", results.toString()).code()).isZero();
        assertThat(Files.readAllBytes(results)).isEqualTo(complete);

        Path other = Files.writeString(dir.resolve("other.json"), SWEEP.replace("\"seed\": 7", "\"seed\": 8"),
                StandardCharsets.UTF_8);
        // with a cut-short last line, which must not be removed either
        byte[] cut = java.util.Arrays.copyOf(complete, complete.length - 5);
        Files.write(results, cut);
        refused(CliTest.run("sweep", "--spec", other.toString(), "--out", results.toString()), "not in this sweep");
        assertThat(Files.readAllBytes(results)).isEqualTo(cut);
        // the same sweep repairs the cut line and completes the file
        assertThat(CliTest.run("sweep", "--spec", spec.toString(), "--out", results.toString()).code()).isZero();
        assertThat(Files.readAllLines(results)).containsExactlyInAnyOrderElementsOf(
                List.of(new String(complete, StandardCharsets.UTF_8).split("\n")));
    }
}
