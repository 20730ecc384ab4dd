package org.sgdx.checks.golden;

import java.util.ArrayList;
import java.util.List;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.SecondMoments;

/**
 * The second moments of the update (MATH.md §4, notation of §7), from {@link SecondMoments}, for configurations with
 * polynomial links (the Mehler sums then terminate and every coefficient is exact):
 * <ul>
 *   <li>kind {@code second_moment}: {@code E[ψ²](m)}, index {@code a:n} = coefficient of {@code m^a η^n}
 *       ({@code m^a s^n} for batch reuse), {@code a = 0..A}, {@code n = 0..N}, zeros included;</li>
 *   <li>kind {@code normalisation} (when {@code withNormalisation}): {@code N(m) = E[ψ² |P⊥x|²] =
 *       (d − 2) E[ψ²](m) + E[ψ² v²](m)}, index {@code a:n:k} = coefficient of {@code m^a η^n d^k}
 *       ({@code m^a s^n d^k} for batch reuse), {@code k = 0, 1}.</li>
 * </ul>
 * Powers of {@code m}, η and {@code d} outside the grid have exactly zero coefficients.
 *
 * @param configurations the configurations (polynomial links only)
 * @param withNormalisation whether to write {@code N(m)} too
 * @param digits the significant digits of the values
 */
public record SecondMomentSection(List<DynamicsConfiguration> configurations, boolean withNormalisation, int digits)
        implements GoldenSection {

    public SecondMomentSection {
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("the second-moment section needs at least one configuration");
        }
        if (digits < 5 || digits > 200) {
            throw new IllegalArgumentException("digits must be in 5..200, got " + digits);
        }
    }

    /** The configurations of {@link MuSection#defaults} with polynomial links, with {@code N(m)}. */
    public static SecondMomentSection defaults(int digits) {
        return new SecondMomentSection(DynamicsConfiguration.grid(DynamicsConfiguration.POLYNOMIAL_LINKS), true,
                digits);
    }

    @Override
    public String name() {
        return "second-moment";
    }

    @Override
    public String description() {
        return "second moments (MATH.md §4): E[psi^2](m) (second_moment, index a:n = coefficient of m^a eta^n, s^n for"
                + " batch reuse)" + (withNormalisation ? " and N(m) = (d-2) E[psi^2](m) + E[psi^2 v^2](m)"
                + " (normalisation, index a:n:k = coefficient of m^a eta^n d^k)" : "") + ", zeros included, exact, "
                + digits + " significant digits";
    }

    @Override
    public List<GoldenVector> vectors() {
        List<GoldenVector> out = new ArrayList<>();
        for (DynamicsConfiguration config : configurations) {
            DriftCoefficients c = config.coefficients(DriftCoefficients.DEFAULT_MAX_INDEX, digits);
            SecondMoments moments = SecondMoments.of(c);
            if (!moments.isComplete() || config.rule().isTruncated()) {
                throw new IllegalArgumentException("the second-moment section needs polynomial links, so that the"
                        + " Mehler sums terminate: " + config.key());
            }
            PolynomialGrid plain = new PolynomialGrid(config.inS());
            plain.add(-1, moments.psiSquared());
            int degree = moments.psiSquared().degreeInM();
            out.addAll(plain.vectors("second_moment", config.key(), 0, Math.max(degree, 0), false, digits));
            if (withNormalisation) {
                PolynomialGrid n = new PolynomialGrid(config.inS());
                n.add(-1, moments.normalisation());
                int nDegree = moments.normalisation().degreeInM();
                out.addAll(n.vectors("normalisation", config.key(), 0, Math.max(nDegree, 0), true, digits));
            }
        }
        return List.copyOf(out);
    }
}
