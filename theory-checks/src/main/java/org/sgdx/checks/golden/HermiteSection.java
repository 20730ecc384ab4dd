package org.sgdx.checks.golden;

import java.util.ArrayList;
import java.util.List;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.hermite.Basis;
import org.sgdx.reference.hermite.Coefficient;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.numeric.Estimate;

/**
 * Hermite coefficients {@code c_k} (kind {@code hermite_c}) and {@code u_k} (kind {@code hermite_u}) of a list of
 * links, {@code k = 0..K}, from {@link LinkCoefficients} (MATH.md §2): exact values with their closed form, or
 * numerical estimates with their error estimates.
 *
 * @param links the link specifications
 * @param maxDegree {@code K}
 * @param digits the significant digits of the values
 */
public record HermiteSection(List<String> links, int maxDegree, int digits) implements GoldenSection {

    /** The links exported by default: polynomials, breakpoint-0 piecewise polynomials and smooth links. */
    public static final List<String> DEFAULT_LINKS = List.of("He3", "He4", "He3 + He2", "relu", "abs", "sign", "step",
            "relu(z)^2", "tanh", "erf", "sigmoid", "sin", "cos");

    public HermiteSection {
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("the Hermite section needs at least one link");
        }
        if (maxDegree < 0 || maxDegree > 100) {
            throw new IllegalArgumentException("max-degree must be in 0..100, got " + maxDegree);
        }
        if (digits < 5 || digits > 200) {
            throw new IllegalArgumentException("digits must be in 5..200, got " + digits);
        }
    }

    /** The default links up to degree 12 at 30 digits. */
    public static HermiteSection defaults() {
        return new HermiteSection(DEFAULT_LINKS, 12, 30);
    }

    @Override
    public String name() {
        return "hermite";
    }

    @Override
    public String description() {
        return "Hermite coefficients c_k = E[f(Z) h_k(Z)] (hermite_c) and u_k = E[f(Z) He_k(Z)]/k! (hermite_u),"
                + " k = 0.." + maxDegree + ", " + digits + " significant digits (MATH.md §2)";
    }

    @Override
    public List<GoldenVector> vectors() {
        List<GoldenVector> out = new ArrayList<>();
        for (String spec : links) {
            Link link = Link.parse(spec);
            for (Basis basis : List.of(Basis.H, Basis.HE)) {
                String kind = basis == Basis.H ? "hermite_c" : "hermite_u";
                for (Coefficient c : LinkCoefficients.of(link, maxDegree, basis, digits)) {
                    String index = String.valueOf(c.k());
                    out.add(c.certainty() == Certainty.EXACT
                            ? GoldenNumbers.exact(kind, link.specification(), index, c.exact(), digits)
                            : GoldenNumbers.estimate(kind, link.specification(), index,
                                    new Estimate(c.value(), c.error(), c.certainty()), digits));
                }
            }
        }
        return List.copyOf(out);
    }
}
