package org.sgdx.cli;

import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code sgdx} command line. Exit codes (DESIGN.md): 0 success, 1 a checked claim failed, 2 usage or input
 * error, 3 an internal error.
 */
@Command(name = "sgdx",
        mixinStandardHelpOptions = true,
        versionProvider = SoftwareInfo.VersionProvider.class,
        description = "Reference mathematics and audit of SGD on Gaussian single-index models.",
        subcommands = {HermiteCommand.class, ExponentsCommand.class, CoefficientsCommand.class, SimulateCommand.class,
            ConformCommand.class, SweepCommand.class, PredictCommand.class, PhaseCommand.class, AuditCommand.class,
            GoldenCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code for a usage or input error. */
    public static final int EXIT_INPUT = 2;
    /** Exit code for an unexpected internal error. */
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new Main()), out, err).execute(args);
    }

    /**
     * Sets the streams and the exit-code mapping of the command line on {@code cl}: parameter errors and
     * {@link IllegalArgumentException} print a one-line message and give {@link #EXIT_INPUT} (the message names the
     * option: {@link #naming}); any other exception gives {@link #EXIT_INTERNAL}.
     */
    public static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> t instanceof IllegalArgumentException ? EXIT_INPUT : EXIT_INTERNAL);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("sgdx: " + ex.getMessage());
            e.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            return EXIT_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof IllegalArgumentException) {
                e.println("sgdx: " + naming(commandLine.getCommandSpec(), ex.getMessage()));
                return EXIT_INPUT;
            }
            e.println("sgdx: internal error: " + ex);
            ex.printStackTrace(e);
            return EXIT_INTERNAL;
        });
        return cl;
    }

    /** A parameter's name at the start of a message, bare or after "unknown". */
    private static final Pattern LEADING_NAME = Pattern.compile("^(unknown )?([a-z][a-z0-9-]*)(?= )");
    /** Another parameter named within a message: "parameter NAME". */
    private static final Pattern OTHER_NAME = Pattern.compile("\\bparameter ([a-z][a-z0-9-]*)\\b");

    /**
     * The message of a refusal as the command line shows it. The library names a parameter by its bare name at the
     * start of a message ({@code max-degree must be in 0..1000}, {@code unknown loss 'l1'; ...}, as in sweep files);
     * when {@code command} has the option of that name, it is written as the option ({@code --max-degree must be
     * ...}, {@code --loss: unknown loss 'l1'; ...}). Other parameters are named within a message as
     * {@code parameter NAME} ({@code labels noisy needs a noise level tau > 0 (parameter noise)}); those the command
     * has are written as options too ({@code (--noise)}). Any other message is returned unchanged.
     */
    static String naming(CommandSpec command, String message) {
        if (message == null) {
            return "invalid input";
        }
        String named = OTHER_NAME.matcher(message).replaceAll(r -> command.findOption("--" + r.group(1)) == null
                ? Matcher.quoteReplacement(r.group()) : "--" + r.group(1));
        Matcher m = LEADING_NAME.matcher(named);
        if (!m.find() || command.findOption("--" + m.group(2)) == null) {
            return named;
        }
        return m.group(1) == null ? "--" + named : "--" + m.group(2) + ": " + named;
    }

    @Override
    public void run() {
        String commands = String.join(", ", spec.subcommands().keySet().stream().filter(c -> !c.equals("help")).toList());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: one of " + commands);
    }
}
