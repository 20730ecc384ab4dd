package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of {@code theory-checks/examples/conform}: a NumPy implementation of online SGD is accepted, the
 * same implementation without the projection {@code P⊥} is rejected. Runs only when {@code python3} with NumPy is
 * present, and otherwise reports itself skipped with the reason. Fixed seeds: the correct simulator would be
 * rejected with probability at most 0.01 were they drawn afresh; measured over seeds 1 to 3, the bug gives log-rank
 * p-values near 1e-12, against the threshold of about 1e-3.
 */
class ConformExampleTest {

    private static final Path SCRIPT = Path.of("examples", "conform", "online_sgd.py");

    /** The configuration of the example, as options of {@code simulate}. */
    private static final List<String> OPTIONS = List.of("--target", "He3", "--loss", "correlation", "--d", "10",
            "--gamma", "0.005", "--max-steps", "20000", "--checkpoints", "2", "--seed", "1");

    @Test
    void acceptsTheNumPySimulatorAndRejectsItsBug(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(SCRIPT), "the example script " + SCRIPT.toAbsolutePath() + " is absent");
        assumeTrue(python("-c", "import numpy") == 0, "skipped: python3 with NumPy is not available");
        Path good = dir.resolve("good.csv");
        Path buggy = dir.resolve("buggy.csv");
        assertThat(python(SCRIPT.toString(), "--out", good.toString())).isZero();
        assertThat(python(SCRIPT.toString(), "--bug", "--out", buggy.toString())).isZero();

        CliTest.Result accepted = conform(good);
        assertThat(accepted.code()).as(accepted.out() + accepted.err()).isZero();
        assertThat(accepted.out()).contains("verdict: consistent");
        CliTest.Result rejected = conform(buggy);
        assertThat(rejected.code()).as(rejected.out() + rejected.err()).isEqualTo(1);
        assertThat(rejected.out()).containsPattern("hitting time .* inconsistent");
    }

    private static CliTest.Result conform(Path samples) {
        List<String> args = new ArrayList<>(List.of("conform"));
        args.addAll(OPTIONS);
        args.addAll(List.of("--samples", samples.toString()));
        return CliTest.run(args.toArray(String[]::new));
    }

    /** Runs {@code python3} with the arguments; the exit code, or -1 when it cannot be started or takes too long. */
    private static int python(String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }
}
