/**
 * The reference module: exact and arbitrary-precision mathematics of the Gaussian single-index model (MATH.md §1–§6,
 * §10). {@link org.sgdx.reference.Certainty} says how each number was obtained: exact, a rigorous enclosure, or an
 * estimate with its error. {@link org.sgdx.reference.Option} is the one way named choices (algorithm, loss, label
 * model and the other options of MATH.md §9) are written and parsed, by a stable lower-case key.
 */
package org.sgdx.reference;
