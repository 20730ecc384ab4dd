package org.sgdx.checks.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writing and reading golden vectors (format described in the package documentation). */
public final class GoldenFiles {

    /** The format identifier recorded in {@code golden.json}. */
    public static final String FORMAT = "sgdx-golden-1";
    /** The JSON file of a golden directory. */
    public static final String JSON = "golden.json";
    /** The CSV file with every vector. */
    public static final String ALL_CSV = "vectors.csv";
    /** The CSV header. */
    public static final List<String> HEADER = List.of("kind", "link", "index", "value", "type", "certainty", "error",
            "digits", "exact");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldenFiles() {
    }

    /**
     * The files written by an export.
     *
     * @param json {@code golden.json}
     * @param csv {@code vectors.csv} and one CSV file per section
     * @param vectors the number of vectors
     */
    public record Written(Path json, List<Path> csv, int vectors) {
        public Written {
            csv = List.copyOf(csv);
        }
    }

    /** The README written beside the vectors. */
    public static final String README = "README.md";

    private static final String TITLE = "# sgdx golden vectors";
    private static final java.util.regex.Pattern JSON_FORMAT =
            java.util.regex.Pattern.compile("\\A\\s*\\{\\s*\"format\"\\s*:\\s*\"" + FORMAT + "\"");

    /** The files that {@link #export} writes for these sections into {@code directory}, in the order written. */
    public static List<Path> targets(List<GoldenSection> sections, Path directory) {
        List<Path> files = new ArrayList<>();
        files.add(directory.resolve(ALL_CSV));
        sections.forEach(s -> files.add(directory.resolve(s.name() + ".csv")));
        files.add(directory.resolve(JSON));
        files.add(directory.resolve(README));
        return files;
    }

    /** Whether a file starting with {@code head} (its first few hundred characters) was written by {@link #export}. */
    public static boolean writtenByExport(String head) {
        return head.startsWith(TITLE) || JSON_FORMAT.matcher(head).lookingAt();
    }

    /**
     * Computes the sections and writes them into {@code directory} (created if needed).
     *
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if two vectors have the same key
     */
    public static Written export(List<GoldenSection> sections, Provenance provenance, Path directory)
            throws IOException {
        Files.createDirectories(directory);
        Map<GoldenSection, List<GoldenVector>> bySection = new LinkedHashMap<>();
        List<GoldenVector> all = new ArrayList<>();
        for (GoldenSection s : sections) {
            List<GoldenVector> v = s.vectors();
            bySection.put(s, v);
            all.addAll(v);
        }
        GoldenSet set = new GoldenSet(provenance, all);
        List<Path> csv = new ArrayList<>();
        Path allCsv = directory.resolve(ALL_CSV);
        writeCsv(allCsv, set.vectors(), provenance, "all sections");
        csv.add(allCsv);
        for (Map.Entry<GoldenSection, List<GoldenVector>> e : bySection.entrySet()) {
            Path p = directory.resolve(e.getKey().name() + ".csv");
            writeCsv(p, e.getValue(), provenance, e.getKey().description());
            csv.add(p);
        }
        Path json = directory.resolve(JSON);
        Files.writeString(json, MAPPER.writeValueAsString(json(set, bySection)) + System.lineSeparator(),
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(README), readme(provenance), StandardCharsets.UTF_8);
        return new Written(json, csv, all.size());
    }

    private static ObjectNode json(GoldenSet set, Map<GoldenSection, List<GoldenVector>> bySection) {
        Provenance p = set.provenance();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode sw = root.putObject("software");
        sw.put("name", p.software());
        sw.put("version", p.version());
        root.put("created", p.created().toString());
        ObjectNode conv = root.putObject("conventions");
        p.conventions().forEach(conv::put);
        root.put("precision", "decimal values are rounded to 'digits' significant digits (estimates: to the digits"
                + " their error allows); 'error' bounds or estimates |value - true value|, that rounding included"
                + " ('certainty': exact, enclosure or estimate); integers are exact decisions unless 'certainty' says"
                + " estimate");
        ArrayNode sections = root.putArray("sections");
        for (Map.Entry<GoldenSection, List<GoldenVector>> e : bySection.entrySet()) {
            ObjectNode s = sections.addObject();
            s.put("name", e.getKey().name());
            s.put("description", e.getKey().description());
            s.put("file", e.getKey().name() + ".csv");
            s.put("vectors", e.getValue().size());
        }
        ArrayNode vectors = root.putArray("vectors");
        for (GoldenVector v : set.vectors()) {
            ObjectNode o = vectors.addObject();
            o.put("kind", v.kind());
            o.put("link", v.link());
            o.put("index", v.index());
            o.put("value", v.value());
            o.put("type", v.type().label());
            o.put("certainty", v.certainty());
            o.put("error", v.error());
            o.put("digits", v.digits());
            o.put("exact", v.exact());
        }
        return root;
    }

