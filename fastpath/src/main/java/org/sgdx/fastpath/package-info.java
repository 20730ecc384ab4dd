/**
 * Double-precision simulators of online, batch-reuse and alternating SGD on Gaussian single-index models
 * (MATH.md §1, §4, §5, §7): {@link org.sgdx.fastpath.SimulationConfig} (all options of MATH.md §9, validated),
 * the {@link org.sgdx.fastpath.Engine} interface, {@link org.sgdx.fastpath.RunResult} and reproducible streams
 * ({@link org.sgdx.fastpath.Seeds}). The engines themselves (the exact reduced chain, the literal d-dimensional
 * chain, leaps on the diffusion limit) are in the sub-packages, above this one; {@code run.Engines} names them.
 */
package org.sgdx.fastpath;
