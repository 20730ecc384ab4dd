/**
 * The audit report: {@code report.md} (a table of claims, then a section per claim with its evidence),
 * {@code report.json} (the same, machine-readable), and PNG and SVG plots of the figures the claims describe, drawn
 * with JFreeChart headless. The header of every report records the software version, the date, the options, the
 * seed and the conventions of MATH.md §9.
 */
package org.sgdx.checks.report;
