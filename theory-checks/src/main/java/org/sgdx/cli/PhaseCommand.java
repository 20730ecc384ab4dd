package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.checks.claims.Figure;
import org.sgdx.checks.claims.PhaseFigures;
import org.sgdx.checks.report.Plots;
import org.sgdx.fastpath.run.ParallelRunner;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.phase.LocalExponents;
import org.sgdx.reference.dynamics.phase.MeanFieldTimes;
import org.sgdx.reference.dynamics.phase.PhaseDiagram;
import org.sgdx.reference.dynamics.phase.PredictedExponent;
import org.sgdx.reference.dynamics.phase.RayPoint;
import org.sgdx.reference.dynamics.prediction.Kink;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.exponent.ExponentOptions;
import org.sgdx.reference.exponent.ExponentReport;
import org.sgdx.reference.exponent.Exponents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sgdx phase}: the phase diagram of an update rule in the limit d → ∞ (MATH.md §10). */
@Command(name = "phase", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Phase diagram in the limit d -> infinity (MATH.md §6, §10): on each ray eta = d^q, the"
            + " predicted exponent kappa(q) = lim log T / log d of the theorem's min-formula (exact, with its kinks),"
            + " against the exponent measured on the mean-field hitting time (optimal gamma, m0 = d^-1/2) along a"
            + " geometric ladder of d and extrapolated in 1/ln d; and the phase boundaries eta_c(d) with their"
            + " exponent in d."})
