/**
 * Exact polynomials: rational polynomials ({@link org.sgdx.reference.poly.RationalPolynomial}, exact Horner
 * evaluation, Sturm counts), the probabilists' Hermite polynomials {@code He_k} ({@link org.sgdx.reference.poly.Hermite},
 * MATH.md §2), square-free parts, and piecewise polynomials with rational or surd breakpoints (the exact forms of links
 * such as {@code |z|} or {@code max(z, 0)}).
 */
package org.sgdx.reference.poly;
