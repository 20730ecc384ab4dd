package org.sgdx.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sgdx.fastpath.hitting.RunStatus;

/**
 * The runs of another simulator, read from a CSV file for {@code sgdx conform}. Immutable.
 *
 * <p>Layout: UTF-8 text, a header line, then one line per row, fields separated by commas (no quoting; spaces around
 * fields ignored; blank lines skipped). Two layouts:
 * <ul>
 * <li>{@code run,status,steps}: one row per run;</li>
 * <li>{@code run,status,steps,step,m}: one row per run and checkpoint ("long" layout), with the run's status and
 * steps repeated on each of its rows; {@code m} is {@code m_t} at step {@code step}. A run with no checkpoint has one
 * row with {@code step} and {@code m} empty.</li>
 * </ul>
 * {@code run} is a non-negative integer naming the run, {@code status} is {@code hit}, {@code censored} or
 * {@code diverged}, {@code steps} the hitting step, the step budget, or the step at which the state became non-finite
 * (as in the run lines of {@code sgdx simulate}). The columns may come in any order; other columns are refused.
 */
record SampleFile(List<Run> runs, boolean hasCheckpoints) {

    /** The largest number of runs. */
    static final int MAX_RUNS = 1_000_000;

    private static final List<String> REQUIRED = List.of("run", "status", "steps");
    private static final List<String> CHECKPOINT = List.of("step", "m");

    /**
     * One run.
     *
     * @param run its name
     * @param status how it ended
     * @param steps the hitting step, the budget, or the step of divergence
     * @param checkpoints {@code m_t} by step
     */
    record Run(long run, RunStatus status, long steps, NavigableMap<Long, Double> checkpoints) {
        Run {
            checkpoints = Collections.unmodifiableNavigableMap(new TreeMap<>(checkpoints));
        }

        /** {@code m} at {@code step}, or null. */
        Double m(long step) {
            return checkpoints.get(step);
        }
    }

    SampleFile {
        runs = List.copyOf(runs);
    }

