package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.ParameterPolynomial;
import org.sgdx.reference.dynamics.RealValue;
import org.sgdx.reference.dynamics.SecondLayer;
import org.sgdx.reference.dynamics.SecondMoments;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.UpdateRuleSpec;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sgdx coefficients}: the coefficients μ_i(η), the drift D(m) and the second moments of an update rule. */
@Command(name = "coefficients", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The coefficients mu_i(eta) of an update rule (MATH.md §4, §5), the drift D(m),"
            + " E[psi^2](m) and N(m) = (d-2) E[psi^2](m) + E[psi^2 v^2](m), as polynomials in m, eta and d"
            + " (in s = eta*d for the plain batch-reuse step).",
            "Exact for polynomial and breakpoint-0 piecewise-polynomial links; estimates with an error estimate"
                + " otherwise."})
final class CoefficientsCommand implements Callable<Integer> {

    /** The options shared by {@code coefficients} and {@code predict}: the update rule and the labels. */
    static final class RuleOptions {

        @Option(names = "--algorithm", required = true, paramLabel = Algorithm.KEYS,
                description = "The algorithm (MATH.md §5).")
        String algorithm;

        @Option(names = "--target", required = true, paramLabel = "SPEC",
                description = "Target link sigma*, e.g. He3 (for --labels binary: q(z) = P(y = 1 | z)).")
        String target;

        @Option(names = "--activation", required = true, paramLabel = "SPEC",
                description = "Student activation sigma, e.g. He3, tanh.")
        String activation;

        @Option(names = "--loss", paramLabel = Loss.KEYS, defaultValue = "squared",
                description = "Loss of every step (default: ${DEFAULT-VALUE}).")
        String loss;

        @Option(names = "--a", paramLabel = "A", defaultValue = "1",
                description = "Second-layer weight a (a_0 for alternating SGD), a decimal or p/q: 0 or of magnitude"
                    + " between 1e-100 and 1e100 (default: ${DEFAULT-VALUE}).")
        String a;

        @Option(names = "--second-layer", paramLabel = SecondLayer.KEYS, defaultValue = "fixed",
                description = "Alternating SGD: second layer held at a_0 or persistent (default: ${DEFAULT-VALUE}).")
        String secondLayer;

        @Option(names = "--inner-step", paramLabel = InnerStep.KEYS, defaultValue = "plain",
                description = "Batch reuse: plain inner step with |x|^2 -> d, or projected and normalised"
                    + " (a power series in eta) (default: ${DEFAULT-VALUE}).")
        String innerStep;

        @Option(names = "--labels", paramLabel = LabelModel.Type.KEYS,
                description = "Label model (default: noisy with --noise, deterministic otherwise).")
        String labels;

        @Option(names = "--noise", paramLabel = "TAU",
                description = "Noise level tau in [1e-300, 1000] of y = sigma*(u) + tau*eps.")
        String noise;

        @Option(names = "--max-index", paramLabel = "I",
                description = "Largest index i, 1.." + DriftCoefficients.MAX_INDEX + " (default: all when they"
                    + " terminate, " + DriftCoefficients.DEFAULT_MAX_INDEX + " otherwise).")
        Integer maxIndex;

        @Option(names = "--order", paramLabel = "K", defaultValue = "" + UpdateRule.DEFAULT_ORDER,
                description = "Power of eta through which formal power series are kept (projected inner step,"
                    + " non-polynomial activation under reuse) (default: ${DEFAULT-VALUE}).")
        int order;

        @Option(names = "--digits", paramLabel = "D", defaultValue = "20",
                description = "Significant digits of printed values and numerical integrals (default: ${DEFAULT-VALUE}).")
        int digits;

        @Option(names = "--max-work", paramLabel = "W", description = WorkBudget.DESCRIPTION)
        long maxWork = WorkBudget.DEFAULT_MAX_WORK;

        /** The work budget of this command's integrals, shared by the coefficients and the second moments. */
        private WorkBudget work;

        private WorkBudget work() {
            if (work == null) {
                work = new WorkBudget("coefficients", maxWork);
            }
            return work;
        }

        /** The rule these options specify, parsed and validated (the reference's ψ uses {@code d} for the norms). */
        UpdateRuleSpec spec() {
            Algorithm alg = Algorithm.parse(algorithm);
            Loss l = Loss.parse(loss);
            Link sigma = Inputs.link("--activation", activation);
            BigFraction weight = Inputs.secondLayerWeight(a);
            SecondLayer second = SecondLayer.parse(secondLayer);
            InnerStep inner = InnerStep.parse(innerStep);
            LabelModel model = LabelModel.of(labels, Inputs.link("--target", target),
                    noise == null ? null : Inputs.noise(noise));
            return new UpdateRuleSpec(alg, l, model, sigma, weight, second, inner, InnerNorm.EXACT);
        }

