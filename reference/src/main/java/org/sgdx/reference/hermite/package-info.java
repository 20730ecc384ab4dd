/**
 * Hermite expansions of links (MATH.md §2): coefficients in both conventions ({@code u_k} on {@code He_k}, {@code c_k}
 * on the normalised {@code h_k}), exact where the link has an exact form, and otherwise from the Gauss–Hermite
 * moments of the link expression with a validated error ({@code HermiteQuadrature}, {@code HermiteMoments},
 * {@code IntegrationDomain}).
 */
package org.sgdx.reference.hermite;
