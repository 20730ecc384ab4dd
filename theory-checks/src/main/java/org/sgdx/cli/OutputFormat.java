package org.sgdx.cli;

/** The output formats every command offers. */
public enum OutputFormat {
    /** Human-readable text (the default). */
    TEXT,
    /** One JSON document, with the software version and conventions recorded. */
    JSON
}
