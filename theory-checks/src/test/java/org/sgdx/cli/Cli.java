package org.sgdx.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs a given command object through the command line's stream and exit-code handling ({@link Main#configure}), with
 * its exit codes (0, 1, 2, 3); {@link CliTest#run} runs a command by name.
 */
final class Cli {

    private Cli() {
    }

    /** Runs a command object with the command line's stream and exit-code handling. */
    static CliTest.Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.configure(new CommandLine(command), new PrintWriter(out), new PrintWriter(err));
        int code = cl.execute(args);
        return new CliTest.Result(code, out.toString(), err.toString());
    }
}