        UpdateRule rule() {
            return spec().rule(order);
        }

        LabelModel target() {
            return spec().labels();
        }

        DriftCoefficients coefficients() {
            if (digits < 5 || digits > 200) {
                throw new IllegalArgumentException("--digits must be in 5..200, got " + digits);
            }
            if (maxIndex != null && (maxIndex < 1 || maxIndex > DriftCoefficients.MAX_INDEX)) {
                throw new IllegalArgumentException("--max-index must be in 1.." + DriftCoefficients.MAX_INDEX + ", got "
                        + maxIndex);
            }
            UpdateRule rule = rule();
            LabelModel target = target();
            return work().run("--digits, --max-index or --order",
                    () -> DriftCoefficients.of(rule, target, maxIndex(), digits, work().limit()));
        }

        /** The largest index asked for; 0 for the default. */
        int maxIndex() {
            return maxIndex == null ? 0 : maxIndex;
        }

        /** The second moments of {@code c} (default index limit), within the same work budget. */
        SecondMoments secondMoments(DriftCoefficients c) {
            return work().run("--digits or --order", () -> SecondMoments.of(c, work().limit()));
        }

        MathContext mc() {
            return new MathContext(digits, RoundingMode.HALF_EVEN);
        }

        void putOptions(ObjectNode root, UpdateRule rule, LabelModel model) {
            ObjectNode o = root.putObject("options");
            o.put("algorithm", rule.algorithm().key());
            o.put("target", model.link().specification());
            o.put("labels", model.kind());
            if (model instanceof LabelModel.Noisy n) {
                o.put("noise", Rationals.toString(n.tau()));
            }
            o.put("activation", rule.activation().specification());
            o.put("loss", rule.loss().key());
            o.put("a", Rationals.toString(rule.a()));
            o.put("second_layer", rule.secondLayer().key());
            o.put("inner_step", rule.innerStep().key());
            if (rule.isTruncated()) {
                o.put("order", rule.order());
            } else {
                o.putNull("order");
            }
            o.put("max_index", maxIndex());
            o.put("digits", digits);
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions options;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        DriftCoefficients c = options.coefficients();
        SecondMoments moments = options.secondMoments(c);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(c, moments)));
        } else {
            printText(out, c, moments);
        }
        out.flush();
        return 0;
    }

    static String conventionMu() {
        return "mu_i = E[psi(sigma*(A), B) He_i(A) He_{i-1}(B)] / (i! (i-1)!), A, B independent N(0,1)"
                + " (u_k / He convention, MATH.md §4)";
    }

    static ObjectNode conventions(ObjectNode root, UpdateRule rule) {
        ObjectNode c = root.putObject("conventions");
        c.put("mu", conventionMu());
        c.put("drift", "D(m) = E[psi(sigma*(u), z)(u - m z)] = sum_i i! mu_i m^{i-1} (1 - m^2)");
        c.put("second_moment", "E[psi^2](m) with u = m z + sqrt(1 - m^2) v; z, v independent N(0,1)");
        c.put("normalisation", "N(m) = E[psi^2 |P x|^2] = (d - 2) E[psi^2](m) + E[psi^2 v^2](m)");
        c.put("variable", rule.variable().equals("s") ? "s = eta*d (plain inner step, |x|^2 replaced by d)" : "eta");
        c.put("update", rule.describe());
        c.put("second_layer", rule.algorithm() == Algorithm.ALTERNATING
                ? "coefficients of one step at a = a_0; the reference treats a as constant (" + rule.secondLayer().key()
                    + ")" : "not trained");
        return c;
    }

    private ObjectNode json(DriftCoefficients c, SecondMoments moments) {
        UpdateRule rule = c.rule();
        String variable = rule.variable();
        ObjectNode root = Json.document("coefficients");
        options.putOptions(root, rule, c.target());
        conventions(root, rule);
        root.put("psi", c.psi().toString());
        root.put("variable", variable);
        root.put("certainty", c.certainty().label());
        root.put("complete", c.isComplete());
        if (rule.isTruncated()) {
            root.put("truncated_after_eta_power", rule.order());
        }
        ArrayNode mu = root.putArray("mu");
        MathContext mc = options.mc();
        for (DriftCoefficients.Mu m : c.mu()) {
            ObjectNode o = mu.addObject();
            o.put("i", m.i());
            o.put("polynomial", m.value().toString(variable));
            putLeading(o, m.value(), variable, mc);
            putTerms(o.putArray("terms"), m.value(), variable, mc, false);
        }
        putPolynomial(root.putObject("drift"), c.drift(), variable, mc);
        putPolynomial(root.putObject("second_moment"), moments.psiSquared(), variable, mc);
        putPolynomial(root.putObject("second_moment_v2"), moments.psiSquaredTimesVSquared(), variable, mc);
        putPolynomial(root.putObject("normalisation"), moments.normalisation(), variable, mc);
        root.put("second_moments_complete", moments.isComplete());
        return root;
    }

    private static void putLeading(ObjectNode o, ParameterPolynomial p, String variable, MathContext mc) {
        java.util.Optional<Map.Entry<ParameterPolynomial.Powers, RealValue>> lead = p.leadingInEta();
        if (lead.isEmpty()) {
            o.putNull("leading");
            return;
        }
        ObjectNode l = o.putObject("leading");
        putTerm(l, lead.get().getKey(), lead.get().getValue(), variable, mc, false);
        l.put("text", leadingText(p, variable));
    }

    static void putPolynomial(ObjectNode o, ParameterPolynomial p, String variable, MathContext mc) {
        o.put("polynomial", p.toString(variable));
        o.put("certainty", p.certainty().label());
        putTerms(o.putArray("terms"), p, variable, mc, true);
    }

    static void putTerms(ArrayNode list, ParameterPolynomial p, String variable, MathContext mc, boolean withM) {
        for (Map.Entry<ParameterPolynomial.Powers, RealValue> e : p.terms().entrySet()) {
            putTerm(list.addObject(), e.getKey(), e.getValue(), variable, mc, withM);
        }
    }

    /** {@code power} (of s or eta), {@code d_power}, value, certainty, exact form or error. */
    static void putTerm(ObjectNode t, ParameterPolynomial.Powers powers, RealValue v, String variable, MathContext mc,
            boolean withM) {
        if (withM) {
            t.put("m_power", powers.m());
        }
        t.put("power", powers.eta());
        t.put("d_power", variable.equals("s") ? powers.d() - powers.eta() : powers.d());
        putValue(t, v, mc);
    }

    /** The value (an estimate: with the digits its error allows) and its closed form or its error. */
    static void putValue(ObjectNode t, RealValue v, MathContext mc) {
        if (v instanceof RealValue.Approximate a) {
            org.sgdx.reference.numeric.Estimate p = a.printed(mc.getPrecision());
            t.put("value", Decimals.plain(p.value()));
            t.put("certainty", v.certainty().label());
            t.put("error", Decimals.error(p.error()));
        } else {
            t.put("value", Decimals.plain(v.toBigDecimal(mc)));
            t.put("certainty", v.certainty().label());
            t.put("exact", v.toString());
        }
    }

    private void printText(PrintWriter out, DriftCoefficients c, SecondMoments moments) {
        UpdateRule rule = c.rule();
        String variable = rule.variable();
        out.println("sgdx " + SoftwareInfo.version() + " coefficients (MATH.md §4, §5)");
        out.println("update       " + rule.describe());
        out.println("labels       " + c.target().kind() + ", target " + c.target().link().specification());
        out.println("convention   " + conventionMu());
        if (variable.equals("s")) {
            out.println("variable     s = eta*d");
        }
        String psi = c.psi().toString();
        out.println("psi          " + (psi.length() <= 2000 ? psi : "(" + c.psi().terms().size()
                + " terms; see --format json)"));
        out.println("certainty    " + c.certainty().label() + (c.certainty() == Certainty.EXACT ? ""
                : " (numerical Hermite coefficients to " + options.digits + " digits; errors in --format json)"));
        out.println();
        out.printf("%4s  %-22s %s%n", "i", "leading term", "mu_i (full polynomial" + (rule.isTruncated()
                ? ", through eta^" + rule.order() + ")" : ")"));
        for (DriftCoefficients.Mu m : c.mu()) {
            String leading = leadingText(m.value(), variable);
            out.printf("%4d  %-22s %s%n", m.i(), leading, m.value().toString(variable));
        }
        out.println(c.isComplete() ? "      (mu_i = 0 exactly for i > " + c.maxIndex() + ")"
                : "      (computed up to i = " + c.maxIndex() + "; --max-index for more)");
        out.println();
        out.println("D(m)         = " + c.drift().toString(variable));
        out.println("E[psi^2](m)  = " + moments.psiSquared().toString(variable));
        out.println("N(m)         = " + moments.normalisation().toString(variable));
        if (!moments.isComplete()) {
            out.println("               (Mehler sums truncated at i = " + SecondMoments.DEFAULT_MAX_INDEX + ")");
        }
    }

    static String leadingText(ParameterPolynomial p, String variable) {
        return p.leadingInEta().map(e -> ParameterPolynomial.of(Map.of(e.getKey(), e.getValue())).toString(variable))
                .orElse("0");
    }
}
