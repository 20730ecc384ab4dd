package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.run.ParallelRunner;

/**
 * {@code sgdx conform} against samples of the full engine: literal d-dimensional runs, with a random stream unrelated
 * to the reduced chain's. Every verdict below is for fixed seeds; were they drawn afresh, the correct samples would be
 * called inconsistent with probability at most {@code --alpha} = 0.01 (the Bonferroni bound).
 */
class ConformCliTest {

    /** The configuration, as options of {@code simulate}. */
    private static final List<String> OPTIONS = List.of("--target", "He3", "--loss", "correlation", "--d", "10",
            "--gamma", "0.005", "--max-steps", "3000", "--checkpoints", "2", "--threads", "2");

    private static final int RUNS = 400;

    @TempDir
    static Path dir;

    private static List<RunResult> full;

    @BeforeAll
    static void simulateTheFullEngine() {
        SimulationConfig config = SimulationConfig.builder().target("He3").activation("He3")
                .loss(org.sgdx.reference.dynamics.Loss.CORRELATION).d(10).gamma(0.005).maxSteps(3000).checkpointsPerDecade(2)
                .seed(12345).build();
        full = new ParallelRunner(2).run(Engines.full().prepare(config), RUNS);
    }

    private static CliTest.Result conform(Path samples, String... more) {
        List<String> args = new ArrayList<>(List.of("conform"));
        args.addAll(OPTIONS);
        args.add("--samples");
        args.add(samples.toString());
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    /** The runs in the long layout, with hitting steps multiplied by {@code scale} (then without checkpoints). */
    private static Path write(String name, List<RunResult> runs, double scale) throws IOException {
        StringBuilder sb = new StringBuilder(scale == 1 ? "run,status,steps,step,m\n" : "steps,status,run\n");
        for (RunResult r : runs) {
            if (scale != 1) {
                long t = Math.round(r.steps() * scale);
                boolean hit = r.hit() && t <= 3000;
                sb.append(hit ? t : 3000).append(',').append(hit ? "hit" : "censored").append(',').append(r.run())
                        .append('\n');
                continue;
            }
            for (int i = 0; i < r.checkpoints().size(); i++) {
                sb.append(String.format(Locale.ROOT, "%d,%s,%d,%d,%s%n", r.run(), r.status().key(), r.steps(),
                        r.checkpoints().step(i), Double.toString(r.checkpoints().value(i))));
            }
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void acceptsTheFullEngineAndRejectsTimesScaledByOneAndAHalf() throws IOException {
        Path plot = dir.resolve("qq.png");
        CliTest.Result ok = conform(write("full.csv", full, 1), "--format", "json", "--plot", plot.toString());
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        JsonNode j = ok.json();
        assertThat(j.get("command").asText()).isEqualTo("conform");
        assertThat(j.get("software").get("version").asText()).isNotEmpty();
        assertThat(j.get("verdict").asText()).isEqualTo("consistent");
        assertThat(j.get("reference").get("runs").asInt()).isEqualTo(1600);
        assertThat(j.get("samples").get("runs").asInt()).isEqualTo(RUNS);
        assertThat(j.get("samples").get("checkpoint_steps").get(0).asLong()).isZero();
        assertThat(j.get("config").get("d").asText()).isEqualTo("10");
        assertThat(j.get("alpha").asDouble()).isEqualTo(0.01);
        JsonNode q = j.get("quantities");
        assertThat(q.size()).isEqualTo(j.get("tests").asInt()).isGreaterThan(4);
        assertThat(q.get(0).get("quantity").asText()).isEqualTo("hitting time");
        assertThat(q.get(1).get("quantity").asText()).isEqualTo("success fraction");
        assertThat(q.get(2).get("quantity").asText()).isEqualTo("m_t at t = 0");
        for (JsonNode t : q) {
            assertThat(t.get("p_value").asDouble()).isGreaterThanOrEqualTo(j.get("threshold").asDouble());
        }
        double shift = j.get("detectable_median_shift").get("slower").asDouble();
        assertThat(shift).isBetween(0.05, 0.5);
        byte[] png = Files.readAllBytes(plot);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        CliTest.Result slow = conform(write("slow.csv", full, 1.5));
        assertThat(slow.code()).as(slow.out() + slow.err()).isEqualTo(1);
        assertThat(slow.out()).containsPattern("hitting time .* inconsistent").contains("verdict: inconsistent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing column        | run,status\\n0,hit                          | missing column steps
            missing m             | run,status,steps,step\\n0,hit,5,0           | missing column m
            unknown column        | run,status,steps,seed\\n0,hit,5,1           | unknown column 'seed'
            negative steps        | run,status,steps\\n0,hit,-5                 | steps must be a non-negative integer, got -5
            other status          | run,status,steps\\n0,converged,5            | status must be hit, censored or diverged, got 'converged'
            too few               | run,status,steps\\n0,hit,5\\n1,hit,6        | 2 runs: too few to test (at least 20)
            duplicated run        | run,status,steps\\n0,hit,5\\n0,hit,5        | run 0 is duplicated
            duplicated checkpoint | run,status,steps,step,m\\n0,hit,5,0,0.1\\n0,hit,5,0,0.1 | run 0 is duplicated
            not a number          | run,status,steps\\n0,hit,many               | steps must be a non-negative integer, got 'many'
            empty                 | ''                                          | is empty
            """)
    void refusesBadSamples(String name, String content, String message) throws IOException {
        Path samples = dir.resolve(name.replace(' ', '-') + ".csv");
        Files.writeString(samples, content.replace("\\n", "\n"), StandardCharsets.UTF_8);
        assertRefusedWithoutPlot(samples, message);
    }

    @Test
    void refusesNonUtf8GarbageDirectoriesAndMissingFiles() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "run,status,steps\n0,hit,5\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefusedWithoutPlot(latin1, "is not UTF-8 text");
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {0, 1, 2, 3, 'r', 'u', 'n'});
        assertRefusedWithoutPlot(binary, "is not a CSV text file");
        assertRefusedWithoutPlot(dir, "is a directory");
        assertRefusedWithoutPlot(dir.resolve("absent.csv"), "does not exist");
    }

    @Test
    void refusesSamplesThatDoNotMatchTheConfiguration() throws IOException {
        StringBuilder wrongBudget = new StringBuilder("run,status,steps\n");
        StringBuilder offSchedule = new StringBuilder("run,status,steps,step,m\n");
        StringBuilder afterEnd = new StringBuilder("run,status,steps,step,m\n");
        for (int i = 0; i < 30; i++) {
            wrongBudget.append(i).append(",censored,2000\n");
            offSchedule.append(i).append(",hit,50,").append(i == 7 ? 7 : 3).append(",0.1\n");
            afterEnd.append(i).append(",hit,50,").append(i == 7 ? 100 : 10).append(",0.1\n");
        }
        Path a = dir.resolve("budget.csv");
        Files.writeString(a, wrongBudget);
        assertRefusedWithoutPlot(a, "run 0 (censored after 2000 steps) is censored before --max-steps 3000");
        Path b = dir.resolve("schedule.csv");
        Files.writeString(b, offSchedule);
        assertRefusedWithoutPlot(b, "checkpoint at step 7, which is not in the schedule of --checkpoints 2");
        Path c = dir.resolve("after.csv");
        Files.writeString(c, afterEnd);
        assertRefusedWithoutPlot(c, "checkpoint at step 100 after its end");
    }

    @Test
    void refusesToReplaceAFileThatIsNotAnImage() throws IOException {
        Path notes = dir.resolve("notes.png");
        Files.writeString(notes, "my notes");
        CliTest.Result r = conform(write("full-again.csv", full, 1), "--plot", notes.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--plot: " + notes + " exists and was not written by 'sgdx conform'");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
    }

    @Test
    void aSustainedHitMayRecordCheckpointsUntilItIsConfirmed() throws IOException {
        SimulationConfig sustained = SimulationConfig.builder().target("He3").activation("He3").d(10).gamma(0.005)
                .maxSteps(3000).checkpointsPerDecade(1).sustain(3).build();
        String text = "run,status,steps,step,m\n0,hit,8,10,0.6\n";
        SampleFile f = SampleFile.parse(new BufferedReader(new StringReader(text)), "samples");
        assertThat(ConformCommand.runsOf(f, sustained, "samples").get(0).checkpoints().step(0)).isEqualTo(10);
        SimulationConfig firstPassage = sustained.toBuilder().sustain(1).build();
        assertThatThrownBy(() -> ConformCommand.runsOf(f, firstPassage, "samples"))
                .hasMessageContaining("checkpoint at step 10 after its end").hasMessageContaining("(step 8)");
    }

    private static void assertRefusedWithoutPlot(Path samples, String message) {
        Path plot = dir.resolve("refused.png");
        CliTest.Result r = conform(samples, "--plot", plot.toString());
        CliTest.assertRefused(r, message, plot);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }
}
