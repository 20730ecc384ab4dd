/**
 * The mean-field dynamics (MATH.md §4): the ODE {@code dm/dt = γD(m) − (γ²/2)N(m)m}, its hitting times to a stated
 * number of digits, the learning rate that minimises them, the double-precision map, and the exact mean first-passage
 * time of the diffusion limit (MATH.md §10).
 */
package org.sgdx.reference.dynamics.meanfield;
