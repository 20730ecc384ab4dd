/**
 * Double-precision simulators of online, batch-reuse and alternating SGD on Gaussian single-index models
 * (MATH.md §1, §4, §5, §7): {@link org.sgdx.fastpath.SimulationConfig} (all options of MATH.md §9, validated),
 * {@link org.sgdx.fastpath.Engine} with the exact reduced chain, the literal d-dimensional engine and leaps on the
 * diffusion limit,
 * {@link org.sgdx.fastpath.RunResult}, reproducible streams ({@link org.sgdx.fastpath.Seeds}).
 */
package org.sgdx.fastpath;
