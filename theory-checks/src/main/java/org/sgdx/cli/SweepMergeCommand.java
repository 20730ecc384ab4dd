package org.sgdx.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sgdx sweep merge}: joins the files of the shards {@code 0..n−1} of one sweep ({@code sgdx sweep --shard i/n})
 * into the file that {@code sgdx sweep} writes for the whole sweep on one machine, byte for byte: every result line as
 * the shard wrote it, grid point by grid point in grid order and by run index within each.
 *
 * <p>Everything is checked before anything is written: every file begins with a {@linkplain ShardHeader shard header};
 * all come from the same sweep ({@linkplain ShardHeader#specId spec id}), the same version of sgdx and the same number
 * of shards {@code n}; every shard {@code 0..n−1} is given exactly once and is complete (it holds as many runs as its
 * header says, and no line cut short); every line is a result of the sweep, in the order the shard writes its lines;
 * and every run of the sweep appears exactly once. The result is written to {@code OUT.partial} and renamed when
 * complete. Shards are read one at a time to check them, and all at once (one open file each) to join them.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Join the result files of shards 0..N-1 of one sweep (written by 'sgdx sweep --shard I/N') into"
            + " the file that 'sgdx sweep' writes for the whole sweep, byte for byte.",
            "Refused, with nothing written: shards of different sweeps, versions or N, a shard missing or given twice,"
                + " an incomplete shard, a run missing or duplicated, and an existing --out file that is not a sweep"
                + " results file (unless --force)."})
