package org.sgdx.checks.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.checks.report.PhaseFigures;
import org.sgdx.checks.stats.CensoredSample;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.hitting.KaplanMeier;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.phase.LocalExponents;
import org.sgdx.reference.dynamics.phase.MeanFieldTimes;
import org.sgdx.reference.dynamics.phase.PhaseDiagram;
import org.sgdx.reference.dynamics.phase.PredictedExponent;
import org.sgdx.reference.dynamics.phase.RayPoint;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/**
 * A learning-rate phase transition of MATH.md §6 decided on the limit dynamics (MATH.md §10), with the stochastic
 * bridge to SGD.
 *
 * <p><b>(a) Limit dynamics.</b> The phase diagram of the update rule ({@link PhaseDiagram}): on rays {@code η = d^q}
 * inside each regime, the exponent of the mean-field hitting time (optimal γ, {@code m_0 = d^{−1/2}}) measured along a
 * ladder of {@code d} and extrapolated in {@code 1/ln d}, against the exact {@code κ(q)}; and for each kink the
 * exponent of {@code η_c(d)} against {@code q_c}. Each comparison is confirmed when
 * {@code |measured − predicted| ≤ 3·error} with {@code error ≤ 0.05}, refuted when {@code |measured − predicted| >
 * 3·error} with {@code error ≤ 0.05}, and inconclusive when the extrapolation did not converge (no value, or
 * {@code error > 0.05}). The factor 3 is the stated confidence of an error that is an estimate, not a bound.
 *
 * <p><b>(b) Stochastic bridge.</b> At the dimensions the reduced chain can afford, on the same rays, the
 * Kaplan–Meier median of SGD's hitting time over the mean-field time at the same {@code (η, d, γ)}, with its 95%
 * Brookmeyer–Crowley interval. SGD follows the limit dynamics when the ratio is of order one: agreement when every
 * interval at the largest {@code d} lies inside {@code [1/3, 3]}; contradiction when an interval there lies outside
 * it and the ratio moved away from 1 since the smaller {@code d}; otherwise inconclusive. Points whose mean-field
 * time is infinite or beyond the budget are left out and listed.
 *
 * <p>Confirmed when (a) and (b) hold; refuted when either contradicts; inconclusive otherwise.
 */
final class LimitTransitionCheck implements ClaimCheck {

    /** The largest extrapolation error that can decide. */
    static final double MAX_ERROR = 0.05;
    /** The multiple of the extrapolation's error estimate within which a measured exponent agrees. */
    static final double ERROR_MULTIPLE = 3;
    /** The band of the median / mean-field ratio that counts as "of order one". */
    static final double BAND = 3;

    /**
     * The stochastic bridge of one mode.
     *
     * @param rays the rays {@code η = d^q} simulated (those whose η stays in the regime the claim is about at small
     *     {@code d})
     * @param dimensions the dimensions of the exact reduced chain, increasing
     * @param runs runs per point
     * @param budgetMultiple the step budget in units of the mean-field time
     * @param maxStepsPerPoint points whose {@code runs × mean-field time} exceeds this are left out
     */
    record Bridge(List<BigFraction> rays, long[] dimensions, int runs, double budgetMultiple,
            double maxStepsPerPoint) {
    }

    /**
     * The sizes of one mode.
     *
     * @param rays the ray exponents checked (one or more inside each regime, and the kinks)
     * @param ladder the ladder of {@code d} of the limit dynamics
     * @param bridge the stochastic bridge
     */
    record Plan(List<BigFraction> rays, List<BigFraction> ladder, Bridge bridge) {
    }

    private final Claim claim;
    private final Algorithm algorithm;
    private final Loss loss;
    private final String link;
    private final BigFraction kinkShift;
    private final Plan quick;
    private final Plan full;

    /**
     * @param kinkShift added to every predicted kink before comparing (zero for the claim itself; non-zero only to
     *     test that a wrong prediction is refuted)
     */
    LimitTransitionCheck(Claim claim, Algorithm algorithm, Loss loss, String link, BigFraction kinkShift, Plan quick,
            Plan full) {
        this.claim = claim;
        this.algorithm = algorithm;
        this.loss = loss;
        this.link = link;
        this.kinkShift = kinkShift;
        this.quick = quick;
        this.full = full;
    }

    @Override
    public Claim claim() {
        return claim;
    }

