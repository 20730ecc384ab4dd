/**
 * The reference module: exact and arbitrary-precision mathematics of the Gaussian single-index model (MATH.md §1–§6,
 * §10). {@link org.sgdx.reference.Certainty} says how each number was obtained: exact, a rigorous enclosure, or an
 * estimate with its error.
 */
package org.sgdx.reference;
