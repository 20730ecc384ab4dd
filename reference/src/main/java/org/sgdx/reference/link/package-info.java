/**
 * The link language (README, MATH.md §1): parsing a specification once into an expression tree
 * ({@link org.sgdx.reference.link.Link}, {@link org.sgdx.reference.link.Expr}) with limits on its size and nesting,
 * its symmetry and monotonicity, and the label models (deterministic, noisy, binary).
 */
package org.sgdx.reference.link;
