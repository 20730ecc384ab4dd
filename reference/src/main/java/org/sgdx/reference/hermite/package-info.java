/**
 * Hermite polynomials in both conventions ({@code He_k} and the normalised {@code h_k}, MATH.md §2) and the Hermite
 * coefficients of a link, exact where the link has an exact form and certified estimates otherwise.
 */
package org.sgdx.reference.hermite;
