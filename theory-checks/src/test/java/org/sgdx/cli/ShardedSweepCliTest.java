package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sweep --shard i/n} and {@code sweep merge}: shards cut short as by a crash and resumed, then merged in any
 * order, give the whole sweep's file byte for byte, for several {@code n}; and every inconsistent set of shard files is
 * refused (exit code 2, one line naming the problem, nothing written).
 */
class ShardedSweepCliTest {

    /** 8 grid points of two step budgets (so the shards are balanced by cost, not by count) × 5 seeds. */
    private static final String SWEEP = "{\"engine\": \"reduced\", \"seeds\": 5,"
            + " \"base\": {\"target\": \"He3\", \"init\": \"fixed\", \"m0\": 0.3, \"seed\": 7},"
            + " \"grid\": {\"d\": [20, 40], \"gamma\": [0.01, 0.02], \"max-steps\": [3000, 9000]}}";
    private static final int RUNS = 8 * 5;

    @TempDir
    Path dir;

    private Path spec(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private static CliTest.Result sweep(Path spec, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--spec", spec.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliTest.run(args.toArray(new String[0]));
    }

    private static CliTest.Result merge(Path out, Path... shards) {
        List<String> args = new ArrayList<>(List.of("sweep", "merge", "--out", out.toString()));
        Arrays.stream(shards).forEach(s -> args.add(s.toString()));
        return CliTest.run(args.toArray(new String[0]));
    }

    private static void ok(CliTest.Result r) {
        assertThat(r.code()).as(r.out() + r.err()).isZero();
    }

    /** The shard files of {@code n} shards of {@code spec}, run to the end. */
    private Path[] shards(Path spec, int n, String prefix) {
        Path[] files = new Path[n];
        for (int i = 0; i < n; i++) {
            files[i] = dir.resolve(prefix + i + ".jsonl");
            ok(sweep(spec, files[i], "--shard", i + "/" + n, "--threads", "2"));
        }
        return files;
    }

    /**
     * Each shard is run, then cut as a crash would leave it (inside the header; after the header with a line cut
     * short; half its lines and a line cut short; all but its last line), resumed with another thread count, and must
     * then equal the uninterrupted shard; the shards merged in reverse order equal the whole sweep's file.
     */
    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5})
    void interruptedAndResumedShardsMergeToTheWholeSweepByteForByte(int n) throws IOException {
        Path spec = spec("sweep.json", SWEEP);
        Path whole = dir.resolve("whole.jsonl");
        ok(sweep(spec, whole, "--threads", "2"));
        byte[] expected = Files.readAllBytes(whole);

        Path[] files = shards(spec, n, "shard");
        long runs = 0;
        for (int i = 0; i < n; i++) {
            byte[] complete = Files.readAllBytes(files[i]);
            List<String> lines = Files.readAllLines(files[i]);
            ShardHeader header = ShardHeader.parse(lines.get(0));
            assertThat(header.shard()).isEqualTo(new ShardPlan.Shard(i, n));
            assertThat(lines).hasSize(1 + (int) header.runs());
            runs += header.runs();

            String cut = switch ((i + n) % 4) {
                case 0 -> lines.get(0).substring(0, lines.get(0).length() / 2);
                case 1 -> lines.get(0) + "\n" + lines.get(1).substring(0, 30);
                case 2 -> String.join("\n", lines.subList(0, 1 + lines.size() / 2)) + "\n"
                        + lines.get(1 + lines.size() / 2).substring(0, 50);
                default -> String.join("\n", lines.subList(0, lines.size() - 1)) + "\n";
            };
            Files.writeString(files[i], cut, StandardCharsets.UTF_8);
            ok(sweep(spec, files[i], "--shard", i + "/" + n, "--threads", "1"));
            assertThat(Files.readAllBytes(files[i])).as("shard %d/%d resumed", i, n).isEqualTo(complete);
        }
        assertThat(runs).as("runs in all shards").isEqualTo(RUNS);

        Path merged = dir.resolve("merged.jsonl");
        Path[] reversed = new Path[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = files[n - 1 - i];
        }
        CliTest.Result r = merge(merged, reversed);
        ok(r);
        assertThat(r.out()).contains(n + " shards, " + RUNS + " runs");
        assertThat(Files.readAllBytes(merged)).isEqualTo(expected);
        assertThat(dir.resolve("merged.jsonl.partial")).doesNotExist();

        // merging again replaces the file merge wrote, with the same bytes
        ok(merge(merged, files));
        assertThat(Files.readAllBytes(merged)).isEqualTo(expected);
    }

    @Test
    void shardsBeyondTheNumberOfRunsAreEmptyAndStillMerge() throws IOException {
        Path spec = spec("small.json", "{\"engine\": \"reduced\", \"seeds\": 2, \"base\": {\"target\": \"He3\","
                + " \"max-steps\": 500, \"init\": \"fixed\", \"m0\": 0.3, \"gamma\": 0.01}, \"grid\": {\"d\": [20]}}");
        Path whole = dir.resolve("whole.jsonl");
        ok(sweep(spec, whole));
        Path[] files = shards(spec, 3, "small");
        assertThat(Files.readAllLines(files[2])).hasSize(1);
        assertThat(ShardHeader.parse(Files.readAllLines(files[2]).get(0)).runs()).isZero();
        Path merged = dir.resolve("merged.jsonl");
        ok(merge(merged, files));
        assertThat(Files.readAllBytes(merged)).isEqualTo(Files.readAllBytes(whole));
    }

    @Test
    void theShardsAreBalancedByTheirStepBudgets() throws IOException {
        Path spec = spec("sweep.json", SWEEP);
        Path[] files = shards(spec, 3, "shard");
        ObjectMapper json = new ObjectMapper();
        double[] load = new double[3];
        for (int i = 0; i < 3; i++) {
            List<String> lines = Files.readAllLines(files[i]);
            for (String line : lines.subList(1, lines.size())) {
                load[i] += json.readTree(line).get("config").get("max-steps").asDouble();
            }
        }
        // 20 runs of 3000 and 20 of 9000 steps: 240 000 in all, 80 000 per shard within one run of 9000
        assertThat(Arrays.stream(load).sum()).isEqualTo(240_000);
        assertThat(Arrays.stream(load).max().orElseThrow() - Arrays.stream(load).min().orElseThrow())
                .isLessThanOrEqualTo(9000);
    }

    @Test
    void aShardSummaryNamesTheShard() throws IOException {
        Path spec = spec("sweep.json", SWEEP);
        CliTest.Result r = sweep(spec, dir.resolve("s.jsonl"), "--shard", "1/3", "--format", "json");
        ok(r);
        JsonNode j = r.json();
        assertThat(j.get("shard").asInt()).isEqualTo(1);
        assertThat(j.get("shards").asInt()).isEqualTo(3);
        assertThat(j.get("shard_runs").asLong()).isEqualTo(Files.readAllLines(dir.resolve("s.jsonl")).size() - 1);
    }

    /** A set of shard files prepared by a case; {@code out} is the merge's output path. */
    @FunctionalInterface
    private interface Setup {
        Path[] prepare(ShardedSweepCliTest t, Path[] shards, Path out) throws IOException;
    }

    private static Arguments refusal(String name, String fragment, Setup setup) {
        return Arguments.of(name, fragment, setup);
    }

    static Stream<Arguments> badMerges() {
        return Stream.of(
                refusal("a shard missing", "shard 2/3 is missing", (t, s, out) -> new Path[] {s[0], s[1]}),
                refusal("a shard given twice", "shard 0/3 is given twice",
                        (t, s, out) -> new Path[] {s[0], s[1], t.copy(s[0], "again.jsonl"), s[2]}),
                refusal("shards of different splits", "different splits",
                        (t, s, out) -> new Path[] {s[0], s[1], s[2], t.shards(t.dir.resolve("sweep.json"), 2, "two")[1]}),
                refusal("shards of different sweeps", "different sweeps", (t, s, out) -> {
                    Path other = t.spec("other.json", SWEEP.replace("\"seed\": 7", "\"seed\": 8"));
                    ok(sweep(other, t.dir.resolve("other2.jsonl"), "--shard", "2/3"));
                    return new Path[] {s[0], s[1], t.dir.resolve("other2.jsonl")};
                }),
                refusal("shards of different versions", "different versions of sgdx", (t, s, out) -> {
                    t.edit(s[1], lines -> lines.set(0, lines.get(0).replace("\"version\":\"" + SoftwareInfo.version(),
                            "\"version\":\"0.0.1")));
                    return s;
                }),
                refusal("an incomplete shard", "is incomplete: 12 of its 13 runs; run 'sgdx sweep --shard 1/3' again", (t, s, out) -> {
                    t.edit(s[1], lines -> lines.remove(lines.size() - 1));
                    return s;
                }),
                refusal("a shard cut short", "is incomplete: its last line is cut short", (t, s, out) -> {
                    String text = Files.readString(s[2]);
                    Files.writeString(s[2], text.substring(0, text.length() - 10));
                    return s;
                }),
                refusal("a run missing", "is in no shard file", (t, s, out) -> {
                    t.edit(s[1], lines -> {
                        lines.remove(lines.size() - 1);
                        lines.set(0, t.withRuns(lines.get(0), lines.size() - 1));
                    });
                    return s;
                }),
                refusal("a run in two shards", "is in two shard files", (t, s, out) -> {
                    String stolen = Files.readAllLines(s[0]).get(1);
                    t.edit(s[1], lines -> {
                        lines.add(stolen);
                        t.sortResults(lines);
                        lines.set(0, t.withRuns(lines.get(0), lines.size() - 1));
                    });
                    return s;
                }),
                refusal("a line out of order", "is not in the order", (t, s, out) -> {
                    t.edit(s[1], lines -> lines.add(1, lines.remove(2)));
                    return s;
                }),
                refusal("a line that is not a result", "line 3 is not a result of this sweep", (t, s, out) -> {
                    t.edit(s[1], lines -> lines.set(2, "{\"config_id\":\"0123\",\"run\":1}"));
                    return s;
                }),
                refusal("the whole sweep's file given as a shard", "is not a shard's results file", (t, s, out) -> {
                    Path whole = t.dir.resolve("whole.jsonl");
                    ok(sweep(t.dir.resolve("sweep.json"), whole));
                    return new Path[] {s[0], whole, s[2]};
                }),
                refusal("a shard file that does not exist", "no such file",
                        (t, s, out) -> new Path[] {s[0], s[1], t.dir.resolve("nope.jsonl")}),
                refusal("--out names a shard file", "--out", (t, s, out) -> {
                    Files.copy(s[1], out);
                    return new Path[] {s[0], out, s[2]};
                }),
                refusal("an existing --out file that merge did not write", "not written by 'sgdx sweep merge'",
                        (t, s, out) -> {
                            Files.writeString(out, "my notes\n");
                            return s;
                        }));
    }

    /**
     * Each inconsistent set of shards is refused: exit code 2, one line naming the problem, no stack trace, the shard
     * files untouched and no output written (an existing foreign {@code --out} is left as it was).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badMerges")
    void inconsistentShardsAreRefusedAndNothingIsWritten(String name, String fragment, Setup setup) throws IOException {
        Path spec = spec("sweep.json", SWEEP);
        Path[] shards = shards(spec, 3, "shard");
        Path out = dir.resolve("merged.jsonl");
        Path[] given = setup.prepare(this, shards, out);
        Map<Path, byte[]> before = new TreeMap<>();
        for (Path p : given) {
            if (Files.exists(p)) {
                before.put(p, Files.readAllBytes(p));
            }
        }
        byte[] outBefore = Files.exists(out) ? Files.readAllBytes(out) : null;

        CliTest.Result r = merge(out, given);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("sgdx: ").contains(fragment).doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertThat(Files.readAllBytes(e.getKey())).as("%s untouched", e.getKey()).isEqualTo(e.getValue());
        }
        if (outBefore == null) {
            assertThat(out).doesNotExist();
        } else {
            assertThat(Files.readAllBytes(out)).isEqualTo(outBefore);
        }
        assertThat(dir.resolve("merged.jsonl.partial")).doesNotExist();
    }

    static Stream<Arguments> badResumes() {
        return Stream.of(
                Arguments.of("another shard's file", "1/3", "holds shard 0/3 of this sweep, not 1/3"),
                Arguments.of("a shard's file for the whole sweep", "", "holds shard 0/3 of a sweep: give --shard 0/3"),
                Arguments.of("a shard's file with another split", "0/4", "not 0/4"),
                Arguments.of("a shard's file of another version", "0/3", "was written by sgdx 0.0.1"),
                Arguments.of("a shard's file of another sweep", "0/3", "holds a shard of another sweep"),
                Arguments.of("the whole sweep's file for a shard", "0/3", "is not a results file of shard 0/3"),
                Arguments.of("a run of another shard", "0/3", "which is not in shard 0/3"));
    }

    /** A results file that is not this shard's (or a shard's file without --shard) is refused and left untouched. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badResumes")
    void aFileOfAnotherShardIsNotResumed(String name, String shard, String fragment) throws IOException {
        Path spec = spec("sweep.json", SWEEP);
        Path out = shards(spec, 3, "shard")[0];
        switch (name) {
            case "a shard's file of another version" -> edit(out, lines -> lines.set(0, lines.get(0)
                    .replace("\"version\":\"" + SoftwareInfo.version(), "\"version\":\"0.0.1")));
            case "a shard's file of another sweep" -> spec = spec("other.json", SWEEP.replace("\"seed\": 7", "\"seed\": 8"));
            case "the whole sweep's file for a shard" -> {
                Files.delete(out);
                ok(sweep(spec, out));
            }
            case "a run of another shard" -> {
                String stolen = Files.readAllLines(shards(spec, 3, "other")[1]).get(1);
                edit(out, lines -> {
                    lines.add(stolen);
                    sortResults(lines);
                });
            }
            default -> {
            }
        }
        byte[] before = Files.readAllBytes(out);
        CliTest.Result r = shard.isEmpty() ? sweep(spec, out) : sweep(spec, out, "--shard", shard);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("sgdx: --out: ").contains(fragment).contains("left as it is")
                .doesNotContain("\tat ");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
    }

    // helpers used by the cases

    private Path copy(Path from, String name) throws IOException {
        return Files.copy(from, dir.resolve(name));
    }

    @FunctionalInterface
    private interface LinesEdit {
        void apply(List<String> lines) throws IOException;
    }

    private void edit(Path file, LinesEdit change) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        change.apply(lines);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A header line with its number of runs replaced. */
    private String withRuns(String header, long runs) {
        return header.replaceFirst("\"runs\":\\d+", "\"runs\":" + runs);
    }

    /** Sorts the result lines after the header as the sweep writes them: by grid point (in the header's order), then run. */
    private void sortResults(List<String> lines) throws IOException {
        List<String> ids = ShardHeader.parse(lines.get(0)).configIds();
        ObjectMapper json = new ObjectMapper();
        List<String> results = new ArrayList<>(lines.subList(1, lines.size()));
        List<long[]> keys = new ArrayList<>();
        for (String l : results) {
            JsonNode n = json.readTree(l);
            keys.add(new long[] {ids.indexOf(n.get("config_id").asText()), n.get("run").asLong()});
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingLong(i -> keys.get(i)[0]).thenComparingLong(i -> keys.get(i)[1]));
        for (int i = 0; i < order.size(); i++) {
            lines.set(1 + i, results.get(order.get(i)));
        }
    }
}
