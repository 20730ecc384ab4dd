/**
 * Arbitrary-precision numerics that know nothing of links: Gauss–Legendre rules, special functions, values with an
 * error estimate ({@link org.sgdx.reference.numeric.Estimate}) and the work limit of long computations.
 */
package org.sgdx.reference.numeric;
