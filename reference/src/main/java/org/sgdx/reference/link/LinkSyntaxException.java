package org.sgdx.reference.link;

/**
 * A link specification that does not parse. The message names the position (0-based character index) and
 * what was expected, and {@link #getMessage()} shows the specification with a caret under the position.
 */
public final class LinkSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String specification;
    private final int position;
    private final String problem;

    public LinkSyntaxException(String specification, int position, String problem) {
        super(format(specification, position, problem));
        this.specification = specification;
        this.position = position;
        this.problem = problem;
    }

    /** The specification that failed to parse. */
    public String specification() {
        return specification;
    }

    /** The 0-based character index of the problem. */
    public int position() {
        return position;
    }

    /** The problem without the position display. */
    public String problem() {
        return problem;
    }

    private static String format(String spec, int position, String problem) {
        return "invalid link specification at position " + (position + 1) + ": " + problem
                + System.lineSeparator() + "  " + spec
                + System.lineSeparator() + "  " + " ".repeat(Math.max(0, position)) + "^";
    }
}
