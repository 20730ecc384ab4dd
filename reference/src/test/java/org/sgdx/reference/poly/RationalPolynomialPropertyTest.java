package org.sgdx.reference.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The ring operations of {@link RationalPolynomial} against their definitions, on random polynomials with small integer
 * coefficients (QuickTheories, fixed seed; {@code -DQT_SEED=...} replays a failure). Exact arithmetic: no tolerance.
 */
class RationalPolynomialPropertyTest {

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L)).withExamples(200);
    }

    /** Polynomials of degree at most 6 (the zero polynomial included), coefficients in [−4, 4] in steps of 1/2. */
    private static Gen<RationalPolynomial> polynomials() {
        return lists().of(integers().between(-8, 8)).ofSizeBetween(0, 7).map(RationalPolynomialPropertyTest::of);
    }

    private static RationalPolynomial of(List<Integer> halves) {
        BigFraction[] c = new BigFraction[halves.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = BigFraction.of(halves.get(k), 2);
        }
        return RationalPolynomial.of(c);
    }

    private static final BigFraction[] POINTS = {BigFraction.ZERO, BigFraction.ONE, BigFraction.of(-3, 2),
        BigFraction.of(5, 7), BigFraction.of(-2)};

    @Test
    void productAndPowerEvaluateAsProductsOfValues() {
        qt().forAll(polynomials(), polynomials(), integers().between(0, 5)).checkAssert((p, q, n) -> {
            RationalPolynomial product = p.multiply(q);
            RationalPolynomial power = p.pow(n);
            for (BigFraction x : POINTS) {
                assertThat(product.evaluate(x)).isEqualTo(p.evaluate(x).multiply(q.evaluate(x)));
                assertThat(power.evaluate(x)).isEqualTo(p.evaluate(x).pow(n));
            }
            assertThat(product).isEqualTo(q.multiply(p));
            assertThat(product.degree()).isEqualTo(p.isZero() || q.isZero() ? ZERO_DEGREE : p.degree() + q.degree());
        });
    }

    private static final int ZERO_DEGREE = RationalPolynomial.ZERO.degree();

    @Test
    void powerIsRepeatedMultiplication() {
        qt().forAll(polynomials(), integers().between(0, 6)).checkAssert((p, n) -> {
            RationalPolynomial repeated = RationalPolynomial.ONE;
            for (int i = 0; i < n; i++) {
                repeated = repeated.multiply(p);
            }
            assertThat(p.pow(n)).isEqualTo(repeated);
        });
    }

    @Test
    void derivativeFollowsTheProductRuleAndLowersTheDegree() {
        qt().forAll(polynomials(), polynomials()).checkAssert((p, q) -> {
            assertThat(p.multiply(q).derivative())
                    .isEqualTo(p.derivative().multiply(q).add(p.multiply(q.derivative())));
            if (p.degree() >= 1) {
                assertThat(p.derivative().degree()).isEqualTo(p.degree() - 1);
                assertThat(p.derivative().leadingCoefficient())
                        .isEqualTo(p.leadingCoefficient().multiply(p.degree()));
            } else {
                assertThat(p.derivative().isZero()).isTrue();
            }
        });
    }

    @Test
    void parityIsSymmetryUnderReflection() {
        qt().forAll(polynomials()).checkAssert(p -> {
            assertThat(p.isEven()).isEqualTo(p.reflect().equals(p));
            assertThat(p.isOdd()).isEqualTo(p.reflect().equals(p.negate()));
            RationalPolynomial even = p.add(p.reflect());
            RationalPolynomial odd = p.subtract(p.reflect());
            assertThat(even.isEven()).isTrue();
            assertThat(odd.isOdd()).isTrue();
        });
    }

    @Test
    void equalityIsEqualityOfCoefficients() {
        qt().forAll(polynomials(), polynomials()).checkAssert((p, q) -> {
            assertThat(p.equals(q)).isEqualTo(p.coefficients().equals(q.coefficients()));
            assertThat(p.subtract(q).isZero()).isEqualTo(p.equals(q));
            if (p.equals(q)) {
                assertThat(p.hashCode()).isEqualTo(q.hashCode());
            }
        });
        assertThat(RationalPolynomial.Z.equals("z")).isFalse();
    }

    @Test
    void rootCountsOfProductsOfDistinctLinearFactors() {
        // (z − r_1)…(z − r_k) with distinct rational roots: the Sturm counts are the numbers of positive and negative
        // roots exactly
        qt().forAll(lists().of(integers().between(-6, 6)).ofSizeBetween(0, 5)).checkAssert(roots -> {
            List<Integer> distinct = roots.stream().distinct().toList();
            RationalPolynomial p = RationalPolynomial.ONE;
            for (int r : distinct) {
                p = p.multiply(RationalPolynomial.of(BigFraction.of(-r, 3), BigFraction.ONE));
            }
            assertThat(p.countPositiveRoots()).isEqualTo((int) distinct.stream().filter(r -> r > 0).count());
            assertThat(p.countNegativeRoots()).isEqualTo((int) distinct.stream().filter(r -> r < 0).count());
        });
    }
}
