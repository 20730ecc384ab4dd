/**
 * The theorem's min-formula (MATH.md §6): the predicted sample complexity {@code T(η) = min_i μ_i(η)^{−2} d^{(i−1)∨1}}
 * as regimes in {@code q} on {@code η = d^q}, with its kinks as exact rationals.
 */
package org.sgdx.reference.dynamics.prediction;