final class PhaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CoefficientsCommand.RuleOptions options;

    @Option(names = "--q", paramLabel = "Q,...|FROM:TO:STEP", split = ",",
            description = "Ray exponents q (eta = d^q), exact decimals or p/q, as a list or FROM:TO:STEP (default: every"
                + " kink, and points 1/4 and 1/2 away on both sides, inside the range where the formula applies).")
    List<String> q;

    @Option(names = "--d", paramLabel = "D,...|FROM:TO:FACTOR", split = ",",
            description = "The ladder of d: a list, or FROM:TO:FACTOR for a geometric ladder (default: 1e4:1e48:1e4)."
                + " At least 3 rungs, each >= 3, strictly increasing.")
    List<String> d;

    @Option(names = "--m-target", paramLabel = "M", defaultValue = "0.5",
            description = "Target overlap (default: ${DEFAULT-VALUE}).")
    String mTarget;

    @Option(names = "--time-digits", paramLabel = "D", defaultValue = "6",
            description = "Significant digits of each mean-field hitting time, validated by a precision ladder"
                + " (default: ${DEFAULT-VALUE}).")
    int timeDigits;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads, 1.." + ParallelRunner.MAX_THREADS
            + " (default: all cores); the result does not depend on it.")
    Integer threads;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg",
            description = "Write the phase diagram (predicted kappa(q), measured exponents with error bars, kinks).")
    String plot;

    @Option(names = "--force", description = "Replace an existing --plot file.")
    boolean force;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Optional<Path> plotFile = plotFile();
        BigFraction target = Inputs.inDoubleRange("--m-target", mTarget, true);
        if (Rationals.compare(target, BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("--m-target must be in (0, 1), got " + mTarget);
        }
        if (timeDigits < 2 || timeDigits > 30) {
            throw new IllegalArgumentException("--time-digits must be in 2..30, got " + timeDigits);
        }
        int workers = Inputs.threads(threads);
        DriftCoefficients c = options.coefficients();
        ExponentReport exponents = Exponents.of(c.target(), new ExponentOptions(12, 4, Math.max(options.digits, 5), 0));
        PredictedExponent predicted = PredictedExponent.of(Prediction.of(c),
                boxed(exponents.generativeExponent().value()));
        List<BigFraction> qs = q == null ? PhaseDiagram.defaultQs(predicted) : rays(q);
        List<BigFraction> ladder = d == null ? PhaseDiagram.defaultLadder() : ladder(d);
        PhaseDiagram.Settings settings = new PhaseDiagram.Settings(qs, ladder, workers);
        try {
            PhaseDiagram.validate(predicted, settings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(optionOf(e.getMessage()) + e.getMessage(), e);
        }
        BigFraction lowest = ladder.get(0);
        if (Rationals.compare(lowest.multiply(target).multiply(target), BigFraction.ONE) <= 0) {
            throw new IllegalArgumentException("--d: every rung must be above 1/m_target^2 = "
                    + Rationals.toString(target.multiply(target).reciprocal()) + ", so that m0 = d^-1/2 is below"
                    + " --m-target " + mTarget + "; got the rung " + Rationals.toString(lowest));
        }
        MeanFieldTimes times = MeanFieldTimes.of(c, options.secondMoments(c), target, timeDigits);
        long t0 = System.nanoTime();
        PhaseDiagram diagram;
        try (Progress bar = Progress.start("phase", (long) ladder.size() * qs.size())) {
            diagram = PhaseDiagram.compute(predicted, times, settings, (done, all) -> bar.stepTo(done, all));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (plotFile.isPresent()) {
            writePlot(diagram, plotFile.get());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(diagram, exponents, seconds)));
        } else {
            printText(out, diagram, exponents, seconds);
        }
        out.flush();
        return 0;
    }

    private static String optionOf(String message) {
        return message.contains("ladder") ? "--d: " : "--q: ";
    }

    private Optional<Path> plotFile() {
        if (plot == null) {
            return Optional.empty();
        }
        Path p = OutputPaths.of(plot, "--plot");
        String lower = plot.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
            throw new IllegalArgumentException("--plot must end in .png or .svg, got '" + plot + "'");
        }
        OutputPaths.refuseDirectory(p, "--plot");
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--plot: the directory " + parent + " does not exist");
        }
        // an image carries no mark of who wrote it, so any existing file counts as foreign
        OutputPaths.refuseForeign(Files.exists(p) ? List.of(p) : List.of(), "--plot", "sgdx phase", force);
        return Optional.of(p);
    }

    private static void writePlot(PhaseDiagram diagram, Path file) {
        Figure figure = PhaseFigures.kappa(diagram, "phase", "Phase diagram: kappa(q), " + diagram.predicted()
                .algorithm().key());
        try {
            Plots.writeImage(figure, file);
        } catch (IOException e) {
            throw new UncheckedIOException("--plot: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code Q,...} or {@code FROM:TO:STEP}, exact. */
    static List<BigFraction> rays(List<String> values) {
        if (values.size() == 1 && values.get(0).contains(":")) {
            String[] p = values.get(0).split(":", -1);
            if (p.length != 3) {
                throw new IllegalArgumentException("--q must be a list or FROM:TO:STEP, got '" + values.get(0) + "'");
            }
            BigFraction from = Inputs.inDoubleRange("--q", p[0], false);
            BigFraction to = Inputs.inDoubleRange("--q", p[1], false);
            BigFraction step = Inputs.inDoubleRange("--q step", p[2], true);
            if (Rationals.compare(to, from) < 0) {
                throw new IllegalArgumentException("--q: FROM:TO:STEP has TO < FROM, so the ray grid has no points: '"
                        + values.get(0) + "'");
            }
            List<BigFraction> out = new ArrayList<>();
            for (BigFraction x = from; Rationals.compare(x, to) <= 0; x = x.add(step)) {
                out.add(Rationals.normalised(x));
                if (out.size() > 1000) {
                    throw new IllegalArgumentException("--q: more than 1000 rays in '" + values.get(0) + "'");
                }
            }
            return out;
        }
        List<BigFraction> out = new ArrayList<>();
        for (String v : values) {
            if (v.isBlank()) {
                throw new IllegalArgumentException("--q has an empty entry");
            }
            out.add(Inputs.inDoubleRange("--q", v, false));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--q: the ray grid has no points");
        }
        return out;
    }

    /** {@code D,...} or {@code FROM:TO:FACTOR}, exact. */
    static List<BigFraction> ladder(List<String> values) {
        if (values.size() == 1 && values.get(0).contains(":")) {
            String[] p = values.get(0).split(":", -1);
            if (p.length != 3) {
                throw new IllegalArgumentException("--d must be a list or FROM:TO:FACTOR, got '" + values.get(0) + "'");
            }
            BigFraction from = Rationals.parse("--d", p[0], true);
            BigFraction to = Rationals.parse("--d", p[1], true);
            BigFraction factor = Rationals.parse("--d factor", p[2], true);
            if (Rationals.compare(factor, BigFraction.ONE) <= 0) {
                throw new IllegalArgumentException("--d: the factor of FROM:TO:FACTOR must be > 1, got '" + p[2] + "'");
            }
            List<BigFraction> out = new ArrayList<>();
            for (BigFraction x = from; Rationals.compare(x, to) <= 0; x = x.multiply(factor)) {
                out.add(x);
                if (out.size() > 200) {
                    throw new IllegalArgumentException("--d: more than 200 rungs in '" + values.get(0) + "'");
                }
            }
            return out;
        }
        List<BigFraction> out = new ArrayList<>();
        for (String v : values) {
            out.add(Rationals.parse("--d", v, true));
        }
        return out;
    }

    // ---------------------------------------------------------------- text

    private void printText(PrintWriter out, PhaseDiagram p, ExponentReport exponents, double seconds) {
        PredictedExponent pe = p.predicted();
        out.println("sgdx " + SoftwareInfo.version() + " phase (MATH.md §6, §10)");
        out.println("update       " + p.times().coefficients().rule().describe());
        out.println("labels       " + p.times().coefficients().target().kind() + ", target "
                + p.times().coefficients().target().link().specification());
        out.println("exponents    p = " + show(exponents.informationExponent().value()) + ", p* = "
                + show(exponents.generativeExponent().value()));
        out.println("limit        mean-field hitting time from m0 = d^-1/2 to " + mTarget + " at the optimal gamma,"
                + " " + p.times().digits() + " digits; ladder d = " + ladderText(p.settings().ladder()));
        out.println();
        out.println("predicted kappa(q) = lim log T / log d on eta = d^q (" + pe.certainty().label() + "):");
        for (Kink k : pe.kinks()) {
            out.println("  kink q = " + Rationals.toString(k.q()) + "  (i: " + index(k.before()) + " -> "
                    + index(k.after()) + ")");
        }
        if (pe.kinks().isEmpty()) {
            out.println("  no kink");
        }
        out.println();
        out.printf(Locale.ROOT, "%-8s %-10s %-22s %-10s %-8s %s%n", "q", "kappa", "measured (extrapolated)",
                "regime", "log d^l", "local exponents at the top rungs");
        for (PhaseDiagram.Ray r : p.rays()) {
            String regime = r.predicted().source() == PredictedExponent.Source.SATURATION ? "saturated"
                    : r.predicted().index() == 0 ? "none" : "i = " + r.predicted().index();
            out.printf(Locale.ROOT, "%-8s %-10s %-22s %-10s %-8s %s%n", Rationals.toString(r.q()),
                    r.predicted().kappa().map(Rationals::toString).orElse("none"), limit(r.measured()), regime,
                    r.predicted().logPower() + " / " + fixed(r.measured().logCoefficient(), 2), top(r.steps()));
            if (!r.measured().isDefined()) {
                out.println("         " + r.measured().method());
            }
        }
        out.println();
        for (var k : p.predicted().kinks()) {
            if (p.boundaries().stream().noneMatch(b -> b.kink().equals(k))) {
                out.println("kink q = " + Rationals.toString(k.q()) + ": no boundary (the kink is at the end of the"
                        + " range where the formula applies; there is no regime above it to measure)");
            }
        }
        for (PhaseDiagram.Boundary b : p.boundaries()) {
            PhaseDiagram.BoundaryPoint last = b.points().get(b.points().size() - 1);
            out.printf(Locale.ROOT, "boundary eta_c ~ d^%s: measured exponent %s; eta_c(d = %s) = %s%n",
                    Rationals.toString(b.kink().q()), limit(b.measured()), sci(last.d().doubleValue()),
                    last.isDefined() ? sci(last.etaC()) : "undefined (" + last.reason() + ")");
            out.println("  local exponents of eta_c: " + top(b.steps()) + "; secants at q_c -/+ "
                    + Rationals.toString(b.delta()) + ", 2*" + Rationals.toString(b.delta()));
        }
        for (PhaseDiagram.BranchWindow w : p.windows()) {
            out.println();
            out.println("branch i = " + w.index() + " above the kink q = " + Rationals.toString(w.kink().q()) + ": mu_"
                    + w.index() + "(eta) vanishes at eta_0 = " + Rationals.toString(w.zero())
                    + (w.zeroExact() ? " (exact)" : " (estimate)") + "; the branch exists for eta_c(d) < eta < eta_0");
            out.printf(Locale.ROOT, "  %-8s %-10s %-6s %s%n", "d", "eta_c", "window", "mean-field T at eta_0 x 1/2,"
                    + " 9/10, 1, 11/10");
            for (PhaseDiagram.WindowRow row : w.rows()) {
                List<String> ts = row.nearZero().stream().map(PhaseCommand::time).toList();
                out.printf(Locale.ROOT, "  %-8s %-10s %-6s %s%n", sci(row.d().doubleValue()),
                        Double.isFinite(row.etaC()) ? sci(row.etaC()) : "-", row.open() ? "open" : "closed",
                        String.join("  ", ts));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%d mean-field points in %.1f s on %d threads%n", p.evaluations(), seconds,
                p.settings().threads());
    }

    private static String time(RayPoint p) {
        return p.time().map(t -> sci(t.doubleValue())).orElse("inf");
    }

    private static String show(java.util.OptionalInt v) {
        return v.isPresent() ? String.valueOf(v.getAsInt()) : "none";
    }

    private static Optional<Integer> boxed(java.util.OptionalInt v) {
        return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
    }

    private static String index(int i) {
        return i == 0 ? "saturated" : String.valueOf(i);
    }

    private static String limit(LocalExponents.Limit l) {
        return l.isDefined() ? fixed(l.value(), 4) + " ± " + String.format(Locale.ROOT, "%.2g", l.error()) : "undefined";
    }

    private static String top(List<LocalExponents.Step> steps) {
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, steps.size() - 3); i < steps.size(); i++) {
            out.add(fixed(steps.get(i).exponent(), 4));
        }
        return out.isEmpty() ? "-" : String.join(" ", out);
    }

    private static String fixed(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "-";
    }

    private static String sci(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private static String ladderText(List<BigFraction> ladder) {
        return sci(ladder.get(0).doubleValue()) + " ... " + sci(ladder.get(ladder.size() - 1).doubleValue()) + " ("
                + ladder.size() + " rungs)";
    }

    // ---------------------------------------------------------------- JSON

    private ObjectNode json(PhaseDiagram p, ExponentReport exponents, double seconds) {
        ObjectNode root = Json.document("phase");
        options.putOptions(root, p.times().coefficients().rule(), p.times().coefficients().target());
        ObjectNode o = (ObjectNode) root.get("options");
        o.put("m_target", mTarget);
        o.put("time_digits", timeDigits);
        o.put("threads", p.settings().threads());
        ArrayNode ld = o.putArray("d");
        p.settings().ladder().forEach(x -> ld.add(Rationals.toString(x)));
        ArrayNode qs = o.putArray("q");
        p.settings().qs().forEach(x -> qs.add(Rationals.toString(x)));
        CoefficientsCommand.conventions(root, p.times().coefficients().rule());
        ObjectNode ex = root.putObject("exponents");
        ex.put("information_exponent", boxed(exponents.informationExponent().value()).orElse(null));
        ex.put("generative_exponent", boxed(exponents.generativeExponent().value()).orElse(null));
        root.put("kappa_certainty", p.predicted().certainty().label());
        root.put("method", "kappa_predicted: the min-formula of MATH.md §6 on eta = d^q (exact); kappa_measured: local"
                + " exponents of the mean-field hitting time (optimal gamma, m0 = d^-1/2) between rungs, extrapolated"
                + " linearly in x = ln(ln d2/ln d1)/ln(d2/d1) ~ 1/ln d; error: the larger distance to the same"
                + " extrapolation one rung lower and to the quadratic one (an estimate); eta_c(d): the crossing of the"
                + " secants of ln T against ln eta through q_c - 2delta, q_c - delta and q_c + delta, q_c + 2delta");
        ArrayNode kinks = root.putArray("kinks");
        for (Kink k : p.predicted().kinks()) {
            ObjectNode n = kinks.addObject();
            n.put("q", Rationals.toString(k.q()));
            n.put("value", k.q().doubleValue());
            n.put("from_index", k.before());
            n.put("to_index", k.after());
        }
        ArrayNode rays = root.putArray("rays");
        for (PhaseDiagram.Ray r : p.rays()) {
            ObjectNode n = rays.addObject();
            n.put("q", Rationals.toString(r.q()));
            n.put("kappa_predicted", r.predicted().kappa().map(Rationals::toString).orElse(null));
            n.put("regime", r.predicted().source() == PredictedExponent.Source.SATURATION ? "saturated"
                    : "min-formula");
            n.put("index", r.predicted().index());
            n.put("predicted_log_power", r.predicted().logPower());
            putLimit(n, r.measured());
            n.put("kappa_measured", number(r.measured().value()));
            ArrayNode pts = n.putArray("points");
            for (RayPoint pt : r.points()) {
                ObjectNode x = pts.addObject();
                x.put("d", Rationals.toString(pt.d()));
                x.put("eta", decimal(pt.eta()));
                x.put("eta_exact", pt.etaExact());
                x.put("hitting_time", pt.time().map(BigDecimal::toString).orElse(null));
                x.put("hitting_time_error", pt.timeError().toString());
                x.put("gamma", pt.gamma().map(PhaseCommand::decimal).orElse(null));
                if (!pt.isFinite()) {
                    x.put("reason", pt.reason());
                }
            }
            putSteps(n.putArray("local_exponents"), r.steps());
        }
        ArrayNode boundaries = root.putArray("boundaries");
        for (PhaseDiagram.Boundary b : p.boundaries()) {
            ObjectNode n = boundaries.addObject();
            n.put("kink_q", Rationals.toString(b.kink().q()));
            n.put("predicted_exponent", b.kink().q().doubleValue());
            n.put("measured_exponent", number(b.measured().value()));
            putLimit(n, b.measured());
            n.put("delta", Rationals.toString(b.delta()));
            ArrayNode pts = n.putArray("points");
            for (PhaseDiagram.BoundaryPoint pt : b.points()) {
                ObjectNode x = pts.addObject();
                x.put("d", Rationals.toString(pt.d()));
                x.put("eta_c", number(pt.etaC()));
                x.put("slope_below", number(pt.slopeBelow()));
                x.put("slope_above", number(pt.slopeAbove()));
                if (!pt.isDefined()) {
                    x.put("reason", pt.reason());
                }
            }
            putSteps(n.putArray("local_exponents"), b.steps());
        }
        ArrayNode windows = root.putArray("windows");
        for (PhaseDiagram.BranchWindow w : p.windows()) {
            ObjectNode n = windows.addObject();
            n.put("kink_q", Rationals.toString(w.kink().q()));
            n.put("index", w.index());
            n.put("eta_zero", Rationals.toString(w.zero()));
            n.put("eta_zero_certainty", w.zeroExact() ? "exact" : "estimate");
            ArrayNode rows = n.putArray("rows");
            for (PhaseDiagram.WindowRow row : w.rows()) {
                ObjectNode x = rows.addObject();
                x.put("d", Rationals.toString(row.d()));
                x.put("eta_c", number(row.etaC()));
                x.put("open", row.open());
                ArrayNode near = x.putArray("near_zero");
                for (int i = 0; i < row.nearZero().size(); i++) {
                    ObjectNode y = near.addObject();
                    y.put("eta_over_eta_zero", Rationals.toString(PhaseDiagram.NEAR_ZERO.get(i)));
                    y.put("hitting_time", row.nearZero().get(i).time().map(BigDecimal::toString).orElse(null));
                }
            }
        }
        root.put("mean_field_points", p.evaluations());
        root.put("seconds", seconds);
        return root;
    }

    private static void putLimit(ObjectNode n, LocalExponents.Limit l) {
        n.put("error", number(l.error()));
        n.put("fitted_log_power", number(l.logCoefficient()));
        n.put("certainty", "estimate");
        n.put("extrapolation", l.method());
    }

    private static void putSteps(ArrayNode list, List<LocalExponents.Step> steps) {
        for (LocalExponents.Step s : steps) {
            ObjectNode x = list.addObject();
            x.put("d_from", s.from());
            x.put("d_to", s.to());
            x.put("exponent", s.exponent());
            x.put("x", s.x());
        }
    }

    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String decimal(BigFraction x) {
        return Rationals.toBigDecimal(x, new MathContext(20)).stripTrailingZeros().toString();
    }
}
