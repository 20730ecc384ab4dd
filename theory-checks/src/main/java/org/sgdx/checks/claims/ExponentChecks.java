package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exponent.ExponentTable;
import org.sgdx.reference.link.Parity;

/**
 * Checks of the exponents of the built-in table ({@link ExponentTable}) against the facts stated in MATH.md §3 and
 * §6. The table is computed once per set of checks ({@code table} is memoised by the caller) by the reference
 * ({@code Exponents.of}); every verdict lists the rows it used with how each exponent is known.
 */
public final class ExponentChecks {

    private ExponentChecks() {
    }

    /** The checks, in report order, sharing one computation of the table. */
    public static List<ClaimCheck> all(Supplier<List<ExponentTable.Entry>> table) {
        return List.of(hermiteInformation(table), polynomialGenerative(table), he3Powers(table), ordering(table),
                evenLinks(table), otherLabels(table));
    }

    /** A memoised computation of the table with {@link ExponentTable#OPTIONS}. */
    public static Supplier<List<ExponentTable.Entry>> memoisedTable() {
        return new Supplier<>() {
            private List<ExponentTable.Entry> value;

            @Override
            public synchronized List<ExponentTable.Entry> get() {
                if (value == null) {
                    value = ExponentTable.compute(ExponentTable.OPTIONS);
                }
                return value;
            }
        };
    }

    private static final String METHOD = "exponents of the reference (Exponents.of, search to k = 12, 20 digits):"
            + " zero tests of Hermite coefficients exact for links with an exact form, within the error estimate"
            + " otherwise";

    static ClaimCheck hermiteInformation(Supplier<List<ExponentTable.Entry>> table) {
        Claim claim = new Claim("exponents.hermite-information", "Information exponent of He_k",
                "IE(He_k) = k, k = 1..6", List.of(Source.math("§3")), Method.exact(METHOD));
        return ClaimCheck.of(claim, (ctx, r) -> {
            List<String> got = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (int k = 1; k <= 6; k++) {
                ExponentTable.Entry e = ExponentTable.find(table.get(), "He" + k);
                got.add(ExponentTable.text(e.information()));
                expect(failures, "IE(He" + k + ")", e.information(), k);
                r.evidence(e.describe());
            }
            finish(r, "1, 2, 3, 4, 5, 6", String.join(", ", got), failures);
        });
    }

    static ClaimCheck polynomialGenerative(Supplier<List<ExponentTable.Entry>> table) {
        Claim claim = new Claim("exponents.polynomial-generative", "Generative exponent of polynomial links",
                "GE(σ) = 2 for a non-constant even polynomial σ, GE(σ) = 1 for a polynomial that is not even",
                List.of(Source.math("§3"), Source.notes("generative-exponent-polynomial.md"),
                        Source.literature("Damian, Pillaud-Vivien, Lee, Bruna (2024), generative exponent")),
                Method.exact(METHOD));
        return ClaimCheck.of(claim, (ctx, r) -> {
            List<String> keys = List.of("He1", "He2", "He3", "He4", "He5", "He6", "He3 + He2");
            List<String> predicted = new ArrayList<>();
            List<String> got = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (String key : keys) {
                ExponentTable.Entry e = ExponentTable.find(table.get(), key);
                int expected = e.row().model().link().parity() == Parity.EVEN ? 2 : 1;
                predicted.add(key + ": " + expected);
                got.add(key + ": " + ExponentTable.text(e.generative()));
                expect(failures, "GE(" + key + ")", e.generative(), expected);
                r.evidence(e.describe() + " [" + e.row().model().link().parity().name().toLowerCase() + "]");
            }
            finish(r, String.join("; ", predicted), String.join("; ", got), failures);
            r.setting("links", String.join("; ", keys));
        });
    }

    static ClaimCheck he3Powers(Supplier<List<ExponentTable.Entry>> table) {
        Claim claim = new Claim("exponents.he3-powers", "Power exponents of He3",
                "p_k = IE(He_3^k) = 3, 2, 1 for k = 1, 2, 3",
                List.of(Source.math("§6, worked case"), Source.paper("worked example σ* = He_3")), Method.exact(METHOD));
        return ClaimCheck.of(claim, (ctx, r) -> {
            ExponentTable.Entry e = ExponentTable.find(table.get(), "He3");
            List<String> failures = new ArrayList<>();
            List<String> got = new ArrayList<>();
            int[] expected = {3, 2, 1};
            for (int k = 1; k <= 3; k++) {
                got.add(ExponentTable.text(e.power(k)));
                expect(failures, "p_" + k + "(He3)", e.power(k), expected[k - 1]);
            }
            r.evidence(e.describe());
            finish(r, "3, 2, 1", String.join(", ", got), failures);
        });
    }