    /**
     * Reads a file. Every refusal is an {@link IllegalArgumentException} whose message names {@code option}, the file
     * and the problem (with its line).
     */
    static SampleFile read(Path file, String option) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(option + ": " + file + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " must name a CSV file, but " + file + " is a directory");
        }
        String where = option + ": " + file;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            return parse(in, where);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(where + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Parses the lines of a file; refusals begin with {@code where}. */
    static SampleFile parse(BufferedReader in, String where) throws IOException {
        int lineNumber = 0;
        String headerLine;
        do {
            headerLine = in.readLine();
            lineNumber++;
        } while (headerLine != null && headerLine.isBlank());
        if (headerLine == null) {
            throw new IllegalArgumentException(where + " is empty: expected a header run,status,steps[,step,m]");
        }
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        checkText(headerLine, where);
        final int first = lineNumber;
        String[] header = fields(headerLine);
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !CHECKPOINT.contains(name)) {
                throw new IllegalArgumentException(where + ", line " + first + ": unknown column '"
                        + abbreviate(header[i]) + "'; the columns are run,status,steps and optionally step,m");
            }
            if (column.put(name, i) != null) {
                throw new IllegalArgumentException(where + ", line " + first + ": column '" + name
                        + "' appears twice");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String c : REQUIRED) {
            if (!column.containsKey(c)) {
                missing.add(c);
            }
        }
        boolean checkpoints = column.containsKey("step") || column.containsKey("m");
        if (checkpoints) {
            for (String c : CHECKPOINT) {
                if (!column.containsKey(c)) {
                    missing.add(c);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(where + ": missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (the header has " + abbreviate(headerLine.strip())
                    + "; expected run,status,steps[,step,m])");
        }
        Map<Long, Builder> runs = new LinkedHashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String at = where + ", line " + lineNumber;
            checkText(line, at);
            String[] f = fields(line);
            if (f.length != header.length) {
                throw new IllegalArgumentException(at + ": " + f.length + " fields, expected " + header.length);
            }
            long run = integer(f[column.get("run")], "run", at);
            RunStatus status = status(f[column.get("status")], at);
            long steps = integer(f[column.get("steps")], "steps", at);
            Builder b = runs.get(run);
            if (b == null) {
                if (runs.size() == MAX_RUNS) {
                    throw new IllegalArgumentException(where + " has more than " + MAX_RUNS + " runs");
                }
                b = new Builder(run, status, steps);
                runs.put(run, b);
            } else if (!checkpoints) {
                throw new IllegalArgumentException(at + ": run " + run + " is duplicated (first on line " + b.line
                        + ")");
            } else if (b.status != status || b.steps != steps) {
                throw new IllegalArgumentException(at + ": run " + run + " is duplicated: status " + status.key()
                        + " after " + steps + " steps here, " + b.status.key() + " after " + b.steps
                        + " steps on line " + b.line);
            }
            if (b.line == 0) {
                b.line = lineNumber;
            }
            if (checkpoints) {
                b.add(f[column.get("step")], f[column.get("m")], at);
            }
        }
        List<Run> out = new ArrayList<>(runs.size());
        for (Builder b : runs.values()) {
            out.add(new Run(b.run, b.status, b.steps, b.checkpoints));
        }
        return new SampleFile(out, checkpoints);
    }

    /** The number of runs. */
    int size() {
        return runs.size();
    }

    /** The checkpoint steps that occur in the file, increasing. */
    long[] checkpointSteps() {
        return runs.stream().flatMap(r -> r.checkpoints.keySet().stream()).distinct().sorted()
                .mapToLong(Long::longValue).toArray();
    }

    /** {@code m} at {@code step} of the runs that recorded it, in file order. */
    double[] valuesAt(long step) {
        return runs.stream().map(r -> r.m(step)).filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
    }

    /** Counts of the runs by status, in the order hit, censored, diverged. */
    int[] counts() {
        int[] c = new int[3];
        for (Run r : runs) {
            c[r.status.ordinal()]++;
        }
        return c;
    }

    private static final class Builder {
        final long run;
        final RunStatus status;
        final long steps;
        final TreeMap<Long, Double> checkpoints = new TreeMap<>();
        int line;
        boolean bare;

        Builder(long run, RunStatus status, long steps) {
            this.run = run;
            this.status = status;
            this.steps = steps;
        }

        void add(String stepText, String mText, String at) {
            if (stepText.isEmpty() != mText.isEmpty()) {
                throw new IllegalArgumentException(at + ": step and m must both be given or both be empty");
            }
            if (stepText.isEmpty()) {
                if (bare || !checkpoints.isEmpty()) {
                    throw new IllegalArgumentException(at + ": run " + run + " has a row without a checkpoint besides"
                            + " other rows (leave step and m empty only on the single row of a run without"
                            + " checkpoints)");
                }
                bare = true;
                return;
            }
            if (bare) {
                throw new IllegalArgumentException(at + ": run " + run + " has a row without a checkpoint besides"
                        + " other rows (leave step and m empty only on the single row of a run without checkpoints)");
            }
            long step = integer(stepText, "step", at);
            double m = number(mText, at);
            if (checkpoints.put(step, m) != null) {
                throw new IllegalArgumentException(at + ": run " + run + " is duplicated: step " + step
                        + " appears twice");
            }
        }
    }

    /** Refuses binary content: NUL and other control characters than tab. */
    private static void checkText(String line, String where) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t') {
                throw new IllegalArgumentException(where + " is not a CSV text file (it contains the control"
                        + " character U+" + String.format(Locale.ROOT, "%04X", (int) c) + ")");
            }
        }
    }

    private static String[] fields(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        return f;
    }

    private static long integer(String text, String name, String at) {
        long v;
        try {
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(at + ": " + name + " must be a non-negative integer, got '"
                    + abbreviate(text) + "'");
        }
        if (v < 0) {
            throw new IllegalArgumentException(at + ": " + name + " must be a non-negative integer, got " + v);
        }
        return v;
    }

    private static double number(String text, String at) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(at + ": m must be a number, got '" + abbreviate(text) + "'");
        }
        if (!(Math.abs(v) <= 1)) {
            throw new IllegalArgumentException(at + ": m must be in [-1, 1], got " + abbreviate(text));
        }
        return v;
    }

    private static RunStatus status(String text, String at) {
        for (RunStatus s : RunStatus.values()) {
            if (s.key().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException(at + ": status must be hit, censored or diverged, got '"
                + abbreviate(text) + "'");
    }

    private static String abbreviate(String s) {
        String t = s.codePoints().map(c -> Character.isISOControl(c) ? '?' : c).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    @Override
    public String toString() {
        return "SampleFile[runs=" + runs.size() + ", checkpoints=" + hasCheckpoints + "]";
    }
}
