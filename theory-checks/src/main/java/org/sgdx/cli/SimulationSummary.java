package org.sgdx.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sgdx.checks.stats.KaplanMeier;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.hitting.RunStatus;

/**
 * The summary of a batch of runs of one configuration: counts by status, the success fraction and the
 * Kaplan–Meier median hitting time with its 95% confidence interval (MATH.md §8; diverged runs never hit and count
 * as censored at the step budget), and the total number of leaps (diffusion engine; 0 otherwise).
 */
record SimulationSummary(int runs, int hit, int censored, int diverged, KaplanMeier.Quantile median,
        double simulatedSteps, double seconds, long leaps) {

    /** The summary of runs with step budget {@code budget}, simulated in {@code nanos} nanoseconds. */
    static SimulationSummary of(List<RunResult> results, long budget, long nanos) {
        int hit = 0;
        int censored = 0;
        int diverged = 0;
        double steps = 0; // a double: with the diffusion engine the total can exceed the range of long
        long leaps = 0;
        for (RunResult r : results) {
            steps += r.simulatedSteps();
            leaps += r.leaps();
            if (r.status() == RunStatus.HIT) {
                hit++;
            } else if (r.status() == RunStatus.CENSORED) {
                censored++;
            } else {
                diverged++;
            }
        }
        KaplanMeier.Quantile median = results.isEmpty() ? null : KaplanMeier.of(results, budget).median();
        return new SimulationSummary(results.size(), hit, censored, diverged, median, steps, nanos / 1e9, leaps);
    }

    double successFraction() {
        return runs == 0 ? Double.NaN : (double) hit / runs;
    }

    double stepsPerSecond() {
        return seconds > 0 ? simulatedSteps / seconds : Double.NaN;
    }

    void putJson(ObjectNode o) {
        o.put("runs", runs);
        o.put("hit", hit);
        o.put("censored", censored);
        o.put("diverged", diverged);
        putNumber(o, "success_fraction", successFraction());
        ObjectNode m = o.putObject("median_steps");
        m.put("method", "Kaplan-Meier, 95% Brookmeyer-Crowley interval; diverged runs censored at the budget");
        m.put("certainty", "estimate");
        putNumber(m, "estimate", median == null ? Double.NaN : median.estimate());
        putNumber(m, "lower", median == null ? Double.NaN : median.lower());
        putNumber(m, "upper", median == null ? Double.NaN : median.upper());
        if (simulatedSteps < 0x1p53) {
            o.put("simulated_steps", (long) simulatedSteps); // exact below 2^53
        } else {
            putNumber(o, "simulated_steps", simulatedSteps);
        }
        putNumber(o, "seconds", seconds);
        putNumber(o, "steps_per_second", stepsPerSecond());
    }

    /** A finite number, or JSON {@code null} (an undefined median, e.g. when fewer than half the runs hit). */
    static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    static String text(double v) {
        return Double.isFinite(v) ? (v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                : String.format(java.util.Locale.ROOT, "%.6g", v)) : "undefined";
    }
}
