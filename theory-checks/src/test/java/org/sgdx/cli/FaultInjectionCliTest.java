package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: {@code simulate --out} and {@code sweep} (whole, or shard by shard) run in a child JVM that is killed (SIGKILL, no shutdown
 * hook runs) at pseudo-random points of its output, then run again; the final file must equal, byte for byte, the file
 * of an uninterrupted run. The kill points are fractions of the final file's size drawn from a fixed seed, so each run
 * is killed in the middle of its work however fast the machine is. On a machine so loaded that the test sees no
 * growth of the file before a run ends, that run is not killed; at least one of the runs must be. A run killed after
 * {@code simulate} renamed its {@code FILE.partial} (between the last write and the exit) must have left the whole
 * result: the rename is atomic.
 */
class FaultInjectionCliTest {

    private static final long SEED = 20261207L;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    private static final String SWEEP = "{\"engine\": \"reduced\", \"seeds\": 100, \"base\": {\"target\": \"He3\","
            + " \"max-steps\": 20000, \"init\": \"fixed\", \"m0\": 0.2, \"seed\": 11},"
            + " \"grid\": {\"d\": [50, 200], \"gamma\": [0.002, 0.004]}}";

    @Test
    void aKilledSweepResumesToTheSameBytes() throws Exception {
        Path spec = Files.writeString(dir.resolve("sweep.json"), SWEEP);
        Path reference = dir.resolve("reference.jsonl");
        assertThat(runToEnd(sweep(spec, reference))).isZero();
        byte[] expected = Files.readAllBytes(reference);

        Path out = dir.resolve("killed.jsonl");
        SplittableRandom random = new SplittableRandom(SEED);
        List<Long> killedAt = new ArrayList<>();
        for (double fraction : increasingFractions(random)) {
            long size = killWhenSizeReaches(sweep(spec, out), out, (long) (fraction * expected.length));
            if (size >= 0 && Files.size(out) < expected.length) {
                killedAt.add(size);
            }
        }
        assertThat(killedAt).as("runs killed").isNotEmpty();
        assertThat(runToEnd(sweep(spec, out))).isZero();
        assertThat(Files.readAllBytes(out)).as("killed at %s bytes", killedAt).isEqualTo(expected);
    }

    /**
     * Shards of the same sweep killed at pseudo-random points and resumed, then merged, give the whole sweep's file byte
     * for byte; each shard is killed once, at a fraction in (0.1, 0.9) of a third of that file's size.
     */
    @Test
    void killedShardsResumeAndMergeToTheWholeSweepsBytes() throws Exception {
        Path spec = Files.writeString(dir.resolve("sweep.json"), SWEEP);
        Path reference = dir.resolve("reference.jsonl");
        assertThat(runToEnd(sweep(spec, reference))).isZero();
        byte[] expected = Files.readAllBytes(reference);

        int n = 3;
        List<String> merge = new ArrayList<>(List.of("sweep", "merge", "--out", dir.resolve("merged.jsonl").toString()));
        SplittableRandom random = new SplittableRandom(SEED + 2);
        List<String> killedAt = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path out = dir.resolve("shard" + i + ".jsonl");
            List<String> args = new ArrayList<>(sweep(spec, out));
            args.addAll(List.of("--shard", i + "/" + n));
            double fraction = 0.1 + 0.8 * random.nextDouble();
            long size = killWhenSizeReaches(args, out, (long) (fraction * expected.length / n));
            if (size >= 0) {
                killedAt.add("shard " + i + " at " + size);
            }
            assertThat(runToEnd(args)).isZero();
            merge.add(out.toString());
        }
        assertThat(killedAt).as("runs killed").isNotEmpty();
        assertThat(runToEnd(merge)).isZero();
        assertThat(Files.readAllBytes(dir.resolve("merged.jsonl"))).as("killed: %s", killedAt).isEqualTo(expected);
    }

    @Test
    void aKilledSimulateRerunGivesTheSameBytes() throws Exception {
        Path reference = dir.resolve("reference.jsonl");
        assertThat(runToEnd(simulate(reference))).isZero();
        byte[] expected = Files.readAllBytes(reference);

        Path out = dir.resolve("killed.jsonl");
        Path partial = dir.resolve("killed.jsonl.partial");
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<Long> killedAt = new ArrayList<>();
        for (double fraction : increasingFractions(random)) {
            long size = killWhenSizeReaches(simulate(out), partial, (long) (fraction * expected.length));
            if (size >= 0 && !Files.exists(out)) {
                killedAt.add(size);
            } else {
                // the run ended, or was killed after its atomic rename: the final file is then the whole result
                assertThat(Files.readAllBytes(out)).as("a final file left by a run is complete").isEqualTo(expected);
                Files.delete(out);
            }
        }
        assertThat(killedAt).as("runs killed").isNotEmpty();
        assertThat(runToEnd(simulate(out))).isZero();
        assertThat(Files.readAllBytes(out)).as("killed at %s bytes", killedAt).isEqualTo(expected);
        assertThat(partial).doesNotExist();
    }

    /** {@value #KILLS} increasing fractions in (0.1, 0.9), so that each resumed sweep is killed after some progress. */
    private static double[] increasingFractions(SplittableRandom random) {
        double[] f = new double[KILLS];
        for (int i = 0; i < KILLS; i++) {
            f[i] = 0.1 + 0.8 * (i + random.nextDouble()) / KILLS;
        }
        return f;
    }

    private List<String> sweep(Path spec, Path out) {
        return List.of("sweep", "--spec", spec.toString(), "--out", out.toString(), "--threads", "2");
    }

    private List<String> simulate(Path out) {
        return List.of("simulate", "--target", "He3", "--d", "50", "--gamma", "0.002", "--max-steps", "20000",
                "--seeds", "800", "--init", "fixed", "--m0", "0.2", "--threads", "1", "--out", out.toString());
    }

    private Process start(List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"), "org.sgdx.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    private int runToEnd(List<String> args) throws Exception {
        Process p = start(args);
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    /**
     * Starts the command and kills it once it has written to {@code file} and the file has at least {@code size} bytes
     * (a file left by an earlier kill counts only once this run has written to it); returns the size seen then, or −1
     * when the run ended (successfully) before the test saw the file reach that size.
     */
    private long killWhenSizeReaches(List<String> args, Path file, long size) throws Exception {
        Instant started = Instant.now();
        Process p = start(args);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (p.isAlive() && !(writtenSince(file, started) && sizeOf(file) >= size)
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            if (!p.isAlive()) {
                assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
                return -1;
            }
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return p.exitValue() == 0 ? -1 : sizeOf(file);
        } finally {
            p.destroyForcibly();
        }
    }

    private static boolean writtenSince(Path file, Instant started) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(started);
        } catch (IOException e) {
            return false;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
