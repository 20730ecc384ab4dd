package org.sgdx.checks.golden;

import java.util.ArrayList;
import java.util.List;
import org.sgdx.reference.exponent.Exponent;
import org.sgdx.reference.exponent.ExponentOptions;
import org.sgdx.reference.exponent.ExponentReport;
import org.sgdx.reference.exponent.ExponentTable;
import org.sgdx.reference.exponent.Exponents;

/**
 * The exponents of the built-in table (MATH.md §3): {@code information_exponent} and {@code generative_exponent}
 * (index {@code -}) and {@code power_exponent} (index {@code k}); integers, or {@code none} when none is found up
 * to the search limit.
 *
 * @param rows the label models
 * @param options the search limits and precision
 */
public record ExponentSection(List<ExponentTable.Row> rows, ExponentOptions options) implements GoldenSection {

    public ExponentSection {
        rows = List.copyOf(rows);
        java.util.Objects.requireNonNull(options, "options");
    }

    /** The built-in table with {@link ExponentTable#OPTIONS}. */
    public static ExponentSection defaults() {
        return new ExponentSection(ExponentTable.ROWS, ExponentTable.OPTIONS);
    }

    @Override
    public String name() {
        return "exponents";
    }

    @Override
    public String description() {
        return "information, generative and power exponents p_k = IE(E[y^k | z]) (k = 1.." + options.maxPower()
                + ") searched up to k = " + options.maxDegree() + " (MATH.md §3)";
    }

    @Override
    public List<GoldenVector> vectors() {
        List<GoldenVector> out = new ArrayList<>();
        for (ExponentTable.Row row : rows) {
            ExponentReport r = Exponents.of(row.model(), options);
            out.add(vector("information_exponent", row, "-", r.informationExponent()));
            out.add(vector("generative_exponent", row, "-", r.generativeExponent()));
            for (ExponentReport.PowerExponent p : r.powerExponents()) {
                out.add(vector("power_exponent", row, String.valueOf(p.k()), p.exponent()));
            }
        }
        return List.copyOf(out);
    }

    private static GoldenVector vector(String kind, ExponentTable.Row row, String index, Exponent e) {
        String value = e.value().isPresent() ? String.valueOf(e.value().getAsInt()) : "none";
        return new GoldenVector(kind, row.key(), index, value, GoldenVector.Type.INTEGER, e.certainty().label(), "0", 0,
                "");
    }
}
