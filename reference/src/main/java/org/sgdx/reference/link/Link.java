package org.sgdx.reference.link;

import java.util.Objects;
import java.util.Optional;
import org.sgdx.reference.poly.SurdPiecewise;

/**
 * A link function {@code σ : ℝ → ℝ} given by a specification of the link language (see {@link LinkParser}).
 *
 * @param specification the text the user gave
 * @param expression the parsed expression
 */
public record Link(String specification, Expr expression) {

    public Link {
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(expression, "expression");
    }

    /**
     * Parses a specification.
     *
     * @throws LinkSyntaxException if it is malformed or names an unknown function
     */
    public static Link parse(String specification) {
        return new Link(specification.strip(), LinkParser.parse(specification));
    }

    /** The exact form when the link is a polynomial or a breakpoint-0 piecewise polynomial (MATH.md §2). */
    public Optional<SurdPiecewise> exactForm() {
        return expression.exactForm();
    }

    /** The parity: exact when the link has an exact form, otherwise what the structure proves. */
    public Parity parity() {
        Optional<SurdPiecewise> f = exactForm();
        if (f.isPresent()) {
            return f.get().isEven() ? Parity.EVEN : f.get().isOdd() ? Parity.ODD : Parity.NONE;
        }
        return expression.structuralParity();
    }

    /**
     * The centre {@code a} of a point symmetry {@code f(−z) = 2a − f(z)} proved from the structure of the expression
     * ({@code 0} for odd links, {@code 1/2} for {@code sigmoid(3*z)}), when there is one: then {@code E[f] = a} and
     * the Hermite coefficients of even index {@code k ≥ 2} vanish.
     */
    public Optional<org.apache.commons.numbers.fraction.BigFraction> oddCentre() {
        return OddCentre.of(expression);
    }

    /** {@code σ(z)} in double precision. */
    public double value(double z) {
        return expression.value(z);
    }

    @Override
    public String toString() {
        return specification;
    }
}
