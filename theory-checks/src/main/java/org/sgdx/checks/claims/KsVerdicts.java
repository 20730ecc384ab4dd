package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sgdx.checks.stats.TwoSampleKs;

/**
 * The verdicts of a family of two-sample Kolmogorov–Smirnov tests at a Bonferroni threshold {@code α / tests}: each
 * test refutes when its p-value is below the threshold; the claim's measured value is the smallest p-value. Mutable;
 * one per claim check.
 */
final class KsVerdicts {

    private final double alpha;
    private final int tests;
    private final List<Verdict> parts = new ArrayList<>();
    private double minP = 1;
    private String minAt = "";

    KsVerdicts(double alpha, int tests) {
        this.alpha = alpha;
        this.tests = tests;
    }

    double threshold() {
        return alpha / tests;
    }

    /** Records the threshold in the result's settings. */
    void setting(ClaimResult.Builder r) {
        r.setting("rejection threshold", String.format(Locale.ROOT, "p < %s / %d = %.3g", Quantity.format(alpha),
                tests, threshold()));
    }

    /** Adds a verdict that is not a test's (e.g. inconclusive: no learning rate). */
    void add(Verdict v) {
        parts.add(v);
    }

    /**
     * Adds one test: refuted below the threshold, otherwise {@code otherwise} when present (e.g. inconclusive for too
     * few hits), otherwise confirmed.
     */
    void add(String what, TwoSampleKs ks, Optional<Verdict> otherwise) {
        if (ks.pValue() < minP) {
            minP = ks.pValue();
            minAt = what;
        }
        parts.add(ks.pValue() < threshold() ? Verdict.refuted(String.format(Locale.ROOT, "%s: KS p = %.3g < %.3g",
                what, ks.pValue(), threshold())) : otherwise.orElse(Verdict.confirmed(String.format(Locale.ROOT,
                        "%s: KS p = %.3g", what, ks.pValue()))));
    }

    /** Sets the predicted and measured values and the combined verdict. */
    void finish(ClaimResult.Builder r) {
        Verdict v = Verdicts.combine(parts);
        if (v.isConfirmed()) {
            v = Verdict.confirmed(String.format(Locale.ROOT, "no test rejects: smallest p = %.3g (%s) >= %.3g", minP,
                    minAt, threshold()));
        }
        r.predicted(Quantity.of("equal laws (p >= " + String.format(Locale.ROOT, "%.3g", threshold()) + ")"));
        r.measured(Quantity.of(String.format(Locale.ROOT, "smallest KS p = %.3g", minP), minP));
        r.verdict(v);
    }
}
