package org.sgdx.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.Link;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reading the values of command-line options. Every refusal is an {@link IllegalArgumentException} whose message
 * begins with the option's name (exit code 2).
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * Refuses a command line of {@code command} that lacks one of the options {@code names}, with picocli's message for
     * a missing required option ({@code Missing required option: '--d=D'}, or {@code Missing required options: '--d=D',
     * '--gamma=G'}): for options that are required or not depending on the other options given, which the command
     * checks itself.
     *
     * @throws ParameterException naming the missing options in the order of {@code names}
     */
    static void require(CommandSpec command, List<String> names) {
        var given = command.commandLine().getParseResult();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!given.hasMatchedOption(name)) {
                missing.add(describe(command.findOption(name)));
            }
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(command.commandLine(), "Missing required option"
                    + (missing.size() == 1 ? "" : "s") + ": " + String.join(", ", missing));
        }
    }

    /** An option as picocli names it in its messages: {@code '--d=D'}. */
    static String describe(OptionSpec option) {
        return "'" + option.longestName() + "=" + option.paramLabel() + "'";
    }

    /** The link given to {@code option}; a malformed or too large specification is refused naming the option. */
    static Link link(String option, String specification) {
        if (specification == null) {
            throw new IllegalArgumentException(option + " is required: a link specification such as He3");
        }
        try {
            return Link.parse(specification);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /**
     * The number of worker threads: all cores when {@code threads} is null, otherwise a value in
     * 1..{@value ParallelRunner#MAX_THREADS}.
     */
    static int threads(Integer threads) {
        if (threads == null) {
            return Math.min(Runtime.getRuntime().availableProcessors(), ParallelRunner.MAX_THREADS);
        }
        if (threads < 1 || threads > ParallelRunner.MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be in 1.." + ParallelRunner.MAX_THREADS + ", got "
                    + threads);
        }
        return threads;
    }

    /**
     * A number that the command also uses in double precision, exactly: 0 or of magnitude between 1e-300 and 1e300.
     *
     * @param positive whether it must be {@code > 0}
     */
    static BigFraction inDoubleRange(String option, String text, boolean positive) {
        return magnitudeWithin(option, text, Rationals.parse(option, text, positive), 300, positive);
    }

    /** The noise level {@code --noise} of noisy labels, in [1e-300, 1000]. */
    static BigFraction noise(String text) {
        BigFraction tau = inDoubleRange("--noise", text, true);
        if (Rationals.compare(tau, BigFraction.of(1000)) > 0) {
            throw new IllegalArgumentException("--noise must be at most 1000, got " + text);
        }
        return tau;
    }

    /** The second-layer weight {@code --a} of the reference commands: 0, or a magnitude in [1e-100, 1e100]. */
    static BigFraction secondLayerWeight(String text) {
        return magnitudeWithin("--a", text, Rationals.parse("--a", text, false), 100, false);
    }

    /** {@code x} if it is 0 or of magnitude between {@code 10^-exponent} and {@code 10^exponent}. */
    private static BigFraction magnitudeWithin(String option, String text, BigFraction x, int exponent,
            boolean positive) {
        BigFraction largest = BigFraction.of(BigInteger.TEN.pow(exponent));
        BigFraction magnitude = x.abs();
        if (Rationals.compare(magnitude, largest) > 0
                || x.signum() != 0 && Rationals.compare(magnitude, largest.reciprocal()) < 0) {
            throw new IllegalArgumentException(option + " must be " + (positive ? "" : "0 or ") + "of magnitude between"
                    + " 1e-" + exponent + " and 1e" + exponent + ", got " + text);
        }
        return x;
    }
}
