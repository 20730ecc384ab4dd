/**
 * The {@code sgdx} command line (DESIGN.md, the command-line contract): one picocli command per subcommand, options
 * parsed once at the edge ({@link org.sgdx.cli.Inputs}, {@link org.sgdx.cli.SimulationOptions}), bad input refused with
 * exit code 2 and one line naming the option, output files written only through {@link org.sgdx.cli.OutputPaths}.
 */
package org.sgdx.cli;
