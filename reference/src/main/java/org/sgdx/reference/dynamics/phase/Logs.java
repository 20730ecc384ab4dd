package org.sgdx.reference.dynamics.phase;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.numbers.fraction.BigFraction;

/** Natural logarithms of exact and decimal numbers of any magnitude, in double precision. */
final class Logs {

    private static final double LN10 = Math.log(10);

    private Logs() {
    }

    /**
     * {@code ln x} for {@code x > 0}, correct to a few ulps of the result whatever the exponent of {@code x}.
     *
     * @throws IllegalArgumentException if {@code x ≤ 0}
     */
    static double ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new IllegalArgumentException("ln of a non-positive number: " + x);
        }
        BigDecimal r = x.round(MathContext.DECIMAL64);
        int exponent = r.precision() - r.scale() - 1;
        double mantissa = r.movePointLeft(exponent).doubleValue();
        return Math.log(mantissa) + exponent * LN10;
    }

    /** {@code ln q} for a positive rational. */
    static double ln(BigFraction q) {
        if (q.signum() <= 0) {
            throw new IllegalArgumentException("ln of a non-positive number: " + q);
        }
        return ln(new BigDecimal(q.getNumerator().abs())) - ln(new BigDecimal(q.getDenominator().abs()));
    }
}
