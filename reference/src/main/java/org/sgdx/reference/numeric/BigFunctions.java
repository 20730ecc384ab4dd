package org.sgdx.reference.numeric;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary and special functions in arbitrary precision that big-math does not provide. Each result has a
 * relative error of a few units in the last place of the requested {@link MathContext}.
 */
public final class BigFunctions {

    private static final int GUARD_DIGITS = 10;

    private BigFunctions() {
    }

    /** {@code 1/√(2π)}, the standard normal density at 0. */
    public static BigDecimal inverseSqrtTwoPi(MathContext mc) {
        MathContext work = guarded(mc);
        BigDecimal twoPi = BigDecimalMath.pi(work).multiply(BigDecimal.valueOf(2), work);
        return BigDecimal.ONE.divide(BigDecimalMath.sqrt(twoPi, work), work).round(mc);
    }

    /** The standard normal density {@code φ(x) = e^{−x²/2}/√(2π)}. */
    public static BigDecimal normalDensity(BigDecimal x, MathContext mc) {
        MathContext work = guarded(mc);
        BigDecimal e = BigDecimalMath.exp(x.multiply(x, work).negate().divide(BigDecimal.valueOf(2), work), work);
        return e.multiply(inverseSqrtTwoPi(work), work).round(mc);
    }

    /**
     * {@code tanh x = sign(x) (1 − e^{−2|x|}) / (1 + e^{−2|x|})}, free of overflow; for small {@code |x|} the
     * exponential is computed with the digits that the cancellation in {@code 1 − e^{−2|x|}} costs, and when
     * {@code x²/3} is below half a unit in the last place the result is {@code x}.
     */
    public static BigDecimal tanh(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int lost = Math.max(0, -magnitude(x));
        if (2 * lost > mc.getPrecision() + 1) {
            return x.round(mc);
        }
        MathContext work = new MathContext(guarded(mc).getPrecision() + lost, RoundingMode.HALF_EVEN);
        BigDecimal t = BigDecimalMath.exp(x.abs().multiply(BigDecimal.valueOf(-2), work), work);
        BigDecimal r = BigDecimal.ONE.subtract(t, work).divide(BigDecimal.ONE.add(t, work), work);
        return (x.signum() < 0 ? r.negate() : r).round(mc);
    }

