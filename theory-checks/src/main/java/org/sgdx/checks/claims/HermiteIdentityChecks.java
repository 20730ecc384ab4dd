package org.sgdx.checks.claims;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.hermite.Basis;
import org.sgdx.reference.hermite.HermiteSeries;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.poly.Hermite;
import org.sgdx.reference.poly.RationalPolynomial;
import org.sgdx.reference.poly.SurdPiecewise;

/**
 * Exact checks of the Hermite identities of MATH.md §2 through the reference classes, each by a route other than the
 * one the reference uses to compute with it: Gaussian expectations from the monomial moments
 * {@code E[Z^n] = (n − 1)!!} of exact products, the bivariate Gaussian {@code V = ρU + √(1 − ρ²) W} expanded
 * exactly for rational {@code ρ}, and exact Hermite coefficients of links and of their derivatives.
 */
public final class HermiteIdentityChecks {

    private static final List<Source> HERMITE = List.of(Source.math("§2"), Source.notes("hermite-conventions.md"));

    /** Links of the Stein check: continuous, with an exact form, and an exact a.e. derivative. */
    static final List<String> STEIN_LINKS = List.of("He3", "z^5 - 2*z^2 + 1", "relu", "abs", "relu(z)^2",
            "sign(z)*z^2", "z^3*step(z)", "0.5*He4 - He1");

    private static final List<BigFraction> CORRELATIONS = List.of(BigFraction.of(1, 3), BigFraction.of(-2, 5),
            BigFraction.of(5, 7));

    private HermiteIdentityChecks() {
    }

    /** The checks, in report order. */
    public static List<ClaimCheck> all() {
        return List.of(orthogonality(), linearisation(), mehler(), stein(), changeOfBasis(), he3WorkedCase());
    }

    /** {@code E[He_j(Z) He_k(Z)] = k! δ_jk}. */
    static ClaimCheck orthogonality() {
        Claim claim = new Claim("hermite.orthogonality", "Orthogonality of He_k",
                "E[He_j(Z) He_k(Z)] = k! δ_jk, Z ~ N(0,1)", HERMITE,
                Method.exact("expectation of the exact product polynomial from E[Z^n] = (n-1)!!, for 0 <= j, k <= 12"
                        + " (20 in full mode)"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            int max = ctx.isFull() ? 20 : 12;
            List<String> failures = new ArrayList<>();
            int pairs = 0;
            for (int j = 0; j <= max; j++) {
                for (int k = 0; k <= max; k++) {
                    BigFraction e = gaussianExpectation(Hermite.he(j).multiply(Hermite.he(k)));
                    BigFraction expected = j == k ? BigFraction.of(Hermite.factorial(k)) : BigFraction.ZERO;
                    pairs++;
                    if (!e.equals(expected)) {
                        failures.add("E[He_" + j + " He_" + k + "] = " + e + ", expected " + expected);
                    }
                }
            }
            finish(r, "k! δ_jk", pairs, failures, "pairs (j, k)");
            r.setting("max degree", max);
            r.evidence("He_j and He_k from the recurrence He_{k+1} = z He_k - k He_{k-1} (Hermite.he), multiplied as"
                    + " rational polynomials; E[Z^n] = (n-1)!! for even n, 0 for odd n.");
        });
    }

    /** {@code He_m He_n = Σ_r C(m,r) C(n,r) r! He_{m+n−2r}}. */
    static ClaimCheck linearisation() {
        Claim claim = new Claim("hermite.linearisation", "Product linearisation",
                "He_m He_n = Σ_{r=0}^{min(m,n)} C(m,r) C(n,r) r! He_{m+n-2r}", HERMITE,
                Method.exact("the linearised series (HermiteSeries.heProduct) converted to the monomial basis equals"
                        + " the product of the monomial forms of He_m and He_n, for 0 <= m, n <= 12 (16 in full mode)"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            int max = ctx.isFull() ? 16 : 12;
            List<String> failures = new ArrayList<>();
            int pairs = 0;
            for (int m = 0; m <= max; m++) {
                for (int n = 0; n <= max; n++) {
                    RationalPolynomial product = Hermite.he(m).multiply(Hermite.he(n));
                    HermiteSeries linearised = HermiteSeries.heProduct(m, n);
                    pairs++;
                    if (!linearised.toPolynomial().equals(product)
                            || !HermiteSeries.ofPolynomial(product).equals(linearised)) {
                        failures.add("He_" + m + " He_" + n + ": " + linearised + " vs " + product);
                    }
                }
            }
            finish(r, "C(m,r) C(n,r) r! weights", pairs, failures, "pairs (m, n)");
            r.setting("max degree", max);
            r.evidence("both directions of the exact change of basis are compared: series -> monomials and"
                    + " monomials -> series.");
        });
    }

