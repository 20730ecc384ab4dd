package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Bad input to every command, one table per command: each row is a valid base invocation with one option changed or
 * added (missing, empty, not a number, NaN, ±Infinity, out of range, overflowing, too large a link). Every row must
 * end with exit code 2, a first line of standard error that names the option, no stack trace, and no file created:
 * path arguments point into a temporary directory ({@code {dir}}), whose contents and those of the working directory
 * are compared before and after. Every row is refused before any computation, so each takes milliseconds.
 */
class BadInputCliTest {

    @TempDir
    Path dir;

    /** Options without a value. */
    private static final Set<String> FLAGS = Set.of("--table", "--force", "--quick", "--full", "--list");

    /** {@code z+z+...+z}: 100 001 characters, far beyond the length limit of a link. */
    private static final String LONG_LINK = "z" + "+z".repeat(50_000);
    /** 20 000 nested parentheses around z. */
    private static final String NESTED_LINK = "(".repeat(20_000) + "z" + ")".repeat(20_000);
    /** 200 nested calls of tanh: short, but nested beyond the limit. */
    private static final String NESTED_CALLS = "tanh(".repeat(200) + "z" + ")".repeat(200);

    private static final String[] HERMITE = {"hermite", "--link", "He3"};
    private static final String[] EXPONENTS = {"exponents", "--link", "He3"};
    private static final String[] COEFFICIENTS = {"coefficients", "--algorithm", "online", "--target", "He3",
        "--activation", "He3"};
    private static final String[] PREDICT = {"predict", "--algorithm", "online", "--target", "He3", "--activation",
        "He3", "--d", "100", "--max-steps", "0"};
    private static final String[] PHASE = {"phase", "--algorithm", "alternating", "--target", "He3", "--activation",
        "He3", "--loss", "correlation", "--q", "-1", "--d", "1e12,1e16,1e20", "--time-digits", "2"};
    private static final String[] SIMULATE = {"simulate", "--target", "He3", "--d", "50", "--gamma", "0.01",
        "--max-steps", "100", "--seeds", "2", "--out", "{dir}/runs.jsonl"};
    private static final String[] CONFORM = {"conform", "--spec", "{dir}/sweep.json", "--point", "0", "--samples",
        "{dir}/samples.csv", "--plot", "{dir}/qq.png"};
    private static final String[] SWEEP = {"sweep", "--spec", "{dir}/sweep.json", "--out", "{dir}/results.jsonl"};
    private static final String[] EXPORT = {"golden", "export", "{dir}/golden"};
    private static final String[] AUDIT = {"audit", "--out", "{dir}/audit", "--claim", "hermite.orthogonality"};

    /** A row: the base invocation with {@code change} applied, and the option the message must name. */
    private static Arguments row(String[] base, String option, String... change) {
        return Arguments.of(base[0] + " " + abbreviate(String.join(" ", change)),
                merge(base, change), option);
    }

    /** The rows of an option that takes a link. */
    private static Stream<Arguments> links(String[] base, String option) {
        return Stream.of(row(base, option, option, ""), row(base, option, option, "  "),
                row(base, option, option, "He3 +"), row(base, option, option, "tahn"),
                row(base, option, option, "z/(z+1)"), row(base, option, option, "He2000"),
                row(base, option, option, LONG_LINK), row(base, option, option, NESTED_LINK),
                row(base, option, option, NESTED_CALLS));
    }

    /** The rows of an option that takes a number, with the values out of its range. */
    private static Stream<Arguments> numbers(String[] base, String option, String... outOfRange) {
        List<Arguments> rows = new ArrayList<>();
        for (String v : new String[] {"", "abc", "NaN", "Infinity", "-Infinity", "1e400", "1e99999999", "0x10"}) {
            rows.add(row(base, option, option, v));
        }
        for (String v : outOfRange) {
            rows.add(row(base, option, option, v));
        }
        return rows.stream();
    }

    /** The rows of an integer option: not an integer, overflowing, and the values out of its range. */
    private static Stream<Arguments> integers(String[] base, String option, String... outOfRange) {
        List<Arguments> rows = new ArrayList<>();
        for (String v : new String[] {"", "abc", "NaN", "1.5", "99999999999999999999"}) {
            rows.add(row(base, option, option, v));
        }
        for (String v : outOfRange) {
            rows.add(row(base, option, option, v));
        }
        return rows.stream();
    }

