package org.sgdx.reference.dynamics;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.poly.RationalPolynomial;

/** QuickTheories set-up and generators shared by the dynamics tests. */
public final class Generators {

    private Generators() {
    }

    /** QuickTheories with the project's fixed seed ({@code -DQT_SEED=...} replays a failure). */
    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L));
    }

    /** Non-constant polynomial links of degree 1 to {@code maxDegree} with small integer coefficients. */
    public static Gen<Link> polynomialLinks(int maxDegree) {
        return lists().of(integers().between(-3, 3)).ofSizeBetween(2, maxDegree + 1).map(Generators::link)
                .assuming(l -> l != null);
    }

    private static Link link(List<Integer> coefficients) {
        BigFraction[] c = new BigFraction[coefficients.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = BigFraction.of(coefficients.get(k));
        }
        RationalPolynomial p = RationalPolynomial.of(c);
        if (p.degree() < 1) {
            return null;
        }
        return Link.parse(p.toString());
    }

    /** Rational learning rates {@code k / 2^j}, {@code 1 ≤ k ≤ 9}, {@code 3 ≤ j ≤ 12}. */
    public static Gen<BigFraction> rates() {
        return integers().between(1, 9).zip(integers().between(3, 12), (k, j) -> BigFraction.of(k, 1 << j));
    }

    /** Second-layer weights {@code ±1, ±1/2, 2}. */
    public static Gen<BigFraction> weights() {
        return integers().between(0, 4).map(i -> new BigFraction[] {BigFraction.ONE, BigFraction.of(-1),
            BigFraction.of(1, 2), BigFraction.of(-1, 2), BigFraction.of(2)}[i]);
    }
}
