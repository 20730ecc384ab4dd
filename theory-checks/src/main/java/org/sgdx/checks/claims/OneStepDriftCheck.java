package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.numbers.gamma.InverseErfc;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.sgdx.checks.stats.Bootstrap;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.chain.ChiSquaredSampler;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.fastpath.update.LabelSampler;
import org.sgdx.fastpath.update.UpdateRule;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.meanfield.MeanField;

/**
 * One step of the fast path against the reference's mean-field map (MATH.md §4): from a fixed overlap {@code m},
 * {@code E[m' − m | m] = γD(m) − (γ²/2) N(m) m + R} with the remainder {@code R = O(γ³)}. The mean of {@code m' − m}
 * over many one-step runs of the reduced engine ({@code init fixed m_0 = m}, {@code max-steps 1},
 * {@code RunResult.finalM}) is compared with the map within its CLT error bar plus a bound on {@code |R|}.
 *
 * <p>The remainder. With {@code X = γψcv}, {@code Y = γ²ψ²|P⊥x|²} one step is {@code m' = (m + X)/√(1 + Y)}, and
 * {@code m' − m = X − mY/2 + X((1+Y)^{−1/2} − 1) + m((1+Y)^{−1/2} − 1 + Y/2)}; since
 * {@code −min(Y/2, 1) ≤ (1+Y)^{−1/2} − 1 ≤ 0} and {@code 0 ≤ (1+Y)^{−1/2} − 1 + Y/2 ≤ min(3Y²/8, Y/2)},
 * {@code |R| ≤ E[|X| min(Y/2, 1)] + |m| E[min(3Y²/8, Y/2)]}, estimated by Monte Carlo from independent draws of
 * {@code (z, v, Q)} with the fast path's own ψ ({@link UpdateRule}); its mean plus four standard errors is the
 * allowance. γ is chosen as {@code 2ρ|D|/(N m)} so that the second-order term is the fraction ρ of the first (and so
 * is resolved), and {@code d} is large so that {@code R} (of relative order {@code 1/d}) is negligible.
 */
final class OneStepDriftCheck extends PlannedCheck<OneStepDriftCheck.Plan> {

    /**
     * The sizes of one mode.
     *
     * @param d the dimension
     * @param runs one-step runs per overlap and rule
     * @param remainderDraws Monte Carlo draws for the remainder bound
     */
    record Plan(long d, long runs, int remainderDraws) {
    }

    /**
     * An update rule checked: algorithm, loss, η (σ* = σ = He3), the overlaps {@code m}, and ρ, the ratio of the
     * second-order term to the first, which fixes γ.
     */
    record Rule(Algorithm algorithm, Loss loss, double eta, double[] overlaps, double rho) {
        String label() {
            return algorithm.key() + " (" + loss.key() + " loss"
                    + (eta > 0 ? ", eta = " + Quantity.format(eta) : "") + ")";
        }
    }

    /**
     * The rules checked: online SGD (default loss) and alternating SGD, whose η-terms MATH.md §5 writes out. For
     * alternating SGD the {@code η² y⁴ σ²σ'²} part of {@code ψ²} is heavy-tailed (a polynomial of degree 22 in
     * Gaussians, carried by events of probability {@code ~10⁻⁶}): where it is a large share of {@code E[ψ²]} (η ≳ 0.003,
     * or {@code m ≳ 0.4}) a sample of 10⁶ steps misses much of {@code E[ψ²|P⊥x|²]}, the mean increment is biased
     * upwards and its CLT error bar is not valid (seen at η = 0.003: z-scores of +2.2 to +3.9 at all four overlaps;
     * direct Monte Carlo of {@code E[ψcv]} matches {@code D(m)} while that of {@code E[ψ²|P⊥x|²]} scatters by 5–10% at
     * 5·10⁷ draws); hence η = 0.001, {@code m ≤ 0.25} (the η-terms still carry about 20% of {@code D(m)}) and
     * ρ = 0.1 there: the bias from the under-sampled second-order term, relative to the standard error, scales with ρ. The sample
     * mean of {@code Y} over the independent draws, relative to {@code γ²N(m)}, is reported at every point as a rough
     * (itself heavy-tailed) indication of how much of the second-order term a sample of this size sees.
     */
    static final List<Rule> RULES = List.of(
            new Rule(Algorithm.ONLINE, Loss.SQUARED, 0, new double[] {0.3, 0.45, 0.6, 0.75}, 0.25),
            new Rule(Algorithm.ALTERNATING, Loss.CORRELATION, 0.001, new double[] {0.15, 0.2, 0.25}, 0.1));

    /** The overall false-failure rate (Bonferroni over all points). */
    static final double ALPHA = 1e-3;