    @SafeVarargs
    private static Stream<Arguments> concat(Stream<Arguments>... parts) {
        return Stream.of(parts).flatMap(s -> s);
    }

    static Stream<Arguments> hermite() {
        return concat(links(HERMITE, "--link"),
                integers(HERMITE, "--max-degree", "-1", "1001"),
                integers(HERMITE, "--digits", "0", "-3", "2001"),
                Stream.of(row(HERMITE, "--basis", "--basis", "x"), row(HERMITE, "--basis", "--basis", ""),
                        row(HERMITE, "--format", "--format", "xml"),
                        row(new String[] {"hermite"}, "--link"),
                        row(new String[] {"hermite", "--link"}, "--link")));
    }

    static Stream<Arguments> exponents() {
        String[] noisy = merge(EXPONENTS, "--labels", "noisy", "--noise", "1/2");
        return concat(links(EXPONENTS, "--link"),
                numbers(noisy, "--noise", "0", "-1", "1001", "1/0", "1e-400"),
                integers(EXPONENTS, "--max-degree", "0", "41"),
                integers(EXPONENTS, "--max-power", "0", "13"),
                integers(EXPONENTS, "--zeta", "-1", "41"),
                integers(EXPONENTS, "--transform-grid", "0", "1", "-5", "100001"),
                integers(EXPONENTS, "--digits", "4", "2001"),
                integers(EXPONENTS, "--max-work", "0", "-1"),
                Stream.of(row(EXPONENTS, "--labels", "--labels", "poisson"),
                        row(EXPONENTS, "--labels", "--labels", "binary"),
                        row(EXPONENTS, "--table", "--table"),
                        row(new String[] {"exponents"}, "--link")));
    }

    static Stream<Arguments> coefficients() {
        return concat(links(COEFFICIENTS, "--target"), links(COEFFICIENTS, "--activation"),
                numbers(COEFFICIENTS, "--a", "1e101", "-1e101", "1e-101", "1/0"),
                numbers(COEFFICIENTS, "--noise", "0", "-1", "1001", "1e-400"),
                integers(COEFFICIENTS, "--max-index", "0", "-1", "201"),
                integers(COEFFICIENTS, "--order", "0", "13"),
                integers(COEFFICIENTS, "--digits", "4", "201"),
                Stream.of(row(COEFFICIENTS, "--algorithm", "--algorithm", "sgd"),
                        row(COEFFICIENTS, "--algorithm", "--algorithm", ""),
                        row(COEFFICIENTS, "--loss", "--loss", "hinge"),
                        row(COEFFICIENTS, "--second-layer", "--second-layer", "trained"),
                        row(COEFFICIENTS, "--inner-step", "--inner-step", "normalised"),
                        row(COEFFICIENTS, "--labels", "--labels", "poisson"),
                        row(COEFFICIENTS, "--labels", "--labels", "binary"),
                        row(new String[] {"coefficients", "--algorithm", "online", "--target", "He3"}, "--activation")));
    }

    static Stream<Arguments> predict() {
        String[] reuse = merge(PREDICT, "--algorithm", "reuse", "--eta", "1e-3");
        return concat(numbers(PREDICT, "--d", "2", "0", "-5", "1e301"),
                numbers(reuse, "--eta", "-1", "1e301"),
                numbers(PREDICT, "--gamma", "0", "-1e-3", "1e301", "1e-301"),
                numbers(PREDICT, "--m0", "0", "1", "-0.5", "1.5", "1e-400"),
                numbers(PREDICT, "--m-target", "0", "1", "0.05"),
                integers(PREDICT, "--max-steps", "-1"),
                numbers(PREDICT, "--a", "1e101"),
                links(PREDICT, "--target"),
                Stream.of(row(PREDICT, "--m-target", "--d", "3"),
                        row(PREDICT, "--m-target", "--m0", "0.6"),
                        row(new String[] {"predict", "--algorithm", "online", "--target", "He3", "--activation", "He3"},
                                "--d")));
    }