    static ClaimCheck ordering(Supplier<List<ExponentTable.Entry>> table) {
        Claim claim = new Claim("exponents.ordering", "Generative below information and power exponents",
                "p* <= p for every label model; p* <= min_k p_k for deterministic links",
                List.of(Source.math("§3")), Method.numerical(METHOD + "; every row of the built-in table"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            List<String> failures = new ArrayList<>();
            int checked = 0;
            Certainty certainty = Certainty.EXACT;
            for (ExponentTable.Entry e : table.get()) {
                OptionalInt ge = e.generative();
                certainty = certainty.and(e.report().generativeExponent().certainty())
                        .and(e.report().informationExponent().certainty());
                r.evidence(e.describe());
                if (ge.isEmpty()) {
                    continue;
                }
                if (e.information().isPresent()) {
                    checked++;
                    if (ge.getAsInt() > e.information().getAsInt()) {
                        failures.add(e.row().key() + ": p* = " + ge.getAsInt() + " > p = " + e.information().getAsInt());
                    }
                }
                if (e.row().labels().equals("deterministic")) {
                    for (int k = 1; k <= e.report().powerExponents().size(); k++) {
                        OptionalInt pk = e.power(k);
                        if (pk.isPresent()) {
                            checked++;
                            if (ge.getAsInt() > pk.getAsInt()) {
                                failures.add(e.row().key() + ": p* = " + ge.getAsInt() + " > p_" + k + " = "
                                        + pk.getAsInt());
                            }
                        }
                    }
                }
            }
            r.setting("rows", table.get().size());
            r.setting("weakest certainty", certainty.label());
            finish(r, "p* <= p, p* <= p_k", (checked - failures.size()) + " of " + checked + " inequalities hold",
                    failures);
        });
    }

    static ClaimCheck evenLinks(Supplier<List<ExponentTable.Entry>> table) {
        Claim claim = new Claim("exponents.even-links", "Even links have generative exponent at least 2",
                "σ even and non-constant => GE(σ) >= 2",
                List.of(Source.math("§3")), Method.numerical(METHOD + "; the even deterministic rows of the table"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            List<String> failures = new ArrayList<>();
            List<String> got = new ArrayList<>();
            for (ExponentTable.Entry e : table.get()) {
                if (!e.row().labels().equals("deterministic") || e.row().model().link().parity() != Parity.EVEN) {
                    continue;
                }
                got.add(e.row().key() + ": " + ExponentTable.text(e.generative()));
                r.evidence(e.describe());
                if (e.generative().isPresent() && e.generative().getAsInt() < 2) {
                    failures.add("GE(" + e.row().key() + ") = " + e.generative().getAsInt() + " < 2");
                }
            }
            finish(r, ">= 2", String.join("; ", got), failures);
        });
    }

    static ClaimCheck otherLabels(Supplier<List<ExponentTable.Entry>> table) {
        Claim claim = new Claim("exponents.other-labels", "Binary and noisy labels",
                "binary labels with P(y=1|z) = q(z): p* = IE(q); Gaussian label noise keeps p* of the noiseless link",
                List.of(Source.math("§3"), Source.notes("generative-exponent-other-labels.md")), Method.exact(METHOD));
        return ClaimCheck.of(claim, (ctx, r) -> {
            List<String> failures = new ArrayList<>();
            List<String> got = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            for (ExponentTable.Entry e : table.get()) {
                switch (e.row().labels()) {
                    case "binary" -> {
                        predicted.add(e.row().key() + ": " + ExponentTable.text(e.information()));
                        got.add(e.row().key() + ": " + ExponentTable.text(e.generative()));
                        if (!e.generative().equals(e.information())) {
                            failures.add(e.row().key() + ": p* = " + ExponentTable.text(e.generative()) + " but IE(q) = "
                                    + ExponentTable.text(e.information()));
                        }
                        r.evidence(e.describe());
                    }
                    case "noisy" -> {
                        ExponentTable.Entry clean = ExponentTable.find(table.get(), e.row().link());
                        predicted.add(e.row().key() + ": " + ExponentTable.text(clean.generative()));
                        got.add(e.row().key() + ": " + ExponentTable.text(e.generative()));
                        if (!e.generative().equals(clean.generative())) {
                            failures.add(e.row().key() + ": p* = " + ExponentTable.text(e.generative())
                                    + " but the noiseless link has p* = " + ExponentTable.text(clean.generative()));
                        }
                        r.evidence(e.describe());
                        r.evidence(clean.describe());
                    }
                    default -> {
                    }
                }
            }
            finish(r, String.join("; ", predicted), String.join("; ", got), failures);
        });
    }

    private static void expect(List<String> failures, String what, OptionalInt got, int expected) {
        if (got.isEmpty() || got.getAsInt() != expected) {
            failures.add(what + " = " + ExponentTable.text(got) + ", expected " + expected);
        }
    }

    private static void finish(ClaimResult.Builder r, String predicted, String measured, List<String> failures) {
        r.predicted(Quantity.of(predicted));
        r.measured(Quantity.of(measured));
        r.verdict(failures.isEmpty() ? Verdict.confirmed("every row agrees")
                : Verdict.refuted(String.join("; ", failures)));
    }
}
