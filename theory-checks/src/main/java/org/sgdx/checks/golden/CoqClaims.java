package org.sgdx.checks.golden;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.UpdateRuleSpec;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.dynamics.prediction.Regime;
import org.sgdx.reference.dynamics.prediction.Term;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.Link;

/**
 * The exact golden rows of polynomial links written as a Coq file of claims about the definitions of
 * {@code proofs-notes/coq} (module {@code SGDX}): Hermite coefficients {@code u_k} ({@code Gauss.u}), information and
 * power exponents ({@code Gauss.information_exponent}, {@code p_k = IE(σ*^k)}), and every coefficient {@code μ_i}
 * of the {@code mu} section as a polynomial in η or s ({@code Rules.mu}, {@code Rules.psi}), and for each of its
 * configurations the predicted exponent {@code κ(q)} with its kinks ({@code Kinks.kappa_of}). Each claim is proven by
 * computation in the kernel, so the file checks exactly when every number in it is right. Rows that are not exact
 * rationals of a polynomial link (numerical coefficients, {@code c_k} with a surd, generative exponents, relu) are
 * left out; {@link #claims()} counts what was written.
 */
public final class CoqClaims {

    /** The first line of every file written by {@link #text}; used to recognise such files. */
    public static final String TITLE = "(* sgdx golden claims for Coq";

    /** The file name written into an export directory. */
    public static final String FILE_NAME = "sgdx_golden_claims.v";

    private static final Pattern RATIONAL = Pattern.compile("(-?\\d+)(?:/(\\d+))?");

    private final StringBuilder body = new StringBuilder();
    private final Map<String, String> links = new LinkedHashMap<>();
    private int claims;

    private CoqClaims() {
    }

    /**
     * The claims for the given sections (sections other than hermite, exponents and mu contribute nothing).
     *
     * @param sections the sections of an export
     * @param provenance the software, version and time written into the header
     */
    public static CoqClaims of(List<GoldenSection> sections, Provenance provenance) {
        CoqClaims c = new CoqClaims();
        for (GoldenSection s : sections) {
            if (s instanceof HermiteSection h) {
                c.hermite(h.vectors());
            } else if (s instanceof ExponentSection e) {
                c.exponents(e.vectors());
            } else if (s instanceof MuSection m) {
                c.mu(m);
            }
        }
        c.header = TITLE + ": " + provenance.software() + " " + provenance.version() + ", " + provenance.created()
                + " *)\n";
        return c;
    }

    private String header = "";

    /** The number of claims (Coq lemmas) in the file. */
    public int claims() {
        return claims;
    }

    /** The Coq file. */
    public String text() {
        StringBuilder sb = new StringBuilder(header);
        sb.append("(* Checked by proofs-notes/coq/check DIR; every lemma is decided by vm_compute against the\n")
                .append("   definitions of proofs-notes/coq (Gauss.v, Rules.v). *)\n")
                .append("From Coq Require Import QArith Reals List Lra.\n")
                .append("From SGDX Require Import Poly Gauss Rules Theorems Kinks.\n")
                .append("Import ListNotations.\n")
                .append("Open Scope Q_scope.\n\n");
        links.forEach((spec, name) -> sb.append("(* ").append(spec).append(" *)\nDefinition ").append(name)
                .append(" : poly := ").append(coqLink(spec).orElseThrow()).append(".\n"));
        sb.append('\n').append(body);
        return sb.toString();
    }

    private void hermite(List<GoldenVector> rows) {
        for (GoldenVector v : rows) {
            if (!v.kind().equals("hermite_u")) {
                continue;
            }
            Optional<String> link = link(v.link());
            Optional<String> value = rational(v.exact().isEmpty() ? v.value() : v.exact());
            if (link.isEmpty() || value.isEmpty()) {
                continue;
            }
            lemma("u_" + link.get() + "_" + v.index(), "hermite_u " + v.link() + " " + v.index(),
                    "u " + v.index() + " " + link.get() + " ≡ pconst " + value.get(), "decide_peq");
        }
    }

    private void exponents(List<GoldenVector> rows) {
        for (GoldenVector v : rows) {
            boolean ie = v.kind().equals("information_exponent");
            if (!ie && !v.kind().equals("power_exponent")) {
                continue;
            }
            Optional<String> link = link(v.link());
            if (link.isEmpty() || !v.certainty().equals("exact") || !v.value().matches("\\d+")) {
                continue;
            }
            String k = ie ? "1" : v.index();
            lemma((ie ? "ie_" : "pe_") + link.get() + (ie ? "" : "_" + k), v.kind() + " " + v.link() + " " + v.index(),
                    "information_exponent (ppow " + link.get() + " " + k + ") " + v.value(),
                    "apply ie_check_sound; vm_compute; reflexivity");
        }
    }

