package org.sgdx.fastpath;

/** The loss of MATH.md §5: squared {@code ½(y − aσ(z))²} (default) or correlation {@code −y a σ(z)}. */
public enum Loss implements Option {
    SQUARED("squared"),
    CORRELATION("correlation");

    private final String key;

    Loss(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Parses {@code squared | correlation}. */
    public static Loss parse(String value) {
        return Option.parse(Loss.class, "loss", value);
    }
}
