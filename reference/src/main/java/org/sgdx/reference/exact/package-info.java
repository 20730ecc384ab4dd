/**
 * Exact numbers: rationals ({@link org.sgdx.reference.exact.Rationals}), the exact reals
 * {@code Σ_s √s · x_s(ω)} with {@code x_s ∈ ℚ[ω]}, {@code ω = 1/√(2π)} ({@link org.sgdx.reference.exact.ExactReal}),
 * in which the Hermite coefficients of links with an exact form live and are tested for zero exactly, and exact
 * Gaussian half-line moments.
 */
package org.sgdx.reference.exact;
