/** The exact dimension-free reduced chain of MATH.md §7 (derivation: proofs-notes/reduced-chain.md). */
package org.sgdx.fastpath.chain;