    /** The largest relative standard error that can confirm. */
    static final double MAX_RELATIVE_ERROR = 0.25;

    OneStepDriftCheck(Plan quick, Plan full) {
        super(new Claim("drift.one-step", "One step of the fast path against the mean-field map",
                "E[m' - m | m] = gamma D(m) - (gamma^2/2) N(m) m + O(gamma^3) for one step of the reduced chain"
                        + " (online and alternating SGD on He3)",
                List.of(Source.math("§4, §7"), Source.notes("drift-and-update-rules.md"),
                        Source.notes("mean-field-and-predictions.md")),
                Method.statistical("mean of m' - m over many one-step runs of the reduced engine at fixed m (d large,"
                        + " gamma = 2 rho |D(m)| / (N(m) m)) against the reference's D and N; z-test with the sample"
                        + " standard error; refuted when |mean - map| > z se + (a Monte Carlo upper bound of the"
                        + " O(gamma^3) remainder), z the two-sided Bonferroni critical value for an overall level of"
                        + " 1e-3; inconclusive when a standard error exceeds 25% of the predicted increment",
                        ALPHA)), quick, full);
    }

    @Override
    void check(Context context, Plan plan, ClaimResult.Builder r) {
        SimulationRuns sims = new SimulationRuns(context);
        int points = RULES.stream().mapToInt(u -> u.overlaps().length).sum();
        double z = Math.sqrt(2) * InverseErfc.value(ALPHA / points);
        r.setting("d", plan.d());
        for (Rule u : RULES) {
            r.setting("overlaps m, " + u.label(), Arrays.toString(u.overlaps()));
        }
        r.setting("runs per point", plan.runs());
        r.setting("gamma", "2 rho |D(m)| / (N(m) m): the second-order term is rho times the first (rho per rule)");
        r.setting("critical value", String.format(Locale.ROOT, "z = %.3f (two-sided, %d points, overall level %s)",
                z, points, Quantity.format(ALPHA)));
        r.setting("remainder draws per point", plan.remainderDraws());
        List<Verdict> parts = new ArrayList<>();
        List<Figure.Series> series = new ArrayList<>();
        double worstZ = 0;
        String worstAt = "";
        double worstRel = 0;
        for (Rule rule : RULES) {
            MeanFieldModel model = MeanFieldModel.of(rule.algorithm(), rule.loss(), "He3");
            MeanField mf = model.at(rule.eta(), plan.d());
            r.setting("rule: " + rule.label(), model.describe() + "; rho = " + Quantity.format(rule.rho()) + "; "
                    + mf.describe());
            List<Figure.Point> measured = new ArrayList<>();
            List<Figure.Point> map = new ArrayList<>();
            List<Figure.Point> firstOrder = new ArrayList<>();
            for (double m : rule.overlaps()) {
                double dm = MeanFieldModel.drift(mf, m);
                double nm = MeanFieldModel.normalisation(mf, m);
                double gamma = 2 * rule.rho() * Math.abs(dm) / (nm * m);
                double predicted = gamma * dm - 0.5 * gamma * gamma * nm * m;
                SimulationConfig cfg = sims.config(SimulationConfig.builder().algorithm(rule.algorithm())
                        .loss(rule.loss()).target("He3").d(plan.d()).gamma(gamma).eta(rule.eta()).fixedInit(m)
                        .maxSteps(1).mTarget(0.99).stopAtHit(false));
                double[] acc = new double[3];
                sims.stream(Engines.reduced(), cfg, plan.runs(), run -> {
                    double x = run.finalM() - m;
                    acc[0] += x;
                    acc[1] += x * x;
                    acc[2]++;
                }, rule.label() + ", m = " + m);
                double n = acc[2];
                double mean = acc[0] / n;
                double se = Math.sqrt(Math.max(acc[1] / n - mean * mean, 0) / (n - 1));
                double[] bound = remainderBound(cfg, m, plan.remainderDraws(), Bootstrap.derive(sims.seed(),
                        "remainder " + rule.label() + " " + m));
                double allowance = bound[0] + 4 * bound[1];
                double coverage = bound[2] / (gamma * gamma * nm);
                double zMap = (mean - predicted) / se;
                double zFirst = (mean - gamma * dm) / se;
                double rel = se / Math.abs(predicted);
                boolean ok = Math.abs(mean - predicted) <= z * se + allowance;
                Verdict v;
                if (!ok) {
                    v = Verdict.refuted(String.format(Locale.ROOT, "%s, m = %s: |mean - map| = %.3g > %.3f se +"
                            + " remainder bound = %.3g", rule.label(), Quantity.format(m), Math.abs(mean - predicted),
                            z, z * se + allowance));
                } else if (rel > MAX_RELATIVE_ERROR) {
                    v = Verdict.inconclusive(String.format(Locale.ROOT, "%s, m = %s: standard error %.0f%% of the"
                            + " predicted increment: too imprecise", rule.label(), Quantity.format(m), 100 * rel));
                } else {
                    v = Verdict.confirmed(String.format(Locale.ROOT, "%s, m = %s: z = %.2f", rule.label(),
                            Quantity.format(m), zMap));
                }
                parts.add(v);
                if (Math.abs(zMap) >= Math.abs(worstZ)) {
                    worstZ = zMap;
                    worstAt = rule.label() + ", m = " + Quantity.format(m);
                }
                worstRel = Math.max(worstRel, rel);
                r.evidence(String.format(Locale.ROOT, "%s, m = %s: D(m) = %.6g, N(m) = %.6g, gamma = %s; map gamma D -"
                        + " (gamma^2/2) N m = %.6g (first order gamma D = %.6g); measured mean of m' - m over %.0f"
                        + " runs = %.6g ± %.3g (se, %.1f%%); z(map) = %.2f, z(first order only) = %.2f; remainder bound"
                        + " %.3g ± %.2g (allowance %.3g = %.2g se); sample coverage of gamma^2 N(m) by %d independent draws:"
                        + " %.3f; %s; runs: %s", rule.label(), Quantity.format(m),
                        dm, nm, Double.toString(gamma), predicted, gamma * dm, n, mean, se, 100 * rel, zMap, zFirst,
                        bound[0], bound[1], allowance, allowance / se, plan.remainderDraws(), coverage,
                        v.status().label(),
                        SimulationRuns.command("reduced", cfg, (int) Math.min(plan.runs(), Integer.MAX_VALUE))));
                measured.add(new Figure.Point(m, mean / gamma, (mean - 2 * se) / gamma, (mean + 2 * se) / gamma));
                map.add(Figure.Point.of(m, predicted / gamma));
                firstOrder.add(Figure.Point.of(m, dm));
            }
            series.add(new Figure.Series(rule.label() + ": measured (± 2 se)", measured));
            series.add(new Figure.Series(rule.label() + ": map D - (gamma/2) N m", map));
            series.add(new Figure.Series(rule.label() + ": first order D(m)", firstOrder));
        }
        r.predicted(Quantity.of("gamma D - (gamma^2/2) N m"));
        r.measured(Quantity.of(String.format(Locale.ROOT, "largest |z| = %.2f (%s); se <= %.1f%%", Math.abs(worstZ),
                worstAt, 100 * worstRel), worstZ));
        r.verdict(Verdicts.combine(parts));
        r.figure(new Figure.LogLog("one-step-drift", "One-step drift against the mean-field map, d = "
                + Quantity.format(plan.d()), "m", "E[m' - m] / gamma", series, List.of(), List.of()));
        sims.record(r, plan.runs() * (long) points);
        r.setting("overall false-failure rate", Quantity.format(ALPHA));
    }

