package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgdx.checks.stats.Bootstrap;
import org.sgdx.checks.stats.BootstrapOptions;
import org.sgdx.checks.stats.BrokenLineFit;
import org.sgdx.checks.stats.CensoredSample;
import org.sgdx.checks.stats.DataPoint;
import org.sgdx.checks.stats.PhaseBoundary;
import org.sgdx.checks.stats.SampleStatistic;
import org.sgdx.checks.stats.SlopeFit;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;

/**
 * A learning-rate phase transition of MATH.md §6 for {@code σ* = σ = He_3}: at fixed {@code d}, the hitting time is
 * flat in η below a kink {@code η_c ≍ d^κ} and falls like {@code η^{−2}} above it (alternating SGD: {@code κ = −1/2},
 * {@code T = min{d², η^{−2} d}}; batch reuse: {@code κ = −3/2}, {@code T = min{d², (ηd)^{−2} d}} before the second kink).
 *
 * <p>Protocol: at each {@code (η, d)}, γ is the reference's mean-field optimum from {@code m_0 = d^{−1/2}}; runs of the
 * reduced engine start uniform-positive; the Kaplan–Meier median is the statistic. The fit window is the η-range up to
 * the minimiser of the mean-field hitting time over the grid: beyond it {@code E[ψ²]} (which grows with η; MATH.md
 * §6, finite-{@code d} caution) forces γ down and the mean-field time itself rises, so the asymptotic branch cannot
 * continue there. In the window a broken line with a flat left branch and a free right branch locates the kink
 * ({@link BrokenLineFit}); the slope of the right branch is fitted on the design points above the kink with a
 * bootstrap interval and compared with −2, and with the mean-field times on the same points to tell "refuted" from
 * "asymptotics not reached" ({@link Scaling#verdict}). With several {@code d} (full mode) the kinks' scaling
 * {@code log η_c = a + b log d} is fitted ({@link PhaseBoundary}) and compared with κ the same way. Each measured
 * median is also compared with the mean-field time at its {@code (η, d, γ)} (evidence and figure).
 */
final class TransitionCheck implements ClaimCheck {

