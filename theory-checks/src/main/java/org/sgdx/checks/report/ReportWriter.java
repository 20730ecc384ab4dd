package org.sgdx.checks.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgdx.checks.claims.AuditResult;
import org.sgdx.checks.claims.Claim;
import org.sgdx.checks.claims.ClaimResult;
import org.sgdx.checks.claims.Figure;
import org.sgdx.checks.claims.Quantity;
import org.sgdx.checks.claims.Source;
import org.sgdx.checks.claims.Verdict;
import org.sgdx.checks.stats.ConfidenceInterval;

/**
 * Writes an audit as {@code report.md}, {@code report.json} and the claims' figures ({@code figures/<name>.png} and
 * {@code .svg}). The Markdown report has a header (software, version, date, mode, seed, threads, options,
 * conventions of MATH.md §9), a table of claims (id, statement, predicted, measured, interval, verdict, reason) and a
 * section per claim with its sources, method, settings, evidence trace and figures; the JSON report has the same
 * content. Figure files are named {@code <claim id>-<figure name>}.
 */
public final class ReportWriter {

    /** The name of the Markdown report. */
    public static final String MARKDOWN = "report.md";
    /** The name of the JSON report. */
    public static final String JSON = "report.json";
    /** The directory of the figures, relative to the report. */
    public static final String FIGURES = "figures";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /**
     * The files written.
     *
     * @param markdown {@code report.md}
     * @param json {@code report.json}
     * @param figures the PNG and SVG files
     */
    public record Written(Path markdown, Path json, List<Path> figures) {
        public Written {
            figures = List.copyOf(figures);
        }
    }

    private static final String TITLE = "# sgdx audit report";
    private static final java.util.regex.Pattern JSON_COMMAND =
            java.util.regex.Pattern.compile("\\A\\s*\\{\\s*\"command\"\\s*:\\s*\"audit\"");

    /**
     * Whether a file starting with {@code head} (its first few hundred characters) is a {@link #MARKDOWN} or
     * {@link #JSON} report written by {@link #write}.
     */
    public static boolean writtenByAudit(String head) {
        return head.startsWith(TITLE + "\n") || JSON_COMMAND.matcher(head).lookingAt();
    }

    /**
     * Writes the report into {@code directory} (created if needed).
     *
     * @throws IOException if a file cannot be written
     */
    public static Written write(AuditResult audit, ReportHeader header, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> figures = new ArrayList<>();
        Path figureDir = directory.resolve(FIGURES);
        for (ClaimResult r : audit.results()) {
            for (Figure f : r.figures()) {
                figures.addAll(Plots.write(f, figureDir, fileStem(r, f)));
            }
        }
        Path md = directory.resolve(MARKDOWN);
        Files.writeString(md, markdown(audit, header), StandardCharsets.UTF_8);
        Path js = directory.resolve(JSON);
        Files.writeString(js, toJsonString(json(audit, header)) + System.lineSeparator(), StandardCharsets.UTF_8);
        return new Written(md, js, figures);
    }