    static Stream<Arguments> phase() {
        return concat(numbers(PHASE, "--m-target", "0", "1", "-0.5"),
                integers(PHASE, "--time-digits", "1", "31"),
                integers(PHASE, "--threads", "0", "-1", "1025", "100000"),
                links(PHASE, "--activation"),
                Stream.of(row(PHASE, "--q", "--q", ""), row(PHASE, "--q", "--q", "abc"),
                        row(PHASE, "--q", "--q", "NaN"), row(PHASE, "--q", "--q", "1e99999999"),
                        row(PHASE, "--q", "--q", "1e301"), row(PHASE, "--q", "--q", "-1,1e-400"),
                        row(PHASE, "--q", "--q", "-1,,-2"), row(PHASE, "--q", "--q", "0:1"),
                        row(PHASE, "--q", "--q", "-1:-2:1/4"), row(PHASE, "--q", "--q", "-2:-1:0"),
                        row(PHASE, "--q", "--q", "-2:-1:1e-9"),
                        row(PHASE, "--d", "--d", ""), row(PHASE, "--d", "--d", "abc"),
                        row(PHASE, "--d", "--d", "Infinity"), row(PHASE, "--d", "--d", "1e4,1e8"),
                        row(PHASE, "--d", "--d", "1e4,1e3,1e8"), row(PHASE, "--d", "--d", "2,1e4,1e8"),
                        row(PHASE, "--d", "--d", "1e4:1e8:1"), row(PHASE, "--d", "--d", "3:1e300:1.0001"),
                        row(PHASE, "--d", "--d", "1e100,1e200,1e400"), row(PHASE, "--d", "--d", "3,4,5"),
                        row(PHASE, "--d", "--d", "4,5,6", "--m-target", "1/2"),
                        row(PHASE, "--plot", "--plot", ""), row(PHASE, "--plot", "--plot", "{dir}/phase.pdf"),
                        row(PHASE, "--plot", "--plot", "{dir}/missing/phase.png"),
                        row(PHASE, "--a", "--a", "1e400")));
    }

    static Stream<Arguments> simulate() {
        String[] reuse = merge(SIMULATE, "--algorithm", "reuse", "--eta", "1e-3");
        String[] fixed = merge(SIMULATE, "--init", "fixed", "--m0", "0.3");
        return concat(links(SIMULATE, "--target"), links(SIMULATE, "--activation"),
                numbers(SIMULATE, "--d", "2", "0", "-5", "12.5", "1e30"),
                numbers(SIMULATE, "--gamma", "0", "-1", "1e-400"),
                numbers(reuse, "--eta", "0", "-1"),
                numbers(SIMULATE, "--a", "1e309"),
                numbers(merge(SIMULATE, "--noise", "0.5"), "--noise", "0", "-1"),
                numbers(SIMULATE, "--m-target", "0", "1", "1.5", "1e-400"),
                numbers(fixed, "--m0", "1", "-1", "1.5"),
                integers(SIMULATE, "--sustain", "0", "-1", "1e20"),
                integers(SIMULATE, "--checkpoints", "-1", "1001"),
                integers(SIMULATE, "--max-steps", "0", "-1"),
                integers(SIMULATE, "--seeds", "0", "-1", "10000001"),
                integers(SIMULATE, "--threads", "0", "1025", "100000"),
                Stream.of(row(SIMULATE, "--seed", "--seed", "abc"), row(SIMULATE, "--seed", "--seed", "1.5"),
                        row(SIMULATE, "--eta", "--eta", "0.1"),
                        row(SIMULATE, "--eta", "--algorithm", "reuse"),
                        row(SIMULATE, "--m0", "--init", "fixed"),
                        row(SIMULATE, "--m0", "--m0", "0.3"),
                        row(SIMULATE, "--init", "--init", "zero"),
                        row(SIMULATE, "--teacher", "--teacher", "random"),
                        row(SIMULATE, "--teacher", "--teacher", "e2"),
                        row(SIMULATE, "--teacher", "--teacher", "random", "--engine", "diffusion",
                                "--loss", "correlation", "--d", "1000", "--gamma", "5e-7"),
                        row(SIMULATE, "--overlap", "--overlap", "squared"),
                        row(SIMULATE, "--loss", "--loss", "hinge"),
                        row(SIMULATE, "--algorithm", "--algorithm", "adam"),
                        row(SIMULATE, "--labels", "--labels", "binary"),
                        row(SIMULATE, "--labels", "--labels", "poisson"),
                        row(SIMULATE, "--noise", "--noise", "0.5", "--labels", "deterministic"),
                        row(SIMULATE, "--inner-step", "--inner-step", "projected"),
                        row(SIMULATE, "--inner-norm", "--inner-norm", "d"),
                        row(SIMULATE, "--second-layer", "--second-layer", "persistent"),
                        row(SIMULATE, "--engine", "--engine", "warp"),
                        row(SIMULATE, "--epsilon", "--epsilon", "0.1"),
                        row(SIMULATE, "--epsilon", "--engine", "diffusion", "--epsilon", "NaN"),
                        row(SIMULATE, "--d", "--engine", "full", "--d", "1e12"),
                        row(SIMULATE, "--out", "--out", ""), row(SIMULATE, "--out", "--out", "{dir}"),
                        row(SIMULATE, "--out", "--out", "{dir}/missing/runs.jsonl"),
                        row(new String[] {"simulate", "--target", "He3", "--d", "50"}, "--gamma")));
    }

