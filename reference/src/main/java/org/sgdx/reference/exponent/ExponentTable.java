package org.sgdx.reference.exponent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/**
 * The built-in table of label models whose exponents (MATH.md §3) the audit checks and the golden vectors record:
 * the same rows as {@code sgdx exponents --table}.
 */
public final class ExponentTable {

    /**
     * One row: a link specification with its label model.
     *
     * @param link the link specification (for binary labels, {@code q(z) = P(y = 1 | z)})
     * @param labels {@code deterministic}, {@code noisy} or {@code binary}
     * @param noise the noise level τ of noisy labels (an exact decimal), or {@code null}
     */
    public record Row(String link, String labels, String noise) {

        public Row {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(labels, "labels");
            if (labels.equals("noisy") != (noise != null)) {
                throw new IllegalArgumentException("a noise level goes with noisy labels only");
            }
            if (!List.of("deterministic", "noisy", "binary").contains(labels)) {
                throw new IllegalArgumentException("labels must be deterministic, noisy or binary, got " + labels);
            }
        }

        /** The label model. */
        public LabelModel model() {
            return LabelModel.of(labels, Link.parse(link), noise == null ? null : Rationals.parse("noise", noise, true));
        }

        /**
         * The key of the row in golden vectors: the specification for deterministic labels,
         * {@code noisy(tau=T):SPEC} and {@code binary:SPEC} otherwise.
         */
        public String key() {
            return switch (labels) {
                case "noisy" -> "noisy(tau=" + noise + "):" + link;
                case "binary" -> "binary:" + link;
                default -> link;
            };
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /**
     * A row with its computed exponents.
     *
     * @param row the row
     * @param report the exponents
     */
    public record Entry(Row row, ExponentReport report) {

        /** {@code p}, or empty when none was found. */
        public OptionalInt information() {
            return report.informationExponent().value();
        }

        /** {@code p*}, or empty when none was found. */
        public OptionalInt generative() {
            return report.generativeExponent().value();
        }

        /** {@code p_k}, or empty when none was found. */
        public OptionalInt power(int k) {
            return report.powerExponents().get(k - 1).exponent().value();
        }

        /**
         * A one-line description:
         * {@code He3: p = 3 (exact), p* = 1 (exact), p_k = 3 (exact), 2 (exact), 1 (exact), 2 (exact)}.
         */
        public String describe() {
            StringBuilder sb = new StringBuilder(row.key()).append(": p = ").append(report.informationExponent())
                    .append(", p* = ").append(report.generativeExponent()).append(", p_k =");
            for (ExponentReport.PowerExponent p : report.powerExponents()) {
                sb.append(p.k() == 1 ? " " : ", ").append(p.exponent());
            }
            return sb.toString();
        }
    }

    /** The rows, in order. */
    public static final List<Row> ROWS = List.of(
            new Row("He1", "deterministic", null),
            new Row("He2", "deterministic", null),
            new Row("He3", "deterministic", null),
            new Row("He4", "deterministic", null),
            new Row("He5", "deterministic", null),
            new Row("He6", "deterministic", null),
            new Row("He3 + He2", "deterministic", null),
            new Row("relu", "deterministic", null),
            new Row("abs", "deterministic", null),
            new Row("sign", "deterministic", null),
            new Row("tanh", "deterministic", null),
            new Row("relu(z)^2", "deterministic", null),
            new Row("cos", "deterministic", null),
            new Row("He3", "noisy", "0.5"),
            new Row("0.05 + 0.9*step(z)", "binary", null));

    /**
     * The options of the table: search to 12, powers to 4, numerical coefficients at 20 digits (zero decisions of
     * estimates within their error estimate), no {@code E[ζ_k²]} list.
     */
    public static final ExponentOptions OPTIONS = new ExponentOptions(12, 4, 20, 0);

    private ExponentTable() {
    }

    /** The exponents of every row. */
    public static List<Entry> compute(ExponentOptions options) {
        List<Entry> out = new ArrayList<>(ROWS.size());
        for (Row r : ROWS) {
            out.add(new Entry(r, Exponents.of(r.model(), options)));
        }
        return List.copyOf(out);
    }

    /** The row with the given key. */
    public static Entry find(List<Entry> entries, String key) {
        for (Entry e : entries) {
            if (e.row().key().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no row " + key + " in the exponent table");
    }

    /** {@code 3}, or {@code none}. */
    public static String text(OptionalInt v) {
        return v.isPresent() ? String.valueOf(v.getAsInt()) : "none";
    }

    /** {@code 3 (exact)}. */
    public static String text(Exponent e) {
        return e.toString();
    }
}
