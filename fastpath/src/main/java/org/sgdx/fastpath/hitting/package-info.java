/**
 * Hitting times (MATH.md §1, §8): first-passage and sustained criteria, and censoring and divergence bookkeeping.
 * Their statistics (Kaplan–Meier medians) are in {@code org.sgdx.checks.stats}.
 */
package org.sgdx.fastpath.hitting;
