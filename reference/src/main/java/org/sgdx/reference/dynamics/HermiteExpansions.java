package org.sgdx.reference.dynamics;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.hermite.Basis;
import org.sgdx.reference.hermite.HermiteMoments;
import org.sgdx.reference.hermite.HermiteQuadrature;
import org.sgdx.reference.hermite.HermiteSeries;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.Parity;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.numeric.WorkLimit;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.SurdPiecewise;

/**
 * The Hermite coefficients {@code u_k(f) = E[f(Z) He_k(Z)] / k!} of the {@link ZFunction}s of one computation
 * (MATH.md §2), each computed once: exactly for functions with an exact form (by the change of basis for
 * polynomials, by {@link LinkCoefficients#exactCoefficients} for breakpoint-0 piecewise polynomials), by validated
 * quadrature otherwise ({@link HermiteQuadrature#validatedMoments} with a check at {@value #LADDER_DIGITS} more digits:
 * the error estimate is the larger of the internal estimate and the difference of the two computations), with the
 * coefficients that vanish by parity set to an exact zero. Not thread-safe; one instance serves one computation.
 */
final class HermiteExpansions {

    /** The extra digits of the check computation of the precision ladder. */
    static final int LADDER_DIGITS = 10;

    private final int digits;
    private final WorkLimit work;
    private final Map<ZFunction, List<RealValue>> exact = new HashMap<>();
    private final Map<ZFunction, List<RealValue>> numeric = new HashMap<>();

    /** Expansions at {@code digits} digits whose quadratures share {@code work}. */
    HermiteExpansions(int digits, WorkLimit work) {
        this.digits = digits;
        this.work = work;
    }

    /**
     * Refuses, before anything is computed, numerical expansions whose {@linkplain HermiteQuadrature#estimatedWork
     * estimated work} exceeds the work limit.
     *
     * @param degrees the largest degree needed of each function
     * @param what what the expansions are for, for the message
     */
    void plan(Map<ZFunction, Integer> degrees, String what) {
        long units = 0;
        int integrals = 0;
        for (Map.Entry<ZFunction, Integer> e : degrees.entrySet()) {
            if (!e.getKey().isExact() && e.getValue() >= 0) {
                units = Math.addExact(units, HermiteQuadrature.estimatedWork(e.getKey().expression(), e.getValue(),
                        digits, digits + LADDER_DIGITS));
                integrals++;
            }
        }
        if (integrals > 0) {
            work.estimate(units, what + " (" + integrals + " numerical integrals at " + digits + " digits)");
        }
    }

    /** {@code u_0(f), ..., u_K(f)}. */
    List<RealValue> u(ZFunction f, int maxDegree) {
        Map<ZFunction, List<RealValue>> cache = f.isExact() ? exact : numeric;
        List<RealValue> known = cache.get(f);
        if (known != null && known.size() > maxDegree) {
            return known.subList(0, maxDegree + 1);
        }
        List<RealValue> computed = f.isExact() ? exactCoefficients(f, maxDegree) : numericCoefficients(f, maxDegree);
        cache.put(f, computed);
        return computed;
    }

    private static List<RealValue> exactCoefficients(ZFunction f, int maxDegree) {
        SurdPiecewise form = f.exactForm().orElseThrow();
        List<RealValue> out = new ArrayList<>(maxDegree + 1);
        if (form.isPolynomial()) {
            List<ExactReal> u = new ArrayList<>(maxDegree + 1);
            for (int k = 0; k <= maxDegree; k++) {
                u.add(ExactReal.ZERO);
            }
            for (Map.Entry<BigInteger, PiecewisePolynomial> term : form.terms().entrySet()) {
                HermiteSeries series = HermiteSeries.ofPolynomial(term.getValue().positive());
                for (int k = 0; k <= Math.min(maxDegree, series.degree()); k++) {
                    BigFraction c = series.u(k);
                    if (c.signum() != 0) {
                        u.set(k, u.get(k).add(ExactReal.sqrt(c, term.getKey())));
                    }
                }
            }
            u.forEach(x -> out.add(RealValue.of(x)));
        } else {
            LinkCoefficients.exactCoefficients(form, maxDegree, Basis.HE).forEach(x -> out.add(RealValue.of(x)));
        }
        return List.copyOf(out);
    }

    private List<RealValue> numericCoefficients(ZFunction f, int maxDegree) {
        HermiteMoments moments = HermiteQuadrature.validatedMoments(f.expression(), maxDegree, digits,
                digits + LADDER_DIGITS, work);
        List<Estimate> u = moments.u();
        Parity parity = f.parity();
        int precision = digits + HermiteQuadrature.GUARD_DIGITS;
        List<RealValue> out = new ArrayList<>(maxDegree + 1);
        for (int k = 0; k <= maxDegree; k++) {
            boolean zeroByParity = parity == Parity.EVEN && k % 2 == 1 || parity == Parity.ODD && k % 2 == 0;
            out.add(zeroByParity ? RealValue.ZERO
                    : RealValue.approximate(u.get(k).value(), u.get(k).error(), precision));
        }
        return List.copyOf(out);
    }
}
