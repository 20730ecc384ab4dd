package org.sgdx.reference.hermite;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.poly.Hermite;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.RationalPolynomial;

/**
 * Exact Hermite coefficients of piecewise polynomials with their breakpoint at 0 (MATH.md §2), in
 * {@code ℚ[ω]} with {@code ω = 1/√(2π) = φ(0)}.
 *
 * <p>For {@code f = P_−} on {@code z < 0} and {@code P_+} on {@code z > 0}:
 * {@code E[f He_k] = E[P_+(Z) He_k(Z) 1{Z>0}] + E[P_−(Z) He_k(Z) 1{Z<0}]}. Each half-line term is evaluated in
 * closed form by integrating by parts {@code k} times with {@code He_k φ = (−1)^k φ^{(k)}}:
 *
 * <pre>
 *   E[P He_k 1{Z>0}] = ω Σ_{j=0}^{k−1} P^{(j)}(0) He_{k−1−j}(0) + E[P^{(k)}(Z) 1{Z>0}],
 * </pre>
 *
 * a finite sum since {@code P^{(j)} = 0} for {@code j > deg P}, and the last term is a combination of the
 * half-line moments {@code E[Z^m 1{Z>0}]}. The negative side follows by reflection {@code z → −z}. Summing the two
 * sides, the ω-part involves only the jumps {@code P_+^{(j)}(0) − P_−^{(j)}(0)}: polynomials have rational
 * coefficients. All coefficients up to degree {@code K} cost {@code O(K · deg f)} rational operations.
 *
 * <p>Conventions: {@code u_k = E[f He_k] / k!} (radicand 1) and {@code c_k = √(k!) u_k} (radicand {@code k!}).
 */
public final class HermiteCoefficients {

    private static final BigFraction HALF = BigFraction.of(1, 2);

    private HermiteCoefficients() {
    }

    /** {@code E[f(Z) He_k(Z)]}, exactly. */
    public static ExactNumber expectationTimesHe(PiecewisePolynomial f, int k) {
        Hermite.checkDegree(k);
        return new Tables(f, k).expectationTimesHe(k);
    }

    /** {@code u_k(f) = E[f He_k] / k!}, exactly. */
    public static ExactNumber u(PiecewisePolynomial f, int k) {
        Hermite.checkDegree(k);
        Tables t = new Tables(f, k);
        return t.expectationTimesHe(k).multiply(BigFraction.of(BigInteger.ONE, t.factorial[k]));
    }

    /** {@code c_k(f) = E[f h_k] = √(k!) u_k(f)}, exactly, with radicand {@code k!}. */
    public static ExactNumber c(PiecewisePolynomial f, int k) {
        return toC(u(f, k), k);
    }

    /** {@code u_0(f) .. u_K(f)}. */
    public static List<ExactNumber> uUpTo(PiecewisePolynomial f, int maxDegree) {
        Hermite.checkDegree(maxDegree);
        Tables t = new Tables(f, maxDegree);
        List<ExactNumber> out = new ArrayList<>(maxDegree + 1);
        for (int k = 0; k <= maxDegree; k++) {
            out.add(t.expectationTimesHe(k).multiply(BigFraction.of(BigInteger.ONE, t.factorial[k])));
        }
        return List.copyOf(out);
    }

    /** {@code c_0(f) .. c_K(f)}, with radicands {@code k!}. */
    public static List<ExactNumber> cUpTo(PiecewisePolynomial f, int maxDegree) {
        List<ExactNumber> u = uUpTo(f, maxDegree);
        List<ExactNumber> out = new ArrayList<>(u.size());
        for (int k = 0; k < u.size(); k++) {
            out.add(toC(u.get(k), k));
        }
        return List.copyOf(out);
    }

    /** The coefficients of degrees {@code 0..K} in the given convention ({@code u_k} or {@code c_k}). */
    public static List<ExactNumber> upTo(PiecewisePolynomial f, int maxDegree, Basis basis) {
        return Objects.requireNonNull(basis, "basis") == Basis.HE ? uUpTo(f, maxDegree) : cUpTo(f, maxDegree);
    }

