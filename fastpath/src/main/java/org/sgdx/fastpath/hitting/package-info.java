/**
 * Hitting times (MATH.md §1, §8): first-passage and sustained criteria, censoring and divergence bookkeeping, and
 * the Kaplan–Meier estimator for censored hitting times.
 */
package org.sgdx.fastpath.hitting;
