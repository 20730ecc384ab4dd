/**
 * Arbitrary-precision numerics: Gauss–Legendre and Gauss–Hermite rules, Gaussian moments, special functions, values
 * with an error estimate ({@link org.sgdx.reference.numeric.Estimate}) and the work limit of long computations.
 */
package org.sgdx.reference.numeric;