    @Override
    public ClaimResult check(Context context) throws InterruptedException {
        Plan plan = context.isFull() ? full : quick;
        ClaimResult.Builder r = ClaimResult.builder(claim, context.mode());
        Link l = Link.parse(link);
        UpdateRule rule = UpdateRule.of(algorithm, loss, l, BigFraction.ONE);
        DriftCoefficients c = DriftCoefficients.of(rule, new LabelModel.Deterministic(l));
        PredictedExponent predicted = PredictedExponent.of(Prediction.of(c), Optional.of(1));
        MeanFieldTimes times = MeanFieldTimes.of(c, BigFraction.of(1, 2), 6);
        r.setting("update", rule.describe() + "; target " + link);
        r.setting("limit dynamics", "mean-field hitting time from m0 = d^-1/2 to 1/2 at the optimal gamma, 6 digits;"
                + " ladder d = " + ladderText(plan.ladder()));
        r.setting("rays q (eta = d^q)", String.join(", ", plan.rays().stream().map(Rationals::toString).toList()));
        r.setting("decision", "exponent within " + Quantity.format(ERROR_MULTIPLE) + " x the extrapolation error,"
                + " error <= " + Quantity.format(MAX_ERROR) + "; bridge: median / mean-field time within [1/"
                + Quantity.format(BAND) + ", " + Quantity.format(BAND) + "] at the largest d");
        if (kinkShift.signum() != 0) {
            r.setting("prediction under test", "every kink shifted by " + Rationals.toString(kinkShift));
        }
        PhaseDiagram diagram = PhaseDiagram.compute(predicted, times, new PhaseDiagram.Settings(plan.rays(),
                plan.ladder(), context.threads()), PhaseDiagram.Progress.none());
        List<Verdict> parts = new ArrayList<>();
        List<String> kinkTexts = new ArrayList<>();
        for (PhaseDiagram.Ray ray : diagram.rays()) {
            double kappa = ray.predicted().kappa().map(BigFraction::doubleValue).orElse(Double.NaN);
            Verdict v = decide(kappa, ray.measured());
            r.evidence(String.format(Locale.ROOT, "limit, ray q = %s: predicted kappa = %s; measured %s; local"
                    + " exponents %s; fitted power of ln d %s (the Theta~ of MATH.md §6 suggests %d); %s",
                    Rationals.toString(ray.q()), ray.predicted().kappa().map(Rationals::toString).orElse("none"),
                    limitText(ray.measured()), steps(ray.steps()), Quantity.format(ray.measured().logCoefficient()),
                    ray.predicted().logPower(), v.reason()));
            parts.add(new Verdict(v.status(), "ray q = " + Rationals.toString(ray.q()) + ": " + v.reason()));
        }
        for (PhaseDiagram.Boundary b : diagram.boundaries()) {
            BigFraction expected = b.kink().q().add(kinkShift);
            Verdict v = decide(expected.doubleValue(), b.measured());
            r.evidence(String.format(Locale.ROOT, "limit, boundary eta_c ~ d^%s: measured exponent %s; local"
                    + " exponents %s; eta_c at d = %s: %s; %s", Rationals.toString(expected), limitText(b.measured()),
                    steps(b.steps()), Quantity.format(b.points().get(b.points().size() - 1).d().doubleValue()),
                    Quantity.format(b.points().get(b.points().size() - 1).etaC()), v.reason()));
            parts.add(new Verdict(v.status(), "boundary " + Rationals.toString(expected) + ": " + v.reason()));
            kinkTexts.add("eta_c ~ d^" + Rationals.toString(expected) + ": " + limitText(b.measured()));
        }
        for (PhaseDiagram.BranchWindow w : diagram.windows()) {
            StringBuilder sb = new StringBuilder();
            for (PhaseDiagram.WindowRow row : w.rows()) {
                sb.append(sb.length() == 0 ? "" : "; ").append("d = ").append(Quantity.format(row.d().doubleValue()))
                        .append(row.open() ? ": open from eta_c = " + Quantity.format(row.etaC()) : ": closed");
            }
            r.evidence("limit, branch window: mu_" + w.index() + "(eta) vanishes at eta_0 = "
                    + Rationals.toString(w.zero()) + "; the branch exists for eta_c(d) < eta < eta_0: " + sb
                    + "; mean-field time at eta_0 x (1/2, 9/10, 1, 11/10), largest d: " + String.join(", ",
                            w.rows().get(w.rows().size() - 1).nearZero().stream().map(p -> p.time()
                                    .map(t -> Quantity.format(t.doubleValue())).orElse("infinite")).toList()));
        }
        Verdict limit = Verdicts.combine(parts);
        List<BridgePoint> simulated = new ArrayList<>();
        Verdict bridge = bridge(context, r, times, plan, simulated);
        Verdict v = Verdicts.combine(List.of(new Verdict(limit.status(), "(a) limit dynamics: " + limit.reason()),
                new Verdict(bridge.status(), "(b) stochastic bridge: " + bridge.reason())));
        r.verdict(v);
        r.predicted(Quantity.of(String.join("; ", diagram.boundaries().stream().map(b -> "eta_c ~ d^"
                + Rationals.toString(b.kink().q().add(kinkShift))).toList()), diagram.boundaries().isEmpty()
                ? Double.NaN : diagram.boundaries().get(0).kink().q().add(kinkShift).doubleValue()));
        r.measured(Quantity.of(String.join("; ", kinkTexts), diagram.boundaries().isEmpty() ? Double.NaN
                : diagram.boundaries().get(0).measured().value()));
        r.figure(PhaseFigures.kappa(diagram, "phase-diagram", claim.title() + ": kappa(q) in the limit d -> infinity"));
        r.figure(scaledTimes(diagram, simulated));
        return r.build();
    }