    /**
     * The smallest {@code k} in {@code [from, limit]} with {@code u_k(f) ≠ 0} (an exact test), if any. With
     * {@code from = 1} this is the information exponent of {@code f} when it is at most {@code limit}.
     */
    public static OptionalInt firstNonZeroIndex(PiecewisePolynomial f, int from, int limit) {
        if (limit < Math.max(from, 0)) {
            return OptionalInt.empty();
        }
        Tables t = new Tables(f, limit);
        for (int k = Math.max(from, 0); k <= limit; k++) {
            if (!t.expectationTimesHe(k).isZero()) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code u_k(p)} of a polynomial, a rational (delegates to {@link HermiteSeries#ofPolynomial}). */
    public static BigFraction u(RationalPolynomial p, int k) {
        return HermiteSeries.ofPolynomial(p).u(k);
    }

    /** {@code u_0(p) .. u_K(p)} of a polynomial (zero beyond its degree). */
    public static List<BigFraction> uUpTo(RationalPolynomial p, int maxDegree) {
        Hermite.checkDegree(maxDegree);
        HermiteSeries s = HermiteSeries.ofPolynomial(p);
        List<BigFraction> out = new ArrayList<>(maxDegree + 1);
        for (int k = 0; k <= maxDegree; k++) {
            out.add(s.u(k));
        }
        return List.copyOf(out);
    }

    /**
     * {@code E[He_k(Z) 1{Z>0}]} ({@code positiveSide}) or {@code E[He_k(Z) 1{Z<0}]}: {@code 1/2} for
     * {@code k = 0}; otherwise {@code ±ω He_{k−1}(0)}, with sign {@code +} on the positive side and
     * {@code (−1)^k} on the negative side (non-zero only for odd {@code k}, where it is {@code −}).
     */
    public static ExactNumber halfLineHermiteMoment(int k, boolean positiveSide) {
        Hermite.checkDegree(k);
        if (k == 0) {
            return ExactNumber.of(HALF);
        }
        BigInteger h = Hermite.heAtZero(k - 1);
        if (!positiveSide && k % 2 == 1) {
            h = h.negate();
        }
        return ExactNumber.ofOmegaPower(BigFraction.of(h), 1);
    }

    private static ExactNumber toC(ExactNumber u, int k) {
        return u.isZero() ? ExactNumber.ZERO : ExactNumber.sqrt(Hermite.factorial(k)).multiply(u);
    }

    /** The integer tables one evaluation needs, sized for degrees up to {@code K}. */
    private static final class Tables {
        private final BigFraction[] plus;
        private final BigFraction[] minus;
        private final int degree;
        /** {@code k!} for {@code k ≤ max(K, deg f)}. */
        private final BigInteger[] factorial;
        /** {@code He_m(0)} for {@code m < K}. */
        private final BigInteger[] heAtZero;
        /** {@code (m−1)!!} for {@code m ≤ deg f}: {@code E[Z^m 1{Z>0}]} is this over 2 (m even) or times ω (odd). */
        private final BigInteger[] halfMoment;

        Tables(PiecewisePolynomial f, int maxDegree) {
            Objects.requireNonNull(f, "f");
            RationalPolynomial p = f.positive();
            RationalPolynomial n = f.negative();
            degree = Math.max(p.degree(), n.degree());
            plus = new BigFraction[degree + 1];
            minus = new BigFraction[degree + 1];
            for (int j = 0; j <= degree; j++) {
                plus[j] = p.coefficient(j);
                minus[j] = n.coefficient(j);
            }
            factorial = Hermite.factorialsUpTo(Math.max(maxDegree, Math.max(degree, 0)));
            heAtZero = new BigInteger[Math.max(maxDegree, 1)];
            for (int m = 0; m < heAtZero.length; m++) {
                heAtZero[m] = m == 0 ? BigInteger.ONE
                        : m == 1 ? BigInteger.ZERO : heAtZero[m - 2].multiply(BigInteger.valueOf(1L - m));
            }
            halfMoment = new BigInteger[Math.max(degree + 1, 0)];
            for (int m = 0; m < halfMoment.length; m++) {
                halfMoment[m] = m < 2 ? BigInteger.ONE : halfMoment[m - 2].multiply(BigInteger.valueOf(m - 1));
            }
        }

        /** {@code E[f He_k]} for {@code k ≤ K}. */
        ExactNumber expectationTimesHe(int k) {
            BigFraction rational = BigFraction.ZERO;
            BigFraction omega = BigFraction.ZERO;
            // Boundary terms: ω Σ_j j! (P_+ − P_−)_j He_{k−1−j}(0), over j ≡ k−1 (mod 2).
            int top = Math.min(k - 1, degree);
            if (top >= 0 && (k - 1 - top) % 2 != 0) {
                top--;
            }
            for (int j = top; j >= 0; j -= 2) {
                BigFraction jump = plus[j].subtract(minus[j]);
                if (jump.signum() != 0) {
                    omega = omega.add(jump.multiply(factorial[j].multiply(heAtZero[k - 1 - j])));
                }
            }
            // E[R^{(k)} 1{Z>0}] with R_n = p+_n + (−1)^{k+n} p−_n.
            for (int n = k; n <= degree; n++) {
                BigFraction rn = (k + n) % 2 == 0 ? plus[n].add(minus[n]) : plus[n].subtract(minus[n]);
                if (rn.signum() == 0) {
                    continue;
                }
                int m = n - k;
                BigFraction a = rn.multiply(factorial[n].divide(factorial[m])).multiply(halfMoment[m]);
                if (m % 2 == 0) {
                    rational = rational.add(a.multiply(HALF));
                } else {
                    omega = omega.add(a);
                }
            }
            return ExactNumber.ofOmegaPolynomial(rational, omega);
        }
    }
}
