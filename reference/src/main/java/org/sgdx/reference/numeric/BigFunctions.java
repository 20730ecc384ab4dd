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

    /** {@code tanh x}. */
    public static BigDecimal tanh(BigDecimal x, MathContext mc) {
        MathContext work = guarded(mc);
        // tanh x = sign(x) (1 − e^{−2|x|}) / (1 + e^{−2|x|}): no cancellation, no overflow
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
     * The error function, by the series {@code erf x = (2/√π) e^{−x²} Σ_{n≥0} 2^n x^{2n+1} / (2n+1)!!}, whose terms
     * are all of the sign of {@code x}, so the sum has no cancellation. When {@code erfc|x| < e^{−x²}/(|x|√π)}
     * is below half a unit in the last place, the result is {@code ±1}.
     */
    public static BigDecimal erf(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (x.signum() < 0) {
            return erf(x.negate(), mc).negate();
        }
        double xd = x.doubleValue();
        double log10Tail = (-xd * xd - Math.log(xd * Math.sqrt(Math.PI))) / Math.log(10);
        if (log10Tail < -(mc.getPrecision() + 2)) {
            return BigDecimal.ONE.round(mc);
        }
        MathContext work = guarded(mc);
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

    /** {@code erf'(x) = (2/√π) e^{−x²}}. */
    public static BigDecimal erfDerivative(BigDecimal x, MathContext mc) {
        MathContext work = guarded(mc);
        BigDecimal pref = BigDecimal.valueOf(2).divide(BigDecimalMath.sqrt(BigDecimalMath.pi(work), work), work);
        return pref.multiply(BigDecimalMath.exp(x.multiply(x, work).negate(), work), work).round(mc);
    }

    /** A context with {@value #GUARD_DIGITS} more digits than {@code mc}, rounding half-even. */
    public static MathContext guarded(MathContext mc) {
        return new MathContext(mc.getPrecision() + GUARD_DIGITS, RoundingMode.HALF_EVEN);
    }
}
