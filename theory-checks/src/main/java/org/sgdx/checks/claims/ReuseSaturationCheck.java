package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sgdx.checks.stats.Bootstrap;
import org.sgdx.checks.stats.BootstrapOptions;
import org.sgdx.checks.stats.SampleStatistic;
import org.sgdx.checks.stats.SlopeFit;

/**
 * Batch reuse beyond the second kink (MATH.md §6): for {@code ηd ≳ 1} the sample complexity saturates at
 * {@code Θ̃(d^{(p*−1)∨1})}, which is {@code Θ̃(d)} for {@code He_3} ({@code p* = 1}). At a fixed {@code s = ηd ≥ 1}
 * the median hitting time is fitted against {@code d} (the learning-rate protocol of the audit: γ from the mean-field
 * optimum at each {@code d}; reduced engine; uniform-positive init) and its slope compared with 1; the tilde allows
 * logarithms, absorbed by the tolerance (and checked against the mean-field times on the same grid).
 */
final class ReuseSaturationCheck implements ClaimCheck {

    /**
     * The sizes of one mode.
     *
     * @param s the fixed {@code ηd}
     * @param dimensions the grid of {@code d}
     * @param runs runs per dimension
     * @param budgetMultiple the step budget of a run in units of the mean-field time
     * @param tolerance the allowance for logarithms and finite-{@code d} effects
     * @param maxWidth the widest slope interval that can confirm
     * @param replicates bootstrap replicates
     */
    record Plan(double s, long[] dimensions, int runs, double budgetMultiple, double tolerance, double maxWidth,
            int replicates) {
    }

    static final String LOSS = "correlation";

    private final Plan quick;
    private final Plan full;
    private final Claim claim;

    ReuseSaturationCheck(Plan quick, Plan full) {
        this.quick = quick;
        this.full = full;
        this.claim = new Claim("reuse.he3.saturation", "Batch reuse on He3 for eta d >~ 1: T = d up to logs",
                "batch reuse, sigma* = sigma = He3, eta d = " + Quantity.format(quick.s()) + " >~ 1: T ="
                        + " Theta~(d^((p*-1) v 1)) = Theta~(d) (p* = 1); predicted log-log slope in d: 1",
                List.of(Source.paper("batch-reuse theorem, regime eta >~ 1/d (as reconstructed in MATH.md §6)"),
                        Source.math("§5, §6"), Source.notes("mean-field-and-predictions.md")),
                Method.statistical("reduced engine, correlation loss (the loss of MATH.md §5's worked coefficients),"
                        + " plain inner step with exact |x|^2, eta = s/d, uniform-positive init, gamma ="
                        + " MeanField.optimalRate from m0 = d^-1/2; Kaplan-Meier median at each d; OLS of its log on"
                        + " log d with a 95% percentile bootstrap interval; refuted when 1 lies outside the interval"
                        + " widened by the tolerance (logarithms), unless the mean-field times on the same grid miss"
                        + " it too", 0.05));
    }

    @Override
    public Claim claim() {
        return claim;
    }

    @Override
    public ClaimResult check(Context context) {
        Plan plan = context.isFull() ? full : quick;
        ClaimResult.Builder r = ClaimResult.builder(claim, context.mode());
        SimulationRuns sims = new SimulationRuns(context);
        MeanFieldModel model = MeanFieldModel.of("reuse", LOSS, "He3");
        r.setting("update", model.describe());
        r.setting("engine", "reduced; inner step plain with exact |x|^2 (the reference's mean field uses d)");
        r.setting("eta d", Quantity.format(plan.s()));
        r.setting("dimensions", Arrays.toString(plan.dimensions()));
        r.setting("runs per d", plan.runs());
        r.setting("init / overlap", "uniform-positive / signed, m_target = 0.5, first passage");
        r.setting("step budget per run", Quantity.format(plan.budgetMultiple()) + " x mean-field hitting time");
        r.setting("gamma", "MeanField.optimalRate(m0 = d^-1/2, m_target = 1/2) at each (eta, d)");
        r.setting("tolerance", "± " + Quantity.format(plan.tolerance()) + " on the slope");
        r.setting("loss", "correlation: MATH.md §5/§6 write the worked He3 coefficients (mu_1 = 17496 s^2,"
                + " mu_2 = 648 s) for it; with the squared loss mu_1 = 17496 s^2 - 17006112 s^3 + ... is negative"
                + " for s >~ 1e-3 and the mean-field overlap stalls");
        DimensionSweep.Result res = DimensionSweep.run(r, sims, model, SimulationRuns.parameters("algorithm", "reuse",
                "loss", LOSS, "target", "He3", "init", "uniform-positive"), d -> plan.s() / d, plan.dimensions(),
                plan.runs(), plan.budgetMultiple(), "reuse, eta d = " + Quantity.format(plan.s()));
        SlopeFit fit = SlopeFit.of(res.points(), SampleStatistic.median(), new BootstrapOptions(plan.replicates(),
                0.95, Bootstrap.derive(sims.seed(), "bootstrap")));
        double mfSlope = Scaling.slope(res.dimensions(), res.meanField());
        r.evidence("fit of log(median) on log d: " + fit.summary());
        r.evidence(String.format(Locale.ROOT, "mean-field hitting times on the same grid: slope %.4f", mfSlope));
        Verdict v = Scaling.verdict(1, fit, 3, plan.tolerance(), plan.maxWidth(), mfSlope, "d in "
                + Arrays.toString(plan.dimensions()));
        r.predicted(Quantity.of("slope 1", 1));
        r.measured(fit.isDefined() ? Quantity.of(String.format(Locale.ROOT, "slope %.3f", fit.slope()), fit.slope())
                : Quantity.of("no fit"));
        if (fit.slopeInterval().isDefined()) {
            r.interval(fit.slopeInterval());
        }
        r.verdict(v);
        List<Figure.Line> lines = new ArrayList<>();
        if (fit.isDefined()) {
            lines.add(new Figure.Line(String.format(Locale.ROOT, "fit: slope %.3f", fit.slope()), fit.slope(),
                    fit.intercept(), false));
            lines.add(Scaling.through("predicted: slope 1", fit, 1));
        }
        r.figure(new Figure.LogLog("hitting-time-vs-d", "Batch reuse, He3, eta d = " + Quantity.format(plan.s())
                + ": hitting time against d", "d", "median hitting time (steps)", List.of(new Figure.Series(
                        "Kaplan-Meier median (95% CI)", DimensionSweep.medians(res, x -> 1)), new Figure.Series(
                                "mean-field T (m0 = d^-1/2, gamma*)", DimensionSweep.meanField(res, x -> 1))), lines,
                List.of()));
        sims.record(r, res.worstCaseSteps());
        r.setting("bootstrap", plan.replicates() + " replicates, 95% percentile interval");
        return r.build();
    }
}
