package org.sgdx.checks.claims;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sgdx.checks.stats.ConfidenceInterval;

/**
 * The result of checking one claim.
 *
 * @param claim the claim
 * @param mode the mode it was checked in
 * @param predicted the predicted value (e.g. a slope of 2, or {@code k! δ_jk})
 * @param measured the measured value (e.g. a fitted slope, or {@code 169 of 169 pairs agree})
 * @param interval the interval of the measurement, when it has one
 * @param verdict confirmed, refuted or inconclusive, with the reason
 * @param evidence how the numbers were obtained, one line per step, readable on its own
 * @param settings the runs and options used (name → value), in insertion order
 * @param figures the plots the report should draw for this claim
 * @param elapsed how long the check took
 */
public record ClaimResult(Claim claim, Mode mode, Quantity predicted, Quantity measured,
        Optional<ConfidenceInterval> interval, Verdict verdict, List<String> evidence, Map<String, String> settings,
        List<Figure> figures, Duration elapsed) {

    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        figures = List.copyOf(figures);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** The same result with another elapsed time. */
    public ClaimResult withElapsed(Duration d) {
        return new ClaimResult(claim, mode, predicted, measured, interval, verdict, evidence, settings, figures, d);
    }

    /** A result for a check that could not be carried out: inconclusive with the reason. */
    public static ClaimResult inconclusive(Claim claim, Mode mode, String reason) {
        return builder(claim, mode).verdict(Verdict.inconclusive(reason)).build();
    }

    /** A builder for the result of a claim. */
    public static Builder builder(Claim claim, Mode mode) {
        return new Builder(claim, mode);
    }

    /** Collects the parts of a result; not thread-safe. */
    public static final class Builder {
        private final Claim claim;
        private final Mode mode;
        private Quantity predicted = Quantity.NONE;
        private Quantity measured = Quantity.NONE;
        private ConfidenceInterval interval;
        private Verdict verdict;
        private final List<String> evidence = new ArrayList<>();
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final List<Figure> figures = new ArrayList<>();

        private Builder(Claim claim, Mode mode) {
            this.claim = Objects.requireNonNull(claim, "claim");
            this.mode = Objects.requireNonNull(mode, "mode");
        }

        public Builder predicted(Quantity q) {
            this.predicted = Objects.requireNonNull(q, "predicted");
            return this;
        }

        public Builder measured(Quantity q) {
            this.measured = Objects.requireNonNull(q, "measured");
            return this;
        }

        public Builder interval(ConfidenceInterval ci) {
            this.interval = ci;
            return this;
        }

        public Builder verdict(Verdict v) {
            this.verdict = Objects.requireNonNull(v, "verdict");
            return this;
        }

        /** Appends a line to the evidence trace. */
        public Builder evidence(String line) {
            evidence.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /** Records a setting (a run count, a tolerance, an option). */
        public Builder setting(String name, Object value) {
            settings.put(Objects.requireNonNull(name, "name"), String.valueOf(value));
            return this;
        }

        public Builder figure(Figure f) {
            figures.add(Objects.requireNonNull(f, "figure"));
            return this;
        }

        /**
         * The result.
         *
         * @throws IllegalStateException if no verdict was given
         */
        public ClaimResult build() {
            if (verdict == null) {
                throw new IllegalStateException("a result needs a verdict");
            }
            return new ClaimResult(claim, mode, predicted, measured, Optional.ofNullable(interval), verdict, evidence,
                    settings, figures, Duration.ZERO);
        }
    }
}
