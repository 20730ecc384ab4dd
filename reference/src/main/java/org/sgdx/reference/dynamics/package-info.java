/**
 * The update rules of MATH.md §5 and their drift: {@link org.sgdx.reference.dynamics.UpdateRuleSpec}, the one
 * specification of a rule with its options of §9 ({@link org.sgdx.reference.dynamics.Algorithm},
 * {@link org.sgdx.reference.dynamics.Loss}, {@link org.sgdx.reference.dynamics.InnerStep},
 * {@link org.sgdx.reference.dynamics.InnerNorm}, {@link org.sgdx.reference.dynamics.SecondLayer}) shared by the
 * simulators, the command line, the claims and the golden files; ψ as an exact polynomial in {@code y}, η,
 * {@code d} with functions of {@code z} as coefficients ({@link org.sgdx.reference.dynamics.Psi},
 * {@link org.sgdx.reference.dynamics.UpdateRule}), the drift coefficients {@code μ_i(η)}
 * ({@link org.sgdx.reference.dynamics.DriftCoefficients}) and the second moments of ψ
 * ({@link org.sgdx.reference.dynamics.SecondMoments}), exact where the links allow.
 */
package org.sgdx.reference.dynamics;