    private void mu(MuSection section) {
        for (DynamicsConfiguration config : section.configurations()) {
            UpdateRuleSpec spec = config.spec();
            Optional<String> target = link(spec.target().specification());
            Optional<String> activation = link(spec.activation().specification());
            if (target.isEmpty() || activation.isEmpty()) {
                continue;
            }
            MuSection one = new MuSection(List.of(config), section.maxIndex(), section.digits());
            Map<Integer, TreeMap<Integer, String>> byIndex = new TreeMap<>();
            boolean exact = true;
            for (GoldenVector v : one.vectors()) {
                String[] in = v.index().split(":");
                Optional<String> value = rational(v.exact().isEmpty() ? v.value() : v.exact());
                if (!v.certainty().equals("exact") || value.isEmpty()) {
                    exact = false;
                    break;
                }
                byIndex.computeIfAbsent(Integer.parseInt(in[0]), i -> new TreeMap<>())
                        .put(Integer.parseInt(in[1]), value.get());
            }
            if (!exact) {
                continue;
            }
            String rate = config.inS() ? "S" : "ETA";
            String psi = "psi " + algorithm(spec.algorithm()) + " " + loss(spec.loss()) + " "
                    + q(spec.a()) + " " + activation.get();
            String id = spec.algorithm().key() + "_" + spec.loss().key() + "_" + target.get() + "_"
                    + activation.get();
            String labelled = "labelled (" + psi + ") " + target.get();
            body.append("(* ").append(config.key()).append(": ψ(σ*(A), B) computed once *)\nDefinition ")
                    .append(id).append(" : poly := Eval vm_compute in ").append(labelled).append(".\nLemma ")
                    .append(id).append("_eq : ").append(labelled).append(" = ").append(id)
                    .append(".\nProof. vm_compute; reflexivity. Qed.\n\n");
            for (Map.Entry<Integer, TreeMap<Integer, String>> e : byIndex.entrySet()) {
                StringBuilder poly = new StringBuilder("pzero");
                for (Map.Entry<Integer, String> t : e.getValue().descendingMap().entrySet()) {
                    poly.insert(0, "padd (pscale " + t.getValue() + " (ppow " + rate + " " + t.getKey() + ")) (")
                            .append(')');
                }
                lemma("mu_" + id + "_" + e.getKey(), "mu " + config.key() + " " + e.getKey() + ":*",
                        "mu (" + psi + ") " + target.get() + " " + e.getKey() + " ≡ " + poly,
                        "unfold mu; rewrite " + id + "_eq; decide_peq");
            }
            kappa(config, section.maxIndex(), section.digits(), psi, target.get(), id);
        }
    }

