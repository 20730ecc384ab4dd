package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongToDoubleFunction;
import java.util.function.Supplier;
import org.sgdx.checks.stats.CensoredSample;
import org.sgdx.checks.stats.DataPoint;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.run.Engines;

/**
 * Runs over a grid of dimensions with the audit's learning-rate protocol: at each {@code d}, γ is the reference's
 * mean-field optimum from {@code m_0 = d^{−1/2}} to {@code 1/2} at that {@code (η, d)}, the step budget of a run is a
 * multiple of the mean-field hitting time, and the runs of the reduced engine give a censored sample; each point is
 * written to the evidence with the {@code sgdx simulate} command that reproduces it.
 */
final class DimensionSweep {

    /**
     * The outcome.
     *
     * @param points the samples, at {@code x = d}
     * @param dimensions the dimensions with a mean-field γ (the others are left out, with the reason in the evidence)
     * @param meanField the mean-field hitting time at each of them
     * @param worstCaseSteps the steps if every run used its whole budget
     */
    record Result(List<DataPoint> points, double[] dimensions, double[] meanField, long worstCaseSteps) {
    }

    private DimensionSweep() {
    }

    /**
     * @param fixed a new builder with the parameters shared by all points (algorithm, loss, target, init, overlap,
     *     ...); each point sets {@code d}, γ, η and the budget
     * @param eta η as a function of {@code d} (0 for online SGD)
     */
    static Result run(ClaimResult.Builder r, SimulationRuns sims, MeanFieldModel model,
            Supplier<SimulationConfig.Builder> fixed,
            LongToDoubleFunction eta, long[] dimensions, int runs, double budgetMultiple, String label) {
        List<DataPoint> points = new ArrayList<>();
        List<Double> dims = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        long worst = 0;
        for (long d : dimensions) {
            double e = eta.applyAsDouble(d);
            MeanFieldModel.Rate rate = model.optimalRate(e, d, 1 / Math.sqrt(d), 0.5);
            if (!rate.exists()) {
                r.evidence("d = " + d + ": left out, " + rate.summary());
                continue;
            }
            long budget = (long) Math.ceil(budgetMultiple * rate.time());
            SimulationConfig.Builder p = fixed.get().d(d).gamma(rate.gamma()).maxSteps(budget);
            if (e > 0) {
                p.eta(e);
            }
            SimulationConfig cfg = sims.config(p);
            List<RunResult> results = sims.run(Engines.reduced(), cfg, runs, label + ", d = " + d);
            worst += budget * (long) runs;
            CensoredSample s = CensoredSample.ofRuns(results, budget);
            points.add(new DataPoint(d, s));
            dims.add((double) d);
            times.add(rate.time());
            r.evidence(String.format(Locale.ROOT, "d = %d%s: %s; %d of %d runs hit within %d steps; Kaplan-Meier"
                    + " median %s (95%% Brookmeyer-Crowley); median / mean-field T = %.3f; runs: %s", d, e > 0
                            ? ", eta = " + Quantity.format(e) : "", rate.summary(), s.hits(), s.size(), budget,
                    Scaling.median(s), s.median().isDefined() ? s.median().value() / rate.time() : Double.NaN,
                    SimulationRuns.command("reduced", cfg, runs)));
        }
        return new Result(points, dims.stream().mapToDouble(Double::doubleValue).toArray(),
                times.stream().mapToDouble(Double::doubleValue).toArray(), worst);
    }

    /** The measured medians (with intervals), each divided by {@code scale(d)}, for a figure. */
    static List<Figure.Point> medians(Result res, java.util.function.DoubleUnaryOperator scale) {
        List<Figure.Point> out = new ArrayList<>();
        for (DataPoint p : res.points()) {
            Figure.Point f = Scaling.medianPoint(p.x(), p.sample(), scale.applyAsDouble(p.x()));
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The mean-field times, each divided by {@code scale(d)}, for a figure. */
    static List<Figure.Point> meanField(Result res, java.util.function.DoubleUnaryOperator scale) {
        List<Figure.Point> out = new ArrayList<>();
        for (int i = 0; i < res.dimensions().length; i++) {
            double d = res.dimensions()[i];
            out.add(Figure.Point.of(d, res.meanField()[i] / scale.applyAsDouble(d)));
        }
        return out;
    }
}
