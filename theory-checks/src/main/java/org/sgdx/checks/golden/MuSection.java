package org.sgdx.checks.golden;

import java.util.ArrayList;
import java.util.List;
import org.sgdx.reference.dynamics.DriftCoefficients;

/**
 * The drift coefficients {@code μ_i(η) = E[ψ_η(σ*(A), B) He_i(A) He_{i−1}(B)] / (i! (i−1)!)} (MATH.md §4, kind
 * {@code mu}) of a list of {@linkplain DynamicsConfiguration configurations}, from {@link DriftCoefficients}. Each
 * {@code μ_i} is a polynomial in η (in {@code s = ηd} for batch reuse); the vector with index {@code i:n} is the
 * coefficient of η^n (of s^n), for {@code i = 1..I} and {@code n = 0..N} of the configuration, zeros included. When
 * the coefficients terminate, {@code I} is the last possibly non-zero index and every coefficient outside the grid is
 * exactly zero; otherwise {@code I = maxIndex}. Values are exact, with their closed form, for polynomial and
 * breakpoint-0 piecewise-polynomial links.
 *
 * @param configurations the configurations
 * @param maxIndex the largest index when the coefficients do not terminate, 1 to
 *     {@value DriftCoefficients#MAX_INDEX}
 * @param digits the significant digits of the values
 */
public record MuSection(List<DynamicsConfiguration> configurations, int maxIndex, int digits) implements GoldenSection {

    /** The links of the default configurations: the polynomial ones and relu (not for batch reuse). */
    public static final List<String> DEFAULT_LINKS = List.of("He2", "He3", "He4", "relu");

    public MuSection {
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("the mu section needs at least one configuration");
        }
        if (maxIndex < 1 || maxIndex > DriftCoefficients.MAX_INDEX) {
            throw new IllegalArgumentException("max-index must be in 1.." + DriftCoefficients.MAX_INDEX + ", got "
                    + maxIndex);
        }
        if (digits < 5 || digits > 200) {
            throw new IllegalArgumentException("digits must be in 5..200, got " + digits);
        }
    }

    /**
     * Online, batch reuse and alternating SGD with squared and correlation loss, {@code σ* = σ} in He2, He3, He4 and
     * relu (online and alternating only), relu up to {@code i = 8}, at the given digits.
     */
    public static MuSection defaults(int digits) {
        return new MuSection(DynamicsConfiguration.grid(DEFAULT_LINKS), DriftCoefficients.DEFAULT_MAX_INDEX, digits);
    }

    @Override
    public String name() {
        return "mu";
    }

    @Override
    public String description() {
        return "drift coefficients mu_i(eta) = E[psi(sigma*(A), B) He_i(A) He_{i-1}(B)]/(i!(i-1)!) (MATH.md §4):"
                + " index i:n = coefficient of eta^n (of s^n, s = eta*d, for batch reuse), zeros included; " + digits
                + " significant digits; up to i = " + maxIndex + " when the coefficients do not terminate";
    }

    @Override
    public List<GoldenVector> vectors() {
        List<GoldenVector> out = new ArrayList<>();
        for (DynamicsConfiguration config : configurations) {
            DriftCoefficients c = config.coefficients(maxIndex, digits);
            PolynomialGrid grid = new PolynomialGrid(config.inS());
            for (DriftCoefficients.Mu mu : c.mu()) {
                grid.add(mu.i(), mu.value());
            }
            out.addAll(grid.vectors("mu", config.key(), 1, c.maxIndex(), false, digits));
        }
        return List.copyOf(out);
    }
}
