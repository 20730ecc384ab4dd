/**
 * Numerics that know nothing of links, one implementation per rule: quadrature by Gauss–Legendre (arbitrary
 * precision, with a double view), Gauss–Kronrod (15/7, double), tanh–sinh (double) and Gauss–Hermite (double);
 * root finding by Brent's method and by bisection, minimisation by golden-section search (double); special
 * functions in arbitrary precision; the one value-with-error type {@link org.sgdx.reference.numeric.Estimate} with
 * the one rule for reporting a value as zero; and the work limit of long computations. Each rule is tested against
 * reference values from mpmath ({@code src/test/python/generate_numerics_reference.py}).
 */
package org.sgdx.reference.numeric;
