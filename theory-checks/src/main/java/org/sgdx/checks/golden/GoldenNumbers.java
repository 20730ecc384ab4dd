package org.sgdx.checks.golden;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.Rationals;
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
     * A golden vector of a coefficient: the value rounded to {@code digits} significant digits, certainty and
     * error of the value, and the closed form of an exact value.
     */
    static GoldenVector coefficient(String kind, String link, String index, RealValue c, int digits) {
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        if (c instanceof RealValue.Exact e) {
            return new GoldenVector(kind, link, index, decimal(c.toBigDecimal(mc)), GoldenVector.Type.DECIMAL,
                    c.certainty().label(), "0", digits, e.value().toString());
        }
        return new GoldenVector(kind, link, index, decimal(c.toBigDecimal(mc)), GoldenVector.Type.DECIMAL,
                c.certainty().label(), error(c.error()), digits, "");
    }
}