    /** {@code conform} with the configuration as a grid point of a sweep file, and the two ways mixed or missing. */
    static Stream<Arguments> conform() {
        String[] samples = {"--samples", "{dir}/samples.csv"};
        return Stream.of(row(CONFORM, "--spec", "--spec", "{dir}/missing.json"),
                row(CONFORM, "--spec", "--spec", "{dir}"), row(CONFORM, "--spec", "--spec", ""),
                row(CONFORM, "--spec", "--spec", "{dir}/garbage.json"), row(CONFORM, "--spec", "--spec", "{dir}/latin1.json"),
                row(CONFORM, "--spec", "--spec", "{dir}/samples.csv"),
                row(CONFORM, "--spec", "--spec", "{dir}/unknown-key.json"),
                row(CONFORM, "--point", "--point", "abc"), row(CONFORM, "--point", "--point", "2"),
                row(CONFORM, "--point", "--point", "-1"), row(CONFORM, "--point", "--point", "99999999999999999999"),
                row(CONFORM, "--point", "--point", ""), row(CONFORM, "--point", "--spec", "{dir}/teacher.json"),
                row(CONFORM, "--samples", "--samples", "{dir}/long.csv"),
                row(CONFORM, "--spec", "--d", "20"), row(CONFORM, "--spec", "--target", "He3"),
                row(CONFORM, "--spec", "--seed", "1"),
                row(merge(new String[] {"conform", "--spec", "{dir}/sweep.json"}, samples), "--point"),
                row(merge(new String[] {"conform", "--point", "0"}, samples), "--spec"),
                row(merge(new String[] {"conform", "--point", "0", "--d", "20"}, samples), "--spec"),
                row(new String[] {"conform", "--spec", "{dir}/sweep.json", "--point", "0"}, "--samples"),
                row(new String[] {"conform", "--samples", "{dir}/samples.csv"}, "--spec"),
                row(new String[] {"conform"}, "--spec"));
    }

    static Stream<Arguments> sweep() {
        return Stream.of(row(SWEEP, "--threads", "--threads", "0"), row(SWEEP, "--threads", "--threads", "100000"),
                row(SWEEP, "--threads", "--threads", "abc"), row(SWEEP, "--spec", "--spec", "{dir}/missing.json"),
                row(SWEEP, "--out", "--out", ""), row(new String[] {"sweep", "--spec", "{dir}/sweep.json"}, "--out"),
                row(new String[] {"sweep", "--out", "{dir}/results.jsonl"}, "--spec"),
                row(SWEEP, "--shard", "--shard", "3/3"), row(SWEEP, "--shard", "--shard", "5/3"),
                row(SWEEP, "--shard", "--shard", "0/0"), row(SWEEP, "--shard", "--shard", "-1/3"),
                row(SWEEP, "--shard", "--shard", "1"), row(SWEEP, "--shard", "--shard", "1/2/3"),
                row(SWEEP, "--shard", "--shard", "a/b"), row(SWEEP, "--shard", "--shard", ""),
                row(SWEEP, "--shard", "--shard", "0/10001"), row(SWEEP, "--shard", "--shard", "99999999999/3"));
    }