    /** Mehler: {@code E[He_i(U) He_j(V)] = δ_ij i! ρ^i} for a correlated standard Gaussian pair. */
    static ClaimCheck mehler() {
        Claim claim = new Claim("hermite.mehler", "Mehler's formula",
                "E[He_i(U) He_j(V)] = δ_ij i! ρ^i for standard normal (U, V) with correlation ρ", HERMITE,
                Method.exact("V = ρU + sW with s² = 1 - ρ² and W independent; He_j(V) expanded binomially, even powers"
                        + " of s are rational; ρ in {1/3, -2/5, 5/7}, 0 <= i, j <= 8 (12 in full mode)"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            int max = ctx.isFull() ? 12 : 8;
            List<String> failures = new ArrayList<>();
            int cases = 0;
            for (BigFraction rho : CORRELATIONS) {
                for (int i = 0; i <= max; i++) {
                    for (int j = 0; j <= max; j++) {
                        BigFraction e = correlatedExpectation(i, j, rho);
                        BigFraction expected = i == j ? rho.pow(i).multiply(Hermite.factorial(i)) : BigFraction.ZERO;
                        cases++;
                        if (!e.equals(expected)) {
                            failures.add("rho = " + rho + ": E[He_" + i + "(U) He_" + j + "(V)] = " + e + ", expected "
                                    + expected);
                        }
                    }
                }
            }
            finish(r, "δ_ij i! ρ^i", cases, failures, "cases (ρ, i, j)");
            r.setting("correlations", "1/3, -2/5, 5/7");
            r.setting("max degree", max);
        });
    }

    /** Stein: {@code E[f'(Z) He_{k−1}(Z)] = E[f(Z) He_k(Z)]}, i.e. {@code u_{k−1}(f') = k u_k(f)}; and {@code He_k' = k He_{k−1}}. */
    static ClaimCheck stein() {
        Claim claim = new Claim("hermite.stein", "Stein's identity",
                "E[f'(Z) He_{k-1}(Z)] = E[f(Z) He_k(Z)], equivalently u_{k-1}(f') = k u_k(f); He_k' = k He_{k-1}",
                List.of(Source.math("§2"), Source.notes("hermite-conventions.md"), Source.notes("half-line-moments.md")),
                Method.exact("exact coefficients (LinkCoefficients.exactCoefficients) of continuous links and of their"
                        + " a.e. derivatives (Expr.derivative), k = 1..12 (20 in full mode); He_k' from the monomial"
                        + " form"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            int max = ctx.isFull() ? 20 : 12;
            List<String> failures = new ArrayList<>();
            int cases = 0;
            for (String spec : STEIN_LINKS) {
                Link f = Link.parse(spec);
                Link df = new Link("d/dz(" + spec + ")", f.expression().derivative());
                Optional<SurdPiecewise> ff = f.exactForm();
                Optional<SurdPiecewise> dff = df.exactForm();
                if (ff.isEmpty() || dff.isEmpty()) {
                    failures.add(spec + ": no exact form of the link or of its derivative");
                    continue;
                }
                List<ExactReal> u = LinkCoefficients.exactCoefficients(ff.get(), max, Basis.HE);
                List<ExactReal> du = LinkCoefficients.exactCoefficients(dff.get(), max, Basis.HE);
                for (int k = 1; k <= max; k++) {
                    cases++;
                    ExactReal lhs = du.get(k - 1);
                    ExactReal rhs = u.get(k).multiply(BigFraction.of(k));
                    if (!lhs.subtract(rhs).isZero()) {
                        failures.add(spec + ", k = " + k + ": u_" + (k - 1) + "(f') = " + lhs + " but k u_k(f) = " + rhs);
                    }
                }
                r.evidence(spec + ": f' = " + df.expression());
            }
            for (int k = 1; k <= max; k++) {
                cases++;
                if (!Hermite.he(k).derivative().equals(Hermite.he(k - 1).multiply(BigFraction.of(k)))) {
                    failures.add("He_" + k + "' != " + k + " He_" + (k - 1));
                }
            }
            finish(r, "u_{k-1}(f') = k u_k(f)", cases, failures, "cases (link, k) and derivatives He_k'");
            r.setting("links", String.join("; ", STEIN_LINKS));
            r.setting("max degree", max);
        });
    }

