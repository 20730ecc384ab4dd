package org.sgdx.reference.exponent;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.hermite.HermiteCoefficients;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.poly.Hermite;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.RationalPolynomial;
import org.sgdx.reference.poly.SurdPiecewise;

/**
 * The generative exponent of a deterministic link where a theorem decides it exactly, and the exact values of
 * {@code E_y[ζ_k(y)²]} where they have a closed form (MATH.md §3).
 *
 * <ul>
 *   <li>Links with an exact form (polynomials and breakpoint-0 piecewise polynomials, possibly with surd
 *       coefficients): a constant link has no generative exponent; a non-constant even link has {@code p* = 2};
 *       any other has {@code p* = 1} ({@code proofs-notes/generative-exponent-polynomial.md}).</li>
 *   <li>Links that are strictly monotone by their structure ({@code tanh}, {@code erf(2*z) + z}, ...): {@code y}
 *       determines {@code z}, so {@code ζ_k = h_k(σ^{−1}(y))}, {@code E[ζ_k²] = 1} for every {@code k} and
 *       {@code p* = 1}.</li>
 * </ul>
 */
public final class ExactGenerativeExponent {

    private ExactGenerativeExponent() {
    }

    /** The exact generative exponent when one of the rules above applies. */
    public static Optional<Exponent> of(Link link) {
        Optional<SurdPiecewise> form = link.exactForm();
        if (form.isPresent()) {
            SurdPiecewise f = form.get();
            if (f.asRationalConstant().isPresent()) {
                return Optional.of(Exponent.none(Certainty.EXACT, "constant link: y carries no information"));
            }
            String kind = f.isPolynomial() ? "polynomial" : "piecewise polynomial with breakpoint 0";
            return Optional.of(f.isEven()
                    ? Exponent.of(2, Certainty.EXACT, "non-constant even " + kind + " (p* = 2)")
                    : Exponent.of(1, Certainty.EXACT, "non-even " + kind + " (p* = 1)"));
        }
        if (link.expression().monotonicity().isStrict()) {
            return Optional.of(Exponent.of(1, Certainty.EXACT, "strictly monotone link: y determines z (p* = 1)"));
        }
        return Optional.empty();
    }

    /**
     * The exact {@code E_y[ζ_k(y)²]} for a deterministic link, when it has a closed form:
     * strictly monotone links (value 1); breakpoint-0 piecewise polynomials whose pieces are each constant or
     * strictly monotone on their half-line, with atoms {@code ζ_k = E[h_k | Z in the half-line]}.
     */
    public static Optional<ExactReal> zetaSquaredMoment(Link link, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative Hermite index " + k);
        }
        if (k == 0) {
            return Optional.of(ExactReal.of(BigFraction.ONE));
        }
        Optional<SurdPiecewise> form = link.exactForm();
        if (form.isEmpty()) {
            return link.expression().monotonicity().isStrict()
                    ? Optional.of(ExactReal.of(BigFraction.ONE)) : Optional.empty();
        }
        // scaling by √s does not change the level sets, hence not ζ_k
        Optional<Map.Entry<BigInteger, PiecewisePolynomial>> single = form.get().singleTerm();
        if (single.isEmpty()) {
            return Optional.empty();
        }
        return piecewiseZetaSquaredMoment(single.get().getValue(), k);
    }

    private enum Shape { CONSTANT, MONOTONE, OTHER }

    private static Shape shapeOnPositiveHalfLine(RationalPolynomial p) {
        if (p.isConstant()) {
            return Shape.CONSTANT;
        }
        return p.derivative().isConstant() || p.derivative().countPositiveRoots() == 0 ? Shape.MONOTONE : Shape.OTHER;
    }

    private static Optional<ExactReal> piecewiseZetaSquaredMoment(PiecewisePolynomial f, int k) {
        RationalPolynomial plus = f.positive();
        RationalPolynomial minusReflected = f.negative().reflect();
        Shape sp = shapeOnPositiveHalfLine(plus);
        Shape sm = shapeOnPositiveHalfLine(minusReflected);
        BigFraction invFactorial = BigFraction.of(BigInteger.ONE, Hermite.factorial(k));
        // a = E[He_k 1{Z>0}], b = E[He_k 1{Z<0}]; an atom on a half-line has ζ_k = 2a/√(k!) (or 2b/√(k!))
        ExactReal a = ExactReal.of(HermiteCoefficients.halfLineHermiteMoment(k, true));
        ExactReal b = ExactReal.of(HermiteCoefficients.halfLineHermiteMoment(k, false));
        if (sp == Shape.CONSTANT && sm == Shape.CONSTANT) {
            if (plus.equals(minusReflected)) {
                return Optional.empty();
            }
            return Optional.of(a.square().add(b.square()).multiply(invFactorial.multiply(2)));
        }
        if (sp == Shape.MONOTONE && sm == Shape.CONSTANT) {
            return Optional.of(b.square().multiply(BigFraction.of(2)).add(halfLineSquare(k, true))
                    .multiply(invFactorial));
        }
        if (sp == Shape.CONSTANT && sm == Shape.MONOTONE) {
            return Optional.of(a.square().multiply(BigFraction.of(2)).add(halfLineSquare(k, false))
                    .multiply(invFactorial));
        }
        if (sp == Shape.MONOTONE && sm == Shape.MONOTONE) {
            if (f.isEven()) {
                return Optional.of(ExactReal.of(k % 2 == 0 ? BigFraction.ONE : BigFraction.ZERO));
            }
            if (disjointImages(f)) {
                return Optional.of(ExactReal.of(BigFraction.ONE));
            }
        }
        return Optional.empty();
    }

    /** {@code E[He_k(Z)² 1{±Z > 0}]}. */
    private static ExactReal halfLineSquare(int k, boolean positiveSide) {
        RationalPolynomial he = Hermite.he(k);
        RationalPolynomial zero = RationalPolynomial.ZERO;
        PiecewisePolynomial indicator = positiveSide ? new PiecewisePolynomial(zero, he) : new PiecewisePolynomial(he, zero);
        return ExactReal.of(HermiteCoefficients.expectationTimesHe(indicator, k));
    }

    /**
     * Whether the images of {@code (−∞, 0)} and {@code (0, ∞)} under two strictly monotone non-constant pieces are
     * disjoint; each image is an open half-line starting at the piece's value at 0.
     */
    private static boolean disjointImages(PiecewisePolynomial f) {
        RationalPolynomial p = f.positive();
        RationalPolynomial m = f.negative();
        // direction of the image: +1 if it extends to +∞
        int dirPlus = p.leadingCoefficient().signum();
        int dirMinus = m.leadingCoefficient().signum() * (m.degree() % 2 == 0 ? 1 : -1);
        if (dirPlus == dirMinus) {
            return false;
        }
        BigFraction p0 = p.coefficient(0);
        BigFraction m0 = m.coefficient(0);
        // images (p0, ∞) and (−∞, m0) are disjoint iff m0 ≤ p0; mirrored for the other orientation (compared by the
        // sign of the difference: BigFraction.compareTo of Commons Numbers 1.2 misorders negative fractions)
        int order = m0.subtract(p0).signum();
        return dirPlus > 0 ? order <= 0 : order >= 0;
    }
}
