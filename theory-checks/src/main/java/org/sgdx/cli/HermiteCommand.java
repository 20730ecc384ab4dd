package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.hermite.Basis;
import org.sgdx.reference.hermite.Coefficient;
import org.sgdx.reference.hermite.HermiteQuadrature;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.Link;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sgdx hermite}: the Hermite coefficients of a link. */
@Command(name = "hermite", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Hermite coefficients of a link function (MATH.md §2).",
            "Exact (rational, or with 1/sqrt(2*pi) and square roots) for polynomials and piecewise polynomials"
                + " with breakpoints at 0; numerical with an error estimate otherwise."})
final class HermiteCommand implements Callable<Integer> {

    /** The most digits of a numerical (validated) computation: its check runs at {@code 2D + 20} digits. */
    static final int MAX_NUMERICAL_DIGITS = (HermiteQuadrature.MAX_DIGITS - 20) / 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--link", required = true, paramLabel = "SPEC",
            description = "Link specification, e.g. He3, 'z^3 - 3*z', relu, 'tanh(2*z)'.")
    String link;

    @Option(names = "--max-degree", paramLabel = "K", defaultValue = "10",
            description = "Largest index k (default: ${DEFAULT-VALUE}).")
    int maxDegree;

    @Option(names = "--basis", paramLabel = "h|He", defaultValue = "h",
            description = "h: c_k = E[f h_k] with h_k = He_k/sqrt(k!) (default); He: u_k = E[f He_k]/k!.")
    String basis;

    @Option(names = "--digits", paramLabel = "D", defaultValue = "30",
            description = "Significant digits of the printed values (default: ${DEFAULT-VALUE}); an estimate shows"
                + " only the digits whose unit is at least its error, and its error includes the rounding.")
    int digits;

    @Option(names = "--max-work", paramLabel = "W", description = WorkBudget.DESCRIPTION)
    long maxWork = WorkBudget.DEFAULT_MAX_WORK;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        Basis b = Basis.fromLabel(basis);
        Link parsed = Inputs.link("--link", link);
        if (maxDegree < 0 || maxDegree > HermiteQuadrature.MAX_DEGREE) {
            throw new IllegalArgumentException("--max-degree must be in 0.." + HermiteQuadrature.MAX_DEGREE + ", got "
                    + maxDegree);
        }
        if (digits < 1 || digits > LinkCoefficients.MAX_DIGITS) {
            throw new IllegalArgumentException("--digits must be in 1.." + LinkCoefficients.MAX_DIGITS + ", got "
                    + digits);
        }
        if (parsed.exactForm().isEmpty() && digits > MAX_NUMERICAL_DIGITS) {
            throw new IllegalArgumentException("--digits must be at most " + MAX_NUMERICAL_DIGITS + " for a link"
                    + " without an exact form (its check computation uses 2D + 20 digits), got " + digits);
        }
        WorkBudget work = new WorkBudget("hermite", maxWork);
        List<Coefficient> coefficients = work.run("--digits or --max-degree",
                () -> LinkCoefficients.of(parsed, maxDegree, b, digits, work.limit()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(parsed, b, coefficients)));
        } else {
            printText(out, parsed, b, coefficients);
        }
        out.flush();
        return 0;
    }

    private ObjectNode json(Link parsed, Basis b, List<Coefficient> coefficients) {
        ObjectNode root = Json.document("hermite");
        root.put("link", parsed.specification());
        root.put("expression", parsed.expression().toString());
        parsed.exactForm().ifPresentOrElse(f -> root.put("exact_form", f.toString()), () -> root.putNull("exact_form"));
        root.put("basis", b.label());
        root.put("coefficient", b.coefficientName());
        root.put("convention", convention(b));
        root.put("digits", digits);
        ArrayNode list = root.putArray("coefficients");
        for (Coefficient c : coefficients) {
            ObjectNode o = list.addObject();
            o.put("k", c.k());
            o.put("value", Decimals.plain(c.value()));
            o.put("certainty", c.certainty().label());
            if (c.certainty() == Certainty.EXACT) {
                o.put("exact", c.exact().toString());
            } else {
                o.put("error", Decimals.error(c.error()));
            }
        }
        return root;
    }

    static String convention(Basis b) {
        return b == Basis.H ? "c_k = E[f(Z) h_k(Z)], h_k = He_k/sqrt(k!), Z ~ N(0,1)"
                : "u_k = E[f(Z) He_k(Z)]/k!, Z ~ N(0,1)";
    }

    private void printText(PrintWriter out, Link parsed, Basis b, List<Coefficient> coefficients) {
        out.println("sgdx " + SoftwareInfo.version() + " hermite");
        out.println("link        " + parsed.specification()
                + parsed.exactForm().map(f -> "   (exact form: " + f + ")").orElse("   (no exact form: numerical)"));
        out.println("convention  " + convention(b));
        out.println("digits      " + digits);
        out.println();
        int width = Math.max(8, coefficients.stream().mapToInt(c -> Decimals.plain(c.value()).length()).max().orElse(8));
        out.printf("%4s  %-" + width + "s  %-9s  %s%n", "k", b.coefficientName(), "certainty", "exact value / error");
        for (Coefficient c : coefficients) {
            String detail = c.certainty() == Certainty.EXACT ? c.exact().toString() : "± " + Decimals.error(c.error());
            out.printf("%4d  %-" + width + "s  %-9s  %s%n", c.k(), Decimals.plain(c.value()), c.certainty().label(), detail);
        }
    }
}