    /** Monomial ↔ Hermite change of basis is exact, and Parseval {@code E f² = Σ k! u_k²}. */
    static ClaimCheck changeOfBasis() {
        Claim claim = new Claim("hermite.change-of-basis", "Exact change of basis and Parseval",
                "z^n = Σ_j n!/(2^j j! (n-2j)!) He_{n-2j} exactly; E[f(Z)²] = Σ_k k! u_k(f)²", HERMITE,
                Method.exact("round trips monomials -> series -> monomials for z^n, n <= 16, and for He_k, k <= 16;"
                        + " E f² from monomial moments against Σ k! u_k² for each"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            int max = 16;
            List<String> failures = new ArrayList<>();
            int cases = 0;
            for (int n = 0; n <= max; n++) {
                for (RationalPolynomial p : List.of(RationalPolynomial.monomial(BigFraction.ONE, n), Hermite.he(n))) {
                    cases++;
                    HermiteSeries s = HermiteSeries.ofPolynomial(p);
                    if (!s.toPolynomial().equals(p)) {
                        failures.add("round trip of " + p);
                    }
                    if (!gaussianExpectation(p.multiply(p)).equals(s.normSquared())) {
                        failures.add("Parseval for " + p + ": " + gaussianExpectation(p.multiply(p)) + " vs "
                                + s.normSquared());
                    }
                }
            }
            finish(r, "exact round trips, Parseval", cases, failures, "polynomials");
            r.setting("max degree", max);
        });
    }

    /** The worked case of MATH.md §6: {@code He_3² = He_6 + 9He_4 + 18He_2 + 6}, {@code u_2(He_3²) = 18}, {@code u_1(He_3³) = 324}. */
    static ClaimCheck he3WorkedCase() {
        Claim claim = new Claim("hermite.he3-worked-case", "The He3 worked case",
                "He_3² = He_6 + 9 He_4 + 18 He_2 + 6; u_2(He_3²) = 18; u_1(He_3³) = 324",
                List.of(Source.math("§6, worked case"), Source.paper("worked example σ* = σ = He_3")),
                Method.exact("HermiteSeries.pow (linearisation) and, independently, the exact coefficients of the links"
                        + " He3^2 and He3^3 through their piecewise-polynomial exact forms"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            HermiteSeries square = HermiteSeries.he(3).pow(2);
            HermiteSeries cube = HermiteSeries.he(3).pow(3);
            List<ExactReal> uSquare = LinkCoefficients.exactCoefficients(Link.parse("He3^2").exactForm().orElseThrow(),
                    6, Basis.HE);
            List<ExactReal> uCube = LinkCoefficients.exactCoefficients(Link.parse("He3^3").exactForm().orElseThrow(),
                    9, Basis.HE);
            List<String> failures = new ArrayList<>();
            if (!square.equals(HermiteSeries.ofIntegers(6, 0, 18, 0, 9, 0, 1))) {
                failures.add("He_3^2 = " + square);
            }
            if (!square.u(2).equals(BigFraction.of(18)) || !uSquare.get(2).equals(ExactReal.of(BigFraction.of(18)))) {
                failures.add("u_2(He_3^2) = " + square.u(2) + " (series), " + uSquare.get(2) + " (link)");
            }
            if (!cube.u(1).equals(BigFraction.of(324)) || !uCube.get(1).equals(ExactReal.of(BigFraction.of(324)))) {
                failures.add("u_1(He_3^3) = " + cube.u(1) + " (series), " + uCube.get(1) + " (link)");
            }
            r.predicted(Quantity.of("He_6 + 9He_4 + 18He_2 + 6; 18; 324"));
            r.measured(Quantity.of(square + "; " + square.u(2) + "; " + cube.u(1)));
            r.evidence("He_3^2 = " + square + " (series)");
            r.evidence("u_k(He3^2), k = 0..6 (link): " + uSquare);
            r.evidence("He_3^3 = " + cube + " (series)");
            r.verdict(Verdicts.exact(failures.isEmpty(), String.join("; ", failures)));
        });
    }

