package org.sgdx.checks.claims;

import java.util.Locale;
import java.util.Objects;

/**
 * A predicted or measured value: the text shown in reports and, when it is a number, the number.
 *
 * @param text the value as shown, e.g. {@code 2}, {@code 1.93}, {@code k! δ_jk for j, k ≤ 12}
 * @param value the number, or {@link Double#NaN} when the value is not a single number
 */
public record Quantity(String text, double value) {

    /** No value. */
    public static final Quantity NONE = new Quantity("-", Double.NaN);

    public Quantity {
        Objects.requireNonNull(text, "text");
    }

    /** A number, shown with up to six significant digits (integers exactly). */
    public static Quantity of(double value) {
        return new Quantity(format(value), value);
    }

    /** A value that is not a single number. */
    public static Quantity of(String text) {
        return new Quantity(text, Double.NaN);
    }

    /** A number with its own text. */
    public static Quantity of(String text, double value) {
        return new Quantity(text, value);
    }

    /** Whether the value is a number. */
    public boolean isNumber() {
        return !Double.isNaN(value);
    }

    /** A number as shown in reports: integers exactly, others with six significant digits. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
                .replaceFirst("\\.(e|$)", "$1");
    }

    @Override
    public String toString() {
        return text;
    }
}
