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
import org.sgdx.fastpath.Checkpoints;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.hitting.RunStatus;
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

    /**
     * The configuration as a grid point of a sweep file: runs of {@code sgdx simulate --engine full} for that grid
     * point are accepted, named by the point's index, and the same runs with their hitting times multiplied by 1.5 are
     * rejected, named by its {@code config_id}. The sweep's engine (full) only identifies the point; the reference is
     * the reduced chain with the point's seed, 12345, the seed of the simulated runs too: the engines' random streams
     * are unrelated.
     */
    @Test
    void acceptsAndRejectsSamplesOfAGridPointOfASweepFile() throws IOException {
        Path sweep = dir.resolve("conform-sweep.json");
        Files.writeString(sweep, """
                {"engine": "full", "seeds": 400,
                 "base": {"target": "He3", "loss": "correlation", "max-steps": 3000, "checkpoints": 2, "seed": 12345},
                 "grid": {"d": [10, 20], "gamma": [0.01, 0.005]}}
                """, StandardCharsets.UTF_8);
        // grid order: the first parameter varies slowest, so point 1 is d = 10, gamma = 0.005
        SweepCommand.Point expected = SweepCommand.parse(sweep).points().get(1);
        assertThat(expected.parameters()).containsEntry("d", "10").containsEntry("gamma", "0.005");
        Path out = dir.resolve("simulated.jsonl");
        CliTest.Result simulated = CliTest.run("simulate", "--engine", "full", "--target", "He3", "--loss",
                "correlation", "--d", "10", "--gamma", "0.005", "--max-steps", "3000", "--checkpoints", "2", "--seed",
                "12345", "--seeds", String.valueOf(RUNS), "--threads", "2", "--out", out.toString());
        assertThat(simulated.code()).as(simulated.err()).isZero();
        List<RunResult> runs = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode n = Json.MAPPER.readTree(line);
            JsonNode cp = n.path("checkpoints");
            long[] steps = new long[cp.size()];
            double[] values = new double[cp.size()];
            for (int i = 0; i < cp.size(); i++) {
                steps[i] = cp.get(i).get("step").asLong();
                values[i] = cp.get(i).get("m").asDouble();
            }
            runs.add(new RunResult(n.get("run").asLong(), RunStatus.valueOf(n.get("status").asText().toUpperCase(
                    Locale.ROOT)), n.get("steps").asLong(), n.get("steps").asLong(), n.get("final_m").asDouble(), 1,
                    Checkpoints.of(steps, values)));
        }

        CliTest.Result ok = CliTest.run("conform", "--spec", sweep.toString(), "--point", "1", "--samples",
                write("simulated.csv", runs, 1).toString(), "--threads", "2", "--format", "json");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        JsonNode j = ok.json();
        assertThat(j.get("verdict").asText()).isEqualTo("consistent");
        assertThat(j.get("reference").get("runs").asInt()).isEqualTo(4 * RUNS);
        assertThat(j.get("samples").get("runs").asInt()).isEqualTo(RUNS);
        assertThat(j.get("config").get("d").asText()).isEqualTo("10");
        assertThat(j.get("config").get("gamma").asText()).isEqualTo("0.005");
        assertThat(j.get("config").get("seed").asText()).isEqualTo("12345");
        JsonNode point = j.get("grid_point");
        assertThat(point.get("spec").asText()).isEqualTo(sweep.toString());
        assertThat(point.get("spec_id").asText()).isEqualTo(ShardHeader.specId(SweepCommand.parse(sweep)));
        assertThat(point.get("engine").asText()).isEqualTo("full");
        assertThat(point.get("points").asInt()).isEqualTo(4);
        assertThat(point.get("index").asInt()).isEqualTo(1);
        assertThat(point.get("config_id").asText()).isEqualTo(expected.id());
        assertThat(point.get("parameters").get("gamma").asText()).isEqualTo("0.005");
        assertThat(j.get("quantities").size()).isGreaterThan(4);
        for (JsonNode t : j.get("quantities")) {
            assertThat(t.get("p_value").asDouble()).isGreaterThanOrEqualTo(j.get("threshold").asDouble());
        }

        CliTest.Result slow = CliTest.run("conform", "--spec", sweep.toString(), "--point", expected.id(), "--samples",
                write("simulated-slow.csv", runs, 1.5).toString(), "--threads", "2");
        assertThat(slow.code()).as(slow.out() + slow.err()).isEqualTo(1);
        assertThat(slow.out()).contains("grid point 1 (of 0..3; config_id " + expected.id() + ") of " + sweep)
                .containsPattern("hitting time .* inconsistent").contains("verdict: inconsistent");
    }

    /** The refusals of the grid-point form name the option, the file and the problem; nothing is written. */
    @Test
    void refusesABadGridPointOrTheTwoFormsMixed() throws IOException {
        Path sweep = dir.resolve("refused-sweep.json");
        Files.writeString(sweep, "{\"engine\": \"full\", \"base\": {\"target\": \"He3\", \"max-steps\": 3000},"
                + " \"grid\": {\"d\": [10, 20], \"gamma\": [0.01, 0.005], \"teacher\": [\"e1\", \"random\"]}}");
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{\"grid\": ");
        StringBuilder early = new StringBuilder("run,status,steps\n");
        for (int i = 0; i < 30; i++) {
            early.append(i).append(",censored,2000\n");
        }
        Path samples = dir.resolve("early.csv");
        Files.writeString(samples, early);
        Path plot = dir.resolve("refused-point.png");
        String[][] cases = {
            {"8", "--point 8 is out of range: " + sweep + " has 8 grid points, indices 0..7"},
            {"abc", "--point: no grid point of " + sweep + " has config_id 'abc'"},
            {"1", "--point 1: the reference, the reduced chain, cannot run grid point 1 of " + sweep
                + ": teacher random applies only to engine full"},
            {"0", "--samples: " + samples + ": run 0 (censored after 2000 steps) is censored before the grid point's"
                + " max-steps 3000"},
        };
        for (String[] c : cases) {
            CliTest.Result r = CliTest.run("conform", "--spec", sweep.toString(), "--point", c[0], "--samples",
                    samples.toString(), "--plot", plot.toString());
            CliTest.assertRefused(r, "sgdx: " + c[1], plot);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        CliTest.Result notJson = CliTest.run("conform", "--spec", garbage.toString(), "--point", "0", "--samples",
                samples.toString(), "--plot", plot.toString());
        CliTest.assertRefused(notJson, "sgdx: --spec: sweep file " + garbage + " does not parse as JSON", plot);
        CliTest.Result mixed = conform(samples, "--spec", sweep.toString(), "--point", "0", "--plot", plot.toString());
        CliTest.assertRefused(mixed, "sgdx: --spec/--point and the options of 'sgdx simulate' (here --target, --loss,"
                + " --d, --gamma, --max-steps, --checkpoints) are mutually exclusive", plot);
        CliTest.Result neither = CliTest.run("conform", "--samples", samples.toString());
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).startsWith("sgdx: Missing required options: the configuration, either"
                + " '--target=SPEC', '--d=D', '--gamma=G' (with the other options of 'sgdx simulate') or"
                + " '--spec=SWEEP.json' and '--point=ID'\n");
        CliTest.Result alone = CliTest.run("conform", "--spec", sweep.toString(), "--samples", samples.toString());
        assertThat(alone.err()).startsWith("sgdx: Missing required option: '--point=ID'\n");
        CliTest.Result unchanged = CliTest.run("conform", "--d", "10", "--samples", samples.toString());
        assertThat(unchanged.err()).startsWith("sgdx: Missing required options: '--target=SPEC', '--gamma=G'\n");
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
