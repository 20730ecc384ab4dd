/**
 * Leaps on the diffusion limit of the reduced chain, with Brownian-bridge first passage (MATH.md §10; derivation:
 * proofs-notes/diffusion-limit.md). The coefficients are the reference's exact polynomials, or, for links whose
 * moments are not finite polynomials in {@code m}, numerical tables with an estimate of their error
 * ({@link org.sgdx.fastpath.diffusion.DiffusionCoefficients}).
 */
package org.sgdx.fastpath.diffusion;
