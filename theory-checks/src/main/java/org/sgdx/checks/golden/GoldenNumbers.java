package org.sgdx.checks.golden;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.ExactReal;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.dynamics.RealValue;

/** Formatting of values and parameters in golden vectors. */
final class GoldenNumbers {

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private GoldenNumbers() {
    }

    /**
     * A decimal without trailing zeros: plain for magnitudes {@code 10^-6 .. 10^29}, scientific ({@code 1.5E-7})
     * otherwise; {@code 0} for zero.
     */
    static String decimal(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal s = v.stripTrailingZeros();
        int magnitude = s.precision() - s.scale() - 1;
        return magnitude >= -6 && magnitude < 30 ? s.toPlainString() : s.toString();
    }

    /** An error bound or estimate rounded up to three significant digits; {@code 0} for zero. */
    static String error(BigDecimal e) {
        return e.signum() == 0 ? "0" : e.round(new MathContext(3, RoundingMode.UP)).toString();
    }

    /**
     * A parameter in a configuration key: a decimal ({@link #decimal}) when the fraction has a terminating decimal
     * expansion, {@code p/q} otherwise.
     */
    static String parameter(BigFraction q) {
        BigInteger den = Rationals.normalised(q).getDenominator();
        while (den.mod(TWO).signum() == 0) {
            den = den.divide(TWO);
        }
        while (den.mod(FIVE).signum() == 0) {
            den = den.divide(FIVE);
        }
        if (!den.equals(BigInteger.ONE)) {
            return Rationals.toString(q);
        }
        BigFraction n = Rationals.normalised(q);
        return decimal(new BigDecimal(n.getNumerator()).divide(new BigDecimal(n.getDenominator())));
    }

    /**
     * A golden vector of a coefficient: the value rounded to {@code digits} significant digits (an estimate: to the
     * digits its error allows), certainty, a bound on {@code |value − true value|} that includes the rounding, and
     * the closed form of an exact value.
     */
    static GoldenVector coefficient(String kind, String link, String index, RealValue c, int digits) {
        if (c instanceof RealValue.Exact e) {
            return exact(kind, link, index, e.value(), digits);
        }
        return estimate(kind, link, index, ((RealValue.Approximate) c).printed(digits), digits);
    }

    /** A golden vector of an exact value: its rounding to {@code digits} digits, the rounding error, its closed form. */
    static GoldenVector exact(String kind, String link, String index, ExactReal x, int digits) {
        BigDecimal printed = x.toBigDecimal(new MathContext(digits, RoundingMode.HALF_EVEN));
        return new GoldenVector(kind, link, index, decimal(printed), GoldenVector.Type.DECIMAL, "exact",
                error(roundingError(x, printed, digits)), digits, x.toString());
    }

    /** A golden vector of an estimate already rounded for printing ({@link Estimate#toDigits}). */
    static GoldenVector estimate(String kind, String link, String index, Estimate printed, int digits) {
        return new GoldenVector(kind, link, index, decimal(printed.value()), GoldenVector.Type.DECIMAL,
                printed.certainty().label(), error(printed.error()), digits, "");
    }

    /**
     * A bound on {@code |printed − x|}: exact for rationals (0 when the decimal is exact); otherwise the distance to
     * {@code x} evaluated with 10 more digits plus a unit in the last of those digits.
     */
    static BigDecimal roundingError(ExactReal x, BigDecimal printed, int digits) {
        if (x.isZero()) {
            return printed.abs();
        }
        if (x.isRational()) {
            BigFraction q = x.terms().get(BigInteger.ONE).rationalValue();
            BigFraction d = Rationals.of(printed).subtract(q).abs();
            return d.signum() == 0 ? BigDecimal.ZERO
                    : new BigDecimal(d.getNumerator()).divide(new BigDecimal(d.getDenominator()),
                            new MathContext(3, RoundingMode.UP));
        }
        BigDecimal finer = x.toBigDecimal(new MathContext(digits + 10, RoundingMode.HALF_EVEN));
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(finer.precision() - finer.scale() - digits - 10);
        return printed.subtract(finer).abs().add(unit);
    }
}
