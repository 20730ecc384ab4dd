package org.sgdx.checks.golden;

import java.util.List;

/**
 * A group of golden vectors written to its own CSV file. Implementations compute their values from the reference
 * when {@link #vectors()} is called; see the package documentation for the kinds planned next.
 */
public interface GoldenSection {

    /** The file stem, e.g. {@code hermite}: lower-case letters, digits and hyphens. */
    String name();

    /** What the section contains, with its conventions. */
    String description();

    /** The vectors, in a fixed order. */
    List<GoldenVector> vectors();
}
