package org.sgdx.checks.claims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sgdx.checks.stats.CensoredSample;
import org.sgdx.checks.stats.QuantileQuantile;
import org.sgdx.checks.stats.TwoSampleKs;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.Initialisation;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;

/**
 * The reduced chain against the literal {@code d}-dimensional simulation (MATH.md §7, proofs-notes/reduced-chain.md):
 * equal laws of the hitting time and of {@code m_t} at a fixed {@code t}. Both engines run the same configuration with
 * the same base seed; their streams differ (the stream key contains the engine name), so the two samples are
 * independent. Two-sample Kolmogorov–Smirnov tests on {@code min(T, B)} (the laws of {@code T} censored at a common
 * budget {@code B} are equal when the laws of {@code T} are) and on {@code m_t}, Bonferroni over all tests.
 */
final class EngineAgreementCheck extends PlannedCheck<EngineAgreementCheck.Plan> {

    /**
     * One configuration compared.
     *
     * @param algorithm the algorithm
     * @param loss the loss
     * @param eta η (0 for online)
     * @param d the dimension
     */
    record Case(Algorithm algorithm, Loss loss, double eta, long d) {
        String label() {
            return algorithm.key() + " He3 (" + loss.key() + (eta > 0 ? ", eta = " + Quantity.format(eta) : "")
                    + "), d = " + d;
        }
    }

    /**
     * The sizes of one mode.
     *
     * @param cases the configurations
     * @param runs runs per engine and test
     * @param budgetMultiple the budget {@code B} in units of the mean-field hitting time
     * @param checkpointFraction {@code t} for {@code m_t}, in units of the mean-field hitting time
     */
    record Plan(List<Case> cases, int runs, double budgetMultiple, double checkpointFraction) {
    }

    /** The overall false-failure rate. */
    static final double ALPHA = 1e-3;

    EngineAgreementCheck(Plan quick, Plan full) {
        super(new Claim("simulation.reduced-equals-full", "Reduced chain equals the literal simulation in law",
                "for every d >= 3 the overlap process of the reduced chain (z, v, Q ~ chi2_(d-2) per step) has the"
                        + " law of the literal d-dimensional algorithm: same law of min(T, B) and of m_t",
                List.of(Source.math("§7"), Source.notes("reduced-chain.md")),
                Method.statistical("independent runs of both engines (same configuration, uniform-positive init,"
                        + " gamma = mean-field optimum from m0 = d^-1/2); two-sample Kolmogorov-Smirnov tests on"
                        + " min(T, B) and on m_t at t = a fixed fraction of the mean-field hitting time; refuted when"
                        + " a p-value is below 1e-3 / (number of tests) (Bonferroni: overall false-failure rate"
                        + " 1e-3); inconclusive when fewer than half the runs hit", ALPHA)), quick, full);
    }

    @Override
    void check(Context context, Plan plan, ClaimResult.Builder r) {
        SimulationRuns sims = new SimulationRuns(context);
        KsVerdicts verdicts = new KsVerdicts(ALPHA, 2 * plan.cases().size());
        r.setting("runs per engine and test", plan.runs());
        r.setting("budget B", Quantity.format(plan.budgetMultiple()) + " x mean-field hitting time");
        r.setting("t for m_t", Quantity.format(plan.checkpointFraction()) + " x mean-field hitting time");
        verdicts.setting(r);
        long worst = 0;
        for (Case c : plan.cases()) {
            MeanFieldModel model = MeanFieldModel.of(c.algorithm(), c.loss(), "He3");
            MeanFieldModel.Rate rate = model.optimalRate(c.eta(), c.d(), 1 / Math.sqrt(c.d()), 0.5);
            if (!rate.exists()) {
                verdicts.add(Verdict.inconclusive(c.label() + ": no mean-field learning rate: " + rate.reason()));
                continue;
            }
            long budget = (long) Math.ceil(plan.budgetMultiple() * rate.time());
            long t = Math.max(1, Math.round(plan.checkpointFraction() * rate.time()));
            r.evidence(c.label() + ": " + rate.summary() + "; B = " + budget + ", t = " + t);
            SimulationConfig hitting = sims.config(SimulationConfig.builder().algorithm(c.algorithm())
                    .loss(c.loss()).target("He3").d(c.d()).gamma(rate.gamma()).eta(c.eta())
                    .initialisation(Initialisation.UNIFORM_POSITIVE).maxSteps(budget));
            SimulationConfig fixedTime = hitting.toBuilder().maxSteps(t).stopAtHit(false).build();
            List<RunResult> reducedT = sims.run(Engines.reduced(), hitting, plan.runs(), c.label() + ", T");
            List<RunResult> fullT = sims.run(Engines.full(), hitting, plan.runs(), c.label() + ", T");
            List<RunResult> reducedM = sims.run(Engines.reduced(), fixedTime, plan.runs(), c.label() + ", m_t");
            List<RunResult> fullM = sims.run(Engines.full(), fixedTime, plan.runs(), c.label() + ", m_t");
            worst += 2L * plan.runs() * (budget + t);
            CensoredSample rs = CensoredSample.ofRuns(reducedT, budget);
            CensoredSample fs = CensoredSample.ofRuns(fullT, budget);
            int minimum = (plan.runs() + 1) / 2;
            var few = Verdicts.requireHits(Math.min(rs.hits(), fs.hits()), plan.runs(), minimum);
            TwoSampleKs ksT = TwoSampleKs.test(rs.timesAsDoubles(), fs.timesAsDoubles());
            double[] mr = reducedM.stream().mapToDouble(RunResult::finalM).toArray();
            double[] mfull = fullM.stream().mapToDouble(RunResult::finalM).toArray();
            TwoSampleKs ksM = TwoSampleKs.test(mr, mfull);
            r.evidence(String.format(Locale.ROOT, "%s, min(T, B): reduced %d of %d hit, median %s; full %d of %d hit,"
                    + " median %s; %s", c.label(), rs.hits(), rs.size(), Scaling.median(rs), fs.hits(), fs.size(),
                    Scaling.median(fs), ksT.summary()));
            r.evidence(String.format(Locale.ROOT, "%s, m_t at t = %d: reduced mean %.5f, full mean %.5f; %s",
                    c.label(), t, mean(mr), mean(mfull), ksM.summary()));
            r.evidence(c.label() + ": runs: " + SimulationRuns.command("reduced", hitting, plan.runs()) + "; and"
                    + " --engine full; m_t: the same with --max-steps " + t + " and stop-at-hit false");
            verdicts.add(c.label() + ", min(T, B)", ksT, few);
            verdicts.add(c.label() + ", m_t", ksM, Optional.empty());
            String stem = c.algorithm().key() + "-d" + c.d();
            r.figure(new Figure.QuantileQuantile("qq-hitting-time-" + stem, "Hitting times, reduced against full: "
                    + c.label(), "reduced engine: quantile of T", "full engine: quantile of T",
                    qq(QuantileQuantile.ofCensored(rs, fs, 50)), true));
            r.figure(new Figure.QuantileQuantile("qq-overlap-" + stem, "m_t at t = " + t + ", reduced against full: "
                    + c.label(), "reduced engine: quantile of m_t", "full engine: quantile of m_t",
                    qq(QuantileQuantile.of(mr, mfull, 50)), false));
        }
        verdicts.finish(r);
        sims.record(r, worst);
    }

    static List<Figure.Point> qq(QuantileQuantile q) {
        return q.points().stream().map(p -> Figure.Point.of(p.x(), p.y())).toList();
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
