package org.sgdx.checks.claims;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a claim comes from.
 *
 * @param kind the kind of source
 * @param reference the section, citation or repository path, e.g. {@code §6, alternating SGD} or
 *     {@code proofs-notes/hermite-conventions.md}
 */
public record Source(Kind kind, String reference) {

    /** The paper audited by this project: Tsiolis, Mousavi-Hosseini, Erdogdu, arXiv 2510.21020 (NeurIPS 2025). */
    public static final String PAPER = "Tsiolis, Mousavi-Hosseini, Erdogdu, arXiv 2510.21020";

    /** The kinds of source. */
    public enum Kind {
        /** A statement of the audited paper (as reconstructed in MATH.md). */
        PAPER,
        /** A result of prior literature restated in MATH.md. */
        LITERATURE,
        /** The project's specification (a section of MATH.md). */
        SPECIFICATION,
        /** A derivation of this project in {@code proofs-notes/}. */
        DERIVATION;

        /** The lower-case name used in reports. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("a source needs a reference");
        }
    }

    /** A section of the audited paper. */
    public static Source paper(String section) {
        return new Source(Kind.PAPER, PAPER + ", " + section);
    }

    /** A result of prior literature. */
    public static Source literature(String citation) {
        return new Source(Kind.LITERATURE, citation);
    }

    /** A section of MATH.md, e.g. {@code §2}. */
    public static Source math(String section) {
        return new Source(Kind.SPECIFICATION, "MATH.md " + section);
    }

    /** A note in {@code proofs-notes/}, given by its file name. */
    public static Source notes(String file) {
        return new Source(Kind.DERIVATION, "proofs-notes/" + file);
    }

    @Override
    public String toString() {
        return kind.label() + ": " + reference;
    }
}