    /** The verdict on one exponent. */
    static Verdict decide(double predicted, LocalExponents.Limit measured) {
        if (!measured.isDefined()) {
            return Verdict.inconclusive("no extrapolated exponent: " + measured.method());
        }
        if (Double.isNaN(predicted)) {
            return Verdict.inconclusive("no prediction on this ray");
        }
        double diff = Math.abs(measured.value() - predicted);
        String detail = String.format(Locale.ROOT, "|%.5f - %s| = %.2g vs %s x error %.2g", measured.value(),
                Quantity.format(predicted), diff, Quantity.format(ERROR_MULTIPLE), measured.error());
        if (measured.error() > MAX_ERROR) {
            return Verdict.inconclusive(detail + "; the extrapolation has not converged (error > "
                    + Quantity.format(MAX_ERROR) + ")");
        }
        return diff <= ERROR_MULTIPLE * measured.error() ? Verdict.confirmed(detail)
                : Verdict.refuted(detail);
    }

    /** One simulated point of the bridge: the mean-field time and the median with its interval, in steps. */
    private record BridgePoint(long d, double eta, double meanField, double median, double lower, double upper) {
    }

    private Verdict bridge(Context context, ClaimResult.Builder r, MeanFieldTimes times, Plan plan,
            List<BridgePoint> simulated) {
        Bridge b = plan.bridge();
        SimulationRuns sims = new SimulationRuns(context);
        r.setting("bridge", "reduced engine at d = " + java.util.Arrays.toString(b.dimensions()) + ";"
                + " uniform-positive init, gamma and budget from the mean-field point, " + b.runs() + " runs per point, budget " + Quantity.format(b.budgetMultiple())
                + " x mean-field time, rays q = " + String.join(", ", b.rays().stream().map(Rationals::toString)
                        .toList()));
        List<List<double[]>> byDimension = new ArrayList<>();
        long worst = 0;
        Engine engine = Engine.reduced();
        for (long d : b.dimensions()) {
            List<double[]> ratios = new ArrayList<>();
            for (BigFraction q : b.rays()) {
                double eta = algorithm == Algorithm.ONLINE ? 0 : Math.pow(d, q.doubleValue());
                RayPoint mf = times.at(Rationals.of(new BigDecimal(eta)), BigFraction.of(d));
                if (!mf.isFinite() || mf.gamma().isEmpty()) {
                    r.evidence(String.format(Locale.ROOT, "bridge, d = %d, q = %s (eta = %s): left out, %s", d,
                            Rationals.toString(q), Quantity.format(eta), mf.reason()));
                    ratios.add(null);
                    continue;
                }
                double t = mf.time().get().doubleValue();
                if (t * b.runs() > b.maxStepsPerPoint()) {
                    r.evidence(String.format(Locale.ROOT, "bridge, d = %d, q = %s (eta = %s): left out, mean-field"
                            + " time %s x %d runs exceeds the budget of %s steps", d, Rationals.toString(q),
                            Quantity.format(eta), Quantity.format(t), b.runs(), Quantity.format(b.maxStepsPerPoint())));
                    ratios.add(null);
                    continue;
                }
                long budget = (long) Math.ceil(b.budgetMultiple() * t);
                SimulationConfig cfg = sims.config(SimulationRuns.parameters("algorithm", algorithm.label(), "loss",
                        loss.label(), "target", link, "d", d, "gamma", mf.gamma().get().doubleValue(), "eta", eta,
                        "init", "uniform-positive", "max-steps", budget));
                List<RunResult> runs = sims.run(engine, cfg, b.runs(), String.format(Locale.ROOT,
                        "%s, d = %d, eta = %s", algorithm.label(), d, Quantity.format(eta)));
                worst += budget * (long) b.runs();
                CensoredSample s = CensoredSample.ofRuns(runs, budget);
                KaplanMeier.Quantile m = s.kaplanMeier().median();
                double[] ratio = {m.estimate() / t, m.lower() / t, m.upper() / t};
                ratios.add(ratio);
                simulated.add(new BridgePoint(d, eta, t, m.estimate(), m.lower(), m.upper()));
                r.evidence(String.format(Locale.ROOT, "bridge, d = %d, q = %s (eta = %s, gamma = %s): mean-field T ="
                        + " %s; %d of %d runs hit; median / T = %s [%s, %s]; runs: %s", d, Rationals.toString(q),
                        Quantity.format(eta), Quantity.format(mf.gamma().get().doubleValue()), Quantity.format(t),
                        s.hits(), s.size(), Quantity.format(ratio[0]), Quantity.format(ratio[1]),
                        Quantity.format(ratio[2]), SimulationRuns.command(engine.name(), cfg, b.runs())));
            }
            byDimension.add(ratios);
            r.evidence(String.format(Locale.ROOT, "bridge, d = %d: mean |ln(median / T)| = %s over the points", d,
                    Quantity.format(meanDistance(ratios))));
        }
        sims.record(r, worst);
        List<double[]> last = byDimension.get(byDimension.size() - 1);
        List<double[]> previous = byDimension.size() > 1 ? byDimension.get(byDimension.size() - 2) : null;
        long dMax = b.dimensions()[b.dimensions().length - 1];
        int used = 0;
        List<String> outside = new ArrayList<>();
        List<String> diverging = new ArrayList<>();
        for (int i = 0; i < last.size(); i++) {
            double[] x = last.get(i);
            if (x == null) {
                continue;
            }
            used++;
            String at = "q = " + Rationals.toString(b.rays().get(i));
            if (!(x[1] >= 1 / BAND && x[2] <= BAND)) {
                boolean entirelyOutside = x[2] < 1 / BAND || x[1] > BAND;
                double[] before = previous == null ? null : previous.get(i);
                if (entirelyOutside && before != null && Math.abs(Math.log(x[0])) > Math.abs(Math.log(before[0]))) {
                    diverging.add(at + String.format(Locale.ROOT, " (ratio %s, was %s)", Quantity.format(x[0]),
                            Quantity.format(before[0])));
                } else {
                    outside.add(at + String.format(Locale.ROOT, " ([%s, %s])", Quantity.format(x[1]),
                            Quantity.format(x[2])));
                }
            }
        }
        if (used == 0) {
            return Verdict.inconclusive("no point could be simulated at d = " + dMax);
        }
        if (!diverging.isEmpty()) {
            return Verdict.refuted("at d = " + dMax + " the median / mean-field ratio lies outside [1/"
                    + Quantity.format(BAND) + ", " + Quantity.format(BAND) + "] and moves away from 1: "
                    + String.join("; ", diverging));
        }
        if (!outside.isEmpty()) {
            return Verdict.inconclusive("at d = " + dMax + " the ratio's interval is not inside [1/"
                    + Quantity.format(BAND) + ", " + Quantity.format(BAND) + "] at " + String.join("; ", outside));
        }
        return Verdict.confirmed("at d = " + dMax + " every median / mean-field ratio (" + used + " points) lies in"
                + " [1/" + Quantity.format(BAND) + ", " + Quantity.format(BAND) + "] with its 95% interval; mean"
                + " |ln ratio| " + trend(byDimension, b.dimensions()));
    }