    static Stream<Arguments> sweepMerge() {
        String[] merge = {"sweep", "merge", "--out", "{dir}/merged.jsonl", "{dir}/sweep.json"};
        return Stream.of(row(merge, "SHARD"), row(new String[] {"sweep", "merge", "--out", "{dir}/merged.jsonl"}, "SHARD"),
                row(new String[] {"sweep", "merge", "{dir}/sweep.json"}, "--out"),
                row(new String[] {"sweep", "merge", "--out", "", "{dir}/sweep.json"}, "--out"),
                row(new String[] {"sweep", "merge", "--out", "{dir}", "{dir}/sweep.json"}, "--out"),
                row(new String[] {"sweep", "merge", "--out", "{dir}/missing/m.jsonl", "{dir}/sweep.json"}, "--out"),
                row(new String[] {"sweep", "merge", "--out", "{dir}/merged.jsonl", "{dir}/none.jsonl"}, "SHARD"),
                row(new String[] {"sweep", "merge", "--out", "{dir}/merged.jsonl", "{dir}"}, "SHARD"));
    }

    static Stream<Arguments> goldenExport() {
        return concat(links(EXPORT, "--link"),
                integers(EXPORT, "--max-degree", "-1", "101"),
                integers(EXPORT, "--digits", "4", "201"),
                Stream.of(row(EXPORT, "--sections", "--sections", "nope"),
                        row(EXPORT, "--link", "--link", "He3", "--sections", "mu"),
                        row(new String[] {"golden", "export", ""}, "DIR")));
    }

    static Stream<Arguments> audit() {
        return Stream.of(row(AUDIT, "--threads", "--threads", "0"), row(AUDIT, "--threads", "--threads", "100000"),
                row(AUDIT, "--threads", "--threads", "abc"), row(AUDIT, "--seed", "--seed", "abc"),
                row(AUDIT, "--seed", "--seed", "99999999999999999999"), row(AUDIT, "--quick", "--quick", "--full"),
                row(AUDIT, "--claim", "--claim", "nope"), row(AUDIT, "--out", "--out", ""),
                row(AUDIT, "--format", "--format", "yaml"));
    }