    /**
     * A Monte Carlo estimate of {@code E[|X| min(Y/2, 1) + |m| min(3Y²/8, Y/2)]} (mean and standard error) for one step
     * of the configuration from {@code m}, with independent draws, and the sample mean of {@code Y}.
     */
    static double[] remainderBound(SimulationConfig cfg, double m, int draws, long seed) {
        UpdateRule rule = UpdateRule.of(cfg);
        LabelSampler labels = LabelSampler.of(cfg);
        UniformRandomProvider rng = Bootstrap.stream(seed, 0);
        NormalizedGaussianSampler g = ZigguratSampler.NormalizedGaussian.of(rng);
        ChiSquaredSampler chi = new ChiSquaredSampler(cfg.d() - 2, rng, g);
        double c = Math.sqrt((1 - m) * (1 + m));
        double gamma = cfg.gamma();
        double a = cfg.a0();
        double s = 0;
        double s2 = 0;
        double sy = 0;
        for (int i = 0; i < draws; i++) {
            double z = g.sample();
            double v = g.sample();
            double q = chi.sample();
            double y = labels.sample(m * z + c * v, rng, g);
            double p2 = v * v + q;
            double psi = rule.psi(y, z, z * z + p2, p2, a);
            double x = gamma * psi * c * v;
            double yy = gamma * gamma * psi * psi * p2;
            double b = Math.abs(x) * Math.min(yy / 2, 1) + Math.abs(m) * Math.min(3 * yy * yy / 8, yy / 2);
            s += b;
            s2 += b * b;
            sy += yy;
        }
        double mean = s / draws;
        double var = Math.max(s2 / draws - mean * mean, 0) / (draws - 1);
        return new double[] {mean, Math.sqrt(var), sy / draws};
    }
}
