package org.sgdx.reference.exponent;

import java.util.List;
import java.util.Objects;
import org.sgdx.reference.link.LabelModel;

/**
 * The exponents of a label model (MATH.md §3).
 *
 * @param model the label model
 * @param options the search limits and precision used
 * @param informationExponent {@code p = IE(σ*)} ({@code IE(q)} for binary labels)
 * @param generativeExponent {@code p* = GE}
 * @param powerExponents {@code p_k = IE(E[y^k | z])} for {@code k = 1..maxPower} (equal to {@code IE(σ*^k)} for
 *     deterministic links)
 * @param zetaSquared {@code E[ζ_k(y)²]} for {@code k = 1..zetaMaxDegree}
 */
public record ExponentReport(LabelModel model, ExponentOptions options, Exponent informationExponent,
        Exponent generativeExponent, List<PowerExponent> powerExponents, List<ZetaSquared> zetaSquared) {

    public ExponentReport {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(informationExponent, "informationExponent");
        Objects.requireNonNull(generativeExponent, "generativeExponent");
        powerExponents = List.copyOf(powerExponents);
        zetaSquared = List.copyOf(zetaSquared);
    }

    /** {@code p_k} with its index. */
    public record PowerExponent(int k, Exponent exponent) {
    }
}
