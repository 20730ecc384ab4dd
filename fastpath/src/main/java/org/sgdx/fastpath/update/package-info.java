/** The update rules of MATH.md §4–§5 and the label models of §1, shared by both engines. */
package org.sgdx.fastpath.update;
