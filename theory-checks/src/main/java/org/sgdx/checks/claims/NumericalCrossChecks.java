package org.sgdx.checks.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.sgdx.reference.hermite.Basis;
import org.sgdx.reference.hermite.Coefficient;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.numeric.GaussHermiteRule;
import org.sgdx.reference.poly.Hermite;

/**
 * Cross-checks of double-precision numbers against the reference's high-precision values (the in-process
 * counterpart of the mpmath reference data): the double evaluation of links used by the simulators, and Hermite
 * coefficients computed in double by an independent Gauss–Hermite rule.
 */
public final class NumericalCrossChecks {

    /** Links whose double evaluation is checked. */
    static final List<String> VALUE_LINKS = List.of("He3", "He6", "h4", "z^5 - 2*z^2 + 1", "relu", "abs", "sign",
            "relu(z)^2", "tanh", "erf", "sigmoid", "sin", "cos", "exp(z/2)", "tanh(2*z) + 0.5*He2", "erf(z/2)*z");

    /** Smooth links whose coefficients are checked by Gauss–Hermite quadrature. */
    static final List<String> QUADRATURE_LINKS = List.of("He3", "He4 + He2", "tanh", "erf", "sigmoid", "sin", "cos",
            "exp(z/2)");

    /** The tolerance of link values, in units of {@code ulp(max(|σ(z)|, 1))}. */
    static final double VALUE_TOLERANCE_ULPS = 16;

    /** The Gauss–Hermite rule's points. */
    static final int QUADRATURE_POINTS = 150;

    /** The tolerance of quadrature coefficients, relative to {@code ‖σ‖₂ = (Σ c_k²)^{1/2}}. */
    static final double QUADRATURE_TOLERANCE = 1e-13;

    private static final int REFERENCE_DIGITS = 40;
    private static final int REFERENCE_COEFFICIENT_DIGITS = 20;

    private NumericalCrossChecks() {
    }

    /** The checks, in report order. */
    public static List<ClaimCheck> all() {
        return List.of(linkValues(), gaussHermite());
    }

    static ClaimCheck linkValues() {
        Claim claim = new Claim("numerics.link-values", "Double-precision link values",
                "|σ_double(z) - σ(z)| <= 16 ulp(max(|σ(z)|, 1)) for z = i/64, |z| <= 8 (32 in full mode)",
                List.of(Source.math("§2"), Source.notes("numerical-hermite-coefficients.md")),
                Method.numerical("Link.value(double) against Expr.value at 40 significant digits on exactly"
                        + " representable points; absolute error in units of ulp(max(|σ|, 1)), which is the relative"
                        + " error in ulps where |σ| >= 1 and allows for cancellation near zeros of σ"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            int range = ctx.isFull() ? 32 : 8;
            MathContext mc = new MathContext(REFERENCE_DIGITS, RoundingMode.HALF_EVEN);
            double worst = 0;
            String worstAt = "";
            int points = 0;
            for (String spec : VALUE_LINKS) {
                Link link = Link.parse(spec);
                double linkWorst = 0;
                double linkWorstUlps = 0;
                double at = 0;
                for (int i = -64 * range; i <= 64 * range; i++) {
                    double z = i / 64.0;
                    double d = link.value(z);
                    BigDecimal exact = link.expression().value(new BigDecimal(z), mc);
                    double ed = exact.doubleValue();
                    if (!Double.isFinite(ed)) {
                        continue;
                    }
                    points++;
                    double diff = Double.isFinite(d) ? new BigDecimal(d).subtract(exact).abs().doubleValue()
                            : Double.POSITIVE_INFINITY;
                    double mixed = diff / Math.ulp(Math.max(Math.abs(ed), 1.0));
                    double ulps = ed == 0 ? (diff == 0 ? 0 : Double.POSITIVE_INFINITY) : diff / Math.ulp(ed);
                    linkWorstUlps = Math.max(linkWorstUlps, ulps);
                    if (mixed > linkWorst) {
                        linkWorst = mixed;
                        at = z;
                    }
                }
                r.evidence(String.format(Locale.ROOT, "%s: max error %.3g ulp(max(|σ|,1)) at z = %s; max relative"
                        + " error %.3g ulps", spec, linkWorst, at, linkWorstUlps));
                if (linkWorst >= worst) {
                    worst = linkWorst;
                    worstAt = spec + " at z = " + at;
                }
            }
            r.predicted(Quantity.of("<= " + Quantity.format(VALUE_TOLERANCE_ULPS) + " ulps", VALUE_TOLERANCE_ULPS));
            r.measured(Quantity.of(String.format(Locale.ROOT, "%.3g ulps (%s)", worst, worstAt), worst));
            r.setting("points per link", 128 * range + 1);
            r.setting("points compared", points);
            r.setting("reference digits", REFERENCE_DIGITS);
            r.setting("links", String.join("; ", VALUE_LINKS));
            r.verdict(worst <= VALUE_TOLERANCE_ULPS
                    ? Verdict.confirmed(String.format(Locale.ROOT, "largest error %.3g ulps <= %s", worst,
                            Quantity.format(VALUE_TOLERANCE_ULPS)))
                    : Verdict.refuted(String.format(Locale.ROOT, "largest error %.3g ulps > %s (%s)", worst,
                            Quantity.format(VALUE_TOLERANCE_ULPS), worstAt)));
        });
    }

