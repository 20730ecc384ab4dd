package org.sgdx.checks.claims;

import java.util.Locale;
import java.util.Objects;

/**
 * How a claim is checked, and how often the check fails although the claim is true.
 *
 * @param kind exact, numerical or statistical
 * @param test a description of the test, including its tolerances
 * @param falseFailureRate the probability that the check refutes a true claim: 0 for exact and numerical checks
 *     (deterministic), the level of the test for statistical ones
 */
public record Method(Kind kind, String test, double falseFailureRate) {

    /** The kinds of check. */
    public enum Kind {
        /** Exact arithmetic (rationals, the exact numbers of MATH.md §2): the verdict is a proof. */
        EXACT,
        /** A deterministic floating-point comparison with a stated tolerance. */
        NUMERICAL,
        /** A statistical test on random data (Monte Carlo runs) with a stated false-failure rate. */
        STATISTICAL;

        /** The lower-case name used in reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Method {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(test, "test");
        if (kind == Kind.STATISTICAL) {
            if (!(falseFailureRate > 0 && falseFailureRate < 1)) {
                throw new IllegalArgumentException("a statistical check needs a false-failure rate in (0, 1), got "
                        + falseFailureRate);
            }
        } else if (falseFailureRate != 0) {
            throw new IllegalArgumentException("an exact or numerical check has false-failure rate 0, got "
                    + falseFailureRate);
        }
    }

    /** An exact check. */
    public static Method exact(String test) {
        return new Method(Kind.EXACT, test, 0);
    }

    /** A deterministic floating-point check. */
    public static Method numerical(String test) {
        return new Method(Kind.NUMERICAL, test, 0);
    }

    /** A statistical check with its false-failure rate. */
    public static Method statistical(String test, double falseFailureRate) {
        return new Method(Kind.STATISTICAL, test, falseFailureRate);
    }

    @Override
    public String toString() {
        return kind.label() + (kind == Kind.STATISTICAL ? String.format(Locale.ROOT,
                " (false-failure rate %.3g)", falseFailureRate) : "") + ": " + test;
    }
}
