package org.sgdx.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formatting of decimal values for output. */
final class Decimals {

    private Decimals() {
    }

    /** A decimal string without an exponent for moderate magnitudes, scientific otherwise. */
    static String plain(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        int magnitude = v.precision() - v.scale() - 1;
        return magnitude >= -6 && magnitude < 30 ? v.toPlainString() : v.toString();
    }

    /** An error bound or estimate rounded up to two significant digits, so that it still bounds. */
    static String error(BigDecimal e) {
        if (e.signum() == 0) {
            return "0";
        }
        return e.round(new MathContext(2, java.math.RoundingMode.UP)).toString();
    }
}
