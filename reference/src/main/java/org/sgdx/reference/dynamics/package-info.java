/**
 * The update rules of MATH.md §5 and their drift: ψ as an exact polynomial in {@code y}, η, {@code d} with functions of
 * {@code z} as coefficients ({@link org.sgdx.reference.dynamics.Psi}, {@link org.sgdx.reference.dynamics.UpdateRule}),
 * the drift coefficients {@code μ_i(η)} ({@link org.sgdx.reference.dynamics.DriftCoefficients}) and the second
 * moments of ψ ({@link org.sgdx.reference.dynamics.SecondMoments}), exact where the links allow.
 */
package org.sgdx.reference.dynamics;