    /**
     * The sizes of one mode.
     *
     * @param etas the η grid at each dimension, in increasing order of {@code d}
     * @param runs runs per point
     * @param budgetMultiple the step budget of a run in units of the mean-field hitting time
     * @param slopeTolerance the finite-{@code d} tolerance of the branch slope
     * @param slopeMaxWidth the widest branch-slope interval that can confirm
     * @param boundaryTolerance the tolerance of the boundary slope (full mode)
     * @param boundaryMaxWidth the widest boundary-slope interval that can confirm
     * @param replicates bootstrap replicates
     */
    record Plan(Map<Long, double[]> etas, int runs, double budgetMultiple, double slopeTolerance, double slopeMaxWidth,
            double boundaryTolerance, double boundaryMaxWidth, int replicates) {
        Plan {
            etas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(etas));
        }
    }

    /** The predicted slope of the branch above the kink, in {@code log η}. */
    static final double BRANCH_SLOPE = -2;

    private final String algorithm;
    private final String loss;
    private final double kinkExponent;
    private final Plan quick;
    private final Plan full;
    private final Claim claim;

    /**
     * @param kinkExponent κ of the predicted kink {@code η_c ≍ d^κ}
     */
    TransitionCheck(Claim claim, String algorithm, String loss, double kinkExponent, Plan quick, Plan full) {
        this.claim = claim;
        this.algorithm = algorithm;
        this.loss = loss;
        this.kinkExponent = kinkExponent;
        this.quick = quick;
        this.full = full;
    }

    @Override
    public Claim claim() {
        return claim;
    }

    /** The data at one dimension. */
    private record AtDimension(long d, List<DataPoint> points, List<DataPoint> window, double[] etas,
            double[] meanField, BrokenLineFit kink, BrokenLineFit meanFieldKink, SlopeFit branch,
            double meanFieldBranchSlope) {
    }

    @Override
    public ClaimResult check(Context context) {
        Plan plan = context.isFull() ? full : quick;
        ClaimResult.Builder r = ClaimResult.builder(claim, context.mode());
        SimulationRuns sims = new SimulationRuns(context);
        MeanFieldModel model = MeanFieldModel.of(algorithm, loss, "He3");
        r.setting("update", model.describe());
        r.setting("engine", "reduced");
        r.setting("init / overlap", "uniform-positive / signed, m_target = 0.5, first passage");
        r.setting("runs per (eta, d)", plan.runs());
        r.setting("step budget per run", Quantity.format(plan.budgetMultiple()) + " x mean-field hitting time");
        r.setting("gamma", "MeanField.optimalRate(m0 = d^-1/2, m_target = 1/2) at each (eta, d) (values in the"
                + " evidence)");
        StringBuilder grid = new StringBuilder();
        plan.etas().forEach((d, e) -> grid.append(grid.length() == 0 ? "" : "; ").append("d = ").append(d)
                .append(": ").append(java.util.Arrays.stream(e).mapToObj(Quantity::format).toList()));
        r.setting("eta grid", grid.toString());
        r.setting("tolerances", "branch slope ± " + Quantity.format(plan.slopeTolerance()) + " (widest interval "
                + Quantity.format(plan.slopeMaxWidth()) + "); boundary slope ± "
                + Quantity.format(plan.boundaryTolerance()));
        long worst = 0;
        List<AtDimension> all = new ArrayList<>();
        List<Verdict> parts = new ArrayList<>();
        List<Figure.Cell> cells = new ArrayList<>();
        int j = 0;
        for (Map.Entry<Long, double[]> e : plan.etas().entrySet()) {
            long d = e.getKey();
            double[] etas = e.getValue();
            List<DataPoint> points = new ArrayList<>();
            List<Double> used = new ArrayList<>();
            List<Double> mf = new ArrayList<>();
            List<Figure.Point> measured = new ArrayList<>();
            List<Figure.Point> mfPoints = new ArrayList<>();
            for (double eta : etas) {
                MeanFieldModel.Rate rate = model.optimalRate(eta, d, 1 / Math.sqrt(d), 0.5);
                if (!rate.exists()) {
                    r.evidence(String.format(Locale.ROOT, "d = %d, eta = %s: left out, %s", d, Quantity.format(eta),
                            rate.summary()));
                    continue;
                }
                long budget = (long) Math.ceil(plan.budgetMultiple() * rate.time());
                SimulationConfig cfg = sims.config(SimulationRuns.parameters("algorithm", algorithm, "loss", loss,
                        "target", "He3", "d", d, "gamma", rate.gamma(), "eta", eta, "init", "uniform-positive",
                        "max-steps", budget));
                List<RunResult> runs = sims.run(Engine.reduced(), cfg, plan.runs(), String.format(Locale.ROOT,
                        "%s, d = %d, eta = %s", algorithm, d, Quantity.format(eta)));
                worst += budget * (long) plan.runs();
                CensoredSample s = CensoredSample.ofRuns(runs, budget);
                points.add(new DataPoint(eta, s));
                used.add(eta);
                mf.add(rate.time());
                Figure.Point p = Scaling.medianPoint(eta, s, 1);
                if (p != null) {
                    measured.add(p);
                    cells.add(new Figure.Cell(Math.log10(d), Math.log10(eta), Math.log(p.y()) / Math.log(d)));
                }
                mfPoints.add(Figure.Point.of(eta, rate.time()));
                r.evidence(String.format(Locale.ROOT, "d = %d, eta = %s (eta d = %s): %s; %d of %d runs hit within %d"
                        + " steps; median %s; median / mean-field T = %.3f; runs: %s", d, Quantity.format(eta),
                        Quantity.format(eta * d), rate.summary(), s.hits(), s.size(), budget, Scaling.median(s),
                        s.median().isDefined() ? s.median().value() / rate.time() : Double.NaN,
                        SimulationRuns.command("reduced", cfg, plan.runs())));
            }
            double[] x = used.stream().mapToDouble(Double::doubleValue).toArray();
            double[] t = mf.stream().mapToDouble(Double::doubleValue).toArray();
            AtDimension at = analyse(d, points, x, t, plan, Bootstrap.derive(sims.seed(), "d" + j++));
            all.add(at);
            describe(r, at, plan, parts);
            r.figure(figure(at, measured, mfPoints));
        }
        AtDimension last = all.get(all.size() - 1);
        Verdict v;
        if (all.size() >= 2) {
            Map<Double, List<DataPoint>> byDimension = new LinkedHashMap<>();
            List<Double> mfDims = new ArrayList<>();
            List<Double> mfKinks = new ArrayList<>();
            for (AtDimension a : all) {
                byDimension.put((double) a.d(), a.window());
                if (a.meanFieldKink() != null && a.meanFieldKink().isDefined()) {
                    mfDims.add((double) a.d());
                    mfKinks.add(a.meanFieldKink().breakpointX());
                }
            }
            PhaseBoundary boundary = PhaseBoundary.locate(byDimension, SampleStatistic.median(),
                    new BrokenLineFit.Branches(0, Double.NaN), new BootstrapOptions(plan.replicates(), 0.95,
                            Bootstrap.derive(sims.seed(), "boundary")));
            double mfBoundary = Scaling.slope(mfDims.stream().mapToDouble(Double::doubleValue).toArray(),
                    mfKinks.stream().mapToDouble(Double::doubleValue).toArray());
            r.evidence("phase boundary: log eta_c on log d: " + boundary.boundary().summary()
                    + String.format(Locale.ROOT, "; the mean-field curves' kinks (same broken line) give slope %.3f;"
                            + " predicted %s", mfBoundary, Quantity.format(kinkExponent)));
            Verdict b = Scaling.verdict(kinkExponent, boundary.boundary(), 2, plan.boundaryTolerance(),
                    plan.boundaryMaxWidth(), mfBoundary, "d in " + plan.etas().keySet());
            parts.add(new Verdict(b.status(), "phase boundary: " + b.reason()));
            List<Figure.Line> lines = new ArrayList<>();
            lines.add(new Figure.Line("predicted: log eta = " + Quantity.format(kinkExponent) + " log d (constant 1)",
                    kinkExponent, 0, true));
            if (boundary.boundary().isDefined()) {
                lines.add(new Figure.Line(String.format(Locale.ROOT, "fitted kinks: slope %.3f",
                        boundary.boundary().slope()), boundary.boundary().slope(), boundary.boundary().intercept()
                                / Math.log(10), false));
            }
            r.figure(new Figure.PhaseDiagram("phase-diagram", claim.title() + ": log_d T over (log d, log eta)",
                    "log10 d", "log10 eta", "log T / log d", cells, lines));
            r.measured(boundary.boundary().isDefined() ? Quantity.of(String.format(Locale.ROOT, "branch slope %.3f"
                    + " (d = %d); boundary slope %.3f", last.branch() == null ? Double.NaN : last.branch().slope(),
                    last.d(), boundary.boundary().slope()), boundary.boundary().slope()) : Quantity.of("no boundary"));
            if (boundary.boundary().slopeInterval().isDefined()) {
                r.interval(boundary.boundary().slopeInterval());
            }
            r.predicted(Quantity.of("branch slope -2; boundary slope " + Quantity.format(kinkExponent),
                    kinkExponent));
        } else {
            r.predicted(Quantity.of("branch slope -2 above eta_c ~ d^" + Quantity.format(kinkExponent),
                    BRANCH_SLOPE));
            if (last.branch() != null && last.branch().isDefined()) {
                r.measured(Quantity.of(String.format(Locale.ROOT, "branch slope %.3f", last.branch().slope()),
                        last.branch().slope()));
                if (last.branch().slopeInterval().isDefined()) {
                    r.interval(last.branch().slopeInterval());
                }
            } else {
                r.measured(Quantity.of("no branch"));
            }
        }
        v = Verdicts.combine(parts);
        r.verdict(v);
        sims.record(r, worst);
        r.setting("bootstrap", plan.replicates() + " replicates, 95% percentile intervals");
        return r.build();
    }

    private AtDimension analyse(long d, List<DataPoint> points, double[] etas, double[] meanField, Plan plan,
            long seed) {
        int turn = 0;
        for (int i = 1; i < meanField.length; i++) {
            if (meanField[i] < meanField[turn]) {
                turn = i;
            }
        }
        List<DataPoint> window = new ArrayList<>(points.subList(0, Math.min(turn + 1, points.size())));
        BootstrapOptions options = new BootstrapOptions(plan.replicates(), 0.95, seed);
        BrokenLineFit.Branches branches = new BrokenLineFit.Branches(0, Double.NaN);
        BrokenLineFit kink = window.size() >= 3 ? BrokenLineFit.of(window, SampleStatistic.median(), branches, options)
                : null;
        BrokenLineFit mfKink = null;
        if (turn + 1 >= 3) {
            double[] lx = new double[turn + 1];
            double[] ly = new double[turn + 1];
            for (int i = 0; i <= turn; i++) {
                lx[i] = Math.log(etas[i]);
                ly[i] = Math.log(meanField[i]);
            }
            mfKink = BrokenLineFit.fit(lx, ly, branches);
        }
        SlopeFit branch = null;
        double mfSlope = Double.NaN;
        if (kink != null && kink.isDefined()) {
            List<DataPoint> right = new ArrayList<>();
            List<Double> rx = new ArrayList<>();
            List<Double> ry = new ArrayList<>();
            for (int i = 0; i < window.size(); i++) {
                if (Math.log(window.get(i).x()) > kink.breakpoint()) {
                    right.add(window.get(i));
                    rx.add(etas[i]);
                    ry.add(meanField[i]);
                }
            }
            branch = SlopeFit.of(right, SampleStatistic.median(), new BootstrapOptions(plan.replicates(), 0.95,
                    Bootstrap.derive(seed, "branch")));
            mfSlope = Scaling.slope(rx.stream().mapToDouble(Double::doubleValue).toArray(),
                    ry.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new AtDimension(d, points, window, etas, meanField, kink, mfKink, branch, mfSlope);
    }

    private void describe(ClaimResult.Builder r, AtDimension a, Plan plan, List<Verdict> parts) {
        double turn = a.window().isEmpty() ? Double.NaN : a.window().get(a.window().size() - 1).x();
        r.evidence(String.format(Locale.ROOT, "d = %d: the mean-field time is smallest at eta = %s on the grid; fit"
                + " window eta <= %s (%d points)", a.d(), Quantity.format(turn), Quantity.format(turn),
                a.window().size()));
        if (a.kink() == null || !a.kink().isDefined()) {
            parts.add(Verdict.inconclusive("d = " + a.d() + ": no kink could be fitted in the window"));
            return;
        }
        double predictedKink = Math.pow(a.d(), kinkExponent);
        r.evidence(String.format(Locale.ROOT, "d = %d: broken line (flat, then free) on the median: %s; eta_c = %.4g,"
                + " log eta_c / log d = %.3f (predicted %s, constants unknown; eta_c / d^%s = %.3g)%s", a.d(),
                a.kink().summary(), a.kink().breakpointX(), a.kink().breakpoint() / Math.log(a.d()),
                Quantity.format(kinkExponent), Quantity.format(kinkExponent), a.kink().breakpointX() / predictedKink,
                a.meanFieldKink() != null && a.meanFieldKink().isDefined() ? String.format(Locale.ROOT, "; the same"
                        + " fit on the mean-field times: eta_c = %.4g, right slope %.3f", a.meanFieldKink()
                        .breakpointX(), a.meanFieldKink().rightSlope()) : ""));
        if (a.branch() == null) {
            parts.add(Verdict.inconclusive("d = " + a.d() + ": no branch above the kink"));
            return;
        }
        r.evidence(String.format(Locale.ROOT, "d = %d: branch above the kink: %s; mean-field times on the same points:"
                + " slope %.3f", a.d(), a.branch().summary(), a.meanFieldBranchSlope()));
        Verdict v = Scaling.verdict(BRANCH_SLOPE, a.branch(), 3, plan.slopeTolerance(), plan.slopeMaxWidth(),
                a.meanFieldBranchSlope(), "d = " + a.d());
        parts.add(new Verdict(v.status(), "d = " + a.d() + ", branch slope: " + v.reason()));
    }

    private Figure figure(AtDimension a, List<Figure.Point> measured, List<Figure.Point> mfPoints) {
        List<Figure.Marker> markers = new ArrayList<>();
        markers.add(new Figure.Marker("predicted kink d^" + Quantity.format(kinkExponent) + " (constant 1)",
                Math.pow(a.d(), kinkExponent)));
        List<Figure.Series> series = new ArrayList<>();
        series.add(new Figure.Series("Kaplan-Meier median (95% CI)", measured));
        series.add(new Figure.Series("mean-field T at (eta, d, gamma*)", mfPoints));
        if (a.kink() != null && a.kink().isDefined()) {
            BrokenLineFit k = a.kink();
            List<Figure.Point> fitted = new ArrayList<>();
            for (DataPoint p : a.window()) {
                fitted.add(Figure.Point.of(p.x(), Math.exp(k.valueAt(Math.log(p.x())))));
            }
            series.add(new Figure.Series(String.format(Locale.ROOT, "broken-line fit (right slope %.2f)",
                    k.rightSlope()), fitted));
            markers.add(new Figure.Marker("fitted kink", k.breakpointX()));
            DataPoint deepest = a.window().get(a.window().size() - 1);
            var median = deepest.sample().median();
            if (median.isDefined()) {
                double flat = Math.exp(k.level());
                double b = median.value() * deepest.x() * deepest.x();
                List<Figure.Point> shape = new ArrayList<>();
                for (DataPoint p : a.window()) {
                    shape.add(Figure.Point.of(p.x(), Math.min(flat, b / (p.x() * p.x()))));
                }
                series.add(new Figure.Series("predicted shape min{A, B eta^-2} (A: fitted flat level, B: through the"
                        + " last window point)", shape));
            }
        }
        return new Figure.LogLog("hitting-time-vs-eta-d" + a.d(), claim.title() + ", d = " + a.d()
                + ": hitting time against eta", "eta", "hitting time (steps)", series, List.of(), markers);
    }
}
