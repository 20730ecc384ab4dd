package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.dynamics.UpdateRuleSpec;
import org.sgdx.reference.link.Link;
import picocli.CommandLine;

/**
 * Every command's {@code --help}: exit code 0, a usage text, and no picocli warning (a description with an unescaped
 * {@code %}, such as "95%", makes picocli print "[picocli WARN] Could not format ..." on the process's standard error).
 */
class HelpCliTest {

    /** Every command and subcommand, as the words that name it ({@code golden verify}). */
    static Stream<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), out);
        return out.stream();
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                collect(sub, p, out);
            }
        });
    }

    /** The command named by {@code words}. */
    private static CommandLine commandLine(List<String> words) {
        CommandLine cl = new CommandLine(new Main());
        for (String word : words) {
            cl = cl.getSubcommands().get(word);
        }
        return cl;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsTheUsageWithoutAPicocliWarning(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        PrintStream systemErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliTest.Result r;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            r = CliTest.run(args.toArray(new String[0]));
        } finally {
            System.setErr(systemErr);
        }
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: sgdx");
        assertThat(r.out() + r.err() + captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    /**
     * A synopsis written out by hand ({@code customSynopsis}: {@code simulate}, {@code conform}) names every option of
     * its command, so that an option added later cannot be missing from it ({@code conform} lists the options it
     * shares with {@code simulate} as "other options of simulate").
     */
    @ParameterizedTest
    @MethodSource("commands")
    void aHandWrittenSynopsisNamesEveryOption(List<String> command) {
        CommandLine cl = commandLine(command);
        String[] synopsis = cl.getCommandSpec().usageMessage().customSynopsis();
        if (synopsis.length == 0) {
            return;
        }
        String text = String.join(" ", synopsis);
        boolean sharesSimulate = text.contains("other options of simulate");
        CommandLine simulate = commandLine(List.of("simulate"));
        for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
            String name = o.longestName();
            if (o.usageHelp() || o.versionHelp()
                    || sharesSimulate && simulate.getCommandSpec().findOption(name) != null) {
                continue;
            }
            assertThat(text).as("the synopsis of %s names %s", command, name).containsPattern(
                    java.util.regex.Pattern.quote(name) + "(?![A-Za-z-])");
        }
    }

    /**
     * An update-rule option labelled by its type's keys states the library's default ({@link UpdateRuleSpec#of}),
     * as picocli's default value or as "default: KEY" in its description.
     */
    @ParameterizedTest
    @MethodSource("commands")
    void ruleOptionsStateTheLibraryDefault(List<String> command) {
        CommandLine cl = commandLine(command);
        UpdateRuleSpec defaults = UpdateRuleSpec.of(Algorithm.ONLINE, Link.parse("z"));
        Map<String, String> defaultKeys = Map.of(
                Loss.KEYS, defaults.loss().key(),
                SecondLayer.KEYS, defaults.secondLayer().key(),
                InnerStep.KEYS, defaults.innerStep().key(),
                InnerNorm.KEYS, defaults.innerNorm().key());
        for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
            String expected = defaultKeys.get(o.paramLabel());
            if (expected == null) {
                continue;
            }
            if (o.defaultValue() != null) {
                assertThat(o.defaultValue()).as("%s %s", command, o.longestName()).isEqualTo(expected);
            } else {
                assertThat(String.join(" ", o.description())).as("%s %s", command, o.longestName())
                        .contains("default: " + expected + ")");
            }
        }
    }
}
