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

    /** Characters of a long specification shown on each side of the position. */
    private static final int CONTEXT = 30;

    /** The problem, then the specification (an excerpt around the position when it is long) with a caret. */
    private static String format(String spec, int position, String problem) {
        int at = Math.max(0, Math.min(position, spec.length()));
        int from = spec.length() > 2 * CONTEXT + 10 ? Math.max(0, at - CONTEXT) : 0;
        int to = spec.length() > 2 * CONTEXT + 10 ? Math.min(spec.length(), at + CONTEXT) : spec.length();
        String before = from > 0 ? "..." : "";
        String shown = before + spec.substring(from, to) + (to < spec.length() ? "..." : "");
        return "invalid link specification at position " + (position + 1) + ": " + problem
                + System.lineSeparator() + "  " + shown
                + System.lineSeparator() + "  " + " ".repeat(before.length() + at - from) + "^";
    }
}
