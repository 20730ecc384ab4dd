/** Seeded parallel execution of runs with ordered streaming and cooperative cancellation. */
package org.sgdx.fastpath.run;
