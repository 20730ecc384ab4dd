package org.sgdx.checks.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.checks.stats.Bootstrap;
import org.sgdx.checks.stats.BootstrapOptions;
import org.sgdx.checks.stats.SampleStatistic;
import org.sgdx.checks.stats.SlopeFit;
import org.sgdx.fastpath.Initialisation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.phase.LocalExponents;
import org.sgdx.reference.dynamics.phase.MeanFieldTimes;
import org.sgdx.reference.dynamics.phase.RayPoint;
import org.sgdx.reference.exact.Rationals;

/**
 * Batch reuse beyond the second kink (MATH.md §6, §10): for {@code ηd ≳ 1} the sample complexity saturates at
 * {@code Θ̃(d^{(p*−1)∨1})}, which is {@code Θ̃(d)} for {@code He_3} ({@code p* = 1}). At a fixed {@code s = ηd ≥ 1}:
 *
 * <p><b>(a) Limit dynamics.</b> The exponent of the mean-field hitting time along {@code η = s/d} (optimal γ,
 * {@code m_0 = d^{−1/2}}) on {@code d = 10⁸, 10¹⁶, …, 10⁴⁸}, extrapolated in {@code 1/ln d} (which absorbs the
 * logarithms of the tilde, {@link LocalExponents}), against 1, decided as the transition claims decide
 * ({@link LimitTransitionCheck#decide}).
 *
 * <p><b>(b) Stochastic bridge.</b> The slope of SGD's median hitting time against {@code d} on the grid the reduced
 * chain can afford (γ the mean-field optimum at each {@code d}, uniform-positive init), whose 95% bootstrap interval,
 * with no tolerance, must contain the slope of the mean-field times over the same {@code d}
 * ({@link OnlineSlopeCheck#bridge}: a difference there is inconclusive, not a refutation).
 */
final class ReuseSaturationCheck extends PlannedCheck<ReuseSaturationCheck.Plan> {

    /**
     * The sizes of one mode.
     *
     * @param s the fixed {@code ηd}
     * @param dimensions the grid of {@code d}
     * @param runs runs per dimension
     * @param budgetMultiple the step budget of a run in units of the mean-field time
     * @param maxWidth the widest slope interval that can confirm
     * @param replicates bootstrap replicates
     */
    record Plan(double s, long[] dimensions, int runs, double budgetMultiple, double maxWidth, int replicates) {
    }

    static final Loss LOSS = Loss.CORRELATION;

    ReuseSaturationCheck(Plan quick, Plan full) {
        super(new Claim("reuse.he3.saturation", "Batch reuse on He3 for eta d >~ 1: T = d up to logs",
                "batch reuse, sigma* = sigma = He3, eta d = " + Quantity.format(quick.s()) + " >~ 1: T ="
                        + " Theta~(d^((p*-1) v 1)) = Theta~(d) (p* = 1); predicted log-log slope in d: 1",
                List.of(Source.paper("batch-reuse theorem, regime eta >~ 1/d (as reconstructed in MATH.md §6)"),
                        Source.math("§5, §6"), Source.notes("mean-field-and-predictions.md")),
                Method.statistical("reduced engine, correlation loss (the loss of MATH.md §5's worked coefficients),"
                        + " plain inner step with |x|^2 replaced by d (the reference's model), eta = s/d, uniform-positive init, gamma ="
                        + " MeanField.optimalRate from m0 = d^-1/2; Kaplan-Meier median at each d; OLS of its log on"
                        + " log d with a 95% percentile bootstrap interval, which must contain the slope of the"
                        + " mean-field times on the same d (no tolerance); the limit exponent measured on the"
                        + " mean-field times along eta = s/d up to d = 1e48, extrapolated in 1/ln d, compared with 1"
                        + " within 3 x its error estimate; confirmed when both agree, refuted when the limit exponent"
                        + " contradicts", 0.05)), quick, full);
    }

    private static final String LADDER_TEXT = "1e8, 1e16, ..., 1e48";

