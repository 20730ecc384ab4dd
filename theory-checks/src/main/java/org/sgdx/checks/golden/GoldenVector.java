package org.sgdx.checks.golden;

import java.util.Locale;
import java.util.Objects;

/**
 * One conformance value.
 *
 * @param kind what it is, e.g. {@code hermite_c} (see the package documentation)
 * @param link the link (or label-model, or configuration) key
 * @param index the index within the kind, e.g. {@code 3}, or {@code -}
 * @param value the value: a decimal string, an integer, or {@code none}
 * @param type how the value is compared: {@code decimal} or {@code integer}
 * @param certainty {@code exact}, {@code enclosure} or {@code estimate}
 * @param error a bound or estimate of {@code |value − true value|} for a decimal, its rounding included ({@code 0}
 *     for an exact decimal); {@code 0} for integers
 * @param digits the significant digits of a decimal value; 0 for integers
 * @param exact the closed form of an exact value (e.g. {@code sqrt(6)}), or empty
 */
public record GoldenVector(String kind, String link, String index, String value, Type type, String certainty,
        String error, int digits, String exact) {

    /** How a value is compared. */
    public enum Type {
        /** A decimal number compared within tolerances. */
        DECIMAL,
        /** An integer (or {@code none}) compared exactly. */
        INTEGER;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The type with the given label. */
        public static Type of(String label) {
            return switch (label.strip().toLowerCase(Locale.ROOT)) {
                case "decimal" -> DECIMAL;
                case "integer" -> INTEGER;
                default -> throw new IllegalArgumentException("type must be decimal or integer, got '" + label + "'");
            };
        }
    }

    public GoldenVector {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(exact, "exact");
    }

    /** The key used to match a candidate value. */
    public Key key() {
        return Key.of(kind, link, index);
    }

    /**
     * The normalised key of a value: kind in lower case, link without whitespace, index trimmed (integers without
     * leading zeros).
     */
    public record Key(String kind, String link, String index) {

        public static Key of(String kind, String link, String index) {
            String i = index.strip();
            if (i.matches("[+-]?\\d+")) {
                i = new java.math.BigInteger(i).toString();
            }
            return new Key(kind.strip().toLowerCase(Locale.ROOT), link.replaceAll("\\s+", ""), i);
        }

        @Override
        public String toString() {
            return kind + " " + link + " " + index;
        }
    }
}
