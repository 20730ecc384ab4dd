package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slurm example ({@code theory-checks/examples/slurm}) on a real single-node Slurm cluster on this machine, started
 * by {@code local-slurm.sh} in a temporary directory (its own ports, state and logs) and stopped afterwards:
 * {@code submit.sh} runs a sweep as a job array of 3 shards and a merge job that depends on it, and the merged file
 * must equal the whole sweep's file byte for byte. Skipped, saying why, where Slurm is not installed, the test does
 * not run as root, or the cluster does not start.
 */
class SlurmExampleTest {

    private static final String SWEEP = "{\"engine\": \"reduced\", \"seeds\": 6,"
            + " \"base\": {\"target\": \"He3\", \"init\": \"fixed\", \"m0\": 0.3, \"seed\": 5},"
            + " \"grid\": {\"d\": [20, 40], \"gamma\": [0.01, 0.02], \"max-steps\": [3000, 9000]}}";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aJobArrayOfShardsAndItsMergeJobGiveTheWholeSweepsFile() throws Exception {
        Path examples = Stream.of(Path.of("examples", "slurm"), Path.of("theory-checks", "examples", "slurm"))
                .filter(Files::isDirectory).findFirst().orElseThrow().toAbsolutePath();
        assumeTrue(onPath("slurmctld") && onPath("sbatch") && onPath("munged"),
                "Slurm example skipped: Slurm is not installed (slurmctld, sbatch or munged not found); install Debian's slurm-wlm"
                        + " and munge to run this test");
        Path cluster = dir.resolve("cluster");
        Map<String, String> ports = Map.of("SLURMCTLD_PORT", String.valueOf(freePort()),
                "SLURMD_PORT", String.valueOf(freePort()));
        Result started = run(List.of("bash", examples.resolve("local-slurm.sh").toString(), "start", cluster.toString()),
                ports, 120);
        try {
            assumeTrue(started.code() == 0, "Slurm example skipped: the local Slurm cluster did not start: " + started.lastLine());
            Path spec = Files.writeString(dir.resolve("sweep.json"), SWEEP);
            Path whole = dir.resolve("whole.jsonl");
            CliTest.Result r = CliTest.run("sweep", "--spec", spec.toString(), "--out", whole.toString());
            assertThat(r.code()).as(r.err()).isZero();

            Path out = dir.resolve("out");
            Map<String, String> env = Map.of("SLURM_CONF", cluster.resolve("slurm.conf").toString(),
                    "SGDX", launcher().toString());
            Result submitted = run(List.of("bash", examples.resolve("submit.sh").toString(), "--wait", spec.toString(),
                    out.toString(), "3"), env, 480);
            assertThat(submitted.code()).as(submitted.output() + logs(out)).isZero();
            assertThat(submitted.output()).contains("shards: job array").contains("merge: job");
            for (int i = 0; i < 3; i++) {
                ShardHeader h = ShardHeader.parse(Files.readAllLines(out.resolve("shard-" + i + ".jsonl")).get(0));
                assertThat(h.shard()).isEqualTo(new ShardPlan.Shard(i, 3));
            }
            assertThat(Files.readAllBytes(out.resolve("results.jsonl"))).isEqualTo(Files.readAllBytes(whole));
        } finally {
            run(List.of("bash", examples.resolve("local-slurm.sh").toString(), "stop", cluster.toString()), ports, 60);
        }
    }

    /** The exit code and the merged standard output and error of a process. */
    private record Result(int code, String output) {
        String lastLine() {
            List<String> lines = output.strip().lines().toList();
            return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
        }
    }

    private Result run(List<String> command, Map<String, String> env, long seconds) throws Exception {
        Path log = Files.createTempFile(dir, "process", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            boolean ended = p.waitFor(seconds, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            return ended ? new Result(p.exitValue(), output) : new Result(-1, output + "\n(timed out after " + seconds + " s)");
        } finally {
            p.destroyForcibly();
        }
    }

    /** A script that runs this build's command line, for the compute node (this machine). */
    private Path launcher() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = dir.resolve("sgdx");
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.sgdx.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static String logs(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                b.append('\n').append(f.getFileName()).append(":\n").append(Files.readString(f));
            }
        }
        return b.toString();
    }

    private static boolean onPath(String command) {
        // the daemons are in /usr/sbin, which is not on every user's PATH; local-slurm.sh adds it
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator
                + "/sbin";
        return Stream.of(path.split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
