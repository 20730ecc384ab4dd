package org.sgdx.checks.golden;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares another implementation's values with golden vectors (rules in the package documentation).
 */
public final class GoldenVerifier {

    private GoldenVerifier() {
    }

    /**
     * The tolerances of decimal comparisons.
     *
     * @param relative relative to {@code |golden|}, {@code ≥ 0}
     * @param absolute absolute, {@code ≥ 0}
     */
    public record Tolerance(double relative, double absolute) {

        /** The defaults, suited to double-precision implementations: relative 1e-12, absolute 1e-14. */
        public static final Tolerance DEFAULT = new Tolerance(1e-12, 1e-14);

        public Tolerance {
            if (!(relative >= 0 && Double.isFinite(relative)) || !(absolute >= 0 && Double.isFinite(absolute))) {
                throw new IllegalArgumentException("tolerances must be finite and >= 0, got relative " + relative
                        + ", absolute " + absolute);
            }
        }
    }

    /**
     * The comparison of one candidate value with its golden vector.
     *
     * @param golden the golden vector
     * @param candidate the candidate
     * @param difference {@code |candidate − golden|} for decimals (null for integers or unparsable values)
     * @param allowed the allowed difference for decimals (null for integers)
     * @param agrees whether they agree
     * @param detail a readable account, e.g. {@code |diff| = 1.2e-9 > allowed 3.4e-13}
     */
    public record Comparison(GoldenVector golden, GoldenFiles.Candidate candidate, BigDecimal difference,
            BigDecimal allowed, boolean agrees, String detail) {
    }

    /**
     * The outcome of a verification.
     *
     * @param comparisons every candidate that matched a golden vector, in file order
     * @param unmatched candidates whose key is not a golden vector
     * @param goldenVectors the number of golden vectors
     * @param tolerance the tolerances used
     */
    public record Report(List<Comparison> comparisons, List<GoldenFiles.Candidate> unmatched, int goldenVectors,
            Tolerance tolerance) {

        public Report {
            comparisons = List.copyOf(comparisons);
            unmatched = List.copyOf(unmatched);
            Objects.requireNonNull(tolerance, "tolerance");
        }

        /** The comparisons that disagree. */
        public List<Comparison> mismatches() {
            return comparisons.stream().filter(c -> !c.agrees()).toList();
        }

        /** Whether every compared value agrees. */
        public boolean passed() {
            return mismatches().isEmpty();
        }
    }

    /** Compares every candidate with the golden vector of its key. */
    public static Report verify(GoldenSet golden, List<GoldenFiles.Candidate> candidates, Tolerance tolerance) {
        Map<GoldenVector.Key, GoldenVector> byKey = golden.byKey();
        List<Comparison> comparisons = new ArrayList<>();
        List<GoldenFiles.Candidate> unmatched = new ArrayList<>();
        for (GoldenFiles.Candidate c : candidates) {
            GoldenVector g = byKey.get(c.key());
            if (g == null) {
                unmatched.add(c);
            } else {
                comparisons.add(compare(g, c, tolerance));
            }
        }
        return new Report(comparisons, unmatched, golden.vectors().size(), tolerance);
    }

    /**
     * Compares one candidate with one golden vector.
     *
     * @throws IllegalArgumentException if the candidate is not a number of the vector's type (bad input, not a
     *     mismatch), naming its line
     */
    public static Comparison compare(GoldenVector g, GoldenFiles.Candidate c, Tolerance tolerance) {
        String v = c.value().strip();
        if (g.type() == GoldenVector.Type.INTEGER) {
            Optional<String> got = integer(v);
            if (got.isEmpty()) {
                throw notANumber(c, "an integer or none");
            }
            Optional<String> want = integer(g.value());
            boolean ok = got.equals(want);
            String detail = ok ? "equal" : "expected " + g.value() + ", got " + got.get();
            return new Comparison(g, c, null, null, ok, detail);
        }
        BigDecimal got;
        try {
            got = new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw notANumber(c, "a decimal number");
        }
        BigDecimal want = new BigDecimal(g.value());
        BigDecimal diff = difference(got, want);
        BigDecimal rel = want.abs().multiply(new BigDecimal(tolerance.relative()));
        BigDecimal tol = rel.max(new BigDecimal(tolerance.absolute())).max(halfUnit(want, g.digits()));
        BigDecimal allowed = tol.add(new BigDecimal(g.error()));
        boolean ok = diff.compareTo(allowed) <= 0;
        String detail = String.format(Locale.ROOT, "|diff| = %s %s allowed %s", diff.round(new MathContext(3)),
                ok ? "<=" : ">", allowed.round(new MathContext(3, ok ? RoundingMode.UP : RoundingMode.DOWN)));
        return new Comparison(g, c, diff, allowed, ok, detail);
    }

    /**
     * {@code |got − want|}, exact or rounded up (never below the true difference), also when the two exponents are
     * far apart ({@code 1e999999999} against {@code 2.4}, where the exact difference would have a billion digits).
     */
    static BigDecimal difference(BigDecimal got, BigDecimal want) {
        MathContext mc = new MathContext(got.precision() + want.precision() + 10, RoundingMode.UP);
        return got.subtract(want, mc).abs();
    }

    /**
     * Half a unit in the last of the {@code digits} significant digits of a non-zero golden value (a golden value
     * written {@code 3} at 30 digits stands for {@code 3.000…0} with 30 digits); in its last written digit when
     * {@code digits} is not positive; 0 for zero. Only the golden value's precision enters a tolerance: a candidate
     * written with few digits gains nothing from its own rounding.
     */
    static BigDecimal halfUnit(BigDecimal x, int digits) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (digits <= 0) {
            return new BigDecimal(java.math.BigInteger.valueOf(5), x.scale() + 1);
        }
        int magnitude = x.precision() - x.scale() - 1;
        return new BigDecimal(java.math.BigInteger.valueOf(5), digits - magnitude);
    }

    private static IllegalArgumentException notANumber(GoldenFiles.Candidate c, String what) {
        return new IllegalArgumentException("line " + c.line() + " (" + c.key() + "): the value '" + c.value()
                + "' is not " + what);
    }

    /** {@code 3} for {@code 3}, {@code 3.0} or {@code +3}; {@code none} for {@code none}, {@code null} or empty. */
    private static Optional<String> integer(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("none") || t.equals("null")) {
            return Optional.of("none");
        }
        try {
            BigDecimal d = new BigDecimal(t);
            return Optional.of(d.toBigIntegerExact().toString());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
