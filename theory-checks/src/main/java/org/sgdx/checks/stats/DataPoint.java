package org.sgdx.checks.stats;

import java.util.Objects;

/**
 * The runs at one design point: {@code x} (a dimension {@code d} or a learning rate {@code η}, on the natural
 * scale) and the censored hitting times observed there.
 *
 * @param x the design value, finite and {@code > 0} (it is fitted on a log scale)
 * @param sample the runs
 */
public record DataPoint(double x, CensoredSample sample) {

    public DataPoint {
        Objects.requireNonNull(sample, "sample");
        if (!(x > 0 && Double.isFinite(x))) {
            throw new IllegalArgumentException("a design value must be finite and > 0, got " + x);
        }
    }
}
