package org.sgdx.checks.stats;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A statistic of the hitting times observed at one design point (one {@code d} or one {@code η}): the quantity whose
 * logarithm is fitted by {@link SlopeFit} and {@link BrokenLineFit}.
 */
public interface SampleStatistic {

    /** A short name for reports, e.g. {@code Kaplan-Meier median}. */
    String name();

    /** The value on a sample, or undefined with the reason. */
    StatisticValue evaluate(CensoredSample sample);

    /** The Kaplan–Meier median (MATH.md §8). */
    static SampleStatistic median() {
        return quantile(0.5);
    }

    /**
     * The Kaplan–Meier {@code p}-quantile.
     *
     * @throws IllegalArgumentException if {@code p} is not in (0, 1)
     */
    static SampleStatistic quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in the open interval (0, 1), got " + p);
        }
        String name = p == 0.5 ? "Kaplan-Meier median" : String.format(Locale.ROOT, "Kaplan-Meier %s-quantile", p);
        return of(name, s -> s.quantile(p));
    }

    /** A statistic from a name and a function. */
    static SampleStatistic of(String name, Function<CensoredSample, StatisticValue> function) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        return new SampleStatistic() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public StatisticValue evaluate(CensoredSample sample) {
                return function.apply(sample);
            }
        };
    }
}