    /** (a) The exponent of the mean-field time along {@code η = s/d}, extrapolated to {@code d → ∞}, against 1. */
    private static Verdict limit(ClaimResult.Builder r, MeanFieldModel model, double s) {
        MeanFieldTimes times = model.times();
        BigFraction exactS = Rationals.of(new BigDecimal(s));
        List<RayPoint> points = SimulationClaims.ladder(8, 48, 8).stream().map(d -> times.at(exactS.divide(d), d))
                .toList();
        LocalExponents.Along along = LocalExponents.along(points);
        List<LocalExponents.Step> steps = along.steps();
        LocalExponents.Limit measured = along.limit();
        Verdict v = LimitTransitionCheck.decide(1, measured);
        r.evidence(String.format(Locale.ROOT, "limit dynamics: mean-field exponent along eta = %s/d on d = %s: %s;"
                + " local exponents %s; fitted power of ln d %s; %s", Quantity.format(s), LADDER_TEXT,
                measured.isDefined() ? String.format(Locale.ROOT, "%.5f ± %.2g", measured.value(), measured.error())
                        : "undefined", steps.stream().map(st -> String.format(Locale.ROOT, "%.4f", st.exponent()))
                        .toList(), Quantity.format(measured.logCoefficient()), v.reason()));
        return v;
    }

    @Override
    void check(Context context, Plan plan, ClaimResult.Builder r) {
        SimulationRuns sims = new SimulationRuns(context);
        MeanFieldModel model = MeanFieldModel.of(Algorithm.REUSE, LOSS, "He3");
        r.setting("update", model.describe());
        r.setting("engine", "reduced; inner step plain with |x|^2 replaced by d (--inner-norm d), the model of the"
                + " reference's mean field (MATH.md §9); the exact |x|^2 = d (1 + O(d^-1/2)) changes eta |x|^2 = s by"
                + " a relative O(d^-1/2), which at these d moves the slope by more than its interval");
        r.setting("eta d", Quantity.format(plan.s()));
        r.setting("dimensions", Arrays.toString(plan.dimensions()));
        r.setting("runs per d", plan.runs());
        r.setting("init / overlap", "uniform-positive / signed, m_target = 0.5, first passage");
        r.setting("step budget per run", Quantity.format(plan.budgetMultiple()) + " x mean-field hitting time");
        r.setting("gamma", "MeanField.optimalRate(m0 = d^-1/2, m_target = 1/2) at each (eta, d)");
        r.setting("decision", "(a) the exponent of the mean-field hitting time along eta = s/d on d = " + LADDER_TEXT
                + ", extrapolated in 1/ln d, within 3 x its error estimate of 1; (b) the stochastic slope's 95%"
                + " interval (no tolerance added, width at most " + Quantity.format(plan.maxWidth()) + ") contains the"
                + " mean-field slope over the same d");
        r.setting("loss", "correlation: MATH.md §5/§6 write the worked He3 coefficients (mu_1 = 17496 s^2,"
                + " mu_2 = 648 s) for it; with the squared loss mu_1 = 17496 s^2 - 17006112 s^3 + ... is negative"
                + " for s >~ 1e-3 and the mean-field overlap stalls");
        DimensionSweep.Result res = DimensionSweep.run(r, sims, model, () -> SimulationConfig.builder()
                .algorithm(Algorithm.REUSE).loss(LOSS).target("He3").initialisation(Initialisation.UNIFORM_POSITIVE)
                .innerNorm(InnerNorm.DIMENSION), d -> plan.s() / d,
                plan.dimensions(),
                plan.runs(), plan.budgetMultiple(), "reuse, eta d = " + Quantity.format(plan.s()));
        SlopeFit fit = SlopeFit.of(res.points(), SampleStatistic.median(), new BootstrapOptions(plan.replicates(),
                0.95, Bootstrap.derive(sims.seed(), "bootstrap")));
        double mfSlope = Scaling.slope(res.dimensions(), res.meanField());
        r.evidence("fit of log(median) on log d: " + fit.summary());
        r.evidence(String.format(Locale.ROOT, "mean-field hitting times on the same grid: slope %.4f", mfSlope));
        Verdict bridge = OnlineSlopeCheck.bridge(fit, mfSlope, plan.maxWidth());
        r.evidence("stochastic bridge: " + bridge.reason());
        Verdict limit = limit(r, model, plan.s());
        Verdict v = Verdicts.combine(List.of(new Verdict(limit.status(), "(a) limit dynamics: " + limit.reason()),
                new Verdict(bridge.status(), "(b) stochastic bridge: " + bridge.reason())));
        if (v.isConfirmed()) {
            v = Verdict.confirmed("(a) limit dynamics: " + limit.reason() + "; (b) stochastic bridge: "
                    + bridge.reason());
        }
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
    }
}
