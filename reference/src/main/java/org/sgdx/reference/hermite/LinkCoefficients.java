package org.sgdx.reference.hermite;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.hermite.HermiteMoments;
import org.sgdx.reference.hermite.HermiteQuadrature;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.link.Parity;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.numeric.WorkLimit;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.SurdPiecewise;

/**
 * The Hermite coefficients {@code u_k} or {@code c_k} (MATH.md §2) of a link, for {@code k = 0..K}, each as exact
 * as the mathematics allows:
 *
 * <ul>
 *   <li>links with an exact form (polynomials, breakpoint-0 piecewise polynomials, with rational or surd
 *       coefficients): exact values in {@code ℚ(√2, √3, …)[1/√(2π)]}, so zero is decided exactly;</li>
 *   <li>other links: numerical quadrature at the requested digits, with an error estimate validated by a
 *       precision ladder ({@link HermiteQuadrature#validatedMoments}); coefficients that vanish by the parity of
 *       the link are exact zeros, and so are the even ones beyond {@code k = 0} of a link with
 *       {@code f(−z) = 2a − f(z)} ({@link Link#oddCentre}), whose {@code k = 0} coefficient is exactly {@code a}. A value keeps only the digits whose unit is at least its error, and its error
 *       includes that rounding ({@link Estimate#toDigits}).</li>
 * </ul>
 */
public final class LinkCoefficients {

    /** Largest number of significant digits accepted. */
    public static final int MAX_DIGITS = HermiteQuadrature.MAX_DIGITS;

    private LinkCoefficients() {
    }

    /**
     * The coefficients {@code 0..maxDegree} of {@code link} in {@code basis}, with values rounded to {@code digits}
     * significant digits.
     *
     * @throws IllegalArgumentException if {@code maxDegree} or {@code digits} is out of range
     */
    public static List<Coefficient> of(Link link, int maxDegree, Basis basis, int digits) {
        return of(link, maxDegree, basis, digits, WorkLimit.unlimited());
    }

    /**
     * As {@link #of(Link, int, Basis, int)}, with the numerical integral within a work limit.
     *
     * @throws WorkLimit.WorkLimitExceededException if it would exceed, or exceeds, the limit
     */
    public static List<Coefficient> of(Link link, int maxDegree, Basis basis, int digits, WorkLimit work) {
        checkArguments(maxDegree, digits);
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        Optional<SurdPiecewise> form = link.exactForm();
        if (form.isPresent()) {
            List<ExactReal> exact = exactCoefficients(form.get(), maxDegree, basis);
            List<Coefficient> out = new ArrayList<>(exact.size());
            for (int k = 0; k < exact.size(); k++) {
                ExactReal x = exact.get(k);
                out.add(new Coefficient(k, basis, Estimate.exact(x.toBigDecimal(mc)), x));
            }
            return List.copyOf(out);
        }
        return numericCoefficients(link, maxDegree, basis, digits, work);
    }

    /** The exact coefficients of {@code f = Σ_s √s F_s}: {@code u_k(f) = Σ_s √s u_k(F_s)}. */
    public static List<ExactReal> exactCoefficients(SurdPiecewise f, int maxDegree, Basis basis) {
        List<ExactReal> u = new ArrayList<>(maxDegree + 1);
        for (int k = 0; k <= maxDegree; k++) {
            u.add(ExactReal.ZERO);
        }
        for (Map.Entry<BigInteger, PiecewisePolynomial> term : f.terms().entrySet()) {
            ExactReal sqrtS = ExactReal.of(ExactNumber.sqrt(term.getKey()));
            List<ExactNumber> uTerm = HermiteCoefficients.uUpTo(term.getValue(), maxDegree);
            for (int k = 0; k <= maxDegree; k++) {
                u.set(k, u.get(k).add(sqrtS.multiply(ExactReal.of(uTerm.get(k)))));
            }
        }
        if (basis == Basis.HE) {
            return List.copyOf(u);
        }
        List<ExactReal> c = new ArrayList<>(u.size());
        for (int k = 0; k < u.size(); k++) {
            c.add(u.get(k).isZero() ? ExactReal.ZERO : u.get(k).multiply(ExactReal.sqrtFactorial(k)));
        }
        return List.copyOf(c);
    }

    private static List<Coefficient> numericCoefficients(Link link, int maxDegree, Basis basis, int digits,
            WorkLimit work) {
        HermiteMoments moments = HermiteQuadrature.validatedMoments(link.expression(), maxDegree, digits, work);
        List<Estimate> values = basis == Basis.HE ? moments.u() : moments.c();
        Parity parity = link.parity();
        // f(−z) = 2a − f(z): u_0 = c_0 = E[f] = a, and the even coefficients beyond k = 0 vanish
        Optional<BigFraction> centre = parity == Parity.EVEN ? Optional.empty() : link.oddCentre();
        List<Coefficient> out = new ArrayList<>(values.size());
        for (int k = 0; k < values.size(); k++) {
            boolean zeroBySymmetry = parity == Parity.EVEN && k % 2 == 1
                    || (parity == Parity.ODD || centre.isPresent()) && k % 2 == 0 && k > 0
                    || parity == Parity.ODD && k == 0;
            if (zeroBySymmetry) {
                out.add(new Coefficient(k, basis, Estimate.exact(BigDecimal.ZERO), ExactReal.ZERO));
            } else if (k == 0 && centre.isPresent()) {
                ExactReal mean = ExactReal.of(centre.get());
                out.add(new Coefficient(0, basis,
                        Estimate.exact(mean.toBigDecimal(new MathContext(digits, RoundingMode.HALF_EVEN))), mean));
            } else {
                out.add(new Coefficient(k, basis, values.get(k).toDigits(digits), null));
            }
        }
        return List.copyOf(out);
    }

    private static void checkArguments(int maxDegree, int digits) {
        if (maxDegree < 0 || maxDegree > HermiteQuadrature.MAX_DEGREE) {
            throw new IllegalArgumentException("max-degree must be in 0.." + HermiteQuadrature.MAX_DEGREE
                    + ", got " + maxDegree);
        }
        if (digits < 1 || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be in 1.." + MAX_DIGITS + ", got " + digits);
        }
    }
}
