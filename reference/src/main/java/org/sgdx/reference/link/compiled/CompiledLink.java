package org.sgdx.reference.link.compiled;

import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.Link;

/**
 * A link function compiled for fast double-precision evaluation in the simulators' inner loops. Built once per
 * configuration by {@link LinkCompiler}; immutable and thread-safe.
 *
 * <p>Polynomial links (and the pieces of breakpoint-0 piecewise polynomials) are evaluated from their exact
 * rational form (MATH.md §2), either by Horner's scheme on the monomial coefficients or by Clenshaw's recurrence
 * on the {@code He_k} coefficients ({@code He_{k+1} = z He_k − k He_{k−1}}), whichever the compiler found better
 * conditioned; everything else by a tree of nodes in which {@code He_k} and {@code h_k} use their three-term
 * recurrences.
 */
public abstract class CompiledLink {

    CompiledLink() {
    }

    /** The value at {@code z}. */
    public abstract double value(double z);

    /** How the value is computed, e.g. {@code horner(3)}, {@code hermite-clenshaw(40)} or {@code tree}. */
    public abstract String method();

    /** The compiled link σ. */
    public static CompiledLink of(Link link) {
        return LinkCompiler.compile(link.expression());
    }

    /** The compiled derivative σ' ({@link Expr#derivative()}, almost everywhere for breakpoint functions). */
    public static CompiledLink derivativeOf(Link link) {
        return LinkCompiler.compile(link.expression().derivative());
    }

    @Override
    public String toString() {
        return method();
    }
}
