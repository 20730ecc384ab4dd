package org.sgdx.checks.claims;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A checkable statement of the theory.
 *
 * @param id a stable identifier: lower-case words separated by dots or hyphens, e.g. {@code hermite.mehler}
 * @param title a short title
 * @param statement the statement as a formula, e.g. {@code E[He_i(U) He_j(V)] = δ_ij i! ρ^i}
 * @param sources where it comes from (at least one)
 * @param method how it is checked
 */
public record Claim(String id, String title, String statement, List<Source> sources, Method method) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    public Claim {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a claim id is lower-case words separated by '.' or '-', got '" + id
                    + "'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statement, "statement");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " needs a source");
        }
        Objects.requireNonNull(method, "method");
    }
}
