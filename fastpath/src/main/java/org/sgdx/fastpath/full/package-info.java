/** The literal simulation with vectors in {@code ℝ^d} (MATH.md §1, §4). */
package org.sgdx.fastpath.full;