    /**
     * The predicted exponent {@code κ(q)} of one configuration ({@link Prediction}, MATH.md §6, §10) as claims about
     * {@code Kinks.kappa_of}: the branches (the indices {@code i} with a positive leading coefficient
     * {@code c r^k} of {@code μ_i}, with their {@code k}), then on each of the reference's regimes
     * {@code [from, to]} the line {@code κ(q) = intercept + slope·q} of its winning term. Consecutive regimes meet
     * at the kinks, so the claims state every kink and the exponent between them.
     */
    private void kappa(DynamicsConfiguration config, int maxIndex, int digits, String psi, String target, String id) {
        DriftCoefficients coefficients = config.coefficients(maxIndex, digits);
        Prediction prediction = Prediction.of(coefficients);
        int last = coefficients.mu().stream().mapToInt(DriftCoefficients.Mu::i).max().orElse(0);
        List<String> branches = new ArrayList<>();
        for (Term t : prediction.terms()) {
            if (t.coefficient().signum() > 0) {
                branches.add("(" + t.i() + ", " + t.etaPower() + ")");
            }
        }
        if (branches.isEmpty()) {
            return;
        }
        int rate = config.inS() ? 5 : 4;
        int offset = config.inS() ? 1 : 0;
        String rule = "branches (" + psi + ") " + target + " " + rate + " " + last;
        lemma(id + "_branches", "kappa " + config.key() + " branches",
                rule + " = [" + String.join("; ", branches) + "]%nat",
                "unfold branches; rewrite " + id + "_eq; vm_compute; reflexivity");
        List<Regime> regimes = prediction.regimes();
        for (int j = 0; j < regimes.size(); j++) {
            Regime r = regimes.get(j);
            if (r.term().isEmpty()) {
                continue;
            }
            Term t = r.term().get();
            StringBuilder statement = new StringBuilder("forall q : R, ");
            r.from().ifPresent(f -> statement.append("(").append(real(f)).append(" <= q)%R -> "));
            r.to().ifPresent(f -> statement.append("(q <= ").append(real(f)).append(")%R -> "));
            statement.append("kappa_of ").append(offset).append(" (").append(rule).append(") q = (")
                    .append(real(t.intercept())).append(" + ").append(real(t.slope())).append(" * q)%R");
            lemma("kappa_" + id + "_" + (j + 1), "kappa " + config.key() + " regime " + (j + 1) + ": q in ["
                    + r.from().map(BigFraction::toString).orElse("-inf") + ", "
                    + r.to().map(BigFraction::toString).orElse("inf") + "], term mu_" + t.i(), statement.toString(),
                    "intros q" + r.from().map(f -> " ?").orElse("") + r.to().map(f -> " ?").orElse("")
                            + "; rewrite " + id + "_branches; solve_kappa");
        }
    }

    /** A real literal {@code p} or {@code (p/q)} for Coq's {@code R} scope, which {@code lra} reads. */
    static String real(BigFraction f) {
        return f.getDenominator().equals(BigInteger.ONE) ? "(" + f.getNumerator() + ")"
                : "(" + f.getNumerator() + "/" + f.getDenominator() + ")";
    }

    private void lemma(String name, String row, String statement, String proof) {
        body.append("(* ").append(row).append(" *)\nLemma ").append(name).append(" : ").append(statement)
                .append(".\nProof. ").append(proof).append(". Qed.\n\n");
        claims++;
    }

    private Optional<String> link(String spec) {
        if (links.containsKey(spec)) {
            return Optional.of(links.get(spec));
        }
        if (coqLink(spec).isEmpty()) {
            return Optional.empty();
        }
        String name = "link" + (links.size() + 1);
        links.put(spec, name);
        return Optional.of(name);
    }

    /** The Coq polynomial (in {@code X}) of a link specification, when the link is a polynomial. */
    static Optional<String> coqLink(String spec) {
        try {
            return coq(Link.parse(spec).expression());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> coq(Expr e) {
        if (e instanceof Expr.Constant c) {
            return Optional.of("(pconst " + q(c.value()) + ")");
        } else if (e instanceof Expr.Variable) {
            return Optional.of("X");
        } else if (e instanceof Expr.Hermite h && !h.normalised()) {
            return coq(h.argument()).map(a -> "(He " + h.degree() + " " + a + ")");
        } else if (e instanceof Expr.Sum s) {
            return coq(s.left()).flatMap(l -> coq(s.right()).map(r -> "(padd " + l + " " + r + ")"));
        } else if (e instanceof Expr.Product p) {
            return coq(p.left()).flatMap(l -> coq(p.right()).map(r -> "(pmul " + l + " " + r + ")"));
        } else if (e instanceof Expr.Power p) {
            return coq(p.base()).map(b -> "(ppow " + b + " " + p.exponent() + ")");
        }
        return Optional.empty();
    }

    private static String algorithm(Algorithm a) {
        return switch (a) {
            case ONLINE -> "Online";
            case ALTERNATING -> "Alternating";
            case REUSE -> "Reuse";
        };
    }

    private static String loss(Loss l) {
        return switch (l) {
            case SQUARED -> "Squared";
            case CORRELATION -> "Correlation";
        };
    }

    /** A Coq rational literal {@code (p # q)}. */
    static String q(BigFraction f) {
        return "(" + f.getNumerator() + " # " + f.getDenominator() + ")";
    }

    /** The Coq literal of an exact rational written {@code p} or {@code p/q}; empty for anything else. */
    static Optional<String> rational(String text) {
        Matcher m = RATIONAL.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigFraction f = m.group(2) == null ? BigFraction.of(new BigInteger(m.group(1)))
                : BigFraction.of(new BigInteger(m.group(1)), new BigInteger(m.group(2)));
        return Optional.of(q(f));
    }
}
