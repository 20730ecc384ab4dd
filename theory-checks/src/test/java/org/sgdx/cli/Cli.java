package org.sgdx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a command through the command line's entry point, with its exit codes (0, 1, 2, 3). */
final class Cli {

    private Cli() {
    }

    /** The exit code and the two output streams of one invocation. */
    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    /** Runs a command object with the command line's stream and exit-code handling ({@link org.sgdx.cli.Main}). */
    static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = org.sgdx.cli.Main.configure(new CommandLine(command), new PrintWriter(out), new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
