/**
 * Leaps on the diffusion limit of the reduced chain, with Brownian-bridge first passage (MATH.md §10; derivation:
 * proofs-notes/diffusion-limit.md).
 */
package org.sgdx.fastpath.diffusion;