    private static void writeCsv(Path file, List<GoldenVector> vectors, Provenance p, String description)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append(TITLE).append(" (").append(FORMAT).append("): ").append(description).append(nl);
        sb.append("# software: ").append(p.software()).append(' ').append(p.version()).append(nl);
        sb.append("# created: ").append(p.created()).append(nl);
        for (Map.Entry<String, String> e : p.conventions().entrySet()) {
            sb.append("# convention ").append(e.getKey()).append(": ").append(e.getValue()).append(nl);
        }
        sb.append("# verify with: sgdx golden verify DIR --against FILE (FILE: CSV with columns kind,link,index,value)")
                .append(nl);
        sb.append(Csv.line(HEADER)).append(nl);
        for (GoldenVector v : vectors) {
            sb.append(Csv.line(List.of(v.kind(), v.link(), v.index(), v.value(), v.type().label(), v.certainty(),
                    v.error(), String.valueOf(v.digits()), v.exact()))).append(nl);
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static String readme(Provenance p) {
        return TITLE + "\n\n"
                + "Written by " + p.software() + " " + p.version() + " on " + p.created() + ".\n\n"
                + "- `golden.json`: every vector with its precision and provenance (format `" + FORMAT + "`).\n"
                + "- `vectors.csv`: every vector; `<section>.csv`: one section. Columns: "
                + String.join(", ", HEADER) + ".\n\n"
                + "Kinds (the `link` column holds the link, label model or configuration key):\n\n"
                + "- `hermite_c` (c_k = E[f h_k], index k), `hermite_u` (u_k = E[f He_k]/k!, index k);"
                + " `information_exponent` and `generative_exponent` (index `-`), `power_exponent` (p_k, index k)."
                + " Links of noisy and binary label models are written `noisy(tau=T):SPEC` and `binary:SPEC`.\n"
                + "- `mu`: mu_i(eta) = E[psi(sigma*(A), B) He_i(A) He_{i-1}(B)]/(i!(i-1)!), index `i:n` = coefficient"
                + " of eta^n (of s^n, s = eta*d, for batch reuse). Configuration key"
                + " `ALGORITHM:target=SPEC:activation=SPEC:loss=LOSS:a=A[:inner-step=plain]:variable=eta|s`"
                + " (deterministic labels). Dense grid: zeros are written; when the coefficients terminate, all"
                + " coefficients outside the grid are zero.\n"
                + "- `second_moment`: E[psi^2](m), index `a:n` = coefficient of m^a eta^n (m^a s^n);"
                + " `normalisation`: N(m) = (d-2) E[psi^2](m) + E[psi^2 v^2](m), index `a:n:k` = coefficient of"
                + " m^a eta^n d^k (m^a s^n d^k). Same keys, dense grids, exact.\n"
                + "- `mean_field_m`: m_t of the map m_{t+1} = m_t + gamma D(m_t) - (gamma^2/2) N(m_t) m_t, index t;"
                + " `mean_field_hitting_time`: the ODE hitting time from m0 to m_target in steps, index `-`. Key: the"
                + " configuration key + `[:eta=E]:d=D:gamma=G:m0=M[:m_target=M]`, all parameters exact.\n\n"
                + "Precision: decimals are rounded to `digits` significant digits (trailing zeros may be omitted;"
                + " estimates keep only the digits their error allows); `error` bounds or estimates |value - true"
                + " value|, that rounding included (`certainty`: exact, enclosure, estimate); `exact` gives the closed"
                + " form of exact values.\n\n"
                + "To check another implementation, write a CSV file with at least the columns `kind,link,index,value`"
                + " and run `sgdx golden verify DIR --against FILE [--rel-tol R] [--abs-tol A]`. Integers must agree"
                + " exactly; a decimal must agree within max(R |golden|, A, rounding) + error, where rounding is half a"
                + " unit in the last of the golden value's `digits` digits and error the golden value's error"
                + " estimate (0 when exact); a candidate written with too few digits is a mismatch. The defaults"
                + " (R = 1e-12, A = 1e-14) suit double precision, except that a double-precision iteration of the"
                + " mean-field map over t steps needs R of about t * 1e-16. Each mismatch is reported; the exit code is"
                + " 0 when all agree, 1 when some do not, 2 on bad input.\n";
    }

    /**
     * Reads the golden vectors of a directory written by {@link #export}.
     *
     * @throws IllegalArgumentException if the directory has no readable {@code golden.json} of this format
     */
    public static GoldenSet read(Path directory) throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is a file, not a golden directory (write one with 'sgdx"
                    + " golden export DIR')");
        }
        Path file = directory.resolve(JSON);
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no " + JSON + " in " + directory + ": not a golden directory (write"
                    + " one with 'sgdx golden export DIR')");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(file + " is not in format " + FORMAT + " (found '"
                    + root.path("format").asText() + "')");
        }
        Map<String, String> conventions = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("conventions").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            conventions.put(e.getKey(), e.getValue().asText());
        }
        Instant created;
        try {
            created = Instant.parse(root.path("created").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": 'created' is not an ISO-8601 instant");
        }
        Provenance p = new Provenance(root.path("software").path("name").asText(),
                root.path("software").path("version").asText(), created, conventions);
        if (!root.path("vectors").isArray()) {
            throw new IllegalArgumentException(file + ": 'vectors' must be a list of golden vectors");
        }
        List<GoldenVector> vectors = new ArrayList<>();
        for (JsonNode v : root.path("vectors")) {
            GoldenVector g = new GoldenVector(text(v, "kind", file), text(v, "link", file), text(v, "index", file),
                    text(v, "value", file), GoldenVector.Type.of(text(v, "type", file)), text(v, "certainty", file),
                    text(v, "error", file), v.path("digits").asInt(), v.path("exact").asText(""));
            if (g.type() == GoldenVector.Type.DECIMAL && !(isDecimal(g.value()) && isDecimal(g.error()))) {
                throw new IllegalArgumentException(file + ": vector " + g.key() + " has a value or error that is not a"
                        + " decimal number ('" + g.value() + "', '" + g.error() + "')");
            }
            vectors.add(g);
        }
        return new GoldenSet(p, vectors);
    }

    private static boolean isDecimal(String s) {
        try {
            new java.math.BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String text(JsonNode v, String field, Path file) {
        JsonNode n = v.get(field);
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException(file + ": a vector lacks '" + field + "'");
        }
        return n.asText();
    }

    /**
     * A value to verify: one row of a candidate file.
     *
     * @param key the normalised key
     * @param value the value as written
     * @param line the line number in the file (1-based)
     */
    public record Candidate(GoldenVector.Key key, String value, int line) {
    }

    /**
     * Reads a candidate CSV file: a header naming at least {@code kind, link, index, value} (any order, case
     * ignored, other columns ignored), then one value per row; {@code #} lines and blank lines are skipped.
     *
     * @throws IllegalArgumentException if the file is missing, has no such header or a malformed row
     */
    public static List<Candidate> readCandidates(Path file) throws IOException {
        List<String> lines;
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("--against must name a CSV file, but " + file + " is a directory");
        }
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        int[] col = null;
        int width = 0;
        List<Candidate> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f;
            try {
                f = Csv.parse(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ", line " + (n + 1) + ": " + e.getMessage());
            }
            if (col == null) {
                col = header(f, file, n + 1);
                width = f.size();
                continue;
            }
            if (f.size() < width) {
                throw new IllegalArgumentException(file + ", line " + (n + 1) + ": expected " + width
                        + " fields as in the header, found " + f.size());
            }
            if (f.get(col[0]).isEmpty() || f.get(col[1]).isEmpty()) {
                throw new IllegalArgumentException(file + ", line " + (n + 1) + ": kind and link must not be empty");
            }
            out.add(new Candidate(GoldenVector.Key.of(f.get(col[0]), f.get(col[1]), f.get(col[2])), f.get(col[3]),
                    n + 1));
        }
        if (col == null) {
            throw new IllegalArgumentException(file + " has no header line (expected columns kind,link,index,value)");
        }
        return out;
    }

    private static int[] header(List<String> f, Path file, int line) {
        List<String> names = f.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        int[] col = new int[4];
        String[] required = {"kind", "link", "index", "value"};
        for (int i = 0; i < 4; i++) {
            col[i] = names.indexOf(required[i]);
            if (col[i] < 0) {
                throw new IllegalArgumentException(file + ", line " + line + ": the header must name the columns"
                        + " kind,link,index,value; found " + String.join(",", f));
            }
        }
        return col;
    }
}
