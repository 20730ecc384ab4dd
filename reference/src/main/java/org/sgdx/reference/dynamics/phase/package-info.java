/**
 * Limit dynamics and phase diagrams (MATH.md §10): the predicted exponent {@code κ(q)} along learning-rate rays
 * {@code η = d^q}, its measurement on the mean-field hitting time along a ladder of dimensions, and the phase
 * boundaries {@code η_c(d)}.
 */
package org.sgdx.reference.dynamics.phase;
