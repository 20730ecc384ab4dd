package org.sgdx.reference.exponent;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exponent.zeta.ZetaMoment;

/**
 * One value {@code E_y[ζ_k(y)²]}, {@code ζ_k(y) = E[h_k(Z) | y]} (MATH.md §3), with how it is known.
 *
 * @param k the Hermite index, {@code k ≥ 1}
 * @param value the value (rounded to the requested digits when exact)
 * @param certainty {@code exact} with a closed form, or {@code estimate}
 * @param error the error estimate (zero when exact)
 * @param closedForm the closed form for exact values, or {@code null}
 * @param reason how the value was obtained
 */
public record ZetaSquared(int k, BigDecimal value, Certainty certainty, BigDecimal error, String closedForm,
        String reason) {

    public ZetaSquared {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(reason, "reason");
    }

    public Optional<String> closedFormValue() {
        return Optional.ofNullable(closedForm);
    }

    /**
     * Whether the value is positive: exactly for exact values, by the rule of
     * {@link ZetaMoment#distinguishableFromZero()} for estimates.
     */
    public boolean isPositive() {
        if (certainty == Certainty.EXACT) {
            return value.signum() > 0;
        }
        return ZetaMoment.isPositive(value.doubleValue(), error.doubleValue());
    }
}
