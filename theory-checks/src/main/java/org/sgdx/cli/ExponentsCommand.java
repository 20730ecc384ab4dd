package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exponent.Exponent;
import org.sgdx.reference.exponent.ExponentOptions;
import org.sgdx.reference.exponent.ExponentReport;
import org.sgdx.reference.exponent.ExponentTable;
import org.sgdx.reference.exponent.Exponents;
import org.sgdx.reference.exponent.ZetaSquared;
import org.sgdx.reference.exponent.zeta.ZetaTransform;
import org.sgdx.reference.link.LabelModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sgdx exponents}: information, generative and power exponents of a link. */
@Command(name = "exponents", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Information exponent, generative exponent, power exponents p_k and E[zeta_k(y)^2]"
            + " (MATH.md §3), each labelled exact or estimate.",
            "With --table: the exponents of a built-in list of links."})
final class ExponentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--link", paramLabel = "SPEC",
            description = "Link specification (for binary labels: q(z) = P(y = 1 | z)).")
    String link;

    @Option(names = "--labels", paramLabel = LabelModel.Type.KEYS, defaultValue = "deterministic",
            description = "Label model (default: ${DEFAULT-VALUE}).")
    String labels;

    @Option(names = "--noise", paramLabel = "TAU",
            description = "Noise level tau in [1e-300, 1000] of noisy labels y = sigma(z) + tau*eps (an exact decimal).")
    String noise;

    @Option(names = "--max-degree", paramLabel = "K", defaultValue = "12",
            description = "Search limit for the exponents (default: ${DEFAULT-VALUE}).")
    int maxDegree;

    @Option(names = "--max-power", paramLabel = "K", defaultValue = "4",
            description = "Power exponents p_k for k = 1..K (default: ${DEFAULT-VALUE}).")
    int maxPower;

    @Option(names = "--zeta", paramLabel = "K", defaultValue = "6",
            description = "Report E[zeta_k(y)^2] for k = 1..K (default: ${DEFAULT-VALUE}; 0 for none).")
    int zeta;

    @Option(names = "--transform-grid", paramLabel = "N",
            description = "Also print the optimal transformation zeta_{p*}(y) on N grid points, N in 2..100000"
                + " (default: none).")
    Integer transformGrid;

    @Option(names = "--digits", paramLabel = "D", defaultValue = "30",
            description = "Digits of numerical Hermite coefficients (default: ${DEFAULT-VALUE}).")
    int digits;

    @Option(names = "--max-work", paramLabel = "W", description = WorkBudget.DESCRIPTION)
    long maxWork = WorkBudget.DEFAULT_MAX_WORK;

    @Option(names = "--table", description = "The exponents of the built-in list of links.")
    boolean table;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (table) {
            if (link != null || noise != null || transformGrid != null) {
                throw new ParameterException(spec.commandLine(), "--table takes no --link, --noise or --transform-grid");
            }
            runTable(out);
        } else {
            if (link == null) {
                throw new ParameterException(spec.commandLine(), "either --link SPEC or --table is required");
            }
            runOne(out);
        }
        out.flush();
        return 0;
    }

    private ExponentOptions options(int zetaCount) {
        return new ExponentOptions(maxDegree, maxPower, digits, zetaCount);
    }

    static LabelModel model(String spec, String labels, String noise) {
        BigFraction tau = noise == null ? null : Inputs.noise(noise);
        return LabelModel.of(labels, Inputs.link("--link", spec), tau);
    }

    private void runOne(PrintWriter out) {
        if (transformGrid != null && (transformGrid < 2 || transformGrid > 100_000)) {
            throw new IllegalArgumentException("--transform-grid must be in 2..100000, got " + transformGrid);
        }
        LabelModel model = model(link, labels, noise);
        WorkBudget work = new WorkBudget("exponents", maxWork);
        ExponentReport report = work.run("--digits or --max-degree",
                () -> Exponents.of(model, options(zeta), work.limit()));
        ZetaTransform transform = null;
        if (transformGrid != null) {
            if (report.generativeExponent().value().isPresent()) {
                transform = ZetaTransform.onDefaultGrid(model, report.generativeExponent().value().getAsInt(),
                        transformGrid);
            }
        }
        if (format == OutputFormat.JSON) {
            ObjectNode root = Json.document("exponents");
            putOptions(root);
            putReport(root, report);
            if (transform != null) {
                putTransform(root.putObject("transform"), transform);
            }
            out.println(Json.write(root));
        } else {
            printText(out, report, transform);
        }
    }

    private void putOptions(ObjectNode root) {
        ObjectNode o = root.putObject("options");
        o.put("max_degree", maxDegree);
        o.put("max_power", maxPower);
        o.put("digits", digits);
        o.put("zeta", zeta);
        ObjectNode c = root.putObject("conventions");
        c.put("hermite", "u_k = E[f(Z) He_k(Z)]/k! for exponents; zeta_k(y) = E[h_k(Z) | y], h_k = He_k/sqrt(k!)");
        c.put("power_exponents", "p_k = IE(E[y^k | z]) (= IE(sigma^k) for deterministic links)");
    }

    static void putReport(ObjectNode node, ExponentReport report) {
        LabelModel model = report.model();
        node.put("link", model.link().specification());
        node.put("labels", model.kind());
        if (model instanceof LabelModel.Noisy noisy) {
            node.put("noise", noisy.tau().bigDecimalValue(40, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString());
        }
        putExponent(node.putObject("information_exponent"), report.informationExponent());
        putExponent(node.putObject("generative_exponent"), report.generativeExponent());
        ArrayNode powers = node.putArray("power_exponents");
        for (ExponentReport.PowerExponent p : report.powerExponents()) {
            ObjectNode o = powers.addObject();
            o.put("k", p.k());
            putExponent(o, p.exponent());
        }
        ArrayNode zetas = node.putArray("zeta_squared");
        for (ZetaSquared z : report.zetaSquared()) {
            ObjectNode o = zetas.addObject();
            o.put("k", z.k());
            o.put("value", Decimals.plain(z.value()));
            o.put("certainty", z.certainty().label());
            if (z.certainty() == Certainty.EXACT) {
                o.put("exact", z.closedForm());
            } else {
                o.put("error", Decimals.error(z.error()));
            }
            o.put("method", z.reason());
        }
    }

    private static void putExponent(ObjectNode o, Exponent e) {
        if (e.value().isPresent()) {
            o.put("value", e.value().getAsInt());
        } else {
            o.putNull("value");
        }
        o.put("certainty", e.certainty().label());
        o.put("reason", e.reason());
    }

    private static void putTransform(ObjectNode o, ZetaTransform t) {
        o.put("k", t.k());
        o.put("certainty", t.certainty().label());
        ArrayNode atoms = o.putArray("atoms");
        for (ZetaTransform.Atom a : t.atoms()) {
            ObjectNode n = atoms.addObject();
            n.put("y", a.y());
            n.put("mass", a.mass());
            n.put("zeta", a.zeta());
        }
        ArrayNode points = o.putArray("points");
        for (ZetaTransform.Point p : t.points()) {
            ObjectNode n = points.addObject();
            n.put("y", p.y());
            n.put("density", p.density());
            n.put("zeta", p.zeta());
        }
    }

    private void printText(PrintWriter out, ExponentReport r, ZetaTransform transform) {
        LabelModel model = r.model();
        out.println("sgdx " + SoftwareInfo.version() + " exponents (MATH.md §3)");
        out.println("link          " + model.link().specification());
        out.println("labels        " + model.kind() + (model instanceof LabelModel.Noisy n
                ? " (y = sigma(z) + tau*eps, tau = " + noise + ")"
                : model instanceof LabelModel.Binary ? " (P(y = 1 | z) = q(z))" : " (y = sigma(z))"));
        out.println();
        out.printf("%-24s %-6s %-9s %s%n", "exponent", "value", "certainty", "reason");
        printExponent(out, "information exponent p", r.informationExponent());
        printExponent(out, "generative exponent p*", r.generativeExponent());
        for (ExponentReport.PowerExponent p : r.powerExponents()) {
            printExponent(out, "power exponent p_" + p.k(), p.exponent());
        }
        if (!r.zetaSquared().isEmpty()) {
            out.println();
            out.printf("%4s  %-24s %-9s %s%n", "k", "E[zeta_k(y)^2]", "certainty", "exact form / error");
            for (ZetaSquared z : r.zetaSquared()) {
                String detail = z.certainty() == Certainty.EXACT ? z.closedForm() : "± " + Decimals.error(z.error());
                out.printf("%4d  %-24s %-9s %s%n", z.k(), Decimals.plain(z.value().round(new java.math.MathContext(16))),
                        z.certainty().label(), detail);
            }
        }
        if (transform != null) {
            out.println();
            out.println("optimal transformation zeta_" + transform.k() + "(y) = E[h_" + transform.k() + "(Z) | y] ("
                    + transform.certainty().label() + ")");
            for (ZetaTransform.Atom a : transform.atoms()) {
                out.printf("  atom y = %-12.6g mass %-12.6g zeta %.10g%n", a.y(), a.mass(), a.zeta());
            }
            out.printf("  %-14s %-14s %s%n", "y", "density", "zeta");
            for (ZetaTransform.Point p : transform.points()) {
                out.printf("  %-14.6g %-14.6g %.10g%n", p.y(), p.density(), p.zeta());
            }
        }
    }

    private static void printExponent(PrintWriter out, String name, Exponent e) {
        out.printf("%-24s %-6s %-9s %s%n", name, e.value().isPresent() ? String.valueOf(e.value().getAsInt()) : "none",
                e.certainty().label(), e.reason());
    }

    private void runTable(PrintWriter out) {
        WorkBudget work = new WorkBudget("exponents", maxWork);
        List<ExponentReport> reports = work.run("--digits or --max-degree", () -> {
            List<ExponentReport> rows = new ArrayList<>();
            for (ExponentTable.Row row : ExponentTable.ROWS) {
                rows.add(Exponents.of(row.model(), options(0), work.limit()));
            }
            return rows;
        });
        if (format == OutputFormat.JSON) {
            ObjectNode root = Json.document("exponents");
            putOptions(root);
            ArrayNode rows = root.putArray("table");
            for (ExponentReport r : reports) {
                putReport(rows.addObject(), r);
            }
            out.println(Json.write(root));
            return;
        }
        out.println("sgdx " + SoftwareInfo.version() + " exponent table (MATH.md §3)");
        out.println("p = information exponent, p* = generative exponent, p_k = IE(E[y^k | z]);"
                + " each value is followed by how it is known: (e) exact, (~) estimate; '-' means none up to k = "
                + maxDegree + ".");
        out.println();
        StringBuilder header = new StringBuilder(String.format("%-20s %-22s %-6s %-6s", "link", "labels", "p", "p*"));
        for (int k = 1; k <= maxPower; k++) {
            header.append(String.format(" %-6s", "p_" + k));
        }
        out.println(header);
        for (ExponentReport r : reports) {
            LabelModel m = r.model();
            String labelText = m instanceof LabelModel.Noisy n ? "noisy, tau = " + n.tau().bigDecimalValue(10,
                    java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() : m.kind();
            StringBuilder line = new StringBuilder(String.format("%-20s %-22s %-6s %-6s", m.link().specification(),
                    labelText, cell(r.informationExponent()), cell(r.generativeExponent())));
            for (ExponentReport.PowerExponent p : r.powerExponents()) {
                line.append(String.format(" %-6s", cell(p.exponent())));
            }
            out.println(line);
        }
    }

    private static String cell(Exponent e) {
        String v = e.value().isPresent() ? String.valueOf(e.value().getAsInt()) : "-";
        return v + (e.certainty() == Certainty.EXACT ? "(e)" : e.certainty() == Certainty.ENCLOSURE ? "(b)" : "(~)");
    }
}
