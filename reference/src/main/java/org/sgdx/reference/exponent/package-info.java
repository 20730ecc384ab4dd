/**
 * The exponents of a link (MATH.md §3): the information exponent, the generative exponent (exact for polynomial
 * links, through {@code ζ²} otherwise) and the exponent of the squared link, with a report of how each was decided.
 */
package org.sgdx.reference.exponent;
