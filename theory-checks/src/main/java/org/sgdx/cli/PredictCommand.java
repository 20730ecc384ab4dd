package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.meanfield.HittingTime;
import org.sgdx.reference.dynamics.meanfield.MapRun;
import org.sgdx.reference.dynamics.meanfield.MeanField;
import org.sgdx.reference.dynamics.meanfield.OptimalRate;
import org.sgdx.reference.dynamics.phase.BranchZero;
import org.sgdx.reference.dynamics.prediction.Kink;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.dynamics.prediction.Regime;
import org.sgdx.reference.dynamics.prediction.Term;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.exponent.Exponent;
import org.sgdx.reference.exponent.ExponentOptions;
import org.sgdx.reference.exponent.ExponentReport;
import org.sgdx.reference.exponent.Exponents;
import org.sgdx.reference.numeric.Estimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sgdx predict}: regimes, phase boundaries, the theorem's T(eta) and the mean-field hitting time. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Predicted sample complexity (MATH.md §4, §6): the regimes and phase boundaries of"
            + " T(eta) = min_i mu_i(eta)^-2 d^((i-1) v 1) with exact rational exponents (eta = d^q), T(eta) at the"
            + " given eta and d, and the mean-field hitting time from m0 to m_target with the learning rate gamma"
            + " that minimises it (or the given one)."})
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CoefficientsCommand.RuleOptions options;

    @Option(names = "--d", required = true, paramLabel = "D", description = "Dimension d >= 3.")
    String d;

    @Option(names = "--eta", paramLabel = "E",
            description = "Inner learning rate eta >= 0 (needed by reuse and alternating for T(eta) and the mean field).")
    String eta;

    @Option(names = "--gamma", paramLabel = "G",
            description = "First-layer learning rate gamma > 0 (default: the one that minimises the hitting time).")
    String gamma;

    @Option(names = "--m0", paramLabel = "M", description = "Initial overlap in (0, 1) (default: 1/sqrt(d)).")
    String m0;

    @Option(names = "--m-target", paramLabel = "M", defaultValue = "0.5",
            description = "Target overlap in (m0, 1) (default: ${DEFAULT-VALUE}).")
    String mTarget;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "10000000",
            description = "Step budget of the double-precision mean-field map; 0 to skip it (default: ${DEFAULT-VALUE}).")
    long maxSteps;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** What was computed, for the two output formats. */
    private record Result(DriftCoefficients coefficients, ExponentReport exponents, Prediction prediction,
            BigFraction d, Optional<BigFraction> eta, Optional<Prediction.SampleComplexity> theorem,
            Optional<MeanFieldResult> meanField, List<String> notes) {
    }

    private record MeanFieldResult(BigFraction m0, String m0Source, BigFraction mTarget, Optional<OptimalRate> optimal,
            Optional<HittingTime> time, Optional<MapRun> map) {
    }

    @Override
    public Integer call() {
        BigFraction dimension = Rationals.parse("--d", d, true);
        if (Rationals.compare(dimension, BigFraction.of(3)) < 0) {
            throw new IllegalArgumentException("--d must be >= 3, got " + d);
        }
        if (Rationals.compare(dimension, MeanField.MAX_DIMENSION) > 0) {
            throw new IllegalArgumentException("--d must be <= 1e300 (the search for the optimal gamma works in double"
                    + " precision on m0 = d^-1/2), got " + d);
        }
        Optional<BigFraction> rate = Optional.ofNullable(eta).map(e -> Inputs.inDoubleRange("--eta", e, false));
        if (rate.isPresent() && rate.get().signum() < 0) {
            throw new IllegalArgumentException("--eta must be >= 0, got " + eta);
        }
        Optional<BigFraction> firstLayerRate = Optional.ofNullable(gamma)
                .map(g -> Inputs.inDoubleRange("--gamma", g, true));
        BigFraction target = Inputs.inDoubleRange("--m-target", mTarget, false);
        MathContext mc = options.mc();
        MathContext wide = new MathContext(options.digits + 20, RoundingMode.HALF_EVEN);
        BigFraction start;
        String startSource;
        if (m0 != null) {
            start = Inputs.inDoubleRange("--m0", m0, false);
            startSource = "given";
        } else {
            BigDecimal root = Rationals.toBigDecimal(dimension, wide).sqrt(wide);
            start = Rationals.of(BigDecimal.ONE.divide(root, wide));
            startSource = "1/sqrt(d), rounded to " + wide.getPrecision() + " digits";
        }
        if (start.signum() <= 0 || Rationals.compare(start, BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("--m0 must be in (0, 1), got " + (m0 == null ? "1/sqrt(d)" : m0));
        }
        if (Rationals.compare(target, BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("--m-target must be in (m0, 1), got " + mTarget);
        }
        if (Rationals.compare(target, start) <= 0) {
            throw new IllegalArgumentException(m0 != null
                    ? "--m-target must be in (m0, 1) = (" + m0 + ", 1), got " + mTarget
                    : "--m-target must be above the starting overlap m0, got " + mTarget + "; the default m0 = d^-1/2 = "
                        + Rationals.toBigDecimal(start, new MathContext(4, RoundingMode.HALF_EVEN)).toPlainString()
                        + " at d = " + d + ": give a larger --m-target, a smaller --m0, or a larger --d");
        }
        if (maxSteps < 0) {
            throw new IllegalArgumentException("--max-steps must be >= 0, got " + maxSteps);
        }

        DriftCoefficients c = options.coefficients();
        UpdateRule rule = c.rule();
        ExponentReport exponents = Exponents.of(c.target(), new ExponentOptions(12, 4, Math.max(options.digits, 5), 0));
        Prediction prediction = Prediction.of(c);
        List<String> notes = new ArrayList<>();
        boolean needsEta = rule.algorithm() != Algorithm.ONLINE;
        Optional<BigFraction> etaUsed = needsEta ? rate : Optional.of(BigFraction.ZERO);
        Optional<Prediction.SampleComplexity> theorem = etaUsed.map(e -> Prediction.sampleComplexity(c,
                Rationals.toBigDecimal(e, wide), Rationals.toBigDecimal(dimension, wide), mc));
        if (rate.isPresent() && !needsEta) {
            notes.add("online SGD does not depend on eta; --eta ignored");
        }
        Optional<MeanFieldResult> meanField = Optional.empty();
        if (etaUsed.isEmpty()) {
            notes.add("no --eta: the theorem time and the mean-field dynamics need eta for " + rule.algorithm().key());
        } else {
            MeanField mf = MeanField.of(c, options.secondMoments(c), etaUsed.get(), dimension);
            Optional<OptimalRate> optimal = Optional.empty();
            Optional<HittingTime> time;
            BigFraction g;
            if (firstLayerRate.isPresent()) {
                g = firstLayerRate.get();
                time = Optional.of(mf.hittingTime(g, start, target, options.digits));
            } else {
                OptimalRate o = mf.optimalRate(start, target, options.digits);
                optimal = Optional.of(o);
                time = o.time();
                g = o.gamma().orElse(null);
            }
            boolean inDoubleRange = g != null && g.doubleValue() > 0 && Double.isFinite(g.doubleValue());
            if (g != null && !inDoubleRange && maxSteps > 0) {
                notes.add("gamma = " + Rationals.toBigDecimal(g, new MathContext(3, RoundingMode.HALF_EVEN))
                        + " is outside the double range: the discrete mean-field map is not iterated");
            }
            Optional<MapRun> map = !inDoubleRange || maxSteps == 0 ? Optional.empty()
                    : Optional.of(mf.iterate(g.doubleValue(), start.doubleValue(), target.doubleValue(), maxSteps));
            meanField = Optional.of(new MeanFieldResult(start, startSource, target, optimal, time, map));
            if (!mf.isComplete()) {
                notes.add("D and N are truncated series (Hermite index or powers of eta)");
            }
        }
        if (rule.isTruncated()) {
            notes.add("psi is a formal power series in eta kept through eta^" + rule.order());
        }
        Result result = new Result(c, exponents, prediction, dimension, etaUsed, theorem, meanField, notes);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(result)));
        } else {
            printText(out, result);
        }
        out.flush();
        return 0;
    }

    // ---------------------------------------------------------------- formatting

    private static String power(BigFraction q) {
        String s = Rationals.toString(q);
        return "d^" + (s.startsWith("-") || s.contains("/") ? "(" + s + ")" : s);
    }

    /** {@code log_d T} as {@code a + b q}, e.g. {@code -1 - 2q}. */
    private static String exponentInQ(Term t) {
        BigFraction a = t.intercept();
        BigFraction b = t.slope();
        if (b.signum() == 0) {
            return Rationals.toString(a);
        }
        String slope = Rationals.toString(b.abs()) + "q";
        if (a.signum() == 0) {
            return (b.signum() < 0 ? "-" : "") + slope;
        }
        return Rationals.toString(a) + (b.signum() < 0 ? " - " : " + ") + slope;
    }

    /** {@code T ≍ c^-2 * eta^-2n * d^(e - 2k)}, or with {@code s} for the plain reuse step. */
    private static String theoremTerm(Term t, String variable) {
        StringBuilder sb = new StringBuilder("(" + t.coefficient() + ")^-2");
        int n = t.etaPower();
        int dPower = t.dimensionExponent() - 2 * t.dPower();
        if (variable.equals("s") && n > 0) {
            sb.append(" * s^").append(-2 * n);
            dPower = t.dimensionExponent() - 2 * (t.dPower() - n);
        } else if (n > 0) {
            sb.append(" * eta^").append(-2 * n);
        }
        if (dPower != 0) {
            sb.append(" * d^").append(dPower);
        }
        return sb.toString();
    }

    private static String range(Regime r) {
        return "(" + r.from().map(Rationals::toString).orElse("-inf") + ", "
                + r.to().map(Rationals::toString).orElse("+inf") + ")";
    }

    private static Optional<Integer> exponentValue(Exponent e) {
        return e.value().isPresent() ? Optional.of(e.value().getAsInt()) : Optional.empty();
    }

    private static Optional<Integer> powerExponent(ExponentReport r, int k) {
        return r.powerExponents().stream().filter(p -> p.k() == k).findFirst()
                .flatMap(p -> exponentValue(p.exponent()));
    }

    // ---------------------------------------------------------------- text

    private void printText(PrintWriter out, Result r) {
        DriftCoefficients c = r.coefficients();
        UpdateRule rule = c.rule();
        String variable = rule.variable();
        Prediction p = r.prediction();
        out.println("sgdx " + SoftwareInfo.version() + " predict (MATH.md §4, §6)");
        out.println("update       " + rule.describe());
        out.println("labels       " + c.target().kind() + ", target " + c.target().link().specification());
        out.println("exponents    p = " + exponentText(r.exponents().informationExponent())
                + ", p* = " + exponentText(r.exponents().generativeExponent())
                + ", p_2 = " + powerExponent(r.exponents(), 2).map(String::valueOf).orElse("none"));
        out.println("coefficients " + c.certainty().label() + "; leading terms: " + leadingTerms(c, variable));
        out.println();
        out.println("T(eta) = min_i mu_i(eta)^-2 d^((i-1) v 1), eta = d^q"
                + p.validUpTo().map(q -> ", valid for q <= " + Rationals.toString(q)
                    + (rule.algorithm() == Algorithm.REUSE ? " (eta*d <~ 1)" : " (eta <~ 1)")).orElse(""));
        out.printf("  %-16s %-4s %-36s %s%n", "q range", "i", "T (constants of the leading terms)", "log_d T");
        for (Regime reg : p.regimes()) {
            out.printf("  %-16s %-4s %-36s %s%n", range(reg), reg.term().map(t -> String.valueOf(t.i())).orElse("-"),
                    reg.term().map(t -> theoremTerm(t, variable)).orElse("no positive mu_i"),
                    reg.term().map(PredictCommand::exponentInQ).orElse("inf"));
        }
        if (p.kinks().isEmpty()) {
            out.println("  no phase boundary");
        }
        for (Kink k : p.kinks()) {
            boolean edge = p.validUpTo().map(q -> Rationals.compare(q, k.q()) == 0).orElse(false);
            out.println("  kink: eta ~ " + power(k.q()) + "   (i: " + k.before() + " -> " + k.after()
                    + (edge ? ", at the end of the range" : "") + ")");
            branchZero(r.coefficients(), k).ifPresent(z -> out.println("    mu_" + k.after() + "(eta) vanishes at"
                    + " eta_0 = " + Rationals.toString(z.value()) + (z.exact() ? " (exact)" : " (estimate)")
                    + ": at fixed d this branch exists only for eta_c(d) < eta < eta_0 (sgdx phase shows the window)"));
        }
        if (rule.algorithm() == Algorithm.REUSE) {
            exponentValue(r.exponents().generativeExponent()).ifPresent(ps -> out.println("  saturation: for eta*d >~ 1,"
                    + " T = d^((p*-1) v 1) = d^" + Prediction.saturationExponent(ps)));
            exponentValue(r.exponents().informationExponent()).ifPresent(pp -> {
                Prediction.InformationExponentCondition ie = p.informationExponentCondition(pp);
                out.println("  information-exponent regime ends at eta ~ "
                        + ie.computed().map(PredictCommand::power).orElse("(no kink)") + " (computed);  d^(-p/2) = "
                        + power(ie.pOverTwo()) + ";  paper's reported d^(-(p+1)/2) = " + power(ie.pPlusOneOverTwo()));
            });
        }
        if (rule.algorithm() == Algorithm.ALTERNATING) {
            Optional<Integer> pp = exponentValue(r.exponents().informationExponent());
            Optional<Integer> p2 = powerExponent(r.exponents(), 2);
            if (pp.isPresent() && p2.isPresent()) {
                out.println("  MATH.md §6 formula: eta_c ~ " + power(Prediction.alternatingBoundaryFormula(pp.get(),
                        p2.get())));
            }
        }
        out.println();
        r.theorem().ifPresent(t -> out.println("T(eta) at eta = " + decimal(r.eta().get()) + ", d = " + decimal(r.d())
                + ": " + t.value().map(v -> Decimals.plain(v) + " (term i = " + t.index() + ", "
                    + t.certainty().label() + ")").orElse("infinite (no positive mu_i)")));
        r.meanField().ifPresent(m -> printMeanField(out, m));
        for (String note : r.notes()) {
            out.println("note: " + note);
        }
    }

    private void printMeanField(PrintWriter out, MeanFieldResult m) {
        out.println("mean field   dm/dt = gamma*D(m) - (gamma^2/2)*N(m)*m from m0 = " + decimal(m.m0()) + " ("
                + m.m0Source() + ") to " + decimal(m.mTarget()));
        m.optimal().ifPresent(o -> {
            if (o.gamma().isEmpty()) {
                out.println("  no learning rate: " + o.reason());
                return;
            }
            out.println("  recommended gamma = " + decimal(o.gamma().get()) + " (estimate, relative error ~ "
                    + o.relativeError() + "; minimises the hitting time; gamma_max = "
                    + o.gammaMax().round(new MathContext(6)) + ")");
        });
        m.time().ifPresent(h -> {
            if (h.isFinite()) {
                Estimate e = h.time().get();
                out.println("  hitting time = " + Decimals.plain(e.value()) + " steps (estimate, error "
                        + Decimals.error(e.error()) + ") at gamma = " + decimal(h.gamma()));
            } else {
                out.println("  hitting time = infinite at gamma = " + decimal(h.gamma()) + ": " + h.reason());
            }
        });
        m.map().ifPresent(run -> out.println("  map (double precision): " + run.status().label() + " after "
                + run.steps() + " steps, m = " + run.finalOverlap()));
    }

    /** The smallest positive zero of the coefficient of the branch above a kink, when it is a polynomial in η. */
    private static Optional<BranchZero> branchZero(DriftCoefficients c, Kink k) {
        return k.after() > 0 ? BranchZero.smallestPositive(c.mu(k.after())) : Optional.empty();
    }

    private static String leadingTerms(DriftCoefficients c, String variable) {
        List<String> parts = new ArrayList<>();
        for (DriftCoefficients.Mu m : c.mu()) {
            String lead = CoefficientsCommand.leadingText(m.value(), variable);
            if (!lead.equals("0")) {
                parts.add("mu_" + m.i() + " ~ " + lead);
            }
        }
        return parts.isEmpty() ? "all zero" : String.join(", ", parts);
    }

    private static String exponentText(Exponent e) {
        return (e.value().isPresent() ? String.valueOf(e.value().getAsInt()) : "none") + " (" + e.certainty().label()
                + ")";
    }

    private String decimal(BigFraction q) {
        return Decimals.plain(Rationals.toBigDecimal(q, new MathContext(Math.min(options.digits, 20),
                RoundingMode.HALF_EVEN)).stripTrailingZeros());
    }

    // ---------------------------------------------------------------- JSON

    private ObjectNode json(Result r) {
        DriftCoefficients c = r.coefficients();
        UpdateRule rule = c.rule();
        String variable = rule.variable();
        Prediction p = r.prediction();
        ObjectNode root = Json.document("predict");
        options.putOptions(root, rule, c.target());
        ObjectNode o = (ObjectNode) root.get("options");
        o.put("d", Rationals.toString(r.d()));
        r.eta().ifPresentOrElse(e -> o.put("eta", Rationals.toString(e)), () -> o.putNull("eta"));
        o.put("max_steps", maxSteps);
        ObjectNode conv = CoefficientsCommand.conventions(root, rule);
        conv.put("theorem", "T(eta) = min over i with mu_i(eta) > 0 of mu_i(eta)^-2 d^((i-1) v 1) (MATH.md §6);"
                + " regimes from the leading term of each mu_i, eta = d^q");
        conv.put("mean_field", "dm/dt = gamma*D(m) - (gamma^2/2)*N(m)*m; hitting time = integral of dm / (that)");
        ObjectNode ex = root.putObject("exponents");
        putExponent(ex.putObject("information_exponent"), r.exponents().informationExponent());
        putExponent(ex.putObject("generative_exponent"), r.exponents().generativeExponent());
        ArrayNode powers = ex.putArray("power_exponents");
        for (ExponentReport.PowerExponent pe : r.exponents().powerExponents()) {
            ObjectNode n = powers.addObject();
            n.put("k", pe.k());
            putExponent(n, pe.exponent());
        }
        root.put("certainty", p.certainty().label());
        ArrayNode leading = root.putArray("leading_terms");
        for (Term t : p.terms()) {
            ObjectNode n = leading.addObject();
            n.put("i", t.i());
            n.put("eta_power", t.etaPower());
            n.put("d_power", t.dPower());
            CoefficientsCommand.putValue(n, t.coefficient(), options.mc());
        }
        p.validUpTo().ifPresentOrElse(q -> root.put("valid_up_to_q", Rationals.toString(q)),
                () -> root.putNull("valid_up_to_q"));
        ArrayNode regimes = root.putArray("regimes");
        for (Regime reg : p.regimes()) {
            ObjectNode n = regimes.addObject();
            reg.from().ifPresentOrElse(q -> n.put("q_from", Rationals.toString(q)), () -> n.putNull("q_from"));
            reg.to().ifPresentOrElse(q -> n.put("q_to", Rationals.toString(q)), () -> n.putNull("q_to"));
            if (reg.term().isPresent()) {
                Term t = reg.term().get();
                n.put("i", t.i());
                n.put("t", theoremTerm(t, variable));
                n.put("log_d_t_intercept", Rationals.toString(t.intercept()));
                n.put("log_d_t_slope", Rationals.toString(t.slope()));
                n.put("log_d_t", exponentInQ(t));
            } else {
                n.putNull("i");
            }
        }
        ArrayNode kinks = root.putArray("kinks");
        for (Kink k : p.kinks()) {
            ObjectNode n = kinks.addObject();
            n.put("q", Rationals.toString(k.q()));
            n.put("eta", power(k.q()));
            n.put("i_below", k.before());
            n.put("i_above", k.after());
            n.put("at_end_of_range", p.validUpTo().map(q -> Rationals.compare(q, k.q()) == 0).orElse(false));
            branchZero(r.coefficients(), k).ifPresent(z -> {
                n.put("branch_zero", Rationals.toString(z.value()));
                n.put("branch_zero_certainty", z.exact() ? "exact" : "estimate");
            });
        }
        if (rule.algorithm() == Algorithm.REUSE) {
            exponentValue(r.exponents().generativeExponent()).ifPresent(ps -> {
                ObjectNode s = root.putObject("saturation");
                s.put("condition", "eta*d >~ 1");
                s.put("log_d_t", Prediction.saturationExponent(ps));
            });
            exponentValue(r.exponents().informationExponent()).ifPresent(pp -> {
                Prediction.InformationExponentCondition ie = p.informationExponentCondition(pp);
                ObjectNode n = root.putObject("ie_condition");
                ie.computed().ifPresentOrElse(q -> n.put("computed_q", Rationals.toString(q)),
                        () -> n.putNull("computed_q"));
                n.put("p_over_2_q", Rationals.toString(ie.pOverTwo()));
                n.put("p_plus_1_over_2_q", Rationals.toString(ie.pPlusOneOverTwo()));
            });
        }
        if (rule.algorithm() == Algorithm.ALTERNATING) {
            Optional<Integer> pp = exponentValue(r.exponents().informationExponent());
            Optional<Integer> p2 = powerExponent(r.exponents(), 2);
            if (pp.isPresent() && p2.isPresent()) {
                root.put("eta_c_formula_q", Rationals.toString(Prediction.alternatingBoundaryFormula(pp.get(), p2.get())));
            }
        }
        r.theorem().ifPresent(t -> {
            ObjectNode n = root.putObject("sample_complexity");
            n.put("i", t.index());
            t.value().ifPresentOrElse(v -> n.put("value", Decimals.plain(v)), () -> n.putNull("value"));
            n.put("certainty", t.certainty().label());
        });
        r.meanField().ifPresent(m -> putMeanField(root.putObject("mean_field"), m));
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return root;
    }

    private void putMeanField(ObjectNode n, MeanFieldResult m) {
        n.put("m0", Decimals.plain(Rationals.toBigDecimal(m.m0(), options.mc())));
        n.put("m0_source", m.m0Source());
        n.put("m_target", Decimals.plain(Rationals.toBigDecimal(m.mTarget(), options.mc())));
        m.optimal().ifPresent(o -> {
            ObjectNode g = n.putObject("recommended_gamma");
            o.gamma().ifPresentOrElse(v -> g.put("value", decimal(v)), () -> g.putNull("value"));
            g.put("certainty", Certainty.ESTIMATE.label());
            g.put("relative_error", o.relativeError());
            g.put("gamma_max", Decimals.plain(o.gammaMax()));
            g.put("method", o.reason());
        });
        m.time().ifPresent(h -> {
            ObjectNode t = n.putObject("hitting_time");
            t.put("gamma", decimal(h.gamma()));
            if (h.isFinite()) {
                t.put("status", "finite");
                t.put("value", Decimals.plain(h.time().get().value()));
                t.put("error", Decimals.error(h.time().get().error()));
                t.put("certainty", h.time().get().certainty().label());
            } else {
                t.put("status", "infinite");
                t.putNull("value");
            }
            t.put("method", h.reason());
        });
        m.map().ifPresent(run -> {
            ObjectNode t = n.putObject("map");
            t.put("status", run.status().label());
            t.put("steps", run.steps());
            t.put("final_m", run.finalOverlap());
        });
    }

    private static void putExponent(ObjectNode o, Exponent e) {
        if (e.value().isPresent()) {
            o.put("value", e.value().getAsInt());
        } else {
            o.putNull("value");
        }
        o.put("certainty", e.certainty().label());
    }
}
