/**
 * Double-precision estimates of the quantities behind the generative exponent (MATH.md §3):
 * {@code ζ_k(y) = E[h_k(Z) | y]}, with {@code h_k = He_k/√(k!)}, and {@code E_y[ζ_k(y)²]}, for deterministic,
 * noisy and binary label models. Every value carries an error estimate and the certainty
 * {@link org.sgdx.reference.Certainty#ESTIMATE}.
 */
package org.sgdx.reference.exponent.zeta;
