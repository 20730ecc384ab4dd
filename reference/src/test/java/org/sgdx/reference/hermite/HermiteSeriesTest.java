package org.sgdx.reference.hermite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.sgdx.reference.exact.ExactNumber;
import org.sgdx.reference.poly.Hermite;
import org.sgdx.reference.poly.RationalPolynomial;

class HermiteSeriesTest {

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L));
    }

    private static final HermiteSeries HE3 = HermiteSeries.he(3);

    /** Random coefficient lists of length 1..9 with small rationals, many of them zero. */
    private static Gen<List<BigFraction>> coefficientLists() {
        Gen<Integer> num = integers().between(-6, 6);
        Gen<Integer> den = integers().between(1, 4);
        Gen<BigFraction> coefficient = num.zip(den, integers().between(0, 2),
                (n, d, zero) -> zero == 0 ? BigFraction.ZERO : BigFraction.of(n, d));
        return lists().of(coefficient).ofSizeBetween(1, 9);
    }

    private static Gen<HermiteSeries> series() {
        return coefficientLists().map((List<BigFraction> a) -> HermiteSeries.of(a));
    }

    private static Gen<RationalPolynomial> polynomials() {
        return coefficientLists().map((List<BigFraction> a) -> RationalPolynomial.of(a));
    }

    @Test
    void squareOfHe3() {
        HermiteSeries expected = HermiteSeries.ofIntegers(6, 0, 18, 0, 9, 0, 1);
        assertThat(HermiteSeries.heProduct(3, 3)).isEqualTo(expected);
        assertThat(HE3.multiply(HE3)).isEqualTo(expected);
        assertThat(HE3.pow(2)).isEqualTo(expected);
        assertThat(HermiteSeries.ofPolynomial(Hermite.he(3).pow(2))).isEqualTo(expected);
        assertThat(expected).hasToString("He_6 + 9*He_4 + 18*He_2 + 6");
        assertThat(expected.u(2)).isEqualTo(BigFraction.of(18));
    }

    @Test
    void paperTestVectors() {
        assertThat(HE3.pow(2).u(2)).isEqualTo(BigFraction.of(18));
        assertThat(HE3.pow(3).u(1)).isEqualTo(BigFraction.of(324));
        assertThat(HermiteSeries.ofPolynomial(Hermite.he(3).pow(3)).u(1)).isEqualTo(BigFraction.of(324));
        // Information exponents of He_3^k: 3, 2, 1.
        assertThat(HE3.firstNonZeroIndex(1)).hasValue(3);
        assertThat(HE3.pow(2).firstNonZeroIndex(1)).hasValue(2);
        assertThat(HE3.pow(3).firstNonZeroIndex(1)).hasValue(1);
        // E[He_3^4] = 6! + 9² 4! + 18² 2! + 6² = 3348
        assertThat(HE3.pow(2).normSquared()).isEqualTo(BigFraction.of(3348));
        assertThat(Gaussian.expectation(Hermite.he(3).pow(4))).isEqualTo(BigFraction.of(3348));
    }

    @Test
    void monomialsInTheHermiteBasis() {
        // z^4 = He_4 + 6 He_2 + 3, z^5 = He_5 + 10 He_3 + 15 He_1
        assertThat(HermiteSeries.ofPolynomial(RationalPolynomial.monomial(BigFraction.ONE, 4)))
                .isEqualTo(HermiteSeries.ofIntegers(3, 0, 6, 0, 1));
        assertThat(HermiteSeries.ofPolynomial(RationalPolynomial.monomial(BigFraction.ONE, 5)))
                .isEqualTo(HermiteSeries.ofIntegers(0, 15, 0, 10, 0, 1));
        assertThat(HermiteSeries.ofPolynomial(RationalPolynomial.ZERO)).isEqualTo(HermiteSeries.ZERO);
        assertThat(HermiteSeries.ZERO.toPolynomial()).isEqualTo(RationalPolynomial.ZERO);
        assertThat(HermiteSeries.ZERO.degree()).isEqualTo(-1);
        assertThat(HermiteSeries.ZERO).hasToString("0");
        assertThat(HermiteSeries.of(BigFraction.of(-1, 2), BigFraction.ZERO, BigFraction.of(-3)))
                .hasToString("-3*He_2 - (1/2)");
    }

    @Test
    void productFormulaAgreesWithPolynomialMultiplication() {
        qt().forAll(integers().between(0, 14), integers().between(0, 14)).checkAssert((m, n) -> {
            RationalPolynomial direct = Hermite.he(m).multiply(Hermite.he(n));
            assertThat(HermiteSeries.heProduct(m, n).toPolynomial()).isEqualTo(direct);
            assertThat(HermiteSeries.heProduct(m, n)).isEqualTo(HermiteSeries.ofPolynomial(direct));
        });
    }

    @Test
    void seriesProductAgreesWithPolynomialProduct() {
        qt().forAll(series(), series()).checkAssert((f, g) -> {
            assertThat(f.multiply(g).toPolynomial()).isEqualTo(f.toPolynomial().multiply(g.toPolynomial()));
            assertThat(f.multiply(g)).isEqualTo(g.multiply(f));
        });
    }

    @Test
    void powerAgreesWithRepeatedMultiplication() {
        qt().withExamples(40).forAll(series(), integers().between(0, 4)).checkAssert((f, n) -> {
            HermiteSeries r = HermiteSeries.ONE;
            for (int i = 0; i < n; i++) {
                r = r.multiply(f);
            }
            assertThat(f.pow(n)).isEqualTo(r);
            assertThat(f.pow(n).toPolynomial()).isEqualTo(f.toPolynomial().pow(n));
        });
        assertThatThrownBy(() -> HE3.pow(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monomialToHermiteRoundTrip() {
        qt().forAll(polynomials()).checkAssert(p ->
                assertThat(HermiteSeries.ofPolynomial(p).toPolynomial()).isEqualTo(p));
    }

    @Test
    void hermiteToMonomialRoundTripReproducesCoefficients() {
        qt().forAll(coefficientLists()).checkAssert(a -> {
            HermiteSeries s = HermiteSeries.of(a);
            HermiteSeries back = HermiteSeries.ofPolynomial(s.toPolynomial());
            for (int k = 0; k < a.size() + 2; k++) {
                assertThat(back.u(k)).isEqualTo(k < a.size() ? a.get(k) : BigFraction.ZERO);
            }
        });
    }

    @Test
    void firstNonZeroIndexIsTheSmallestNonZeroCoefficientFromOne() {
        qt().forAll(coefficientLists()).checkAssert(a -> {
            OptionalInt expected = OptionalInt.empty();
            for (int k = 1; k < a.size(); k++) {
                if (a.get(k).signum() != 0) {
                    expected = OptionalInt.of(k);
                    break;
                }
            }
            assertThat(HermiteSeries.ofPolynomial(HermiteSeries.of(a).toPolynomial()).firstNonZeroIndex(1))
                    .isEqualTo(expected);
        });
    }

    @Test
    void coefficientsAreGaussianProjections() {
        // u_k(p) = E[p He_k] / k! with the expectation taken by Gaussian moments.
        qt().forAll(polynomials()).checkAssert(p -> {
            HermiteSeries s = HermiteSeries.ofPolynomial(p);
            for (int k = 0; k <= 10; k++) {
                BigFraction e = Gaussian.expectation(p.multiply(Hermite.he(k)));
                assertThat(s.u(k)).isEqualTo(e.divide(Gaussian.factorial(k)));
            }
            assertThat(s.normSquared()).isEqualTo(Gaussian.expectation(p.multiply(p)));
            assertThat(s.expectation()).isEqualTo(Gaussian.expectation(p));
        });
    }

    @Test
    void steinIdentity() {
        // E[f' He_{k−1}] = E[f He_k], i.e. u_{k−1}(f') = k u_k(f).
        qt().forAll(polynomials()).checkAssert(p -> {
            HermiteSeries f = HermiteSeries.ofPolynomial(p);
            HermiteSeries df = HermiteSeries.ofPolynomial(p.derivative());
            assertThat(f.derivative()).isEqualTo(df);
            for (int k = 1; k <= 10; k++) {
                assertThat(df.u(k - 1)).isEqualTo(f.u(k).multiply(k));
                assertThat(Gaussian.expectation(p.derivative().multiply(Hermite.he(k - 1))))
                        .isEqualTo(Gaussian.expectation(p.multiply(Hermite.he(k))));
            }
        });
    }

    @Test
    void innerProductAndLinearity() {
        qt().forAll(series(), series()).checkAssert((f, g) -> {
            assertThat(f.innerProduct(g)).isEqualTo(Gaussian.expectation(f.toPolynomial().multiply(g.toPolynomial())));
            assertThat(f.add(g).toPolynomial()).isEqualTo(f.toPolynomial().add(g.toPolynomial()));
            assertThat(f.subtract(f)).isEqualTo(HermiteSeries.ZERO);
            assertThat(f.multiply(BigFraction.of(-2, 3)).toPolynomial())
                    .isEqualTo(f.toPolynomial().multiply(BigFraction.of(-2, 3)));
        });
    }

    /**
     * Mehler: for {@code U = ρV + sW} with independent standard normals {@code V, W} and {@code ρ² + s² = 1},
     * {@code E[He_i(U) He_j(V)] = δ_ij i! ρ^i}. With ρ = 3/5, s = 4/5 everything is rational; the expectation is
     * expanded by the binomial theorem and Gaussian moments.
     */
    @Test
    void mehlerFormula() {
        BigFraction rho = BigFraction.of(3, 5);
        BigFraction s = BigFraction.of(4, 5);
        for (int i = 0; i <= 8; i++) {
            RationalPolynomial hi = Hermite.he(i);
            for (int j = 0; j <= 8; j++) {
                RationalPolynomial hj = Hermite.he(j);
                BigFraction e = BigFraction.ZERO;
                for (int n = 0; n <= i; n++) {
                    BigFraction a = hi.coefficient(n);
                    if (a.signum() == 0) {
                        continue;
                    }
                    for (int l = 0; l <= n; l++) {
                        // a C(n,l) ρ^l s^{n−l} E[V^l He_j(V)] E[W^{n−l}]
                        BigInteger wMoment = Gaussian.moment(n - l);
                        if (wMoment.signum() == 0) {
                            continue;
                        }
                        BigFraction vPart = Gaussian.expectation(RationalPolynomial.monomial(BigFraction.ONE, l)
                                .multiply(hj));
                        e = e.add(a.multiply(binomial(n, l)).multiply(rho.pow(l)).multiply(s.pow(n - l))
                                .multiply(vPart).multiply(wMoment));
                    }
                }
                BigFraction expected = i == j ? rho.pow(i).multiply(Gaussian.factorial(i)) : BigFraction.ZERO;
                assertThat(e).as("E[He_%d(U) He_%d(V)]", i, j).isEqualTo(expected);
            }
        }
    }

    @Test
    void normalisedCoefficients() {
        assertThat(HE3.c(3)).isEqualTo(ExactNumber.sqrt(BigInteger.valueOf(6)));
        assertThat(HE3.c(3).radicand()).isEqualTo(BigInteger.valueOf(6));
        assertThat(HE3.c(2)).isEqualTo(ExactNumber.ZERO);
        HermiteSeries sq = HE3.pow(2);
        ExactNumber sumOfSquares = ExactNumber.ZERO;
        for (int k = 0; k <= sq.degree(); k++) {
            sumOfSquares = sumOfSquares.add(sq.c(k).square());
        }
        assertThat(sumOfSquares).isEqualTo(ExactNumber.of(sq.normSquared()));
        assertThat(sq.coefficients()).hasSize(7);
        assertThat(sq.u(40)).isEqualTo(BigFraction.ZERO);
    }

    private static BigInteger binomial(int n, int k) {
        return Gaussian.factorial(n).divide(Gaussian.factorial(k).multiply(Gaussian.factorial(n - k)));
    }
}