    /** The logistic function {@code 1/(1 + e^{−x})}. */
    public static BigDecimal sigmoid(BigDecimal x, MathContext mc) {
        MathContext work = guarded(mc);
        BigDecimal e = BigDecimalMath.exp(x.negate(), work);
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(e, work), work).round(mc);
    }

    /**
     * The error function. For small {@code |x|} by the series
     * {@code erf x = (2/√π) e^{−x²} Σ_{n≥0} 2^n x^{2n+1} / (2n+1)!!}, whose terms all have the sign of {@code x}
     * (no cancellation) and which needs about {@code x² + 2|x| √(P ln 10)} terms at {@code P} digits; for larger
     * {@code |x|} (from about 6 at 60 digits, 8 at 120 digits), as {@code 1 − erfc|x|} with the continued fraction
     * {@code erfc x = e^{−x²} / (√π (x + (1/2)/(x + (2/2)/(x + (3/2)/(x + ⋯)))))}, evaluated by the modified
     * Lentz method to the relative accuracy of {@code erfc} that the result needs. When
     * {@code erfc|x| < e^{−x²}/(|x|√π)} is below half a unit in the last place, the result is {@code ±1}.
     */
    public static BigDecimal erf(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (x.signum() < 0) {
            return erf(x.negate(), mc).negate();
        }
        double xd = x.doubleValue();
        double log10Tail = log10ErfcBound(xd);
        if (log10Tail < -(mc.getPrecision() + 2)) {
            return BigDecimal.ONE.round(mc);
        }
        MathContext work = guarded(mc);
        if (usesContinuedFraction(xd, work)) {
            BigDecimal erfc = erfcContinuedFraction(x, erfcDigits(xd, work), work);
            if (erfc != null) {
                return BigDecimal.ONE.subtract(erfc, work).round(mc);
            }
        }
        BigDecimal x2 = x.multiply(x, work);
        BigDecimal twoX2 = x2.multiply(BigDecimal.valueOf(2), work);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(work.getPrecision());
        for (int n = 1; ; n++) {
            term = term.multiply(twoX2, work).divide(BigDecimal.valueOf(2L * n + 1), work);
            sum = sum.add(term, work);
            if (n > xd * xd && term.compareTo(sum.multiply(eps, work)) < 0) {
                break;
            }
        }
        BigDecimal pref = BigDecimal.valueOf(2).divide(BigDecimalMath.sqrt(BigDecimalMath.pi(work), work), work)
                .multiply(BigDecimalMath.exp(x2.negate(), work), work);
        return sum.multiply(pref, work).round(mc);
    }

    /** {@code log10(e^{−x²}/(x√π))}, the logarithm of the upper bound of {@code erfc x} for {@code x > 0}. */
    static double log10ErfcBound(double x) {
        return (-x * x - Math.log(x * Math.sqrt(Math.PI))) / Math.log(10);
    }

    /**
     * The relative digits of {@code erfc x} that {@code erf x = 1 − erfc x} needs at the precision of {@code work}:
     * the precision, less the leading zeros of {@code erfc x}, plus two.
     */
    static double erfcDigits(double x, MathContext work) {
        return work.getPrecision() + log10ErfcBound(x) + 2;
    }

    /**
     * Whether {@link #erf} at the precision of {@code work} (guard digits included) takes {@code erf x} as
     * {@code 1 − erfc x} by the continued fraction rather than summing the series: when {@code x > 1} and the
     * estimated term count of the fraction is less than half that of the series.
     */
    static boolean usesContinuedFraction(double x, MathContext work) {
        double seriesTerms = x * x + 2 * x * Math.sqrt(work.getPrecision() * Math.log(10));
        double fractionTerms = 3 * Math.pow(Math.max(erfcDigits(x, work), 1) * Math.log(10) / (4 * x), 2) + 20;
        return x > 1 && 2 * fractionTerms < seriesTerms;
    }

    /**
     * {@code erfc x} for {@code x > 1} by the continued fraction, to about {@code digits} relative digits, or
     * {@code null} if the modified Lentz iteration has not converged after a generous number of terms.
     */
    static BigDecimal erfcContinuedFraction(BigDecimal x, double digits, MathContext work) {
        BigDecimal eps = BigDecimal.ONE.movePointLeft((int) Math.ceil(digits));
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(2 * work.getPrecision());
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal f = x;
        BigDecimal c = f;
        BigDecimal d = BigDecimal.ZERO;
        int limit = 100 + 2 * (int) Math.pow(digits * Math.log(10) / (2 * x.doubleValue()), 2);
        for (int n = 1; n <= limit; n++) {
            BigDecimal a = half.multiply(BigDecimal.valueOf(n));
            d = x.add(a.multiply(d), work);
            if (d.signum() == 0) {
                d = tiny;
            }
            d = BigDecimal.ONE.divide(d, work);
            c = x.add(a.divide(c, work), work);
            if (c.signum() == 0) {
                c = tiny;
            }
            BigDecimal delta = c.multiply(d, work);
            f = f.multiply(delta, work);
            if (delta.subtract(BigDecimal.ONE).abs().compareTo(eps) < 0) {
                BigDecimal sqrtPi = BigDecimalMath.sqrt(BigDecimalMath.pi(work), work);
                return BigDecimalMath.exp(x.multiply(x, work).negate(), work).divide(sqrtPi.multiply(f, work), work);
            }
        }
        return null;
    }

    /** {@code erf'(x) = (2/√π) e^{−x²}}. */
    public static BigDecimal erfDerivative(BigDecimal x, MathContext mc) {
        MathContext work = guarded(mc);
        BigDecimal pref = BigDecimal.valueOf(2).divide(BigDecimalMath.sqrt(BigDecimalMath.pi(work), work), work);
        return pref.multiply(BigDecimalMath.exp(x.multiply(x, work).negate(), work), work).round(mc);
    }

    /** {@code ⌊log10 |x|⌋} for {@code x ≠ 0}. */
    private static int magnitude(BigDecimal x) {
        return x.precision() - x.scale() - 1;
    }

    /** A context with {@value #GUARD_DIGITS} more digits than {@code mc}, rounding half-even. */
    public static MathContext guarded(MathContext mc) {
        return new MathContext(mc.getPrecision() + GUARD_DIGITS, RoundingMode.HALF_EVEN);
    }
}
