/**
 * Exact polynomials: rational polynomials ({@link org.sgdx.reference.poly.RationalPolynomial}, exact Horner
 * evaluation, Sturm counts), square-free parts, and piecewise polynomials with rational or surd breakpoints (the exact
 * forms of links such as {@code |z|} or {@code max(z, 0)}).
 */
package org.sgdx.reference.poly;
