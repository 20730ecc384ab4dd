package org.sgdx.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sgdx.cli.SweepCommand.Point;
import org.sgdx.cli.SweepCommand.Sweep;

/**
 * One grid point of a sweep file, as {@code sgdx conform --spec SWEEP.json --point ID} names it. The file is read,
 * validated and expanded by {@link SweepCommand#parse}, exactly as {@code sgdx sweep} does; {@code ID} is the point's
 * {@code config_id}, as in the sweep's result lines and shard headers, or its index {@code 0, 1, ...} in grid order
 * (the order of the results file: the Cartesian product of the grid's lists with the first parameter varying
 * slowest, repeated points counted once).
 *
 * @param file the sweep file
 * @param specId the sweep's identity ({@link ShardHeader#specId})
 * @param sweep the sweep
 * @param index the point's index in grid order
 */
record SweepPoint(Path file, String specId, Sweep sweep, int index) {

    /** An index: a decimal integer, with a sign so that {@code -1} is reported as out of range. */
    private static final Pattern INDEX = Pattern.compile("[+-]?[0-9]+");
    /** A parameter named within a library message, which {@link Main#naming} would show as an option. */
    private static final Pattern PARAMETER = Pattern.compile("\\bparameter ([a-z][a-z0-9-]*)\\b");

    /** The grid point. */
    Point point() {
        return sweep.points().get(index);
    }

    /**
     * The grid point {@code id} of the sweep file {@code file}: a {@code config_id} of the sweep, else an index in
     * grid order.
     *
     * @throws IllegalArgumentException naming {@code --spec} for a sweep file that is missing, a directory, not UTF-8,
     *     not JSON or not a valid sweep, and naming {@code --point} for an identifier that is neither
     */
    static SweepPoint select(String file, String id) throws IOException {
        Path path = OutputPaths.of(file, "--spec");
        Sweep sweep;
        try {
            sweep = SweepCommand.parse(path);
        } catch (IllegalArgumentException e) {
            String m = asSweepFile(e.getMessage());
            throw new IllegalArgumentException(m.startsWith("--spec") ? m : "--spec: " + m, e);
        }
        int n = sweep.points().size();
        String range = n == 1 ? "0" : "0.." + (n - 1);
        if (id.isBlank()) {
            throw new IllegalArgumentException("--point must name a grid point of " + path + ": its config_id or its"
                    + " index in " + range + ", got an empty string");
        }
        String key = id.strip().toLowerCase(Locale.ROOT);
        for (int k = 0; k < n; k++) {
            if (sweep.points().get(k).id().equals(key)) {
                return new SweepPoint(path, ShardHeader.specId(sweep), sweep, k);
            }
        }
        if (INDEX.matcher(key).matches()) {
            BigInteger k = new BigInteger(key);
            if (k.signum() < 0 || k.compareTo(BigInteger.valueOf(n)) >= 0) {
                throw new IllegalArgumentException("--point " + id + " is out of range: " + path + " has " + n
                        + " grid point" + (n == 1 ? "" : "s") + ", indices " + range);
            }
            return new SweepPoint(path, ShardHeader.specId(sweep), sweep, k.intValueExact());
        }
        throw new IllegalArgumentException("--point: no grid point of " + path + " has config_id '" + shorten(id)
                + "'; give a config_id of its results (the first point's is " + sweep.points().get(0).id()
                + ") or an index in " + range);
    }

    /**
     * A message about the sweep file or the grid point, with the parameters it names written as in the sweep file
     * ({@code parameter "noise"}) rather than as the options that {@link Main#naming} would make of them: the
     * options of {@code simulate} are not what a sweep file's user can change.
     */
    static String asSweepFile(String message) {
        return message == null ? "invalid sweep file" : PARAMETER.matcher(message).replaceAll("parameter \"$1\"");
    }

    /** {@code s}, cut to at most 40 characters for an error message. */
    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
