/**
 * The engines by name ({@link org.sgdx.fastpath.run.Engines}) and the seeded parallel execution of their runs, with
 * ordered streaming and cooperative cancellation.
 */
package org.sgdx.fastpath.run;