    private static void finish(ClaimResult.Builder r, String predicted, int cases, List<String> failures,
            String what) {
        r.predicted(Quantity.of(predicted));
        r.measured(Quantity.of((cases - failures.size()) + " of " + cases + " " + what + " agree"));
        r.evidence(cases + " " + what + " checked in exact rational arithmetic; " + failures.size() + " disagree.");
        for (int i = 0; i < Math.min(5, failures.size()); i++) {
            r.evidence("disagreement: " + failures.get(i));
        }
        r.verdict(Verdicts.exact(failures.isEmpty(), failures.size() + " of " + cases + " " + what + " disagree, e.g. "
                + (failures.isEmpty() ? "" : failures.get(0))));
    }

    /** {@code E[p(Z)]} for {@code Z ~ N(0, 1)}: {@code Σ a_n (n − 1)!!} over even {@code n}. */
    static BigFraction gaussianExpectation(RationalPolynomial p) {
        BigFraction s = BigFraction.ZERO;
        for (int n = 0; n <= p.degree(); n += 2) {
            BigFraction a = p.coefficient(n);
            if (a.signum() != 0) {
                s = s.add(a.multiply(doubleFactorial(n - 1)));
            }
        }
        return s;
    }

    /**
     * {@code E[He_i(U) He_j(ρU + sW)]} with {@code s² = 1 − ρ²}, exactly: expanding
     * {@code (ρu + sw)^n = Σ_l C(n,l) ρ^{n−l} s^l u^{n−l} w^l}, only even {@code l} survive, with
     * {@code E[W^l] = (l − 1)!!} and {@code s^l = (1 − ρ²)^{l/2}}.
     */
    static BigFraction correlatedExpectation(int i, int j, BigFraction rho) {
        BigInteger[] a = Hermite.heCoefficients(i);
        BigInteger[] b = Hermite.heCoefficients(j);
        BigFraction s2 = BigFraction.ONE.subtract(rho.multiply(rho));
        BigFraction total = BigFraction.ZERO;
        for (int n = 0; n < b.length; n++) {
            if (b[n].signum() == 0) {
                continue;
            }
            for (int l = 0; l <= n; l += 2) {
                BigFraction wPart = BigFraction.of(binomial(n, l).multiply(doubleFactorial(l - 1))).multiply(
                        s2.pow(l / 2)).multiply(rho.pow(n - l));
                BigFraction uPart = BigFraction.ZERO;
                for (int q = 0; q < a.length; q++) {
                    int power = q + n - l;
                    if (a[q].signum() != 0 && power % 2 == 0) {
                        uPart = uPart.add(BigFraction.of(a[q].multiply(doubleFactorial(power - 1))));
                    }
                }
                total = total.add(wPart.multiply(uPart).multiply(BigFraction.of(b[n])));
            }
        }
        return total;
    }

    private static BigInteger doubleFactorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int k = n; k > 1; k -= 2) {
            r = r.multiply(BigInteger.valueOf(k));
        }
        return r;
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return r;
    }
}
