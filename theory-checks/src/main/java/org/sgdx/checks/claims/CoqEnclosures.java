package org.sgdx.checks.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certified enclosures of Hermite coefficients stated in {@code proofs-notes/coq/Enclosures.v}, read from the
 * statements of its main theorems, so that the Coq file is the only place where the bounds are written.
 *
 * <p>Each theorem reads {@code Theorem NAME (T : R) : cut <= T -> LO <= coefficient LINK K T <= HI.}, where
 * {@code coefficient f k T = ∫_{−T}^{T} f(x) He_k(x) φ(x) dx / √(k!)}: the coefficient {@code c_k} of
 * MATH.md §2 ({@code sgdx hermite}'s default basis {@code h}) restricted to {@code [−T, T]}, for every
 * {@code T ≥ cut}.
 */
final class CoqEnclosures {

    /** The links of the Coq file and their specifications in the link language of {@code sgdx hermite}. */
    static final Map<String, String> LINKS = Map.of("tanh", "tanh(z)", "sigmoid", "sigmoid(z)", "cos", "cos(z)",
            "erf", "erf(z)");

    private static final String DECIMAL = "(-?[0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern THEOREM = Pattern.compile("Theorem\\s+([A-Za-z0-9_]+)\\s*\\(T\\s*:\\s*R\\)\\s*:\\s*"
            + "cut\\s*<=\\s*T\\s*->\\s*" + DECIMAL + "\\s*<=\\s*coefficient\\s+([A-Za-z]+)\\s+([0-9]+)\\s+T\\s*<=\\s*"
            + DECIMAL + "\\s*\\.");

    /**
     * One certified enclosure: {@code lo ≤ c_k(link) ≤ hi}.
     *
     * @param theorem the Coq theorem
     * @param link the link's Coq name ({@code tanh}, {@code sigmoid}, {@code cos}, {@code erf})
     * @param k the index
     * @param lo the lower bound
     * @param hi the upper bound
     */
    record Enclosure(String theorem, String link, int k, BigDecimal lo, BigDecimal hi) {

        Enclosure {
            Objects.requireNonNull(theorem, "theorem");
            Objects.requireNonNull(link, "link");
            if (!LINKS.containsKey(link)) {
                throw new IllegalArgumentException(theorem + ": unknown link '" + link + "'");
            }
            if (lo.compareTo(hi) > 0) {
                throw new IllegalArgumentException(theorem + ": empty interval [" + lo + ", " + hi + "]");
            }
        }

        /** The link in the notation of {@code sgdx hermite --link}. */
        String specification() {
            return LINKS.get(link);
        }

        /** {@code hi − lo}. */
        BigDecimal width() {
            return hi.subtract(lo);
        }

        /** Whether {@code [value − error, value + error]} lies inside {@code [lo, hi]}. */
        boolean contains(BigDecimal value, BigDecimal error) {
            return lo.compareTo(value.subtract(error)) <= 0 && value.add(error).compareTo(hi) <= 0;
        }

        /** Whether {@code [value − error, value + error]} and {@code [lo, hi]} are disjoint. */
        boolean excludes(BigDecimal value, BigDecimal error) {
            return value.add(error).compareTo(lo) < 0 || value.subtract(error).compareTo(hi) > 0;
        }
    }

    private CoqEnclosures() {
    }

    /**
     * The enclosures stated in the text of a Coq file, in their order in the file.
     *
     * @throws IllegalArgumentException if the text states no enclosure, or one with an unknown link or empty interval
     */
    static List<Enclosure> parse(String coqText) {
        List<Enclosure> out = new ArrayList<>();
        Matcher m = THEOREM.matcher(coqText);
        while (m.find()) {
            out.add(new Enclosure(m.group(1), m.group(3), Integer.parseInt(m.group(4)), new BigDecimal(m.group(2)),
                    new BigDecimal(m.group(5))));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no enclosure theorem ('Theorem NAME (T : R) : cut <= T -> LO <="
                    + " coefficient LINK K T <= HI.') in the Coq text");
        }
        return List.copyOf(out);
    }
}
