package org.sgdx.reference.exponent.zeta;

/**
 * Internal result of an engine: {@code value[k]} and {@code error[k]} for {@code k = 0 .. K} (index 0 is a
 * diagnostic, the total probability).
 */
record MomentSums(double[] value, double[] error) {
}