    private static double meanDistance(List<double[]> ratios) {
        double sum = 0;
        int n = 0;
        for (double[] x : ratios) {
            if (x != null && x[0] > 0 && Double.isFinite(x[0])) {
                sum += Math.abs(Math.log(x[0]));
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String trend(List<List<double[]>> byDimension, long[] dims) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < dims.length; i++) {
            out.add(Quantity.format(meanDistance(byDimension.get(i))) + " (d = " + dims[i] + ")");
        }
        return String.join(", ", out);
    }

    /**
     * {@code T(η)} at several {@code d} on the common axis {@code q = ln η / ln d}, as {@code ln(T / T_flat) / ln d}
     * with {@code T_flat} the time at the smallest η of that {@code d}: as {@code d} grows the curves approach the
     * predicted {@code κ(q) − κ(q_min)} (dashed), and the flattening of small {@code d} disappears. At the bridge's
     * dimensions SGD's Kaplan–Meier medians (95% intervals) are divided by the same level.
     */
    private Figure scaledTimes(PhaseDiagram diagram, List<BridgePoint> simulated) {
        List<Figure.Series> points = new ArrayList<>();
        List<Long> bridgeDims = simulated.stream().map(BridgePoint::d).distinct().toList();
        for (long d : bridgeDims) {
            List<BridgePoint> at = simulated.stream().filter(p -> p.d() == d)
                    .sorted(java.util.Comparator.comparingDouble(BridgePoint::eta)).toList();
            double level = at.get(0).meanField();
            double ln = Math.log(d);
            points.add(new Figure.Series("mean field, d = " + d, at.stream().map(p -> Figure.Point.of(
                    Math.log(p.eta()) / ln, Math.log(p.meanField() / level) / ln)).toList()));
            points.add(new Figure.Series("SGD median (95% CI), d = " + d, at.stream().map(p -> new Figure.Point(
                    Math.log(p.eta()) / ln, Math.log(p.median() / level) / ln, Math.log(p.lower() / level) / ln,
                    Math.log(p.upper() / level) / ln)).toList()));
        }
        int rungs = diagram.settings().ladder().size();
        for (int j = 0; j < rungs; j += Math.max(1, rungs / 4)) {
            double ln = diagram.settings().ladder().get(j).doubleValue();
            ln = Math.log(ln);
            List<Figure.Point> pts = new ArrayList<>();
            double level = Double.NaN;
            for (PhaseDiagram.Ray ray : diagram.rays()) {
                RayPoint p = ray.points().get(j);
                if (!p.isFinite()) {
                    continue;
                }
                if (Double.isNaN(level)) {
                    level = p.logTime();
                }
                pts.add(Figure.Point.of(ray.q().doubleValue(), (p.logTime() - level) / ln));
            }
            points.add(new Figure.Series("mean field, d = " + Quantity.format(diagram.settings().ladder().get(j)
                    .doubleValue()), pts));
        }
        List<Figure.Point> predicted = new ArrayList<>();
        BigFraction first = diagram.rays().get(0).q();
        double base = diagram.predicted().at(first).kappa().map(BigFraction::doubleValue).orElse(Double.NaN);
        java.util.TreeSet<BigFraction> qs = new java.util.TreeSet<>(Rationals.ORDER);
        diagram.rays().forEach(ray -> qs.add(ray.q()));
        diagram.predicted().kinks().forEach(k -> qs.add(k.q()));
        for (BigFraction q : qs) {
            if (diagram.predicted().applies(q) && Rationals.compare(q, first) >= 0) {
                diagram.predicted().at(q).kappa().ifPresent(k -> predicted.add(Figure.Point.of(q.doubleValue(),
                        k.doubleValue() - base)));
            }
        }
        return new Figure.Curves("hitting-time-vs-eta", claim.title() + ": T(eta) over its flat level, on eta = d^q",
                "q = ln eta / ln d", "ln(T / T at the smallest eta) / ln d", points,
                List.of(new Figure.Series("predicted kappa(q) - kappa(q_min)", predicted)), List.of(true), List.of());
    }

    private static String limitText(LocalExponents.Limit l) {
        return l.isDefined() ? String.format(Locale.ROOT, "%.5f ± %.2g", l.value(), l.error()) : "undefined";
    }

    private static String steps(List<LocalExponents.Step> steps) {
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, steps.size() - 3); i < steps.size(); i++) {
            out.add(String.format(Locale.ROOT, "%.4f", steps.get(i).exponent()));
        }
        return String.join(" ", out);
    }

    private static String ladderText(List<BigFraction> ladder) {
        return Quantity.format(ladder.get(0).doubleValue()) + " ... "
                + Quantity.format(ladder.get(ladder.size() - 1).doubleValue()) + " (" + ladder.size() + " rungs)";
    }
}