    /**
     * A library message that begins with a parameter name, or names one as "parameter NAME", is shown with the option,
     * if the command has it.
     */
    @Test
    void libraryMessagesAreShownWithTheOptionOfTheCommand() {
        CommandSpec hermite = new CommandLine(new Main()).getSubcommands().get("hermite").getCommandSpec();
        assertThat(Main.naming(hermite, "max-degree must be in 0..1000, got -1"))
                .isEqualTo("--max-degree must be in 0..1000, got -1");
        assertThat(Main.naming(hermite, "unknown basis 'x'; allowed values: h, He"))
                .isEqualTo("--basis: unknown basis 'x'; allowed values: h, He");
        assertThat(Main.naming(hermite, "gamma must be positive")).isEqualTo("gamma must be positive");
        assertThat(Main.naming(hermite, "digits")).isEqualTo("digits");
        assertThat(Main.naming(hermite, "--link: invalid link specification")).isEqualTo("--link: invalid link specification");
        CommandSpec coefficients = new CommandLine(new Main()).getSubcommands().get("coefficients").getCommandSpec();
        assertThat(Main.naming(coefficients, "second-layer persistent is defined for parameter algorithm alternating"))
                .isEqualTo("--second-layer persistent is defined for --algorithm alternating");
        assertThat(Main.naming(hermite, "digits must be at most 10 for parameter algorithm reuse"))
                .isEqualTo("--digits must be at most 10 for parameter algorithm reuse");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hermite")
    void hermite(String name, String[] args, String option) throws IOException {
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exponents")
    void exponents(String name, String[] args, String option) throws IOException {
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coefficients")
    void coefficients(String name, String[] args, String option) throws IOException {
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("predict")
    void predict(String name, String[] args, String option) throws IOException {
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phase")
    void phase(String name, String[] args, String option) throws IOException {
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("simulate")
    void simulate(String name, String[] args, String option) throws IOException {
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conform")
    void conform(String name, String[] args, String option) throws IOException {
        CliTest.sweepSpec(dir, "{\"engine\": \"reduced\", \"seeds\": 2, \"base\": {\"target\": \"He3\","
                + " \"max-steps\": 100}, \"grid\": {\"d\": [20, 30], \"gamma\": [0.01]}}");
        Files.writeString(dir.resolve("teacher.json"), "{\"engine\": \"full\", \"base\": {\"target\": \"He3\","
                + " \"gamma\": 0.01, \"teacher\": \"random\", \"max-steps\": 100}, \"grid\": {\"d\": [20]}}");
        Files.writeString(dir.resolve("garbage.json"), "{\"grid\": {\"d\": [20");
        Files.write(dir.resolve("latin1.json"), "{\"base\": {\"target\": \"He3\u00e9\"}}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("unknown-key.json"), "{\"grid\": {\"d\": [20]}, \"seed\": 1}");
        StringBuilder censored = new StringBuilder("run,status,steps\n");
        StringBuilder longer = new StringBuilder("run,status,steps\n");
        for (int i = 0; i < 20; i++) {
            censored.append(i).append(",censored,100\n");
            longer.append(i).append(",censored,200\n");
        }
        Files.writeString(dir.resolve("samples.csv"), censored);
        Files.writeString(dir.resolve("long.csv"), longer);
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweep")
    void sweep(String name, String[] args, String option) throws IOException {
        CliTest.sweepSpec(dir, "{\"engine\": \"reduced\", \"seeds\": 2, \"base\": {\"target\": \"He3\", \"max-steps\":"
                + " 100}, \"grid\": {\"d\": [20], \"gamma\": [0.01]}}");
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweepMerge")
    void sweepMerge(String name, String[] args, String option) throws IOException {
        CliTest.sweepSpec(dir, "{\"engine\": \"reduced\", \"seeds\": 2, \"base\": {\"target\": \"He3\", \"max-steps\":"
                + " 100}, \"grid\": {\"d\": [20], \"gamma\": [0.01]}}");
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenExport")
    void goldenExport(String name, String[] args, String option) throws IOException {
        assertRefused(args, option);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("audit")
    void audit(String name, String[] args, String option) throws IOException {
        assertRefused(args, option);
    }

    /**
     * Runs {@code args} (with {@code {dir}} replaced by the temporary directory) and asserts the refusal: exit code 2,
     * a first line of standard error naming {@code option}, no stack trace, nothing written here or in the working
     * directory.
     */
    private void assertRefused(String[] args, String option) throws IOException {
        String[] resolved = Stream.of(args).map(a -> a.replace("{dir}", dir.toString())).toArray(String[]::new);
        List<String> before = listing(dir);
        List<String> workingBefore = listing(Path.of(""));
        CliTest.Result r = CliTest.run(resolved);
        String err = r.err();
        assertThat(r.code()).as("exit code; stderr: %s; stdout: %s", abbreviate(err), abbreviate(r.out())).isEqualTo(2);
        String first = err.lines().findFirst().orElse("");
        assertThat(first).as("the first line of stderr names the option").startsWith("sgdx: ").contains(option);
        assertThat(err.length()).as("a short message").isLessThan(2000);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("internal error");
        assertThat(r.out()).isEmpty();
        assertThat(listing(dir)).as("files in the temporary directory").isEqualTo(before);
        assertThat(listing(Path.of(""))).as("files in the working directory").isEqualTo(workingBefore);
    }

    /** The paths under {@code root}, sorted. */
    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> s = root.equals(Path.of("")) ? Files.list(root.toAbsolutePath()) : Files.walk(root)) {
            return s.map(Path::toString).sorted().toList();
        }
    }

    /**
     * {@code base} with {@code change} applied: an option already in {@code base} gets the new value, others are
     * appended (with their value, unless they are {@linkplain #FLAGS flags}).
     */
    private static String[] merge(String[] base, String... change) {
        List<String> list = new ArrayList<>(List.of(base));
        for (int i = 0; i < change.length; i++) {
            String name = change[i];
            if (FLAGS.contains(name) || i + 1 == change.length) {
                list.add(name);
                continue;
            }
            String value = change[++i];
            int at = list.indexOf(name);
            if (at >= 0 && at + 1 < list.size()) {
                list.set(at + 1, value);
            } else {
                list.add(name);
                list.add(value);
            }
        }
        return list.toArray(new String[0]);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 60) + "...(" + s.length() + " characters)";
    }
}