final class SweepMergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "RESULTS.jsonl",
            description = "The joined results (written to RESULTS.jsonl.partial, renamed when complete).")
    Path out;

    @Option(names = "--force", description = "Overwrite an --out file that is not a sweep results file (by default it"
            + " is refused).")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "SHARD.jsonl", description = "The shard files, in any order.")
    List<Path> shards;

    /** The beginning of a results file of a whole sweep (the first line's first key). */
    private static final Pattern RESULT_LINES = Pattern.compile("\\A\\{\"config_id\":\"");

    /** A checked shard file. */
    private record Part(Path file, ShardHeader header) {
    }

    @Override
    public Integer call() throws IOException {
        Path file = OutputPaths.of(out.toString(), "--out");
        OutputPaths.refuseDirectory(file, "--out");
        SimulateCommand.requireWritable(file);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        OutputPaths.refuseDirectory(partial, "--out");
        List<Part> parts = headers();
        for (Part p : parts) {
            if (sameFile(p.file(), file) || sameFile(p.file(), partial)) {
                throw new IllegalArgumentException("--out: " + file + " is one of the shard files; choose another path");
            }
        }
        refuseForeign(file, partial);
        ShardHeader first = parts.get(0).header();
        BitSet seen = new BitSet();
        for (Part p : parts) {
            check(p, seen);
        }
        long total = (long) first.configIds().size() * first.seeds();
        int missing = seen.nextClearBit(0);
        if (missing < total) {
            throw new IllegalArgumentException("run " + missing % first.seeds() + " of grid point "
                    + first.configIds().get(missing / first.seeds()) + " is in no shard file; the shards do not make up"
                    + " the sweep (were they written with different --spec files of the same grid?)");
        }
        write(parts, partial, total);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        PrintWriter o = spec.commandLine().getOut();
        o.println("sgdx " + SoftwareInfo.version() + " sweep merge: " + parts.size() + " shards, " + total + " runs ("
                + first.configIds().size() + " grid points x " + first.seeds() + " seeds) written to " + file);
        o.flush();
        return 0;
    }

    /** The shard files' headers, checked against each other, in shard order: shards {@code 0..n−1}, each once. */
    private List<Part> headers() {
        Part[] byIndex = null;
        Part first = null;
        for (Path s : shards) {
            Path f = OutputPaths.of(s.toString(), "SHARD");
            if (Files.isDirectory(f)) {
                throw new IllegalArgumentException("SHARD " + f + " is a directory; give the shard files");
            }
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("SHARD: no such file " + f);
            }
            String line = OutputPaths.head(f, ShardHeader.START.length()).startsWith(ShardHeader.START)
                    ? firstLine(f) : "";
            ShardHeader h = ShardHeader.parse(line);
            if (h == null) {
                throw new IllegalArgumentException("SHARD " + f + " is not a shard's results file (its first line is"
                        + " not the header that 'sgdx sweep --shard I/N' writes)");
            }
            Part p = new Part(f, h);
            if (first == null) {
                first = p;
                byIndex = new Part[h.shard().count()];
            } else {
                ShardHeader a = first.header();
                if (!h.version().equals(a.version())) {
                    throw new IllegalArgumentException("the shards were written by different versions of sgdx: "
                            + a.version() + " (" + first.file() + ") and " + h.version() + " (" + f + "); run all"
                            + " shards of a sweep with one version");
                }
                if (!h.specId().equals(a.specId()) || !h.configIds().equals(a.configIds())
                        || h.seeds() != a.seeds() || !h.engine().equals(a.engine())) {
                    throw new IllegalArgumentException("the shards come from different sweeps: " + first.file()
                            + " (spec id " + a.specId().substring(0, 12) + ") and " + f + " (spec id "
                            + h.specId().substring(0, 12) + ")");
                }
                if (h.shard().count() != a.shard().count()) {
                    throw new IllegalArgumentException("the shards come from different splits: " + first.file()
                            + " is shard " + a.shard() + " and " + f + " is shard " + h.shard() + "; merge the "
                            + a.shard().count() + " or the " + h.shard().count() + " shards of one split");
                }
            }
            Part twice = byIndex[h.shard().index()];
            if (twice != null) {
                throw new IllegalArgumentException("shard " + h.shard() + " is given twice: " + twice.file() + " and "
                        + f);
            }
            byIndex[h.shard().index()] = p;
        }
        List<Part> parts = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                absent.add(i + "/" + byIndex.length);
            } else {
                parts.add(byIndex[i]);
            }
        }
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException((absent.size() == 1 ? "shard " : "shards ")
                    + String.join(", ", absent.subList(0, Math.min(5, absent.size())))
                    + (absent.size() > 5 ? " and " + (absent.size() - 5) + " more" : "")
                    + (absent.size() == 1 ? " is" : " are") + " missing: give all " + byIndex.length
                    + " shard files of the sweep");
        }
        return parts;
    }

    /**
     * Checks one shard's lines: results of the sweep's grid points, each run once over all shards ({@code seen} holds
     * the runs seen so far, numbered {@code point · seeds + run}), in increasing order, as many as the header says,
     * and none cut short.
     */
    private static void check(Part part, BitSet seen) throws IOException {
        ShardHeader h = part.header();
        Map<String, Integer> points = new HashMap<>();
        for (int k = 0; k < h.configIds().size(); k++) {
            points.put(h.configIds().get(k), k);
        }
        String resume = "; run 'sgdx sweep --shard " + h.shard() + "' again with its --spec and --out " + part.file()
                + " to finish it";
        if (!endsWithNewline(part.file())) {
            throw new IllegalArgumentException("shard " + h.shard() + " (" + part.file() + ") is incomplete: its last"
                    + " line is cut short" + resume);
        }
        long lines = 0;
        long previous = -1;
        try (BufferedReader r = Files.newBufferedReader(part.file(), StandardCharsets.UTF_8)) {
            r.readLine();
            int lineNumber = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNumber++;
                long g = index(line, points, h.seeds());
                if (g < 0) {
                    throw new IllegalArgumentException("SHARD " + part.file() + " line " + lineNumber + " is not a"
                            + " result of this sweep");
                }
                if (g <= previous) {
                    throw new IllegalArgumentException("SHARD " + part.file() + " line " + lineNumber + " is not in"
                            + " the order in which 'sgdx sweep' writes results (grid point, then run)");
                }
                if (seen.get((int) g)) {
                    throw new IllegalArgumentException("run " + g % h.seeds() + " of grid point "
                            + h.configIds().get((int) (g / h.seeds())) + " is in two shard files (the second: "
                            + part.file() + " line " + lineNumber + ")");
                }
                seen.set((int) g);
                previous = g;
                lines++;
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("SHARD " + part.file() + " is not UTF-8 text");
        }
        if (lines > h.runs()) {
            throw new IllegalArgumentException("SHARD " + part.file() + " holds " + lines + " runs, more than the "
                    + h.runs() + " of shard " + h.shard() + " (its header)");
        }
        if (lines != h.runs()) {
            throw new IllegalArgumentException("shard " + h.shard() + " (" + part.file() + ") is incomplete: " + lines
                    + " of its " + h.runs() + " runs" + resume);
        }
    }

    /** The run of a result line, numbered {@code point · seeds + run}; −1 when the line is not a result of the sweep. */
    private static long index(String line, Map<String, Integer> points, int seeds) {
        if (!line.startsWith("{\"config_id\":\"")) {
            return -1;
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return -1;
        }
        Integer point = points.get(n.path("config_id").asText());
        JsonNode run = n.path("run");
        if (point == null || !run.canConvertToLong() || run.asLong() < 0 || run.asLong() >= seeds) {
            return -1;
        }
        return (long) point * seeds + run.asLong();
    }

    /**
     * Writes the joined lines to {@code partial}: all shards are read at once, each in its order, and the next line
     * is always the one of the smallest run number among the shards' current lines (checked to make up {@code 0..total−1}
     * by {@link #check}). An interrupt removes the partial file.
     */
    private static void write(List<Part> parts, Path partial, long total) throws IOException {
        Thread cleanup = new Thread(() -> {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more can be done while the JVM exits
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanup);
        List<BufferedReader> readers = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            ShardHeader h = parts.get(0).header();
            Map<String, Integer> points = new HashMap<>();
            for (int k = 0; k < h.configIds().size(); k++) {
                points.put(h.configIds().get(k), k);
            }
            String[] current = new String[parts.size()];
            long[] at = new long[parts.size()];
            PriorityQueue<Integer> heads = new PriorityQueue<>(Comparator.comparingLong(i -> at[i]));
            for (int i = 0; i < parts.size(); i++) {
                BufferedReader r = Files.newBufferedReader(parts.get(i).file(), StandardCharsets.UTF_8);
                readers.add(r);
                r.readLine();
                current[i] = r.readLine();
                if (current[i] != null) {
                    at[i] = index(current[i], points, h.seeds());
                    heads.add(i);
                }
            }
            for (long g = 0; g < total; g++) {
                Integer next = heads.poll();
                if (next == null || at[next] != g) {
                    throw new IOException("a shard file changed while it was merged: run number " + g + " is gone");
                }
                w.write(current[next]);
                w.newLine();
                current[next] = readers.get(next).readLine();
                if (current[next] != null) {
                    at[next] = index(current[next], points, h.seeds());
                    heads.add(next);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM is exiting after an interrupt
            }
        }
    }

    /**
     * Refuses, unless {@code --force}, an existing {@code file} that is not a sweep results file and a
     * {@code file.partial} that is neither one nor empty or cut short within its first line (left by an interrupted
     * merge).
     */
    private void refuseForeign(Path file, Path partial) {
        List<Path> foreign = new ArrayList<>();
        if (Files.exists(file) && !RESULT_LINES.matcher(OutputPaths.head(file, 64)).lookingAt()) {
            foreign.add(file);
        }
        if (Files.exists(partial)) {
            java.util.regex.Matcher m = RESULT_LINES.matcher(OutputPaths.head(partial, 64));
            if (!m.lookingAt() && !m.hitEnd()) {
                foreign.add(partial);
            }
        }
        OutputPaths.refuseForeign(foreign, "--out", "sgdx sweep merge", force);
    }

    private static String firstLine(Path f) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new IllegalArgumentException("SHARD: cannot read " + f + ": " + e.getMessage());
        }
    }

    private static boolean endsWithNewline(Path f) throws IOException {
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "r")) {
            if (r.length() == 0) {
                return false;
            }
            r.seek(r.length() - 1);
            return r.read() == '\n';
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