    /** The JSON document of the report. */
    public static ObjectNode json(AuditResult audit, ReportHeader header) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("command", "audit");
        ObjectNode sw = root.putObject("software");
        sw.put("name", header.software());
        sw.put("version", header.version());
        root.put("date", header.date().toString());
        root.put("mode", audit.mode().label());
        root.put("seed", audit.seed());
        root.put("threads", audit.threads());
        ObjectNode options = root.putObject("options");
        header.options().forEach(options::put);
        ObjectNode conventions = root.putObject("conventions");
        header.conventions().forEach(conventions::put);
        ObjectNode summary = root.putObject("summary");
        summary.put("claims", audit.results().size());
        for (Verdict.Status s : Verdict.Status.values()) {
            summary.put(s.label(), audit.count(s));
        }
        ArrayNode skipped = summary.putArray("not_run");
        audit.skipped().forEach(c -> skipped.add(c.id()));
        summary.put("exit_code", audit.exitCode());
        summary.put("elapsed_seconds", seconds(audit.elapsed().toMillis()));
        ArrayNode claims = root.putArray("claims");
        for (ClaimResult r : audit.results()) {
            claims.add(claimJson(r));
        }
        return root;
    }

    private static ObjectNode claimJson(ClaimResult r) {
        Claim c = r.claim();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("title", c.title());
        o.put("statement", c.statement());
        ArrayNode sources = o.putArray("sources");
        for (Source s : c.sources()) {
            ObjectNode so = sources.addObject();
            so.put("kind", s.kind().label());
            so.put("reference", s.reference());
        }
        ObjectNode method = o.putObject("method");
        method.put("kind", c.method().kind().label());
        method.put("test", c.method().test());
        method.put("false_failure_rate", c.method().falseFailureRate());
        quantity(o.putObject("predicted"), r.predicted());
        quantity(o.putObject("measured"), r.measured());
        if (r.interval().isPresent()) {
            ConfidenceInterval ci = r.interval().get();
            ObjectNode i = o.putObject("interval");
            number(i, "lower", ci.lower());
            number(i, "upper", ci.upper());
            i.put("level", ci.level());
            i.put("method", ci.method());
        } else {
            o.putNull("interval");
        }
        o.put("verdict", r.verdict().status().label());
        o.put("reason", r.verdict().reason());
        ArrayNode evidence = o.putArray("evidence");
        r.evidence().forEach(evidence::add);
        ObjectNode settings = o.putObject("settings");
        r.settings().forEach(settings::put);
        ArrayNode figures = o.putArray("figures");
        for (Figure f : r.figures()) {
            ObjectNode fo = figures.addObject();
            fo.put("name", f.name());
            fo.put("title", f.title());
            fo.put("png", FIGURES + "/" + fileStem(r, f) + ".png");
            fo.put("svg", FIGURES + "/" + fileStem(r, f) + ".svg");
        }
        o.put("mode", r.mode().label());
        o.put("elapsed_seconds", seconds(r.elapsed().toMillis()));
        return o;
    }

    private static void quantity(ObjectNode o, Quantity q) {
        o.put("text", q.text());
        number(o, "value", q.value());
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, v > 0 ? "inf" : "-inf");
        }
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }

    /** The JSON document as indented text. */
    public static String toJsonString(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Markdown report. */
    public static String markdown(AuditResult audit, ReportHeader header) {
        StringBuilder sb = new StringBuilder();
        String nl = "\n";
        sb.append(TITLE).append(nl).append(nl);
        sb.append("| | |").append(nl).append("|---|---|").append(nl);
        row(sb, "software", header.software() + " " + header.version());
        row(sb, "date", header.date().toString());
        row(sb, "mode", audit.mode().label());
        row(sb, "seed", String.valueOf(audit.seed()));
        row(sb, "threads", String.valueOf(audit.threads()));
        for (Map.Entry<String, String> e : header.options().entrySet()) {
            row(sb, "option " + e.getKey(), e.getValue());
        }
        row(sb, "result", audit.summary());
        row(sb, "elapsed", String.format(Locale.ROOT, "%.1f s", audit.elapsed().toMillis() / 1000.0));
        sb.append(nl).append("## Conventions (MATH.md §9)").append(nl).append(nl);
        for (Map.Entry<String, String> e : header.conventions().entrySet()) {
            sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append(nl);
        }
        sb.append(nl).append("## Claims").append(nl).append(nl);
        sb.append("| id | statement | predicted | measured | interval | verdict | reason |").append(nl);
        sb.append("|---|---|---|---|---|---|---|").append(nl);
        for (ClaimResult r : audit.results()) {
            sb.append("| [").append(r.claim().id()).append("](#").append(anchor(r.claim().id())).append(") | ")
                    .append(cell(r.claim().statement())).append(" | ").append(cell(r.predicted().text())).append(" | ")
                    .append(cell(r.measured().text())).append(" | ").append(cell(intervalText(r))).append(" | **")
                    .append(r.verdict().status().label()).append("** | ").append(cell(r.verdict().reason()))
                    .append(" |").append(nl);
        }
        if (!audit.skipped().isEmpty()) {
            sb.append(nl).append("Not run in ").append(audit.mode().label()).append(" mode: ");
            sb.append(String.join(", ", audit.skipped().stream().map(Claim::id).toList())).append(".").append(nl);
        }
        for (ClaimResult r : audit.results()) {
            Claim c = r.claim();
            sb.append(nl).append("## ").append(c.id()).append(nl).append(nl);
            sb.append("**").append(c.title()).append("**: `").append(c.statement().replace("`", "'")).append("`")
                    .append(nl).append(nl);
            sb.append("- verdict: **").append(r.verdict().status().label()).append("** (")
                    .append(r.verdict().reason()).append(")").append(nl);
            sb.append("- predicted: ").append(r.predicted().text()).append(nl);
            sb.append("- measured: ").append(r.measured().text()).append(nl);
            if (r.interval().isPresent()) {
                sb.append("- interval: ").append(intervalText(r)).append(" (")
                        .append(String.format(Locale.ROOT, "%.0f%%", 100 * r.interval().get().level())).append(", ")
                        .append(r.interval().get().method()).append(")").append(nl);
            }
            sb.append("- sources: ").append(String.join("; ", c.sources().stream().map(Source::toString).toList()))
                    .append(nl);
            sb.append("- method: ").append(c.method()).append(nl);
            sb.append("- time: ").append(String.format(Locale.ROOT, "%.2f s", r.elapsed().toMillis() / 1000.0))
                    .append(nl);
            if (!r.settings().isEmpty()) {
                sb.append(nl).append("Settings:").append(nl).append(nl);
                for (Map.Entry<String, String> e : r.settings().entrySet()) {
                    sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append(nl);
                }
            }
            if (!r.evidence().isEmpty()) {
                sb.append(nl).append("Evidence:").append(nl).append(nl);
                for (String line : r.evidence()) {
                    sb.append("1. ").append(line).append(nl);
                }
            }
            for (Figure f : r.figures()) {
                String stem = FIGURES + "/" + fileStem(r, f);
                sb.append(nl).append("![").append(f.title()).append("](").append(stem).append(".png) ([SVG](")
                        .append(stem).append(".svg))").append(nl);
            }
        }
        return sb.toString();
    }

    /**
     * The claims table for a terminal: id, predicted, measured, interval, verdict; long cells are shortened, and
     * the reasons of claims that are not confirmed follow the table.
     */
    public static String text(AuditResult audit) {
        int idWidth = Math.max(5, audit.results().stream().mapToInt(r -> r.claim().id().length()).max().orElse(5));
        String format = "%-" + idWidth + "s  %-28s  %-28s  %-20s  %s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, format, "claim", "predicted", "measured", "interval", "verdict"));
        for (ClaimResult r : audit.results()) {
            sb.append(String.format(Locale.ROOT, format, r.claim().id(), shorten(r.predicted().text(), 28),
                    shorten(r.measured().text(), 28), shorten(intervalText(r), 20), r.verdict().status().label()));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ClaimResult r : audit.results()) {
            if (!r.verdict().isConfirmed()) {
                reasons.put(r.claim().id(), r.verdict().status().label() + ": " + r.verdict().reason());
            }
        }
        if (!reasons.isEmpty()) {
            sb.append(System.lineSeparator());
            reasons.forEach((id, reason) -> sb.append(id).append(": ").append(reason).append(System.lineSeparator()));
        }
        return sb.toString();
    }

    /** The file stem of a figure: {@code <claim id>-<figure name>}, unique within an audit. */
    static String fileStem(ClaimResult r, Figure f) {
        return r.claim().id() + "-" + f.name();
    }

    private static String intervalText(ClaimResult r) {
        if (r.interval().isEmpty()) {
            return "-";
        }
        ConfidenceInterval ci = r.interval().get();
        if (!ci.isDefined()) {
            return "undefined";
        }
        return "[" + Quantity.format(ci.lower()) + ", " + Quantity.format(ci.upper()) + "]";
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3) + "...";
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append("| ").append(key).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** The GitHub-style anchor of a heading. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }
}
