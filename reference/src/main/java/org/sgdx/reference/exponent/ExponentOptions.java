package org.sgdx.reference.exponent;

import org.sgdx.reference.exponent.zeta.ZetaMoments;
import org.sgdx.reference.hermite.LinkCoefficients;

/**
 * Search limits and precision of an exponent computation.
 *
 * @param maxDegree the largest Hermite index searched for the information and generative exponents
 * @param maxPower the largest {@code k} of the power exponents {@code p_k}
 * @param digits the significant digits of numerical Hermite coefficients
 * @param zetaMaxDegree how many values {@code E[ζ_k²]}, {@code k = 1..}, to report (0 for none)
 */
public record ExponentOptions(int maxDegree, int maxPower, int digits, int zetaMaxDegree) {

    /** The defaults of the command line: search to 12, powers to 4, 30 digits, {@code E[ζ_k²]} for k ≤ 6. */
    public static final ExponentOptions DEFAULT = new ExponentOptions(12, 4, 30, 6);

    public ExponentOptions {
        if (maxDegree < 1 || maxDegree > ZetaMoments.MAX_K) {
            throw new IllegalArgumentException("max-degree must be in 1.." + ZetaMoments.MAX_K + ", got " + maxDegree);
        }
        if (maxPower < 1 || maxPower > 12) {
            throw new IllegalArgumentException("max-power must be in 1..12, got " + maxPower);
        }
        if (digits < 5 || digits > LinkCoefficients.MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be in 5.." + LinkCoefficients.MAX_DIGITS + ", got " + digits);
        }
        if (zetaMaxDegree < 0 || zetaMaxDegree > ZetaMoments.MAX_K) {
            throw new IllegalArgumentException("zeta (the number of E[zeta_k^2] values) must be in 0.."
                    + ZetaMoments.MAX_K + ", got " + zetaMaxDegree);
        }
    }

    public ExponentOptions withZetaMaxDegree(int k) {
        return new ExponentOptions(maxDegree, maxPower, digits, k);
    }
}