    static ClaimCheck gaussHermite() {
        Claim claim = new Claim("numerics.gauss-hermite", "Hermite coefficients: double quadrature vs reference",
                "|c_k^GH - c_k| <= 1e-13 ‖σ‖₂ for k <= 12, smooth links, 150-point Gauss-Hermite in double",
                List.of(Source.math("§2"), Source.notes("numerical-hermite-coefficients.md")),
                Method.numerical("c_k = Σ W_i σ(z_i) h_k(z_i) with a 150-point Gauss-Hermite rule computed in double"
                        + " (Newton on the orthonormal recurrence) against LinkCoefficients.of(link, 12, h, 20);"
                        + " tolerance relative to the L² norm of the link"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            int maxDegree = 12;
            GaussHermiteRule rule = GaussHermiteRule.of(QUADRATURE_POINTS);
            double worst = 0;
            String worstAt = "";
            for (String spec : QUADRATURE_LINKS) {
                Link link = Link.parse(spec);
                List<Coefficient> reference = LinkCoefficients.of(link, maxDegree, Basis.H, REFERENCE_COEFFICIENT_DIGITS);
                double[] c = new double[maxDegree + 1];
                for (int i = 0; i < rule.size(); i++) {
                    double z = rule.node(i);
                    double f = link.value(z) * rule.weight(i);
                    double[] h = Hermite.hValues(z, maxDegree);
                    for (int k = 0; k <= maxDegree; k++) {
                        c[k] += f * h[k];
                    }
                }
                double norm = 0;
                for (Coefficient cf : reference) {
                    norm += cf.value().doubleValue() * cf.value().doubleValue();
                }
                norm = Math.sqrt(norm);
                double linkWorst = 0;
                int worstK = 0;
                for (int k = 0; k <= maxDegree; k++) {
                    double e = Math.abs(c[k] - reference.get(k).value().doubleValue()) / norm;
                    if (e > linkWorst) {
                        linkWorst = e;
                        worstK = k;
                    }
                }
                r.evidence(String.format(Locale.ROOT, "%s: ‖σ‖ = %.6g (from c_0..c_12), max |c_k^GH - c_k| / ‖σ‖ ="
                        + " %.3g at k = %d (%.3g double epsilons)", spec, norm, linkWorst, worstK,
                        linkWorst / Math.ulp(1.0)));
                if (linkWorst >= worst) {
                    worst = linkWorst;
                    worstAt = spec + ", k = " + worstK;
                }
            }
            r.predicted(Quantity.of("<= 1e-13", QUADRATURE_TOLERANCE));
            r.measured(Quantity.of(String.format(Locale.ROOT, "%.3g (%s)", worst, worstAt), worst));
            r.setting("Gauss-Hermite points", QUADRATURE_POINTS);
            r.setting("reference digits", REFERENCE_COEFFICIENT_DIGITS);
            r.setting("links", String.join("; ", QUADRATURE_LINKS));
            r.verdict(worst <= QUADRATURE_TOLERANCE
                    ? Verdict.confirmed(String.format(Locale.ROOT, "largest relative error %.3g <= 1e-13", worst))
                    : Verdict.refuted(String.format(Locale.ROOT, "largest relative error %.3g > 1e-13 (%s)", worst,
                            worstAt)));
        });
    }
}
