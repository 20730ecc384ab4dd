package org.sgdx.checks.claims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sgdx.checks.stats.QuantileQuantile;
import org.sgdx.checks.stats.TwoSampleKs;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.diffusion.DiffusionCoefficients;
import org.sgdx.fastpath.diffusion.DiffusionEngine;
import org.sgdx.fastpath.run.Engines;

/**
 * The diffusion engine against the exact reduced chain (MATH.md §7, §10, proofs-notes/diffusion-limit.md): equal laws
 * of the hitting time and of {@code m_t} at a fixed {@code t}, to within the KS resolution, wherever the engine
 * accepts the configuration. γ follows the diffusion engine's protocol: the validity parameter λ at half its limit
 * ({@link DiffusionEngine#lambdaLimit}). Both engines run the same configuration with the same base seed (independent
 * streams); two-sample Kolmogorov–Smirnov tests on the hitting times (every run must hit) and on {@code m_t} at half
 * the reduced chain's median hitting time, Bonferroni over all tests.
 */
final class DiffusionAgreementCheck extends PlannedCheck<DiffusionAgreementCheck.Plan> {

    /**
     * One configuration compared.
     *
     * @param label a short description
     * @param config the configuration; its γ and seed are replaced by the check's
     */
    record Case(String label, SimulationConfig config) {
    }

    /**
     * The sizes of one mode.
     *
     * @param cases the configurations
     * @param runs runs per engine and test
     */
    record Plan(List<Case> cases, int runs) {
    }

    /** The overall false-failure rate. */
    static final double ALPHA = 1e-3;

    DiffusionAgreementCheck(Plan quick, Plan full) {
        super(new Claim("simulation.diffusion-equals-reduced",
                "Diffusion engine equals the reduced chain in law (to the KS resolution)",
                "where lambda = gamma^2 d max(E[psi^4]/E[psi^2], E[psi^4 v^2]/E[psi^2 v^2]) and lambda^2 d are small,"
                        + " leaps on dm = b dt + sqrt(a) dW with Brownian-bridge first passage reproduce the law of"
                        + " the hitting time and of m_t of the exact reduced chain",
                List.of(Source.math("§7, §10"), Source.notes("diffusion-limit.md")),
                Method.statistical("independent runs of the reduced and diffusion (epsilon = "
                        + DiffusionEngine.DEFAULT_EPSILON + ") engines, gamma at half the diffusion engine's validity"
                        + " limit; two-sample Kolmogorov-Smirnov tests on T and on m_t at t = half the reduced"
                        + " chain's median T; refuted when a p-value is below 1e-3 / (number of tests) (Bonferroni:"
                        + " overall false-failure rate 1e-3 were the laws equal; the diffusion limit's own error,"
                        + " of relative order lambda, is below the KS resolution); inconclusive when a run does"
                        + " not hit", ALPHA)), quick, full);
    }

    @Override
    void check(Context context, Plan plan, ClaimResult.Builder r) {
        SimulationRuns sims = new SimulationRuns(context);
        KsVerdicts verdicts = new KsVerdicts(ALPHA, 2 * plan.cases().size());
        r.setting("runs per engine and test", plan.runs());
        r.setting("epsilon", DiffusionEngine.DEFAULT_EPSILON);
        verdicts.setting(r);
        long worst = 0;
        Engine diffusion = Engines.diffusion(DiffusionEngine.DEFAULT_EPSILON);
        for (Case c : plan.cases()) {
            SimulationConfig atOne = sims.config(c.config().toBuilder().gamma(1.0));
            double lambda = DiffusionEngine.lambdaLimit(atOne.d()) / 2;
            double gamma = Math.sqrt(lambda / DiffusionCoefficients.of(atOne).lambda());
            SimulationConfig config = atOne.toBuilder().gamma(gamma).build();
            r.evidence(String.format(Locale.ROOT, "%s: gamma = %s (lambda = %.3g, half the limit at d = %d)",
                    c.label(), Double.toString(gamma), lambda, config.d()));
            List<RunResult> exact = sims.run(Engines.reduced(), config, plan.runs(), c.label() + ", T");
            List<RunResult> leaped = sims.run(diffusion, config, plan.runs(), c.label() + ", T");
            double[] t0 = exact.stream().mapToDouble(RunResult::steps).toArray();
            double[] t1 = leaped.stream().mapToDouble(RunResult::steps).toArray();
            long hits = exact.stream().filter(RunResult::hit).count() + leaped.stream().filter(RunResult::hit).count();
            double[] sorted = t0.clone();
            java.util.Arrays.sort(sorted);
            long t = Math.max(1, (long) (sorted[sorted.length / 2] / 2));
            SimulationConfig fixedTime = config.toBuilder().maxSteps(t).stopAtHit(false).build();
            double[] m0 = sims.run(Engines.reduced(), fixedTime, plan.runs(), c.label() + ", m_t").stream()
                    .mapToDouble(RunResult::finalM).toArray();
            double[] m1 = sims.run(diffusion, fixedTime, plan.runs(), c.label() + ", m_t").stream()
                    .mapToDouble(RunResult::finalM).toArray();
            worst += 2L * plan.runs() * (config.maxSteps() + t);
            TwoSampleKs ksT = TwoSampleKs.test(t0, t1);
            TwoSampleKs ksM = TwoSampleKs.test(m0, m1);
            r.evidence(String.format(Locale.ROOT, "%s, T: %d of %d runs hit; reduced mean %.5g, diffusion mean %.5g"
                    + " (%d leaps per run); %s", c.label(), hits, 2 * plan.runs(), EngineAgreementCheck.mean(t0),
                    EngineAgreementCheck.mean(t1), leaped.stream().mapToLong(RunResult::leaps).sum() / plan.runs(),
                    ksT.summary()));
            r.evidence(String.format(Locale.ROOT, "%s, m_t at t = %d: reduced mean %.5f, diffusion mean %.5f; %s",
                    c.label(), t, EngineAgreementCheck.mean(m0), EngineAgreementCheck.mean(m1), ksM.summary()));
            r.evidence(c.label() + ": runs: " + SimulationRuns.command("reduced", config, plan.runs()) + "; and"
                    + " --engine diffusion; m_t: the same with --max-steps " + t + " and stop-at-hit false");
            long missed = 2L * plan.runs() - hits;
            verdicts.add(c.label() + ", T", ksT, missed > 0 ? Optional.of(Verdict.inconclusive(c.label() + ", T: "
                    + missed + " runs did not hit within the budget")) : Optional.empty());
            verdicts.add(c.label() + ", m_t", ksM, Optional.empty());
            String stem = "diffusion-" + c.label().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
            r.figure(new Figure.QuantileQuantile("qq-hitting-time-" + stem, "Hitting times, reduced against diffusion: "
                    + c.label(), "reduced engine: quantile of T", "diffusion engine: quantile of T",
                    EngineAgreementCheck.qq(QuantileQuantile.of(t0, t1, 50)), true));
        }
        verdicts.finish(r);
        sims.record(r, worst);
    }

}
