package org.sgdx.checks.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.checks.stats.CensoredSample;
import org.sgdx.checks.stats.KaplanMeier;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.Initialisation;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.diffusion.DiffusionCoefficients;
import org.sgdx.fastpath.diffusion.DiffusionEngine;
import org.sgdx.fastpath.hitting.Overlap;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.UpdateRuleSpec;
import org.sgdx.reference.dynamics.phase.LocalExponents;
import org.sgdx.reference.dynamics.phase.MeanFieldTimes;
import org.sgdx.reference.dynamics.phase.PhaseDiagram;
import org.sgdx.reference.dynamics.phase.PredictedExponent;
import org.sgdx.reference.dynamics.phase.RayPoint;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.link.Parity;

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
 * Brookmeyer–Crowley interval. SGD follows the limit dynamics when the ratio is of order one: agreement when on every
 * ray the interval at the largest {@code d} simulated there lies inside {@code [1/3, 3]}; contradiction when one lies
 * outside it and the ratio moved away from 1 since the previous {@code d}; otherwise inconclusive. Points whose
 * mean-field time is infinite or beyond the budget are left out and listed.
 *
 * <p><b>(b') Diffusion bridge.</b> The same ratio continued to {@code d = 10¹²} on the diffusion engine
 * ({@link #leapingBridge}), with the medians' local exponents against the mean field's and {@code κ(q)}.
 *
 * <p>Confirmed when (a), (b) and (b') hold; refuted when any contradicts; inconclusive otherwise.
 */
final class LimitTransitionCheck extends PlannedCheck<LimitTransitionCheck.Plan> {

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
     * The stochastic bridge continued to large {@code d} with the diffusion engine (MATH.md §10, proofs-notes/
     * diffusion-limit.md).
     *
     * @param rays the rays {@code η = d^q} simulated
     * @param dimensions the dimensions, increasing (empty: no leaping bridge)
     * @param runs runs per point
     * @param budgetMultiple the step budget in units of the mean-field time
     */
    record Leaping(List<BigFraction> rays, long[] dimensions, int runs, double budgetMultiple) {

        /** No leaping bridge. */
        static final Leaping NONE = new Leaping(List.of(), new long[0], 0, 1);
    }

    /**
     * The sizes of one mode.
     *
     * @param rays the ray exponents checked (one or more inside each regime, and the kinks)
     * @param ladder the ladder of {@code d} of the limit dynamics
     * @param bridge the stochastic bridge on the exact reduced chain
     * @param leaping its continuation to large {@code d} on the diffusion engine
     */
    record Plan(List<BigFraction> rays, List<BigFraction> ladder, Bridge bridge, Leaping leaping) {
    }

    private final Algorithm algorithm;
    private final Loss loss;
    private final String link;
    private final BigFraction kinkShift;

    /**
     * @param kinkShift added to every predicted kink before comparing (zero for the claim itself; non-zero only to
     *     test that a wrong prediction is refuted)
     */
    LimitTransitionCheck(Claim claim, Algorithm algorithm, Loss loss, String link, BigFraction kinkShift, Plan quick,
            Plan full) {
        super(claim, quick, full);
        this.algorithm = algorithm;
        this.loss = loss;
        this.link = link;
        this.kinkShift = kinkShift;
    }

    @Override
    void check(Context context, Plan plan, ClaimResult.Builder r) throws InterruptedException {
        UpdateRuleSpec spec = UpdateRuleSpec.of(algorithm, Link.parse(link)).withLoss(loss);
        UpdateRule rule = spec.rule();
        DriftCoefficients c = DriftCoefficients.of(spec);
        PredictedExponent predicted = PredictedExponent.of(Prediction.of(c), Optional.of(1));
        MeanFieldTimes times = MeanFieldTimes.of(c, BigFraction.of(1, 2), 6);
        r.setting("update", rule.describe() + "; target " + link);
        r.setting("limit dynamics", "mean-field hitting time from m0 = d^-1/2 to 1/2 at the optimal gamma, 6 digits;"
                + " ladder d = " + ladderText(plan.ladder()));
        r.setting("rays q (eta = d^q)", rayList(plan.rays()));
        r.setting("decision", "exponent within " + Quantity.format(ERROR_MULTIPLE) + " x the extrapolation error,"
                + " error <= " + Quantity.format(MAX_ERROR) + "; bridge: median / mean-field time within [1/"
                + Quantity.format(BAND) + ", " + Quantity.format(BAND) + "] at the largest d simulated on each ray,"
                + " and at every point of the diffusion bridge");
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
        if (limit.isConfirmed()) {
            limit = Verdict.confirmed("every exponent agrees with its prediction (" + diagram.rays().size() + " rays, "
                    + diagram.boundaries().size() + " boundaries)");
        }
        List<BridgePoint> simulated = new ArrayList<>();
        Verdict bridge = bridge(context, r, times, plan, simulated);
        List<Verdict> verdicts = new ArrayList<>(List.of(new Verdict(limit.status(), "(a) limit dynamics: "
                + limit.reason()), new Verdict(bridge.status(), "(b) stochastic bridge: " + bridge.reason())));
        if (plan.leaping().dimensions().length > 0) {
            Verdict leaped = leapingBridge(context, r, times, diagram, plan, simulated);
            verdicts.add(new Verdict(leaped.status(), "(b') diffusion bridge: " + leaped.reason()));
        }
        Verdict v = Verdicts.combine(verdicts);
        if (v.isConfirmed()) {
            v = Verdict.confirmed(String.join("; ", verdicts.stream().map(Verdict::reason).toList()));
        }
        r.verdict(v);
        r.predicted(Quantity.of(String.join("; ", diagram.boundaries().stream().map(b -> "eta_c ~ d^"
                + Rationals.toString(b.kink().q().add(kinkShift))).toList()), diagram.boundaries().isEmpty()
                ? Double.NaN : diagram.boundaries().get(0).kink().q().add(kinkShift).doubleValue()));
        r.measured(Quantity.of(String.join("; ", kinkTexts), diagram.boundaries().isEmpty() ? Double.NaN
                : diagram.boundaries().get(0).measured().value()));
        r.figure(PhaseFigures.kappa(diagram, "phase-diagram", shortTitle() + ": kappa(q) as d -> infinity"));
        r.figure(scaledTimes(diagram, times, plan.bridge().rays().get(0), simulated));
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

    /**
     * One simulated point of the bridge: the mean-field time and the median with its interval, in steps.
     *
     * @param engine the engine's name
     * @param optimal whether γ is the mean field's optimal one (otherwise smaller, for the diffusion limit's validity)
     */
    private record BridgePoint(String engine, long d, double eta, boolean optimal, double meanField, double median,
            double lower, double upper) {
    }

    private Verdict bridge(Context context, ClaimResult.Builder r, MeanFieldTimes times, Plan plan,
            List<BridgePoint> simulated) {
        Bridge b = plan.bridge();
        SimulationRuns sims = new SimulationRuns(context);
        r.setting("bridge", "reduced engine at d = " + Arrays.toString(b.dimensions()) + "; uniform-positive init,"
                + " overlap " + overlap() + ", gamma and budget from the mean-field point, " + b.runs() + " runs per"
                + " point, budget " + Quantity.format(b.budgetMultiple()) + " x mean-field time, rays q = "
                + rayList(b.rays()));
        List<List<double[]>> byDimension = new ArrayList<>();
        long worst = 0;
        Engine engine = Engines.reduced();
        for (long d : b.dimensions()) {
            List<double[]> ratios = new ArrayList<>();
            for (BigFraction q : b.rays()) {
                double eta = eta(d, q);
                RayPoint mf = times.at(exact(eta), BigFraction.of(d));
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
                SimulationConfig cfg = sims.config(SimulationConfig.builder().algorithm(algorithm).loss(loss)
                        .target(link).d(d).gamma(mf.gamma().get().doubleValue()).eta(eta)
                        .initialisation(Initialisation.UNIFORM_POSITIVE).overlap(overlap()).maxSteps(budget));
                List<RunResult> runs = sims.run(engine, cfg, b.runs(), String.format(Locale.ROOT,
                        "%s, d = %d, eta = %s", algorithm.key(), d, Quantity.format(eta)));
                worst += budget * (long) b.runs();
                CensoredSample s = CensoredSample.ofRuns(runs, budget);
                KaplanMeier.Quantile m = s.kaplanMeier().median();
                double[] ratio = {m.estimate() / t, m.lower() / t, m.upper() / t};
                ratios.add(ratio);
                simulated.add(new BridgePoint(engine.name(), d, eta, true, t, m.estimate(), m.lower(), m.upper()));
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
        int used = 0;
        List<String> outside = new ArrayList<>();
        List<String> diverging = new ArrayList<>();
        for (int i = 0; i < b.rays().size(); i++) {
            int j = lastSimulated(byDimension, i, byDimension.size() - 1);
            if (j < 0) {
                continue;
            }
            used++;
            double[] x = byDimension.get(j).get(i);
            String at = "q = " + Rationals.toString(b.rays().get(i)) + ", d = " + b.dimensions()[j];
            if (!(x[1] >= 1 / BAND && x[2] <= BAND)) {
                boolean entirelyOutside = x[2] < 1 / BAND || x[1] > BAND;
                int k = lastSimulated(byDimension, i, j - 1);
                double[] before = k < 0 ? null : byDimension.get(k).get(i);
                if (entirelyOutside && before != null && Math.abs(Math.log(x[0])) > Math.abs(Math.log(before[0]))) {
                    diverging.add(at + String.format(Locale.ROOT, " (ratio %s, was %s at d = %d)",
                            Quantity.format(x[0]), Quantity.format(before[0]), b.dimensions()[k]));
                } else {
                    outside.add(at + String.format(Locale.ROOT, " ([%s, %s])", Quantity.format(x[1]),
                            Quantity.format(x[2])));
                }
            }
        }
        if (used == 0) {
            return Verdict.inconclusive("no point could be simulated");
        }
        if (!diverging.isEmpty()) {
            return Verdict.refuted("at the largest d simulated on a ray the median / mean-field ratio lies outside"
                    + " [1/" + Quantity.format(BAND) + ", " + Quantity.format(BAND) + "] and moves away from 1: "
                    + String.join("; ", diverging));
        }
        if (!outside.isEmpty()) {
            return Verdict.inconclusive("at the largest d simulated on a ray the ratio's interval is not inside [1/"
                    + Quantity.format(BAND) + ", " + Quantity.format(BAND) + "] at " + String.join("; ", outside));
        }
        return Verdict.confirmed("on every ray (" + used + "), at the largest d simulated on it, the median /"
                + " mean-field ratio lies in [1/" + Quantity.format(BAND) + ", " + Quantity.format(BAND) + "] with"
                + " its 95% interval; mean |ln ratio| " + trend(byDimension, b.dimensions()));
    }

    /** The index of the largest dimension up to {@code from} at which ray {@code ray} was simulated, or −1. */
    private static int lastSimulated(List<List<double[]>> byDimension, int ray, int from) {
        for (int j = from; j >= 0; j--) {
            if (byDimension.get(j).get(ray) != null) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Part (b'): the bridge continued to large {@code d} on the diffusion engine. On each ray γ is a common fraction
     * {@code c ≤ 1} of the mean field's optimal γ at every {@code d}: the largest for which the diffusion limit's
     * validity parameter λ ({@code ∝ γ²}) is at most half its limit ({@link DiffusionEngine#lambdaLimit}) at every
     * dimension of the ray. A constant fraction leaves the exponent of the time unchanged, so the local exponents of
     * the medians between successive dimensions are reported against the mean field's at the same {@code (η, d, γ)}
     * and against {@code κ(q)}. The step budget is the plan's multiple of the mean-field time, at most 2^62 steps;
     * points whose mean-field time is infinite, or more than half that largest budget (at the optimal γ already, which
     * then does not constrain {@code c}, or at the lowered one), are left out and listed. Agreement when every
     * median / mean-field interval lies in {@code [1/3, 3]}; contradiction when one lies entirely outside; otherwise
     * inconclusive.
     */
    private Verdict leapingBridge(Context context, ClaimResult.Builder r, MeanFieldTimes times, PhaseDiagram diagram,
            Plan plan, List<BridgePoint> simulated) {
        Leaping l = plan.leaping();
        Engine engine = Engines.diffusion(DiffusionEngine.DEFAULT_EPSILON);
        SimulationRuns sims = new SimulationRuns(context);
        r.setting("diffusion bridge", "diffusion engine (epsilon = " + DiffusionEngine.DEFAULT_EPSILON + ") at d = "
                + Arrays.toString(l.dimensions()) + "; uniform-positive init, overlap " + overlap() + ", " + l.runs()
                + " runs per point, budget " + Quantity.format(l.budgetMultiple()) + " x mean-field time (at most 2^62"
                + " steps); on each ray gamma = c x the optimal gamma, c <= 1 the largest with lambda <= half the"
                + " engine's validity limit at every d; rays q = " + rayList(l.rays()));
        List<String> outside = new ArrayList<>();
        List<String> contradicting = new ArrayList<>();
        int used = 0;
        long dMax = 0;
        long leaps = 0;
        for (BigFraction q : l.rays()) {
            List<LeapPoint> points = new ArrayList<>();
            double c = 1;
            for (long d : l.dimensions()) {
                String at = String.format(Locale.ROOT, "d = %s, q = %s", Quantity.format((double) d),
                        Rationals.toString(q));
                double eta = eta(d, q);
                RayPoint mf = times.at(exact(eta), BigFraction.of(d));
                if (!mf.isFinite() || mf.gamma().isEmpty()) {
                    r.evidence("diffusion bridge, " + at + ": left out, " + mf.reason());
                    continue;
                }
                if (beyondBudget(r, at, mf)) {
                    continue;
                }
                double lambda = DiffusionCoefficients.of(leapConfig(sims, d, eta, mf.gamma().get().doubleValue(), 1))
                        .lambda();
                c = Math.min(c, Math.sqrt(DiffusionEngine.lambdaLimit(d) / 2 / lambda));
                points.add(new LeapPoint(at, d, eta, mf));
            }
            BridgePoint previous = null;
            for (LeapPoint p : points) {
                double gamma = p.optimal().gamma().get().doubleValue() * c;
                RayPoint mf = c == 1 ? p.optimal() : times.at(exact(p.eta()), BigFraction.of(p.d()), exact(gamma));
                if (!mf.isFinite()) {
                    r.evidence("diffusion bridge, " + p.at() + ": left out at gamma = " + Quantity.format(gamma)
                            + ", " + mf.reason());
                    previous = null;
                    continue;
                }
                if (beyondBudget(r, p.at(), mf)) {
                    previous = null;
                    continue;
                }
                double t = mf.time().get().doubleValue();
                long budget = (long) Math.ceil(Math.min(l.budgetMultiple() * t, MAX_BUDGET));
                SimulationConfig cfg = leapConfig(sims, p.d(), p.eta(), gamma, budget);
                List<RunResult> runs = sims.run(engine, cfg, l.runs(), String.format(Locale.ROOT,
                        "%s, d = %s, eta = %s", algorithm.key(), Quantity.format((double) p.d()),
                        Quantity.format(p.eta())));
                leaps += runs.stream().mapToLong(RunResult::leaps).sum();
                CensoredSample s = CensoredSample.ofRuns(runs, cfg.maxSteps());
                KaplanMeier.Quantile m = s.kaplanMeier().median();
                BridgePoint point = new BridgePoint(engine.name(), p.d(), p.eta(), c == 1, t, m.estimate(), m.lower(),
                        m.upper());
                simulated.add(point);
                used++;
                dMax = Math.max(dMax, p.d());
                double lo = m.lower() / t;
                double hi = m.upper() / t;
                if (!(lo >= 1 / BAND && hi <= BAND)) {
                    String text = String.format(Locale.ROOT, "%s ([%s, %s])", p.at(), Quantity.format(lo),
                            Quantity.format(hi));
                    (hi < 1 / BAND || lo > BAND ? contradicting : outside).add(text);
                }
                r.evidence(String.format(Locale.ROOT, "diffusion bridge, %s (eta = %s, gamma = %s = %.3g x optimal):"
                        + " mean-field T = %s; %d of %d runs hit; median / T = %s [%s, %s]%s; runs: %s", p.at(),
                        Quantity.format(p.eta()), Quantity.format(gamma), c, Quantity.format(t), s.hits(), s.size(),
                        Quantity.format(m.estimate() / t), Quantity.format(lo), Quantity.format(hi),
                        exponentText(previous, point, diagram, q), SimulationRuns.command(engine.name(), cfg,
                                l.runs())));
                previous = m.lower() > 0 && Double.isFinite(m.upper()) ? point : null;
            }
        }
        r.setting("diffusion bridge runs", String.format(Locale.ROOT, "%d runs, %d leaps (%.3g per run), %.1f s on %d"
                + " threads", sims.runs(), leaps, sims.runs() == 0 ? 0.0 : (double) leaps / sims.runs(),
                sims.seconds(), context.threads()));
        if (used == 0) {
            return Verdict.inconclusive("no point could be simulated");
        }
        if (!contradicting.isEmpty()) {
            return Verdict.refuted("the median / mean-field interval lies outside [1/" + Quantity.format(BAND) + ", "
                    + Quantity.format(BAND) + "] at " + String.join("; ", contradicting));
        }
        if (!outside.isEmpty()) {
            return Verdict.inconclusive("the median / mean-field interval is not inside [1/" + Quantity.format(BAND)
                    + ", " + Quantity.format(BAND) + "] at " + String.join("; ", outside));
        }
        return Verdict.confirmed("every median / mean-field ratio (" + used + " points, d up to "
                + Quantity.format((double) dMax) + ") lies in [1/" + Quantity.format(BAND) + ", "
                + Quantity.format(BAND) + "] with its 95% interval");
    }

    /** The largest step budget of the diffusion bridge: 2^62 steps, half the range of a step counter. */
    private static final double MAX_BUDGET = 0x1p62;

    /** A point of the diffusion bridge before its γ is fixed, with the mean field's point at the optimal γ. */
    private record LeapPoint(String at, long d, double eta, RayPoint optimal) {
    }

    /**
     * Whether twice the point's mean-field time exceeds the largest budget; if so the point is listed as left out.
     */
    private static boolean beyondBudget(ClaimResult.Builder r, String at, RayPoint mf) {
        double t = mf.time().orElseThrow().doubleValue();
        if (2 * t <= MAX_BUDGET) {
            return false;
        }
        r.evidence(String.format(Locale.ROOT, "diffusion bridge, %s: left out, twice the mean-field time %s steps"
                + " exceeds the largest budget, 2^62 steps", at, Quantity.format(t)));
        return true;
    }

    /** η on the ray {@code η = d^q} in double precision, as the simulations use it (0 for online SGD). */
    private double eta(long d, BigFraction q) {
        return algorithm == Algorithm.ONLINE ? 0 : Math.pow(d, q.doubleValue());
    }

    /** The exact value of a double, for the mean field at the simulations' (η, γ). */
    private static BigFraction exact(double x) {
        return Rationals.of(new BigDecimal(x));
    }

    private static String rayList(List<BigFraction> rays) {
        return String.join(", ", rays.stream().map(Rationals::toString).toList());
    }

    /**
     * The overlap SGD is watched on: {@code |m|} for an even link, whose dynamics is symmetric under {@code θ → −θ}
     * (a run that finds {@code −θ} has learned the target), {@code m} otherwise.
     */
    private Overlap overlap() {
        return Link.parse(link).parity() == Parity.EVEN ? Overlap.ABSOLUTE : Overlap.SIGNED;
    }

    private SimulationConfig leapConfig(SimulationRuns sims, long d, double eta, double gamma, long budget) {
        SimulationConfig.Builder p = SimulationConfig.builder().algorithm(algorithm).loss(loss).target(link).d(d)
                .gamma(gamma).eta(eta).initialisation(Initialisation.UNIFORM_POSITIVE).overlap(overlap())
                .maxSteps(budget);
        if (algorithm == Algorithm.REUSE) {
            p.innerNorm(InnerNorm.DIMENSION);
        }
        return sims.config(p);
    }

    /**
     * The local exponent {@code ln(median₂/median₁)/ln(d₂/d₁)} of SGD's medians between the previous dimension and
     * this one, with the interval from the two medians' 95% intervals (joint coverage at least 90%), against the mean
     * field's at the same {@code (η, d, γ)} and the predicted {@code κ(q)}.
     */
    private static String exponentText(BridgePoint previous, BridgePoint point, PhaseDiagram diagram, BigFraction q) {
        if (previous == null || !(point.lower() > 0) || !Double.isFinite(point.upper())) {
            return "";
        }
        double span = Math.log((double) point.d() / previous.d());
        double sgd = Math.log(point.median() / previous.median()) / span;
        double lo = Math.log(point.lower() / previous.upper()) / span;
        double hi = Math.log(point.upper() / previous.lower()) / span;
        double meanField = Math.log(point.meanField() / previous.meanField()) / span;
        String kappa = diagram.predicted().applies(q) ? diagram.predicted().at(q).kappa().map(Rationals::toString)
                .orElse("none") : "none";
        return String.format(Locale.ROOT, "; local exponent of the medians since d = %s: %.4f [%.4f, %.4f], mean"
                + " field %.4f (%s), kappa(q) = %s", Quantity.format((double) previous.d()), sgd, lo, hi, meanField,
                lo <= meanField && meanField <= hi ? "inside the interval" : "outside the interval", kappa);
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
            double mean = meanDistance(byDimension.get(i));
            if (!Double.isNaN(mean)) {
                out.add(Quantity.format(mean) + " (d = " + dims[i] + ")");
            }
        }
        return String.join(", ", out);
    }

    /**
     * {@code T(η)} at several {@code d} on the common axis {@code q = ln η / ln d}, as {@code ln(T / T_flat) / ln d}
     * with {@code T_flat} the time at the smallest η of that {@code d}: as {@code d} grows the curves approach the
     * predicted {@code κ(q) − κ(q_min)} (dashed), and the flattening of small {@code d} disappears. At the bridge's
     * dimensions SGD's Kaplan–Meier medians at the optimal γ (95% intervals) and their mean-field times are divided by
     * the mean-field time on the bridge's smallest ray at that {@code d}.
     */
    private Figure scaledTimes(PhaseDiagram diagram, MeanFieldTimes times, BigFraction flatRay,
            List<BridgePoint> simulated) {
        List<Figure.Series> points = new ArrayList<>();
        List<Long> bridgeDims = simulated.stream().filter(BridgePoint::optimal).map(BridgePoint::d).distinct()
                .sorted().toList();
        for (long d : bridgeDims) {
            List<BridgePoint> at = simulated.stream().filter(p -> p.d() == d && p.optimal())
                    .sorted(Comparator.comparingDouble(BridgePoint::eta)).toList();
            RayPoint flat = times.at(exact(eta(d, flatRay)), BigFraction.of(d));
            if (!flat.isFinite()) {
                continue;
            }
            double level = flat.time().get().doubleValue();
            double ln = Math.log(d);
            String dText = dimension(d);
            points.add(new Figure.Series("mean field, d = " + dText, at.stream().map(p -> Figure.Point.of(
                    Math.log(p.eta()) / ln, Math.log(p.meanField() / level) / ln)).toList()));
            points.add(new Figure.Series("SGD median (" + at.get(0).engine() + " engine, 95% CI), d = " + dText,
                    at.stream().map(p -> new Figure.Point(
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
            points.add(new Figure.Series("mean field, d = " + dimension(diagram.settings().ladder().get(j)
                    .doubleValue()), pts));
        }
        List<Figure.Point> predicted = new ArrayList<>();
        BigFraction first = diagram.rays().get(0).q();
        double base = diagram.predicted().at(first).kappa().map(BigFraction::doubleValue).orElse(Double.NaN);
        TreeSet<BigFraction> qs = new TreeSet<>(Rationals.ORDER);
        diagram.rays().forEach(ray -> qs.add(ray.q()));
        diagram.predicted().kinks().forEach(k -> qs.add(k.q()));
        for (BigFraction q : qs) {
            if (diagram.predicted().applies(q) && Rationals.compare(q, first) >= 0) {
                diagram.predicted().at(q).kappa().ifPresent(k -> predicted.add(Figure.Point.of(q.doubleValue(),
                        k.doubleValue() - base)));
            }
        }
        return new Figure.Curves("hitting-time-vs-eta", shortTitle() + ": T(eta) / flat level on eta = d^q",
                "q = ln eta / ln d", "ln(T / T at the smallest eta) / ln d", points,
                List.of(new Figure.Series("predicted kappa(q) - kappa(q_min)", predicted)), List.of(true), List.of());
    }

    /** The update rule in a few words, for figure titles. */
    private String shortTitle() {
        String rule = switch (algorithm) {
            case ONLINE -> "online SGD";
            case REUSE -> "batch reuse";
            case ALTERNATING -> "alternating SGD";
        };
        return rule + ", " + link + ", " + loss.key() + " loss";
    }

    /** A dimension for a legend: {@code 1e6} for a power of ten from {@code 10⁴} on, the plain number otherwise. */
    static String dimension(double d) {
        long exponent = Math.round(Math.log10(d));
        return exponent >= 4 && Double.parseDouble("1e" + exponent) == d ? "1e" + exponent : Quantity.format(d);
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
