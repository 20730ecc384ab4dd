/** Links of the foundation's specification language compiled for fast, accurate double evaluation. */
package org.sgdx.reference.link.compiled;
