package org.sgdx.reference.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

class ExactNumberTest {

    /** {@code 1/sqrt(2*pi)} from Python mpmath 1.3.0 at mp.dps = 110: {@code print(1/mpmath.sqrt(2*mpmath.pi))}. */
    static final String OMEGA_MPMATH =
            "0.39894228040143267793994605993438186847585863116493465766592582967065792589930183850125233390730693643"
                    + "030255886";

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261129L));
    }

    private static BigFraction q(long p, long r) {
        return BigFraction.of(p, r);
    }

    private static BigFraction q(long p) {
        return BigFraction.of(p);
    }

    private static final ExactNumber OMEGA = ExactNumber.OMEGA;

    @Test
    void zeroIsDecidedExactly() {
        ExactNumber x = ExactNumber.ofOmegaPolynomial(q(1, 2), q(-3, 4), q(5));
        assertThat(x.subtract(x).isZero()).isTrue();
        assertThat(x.subtract(x)).isEqualTo(ExactNumber.ZERO);
        assertThat(ExactNumber.ofOmegaPolynomial(q(0), q(0), q(0)).isZero()).isTrue();
        assertThat(ExactNumber.ZERO.omegaDegree()).isEqualTo(-1);
        assertThat(ExactNumber.ZERO.negate()).isEqualTo(ExactNumber.ZERO).hasSameHashCodeAs(ExactNumber.ZERO);
        assertThat(ExactNumber.ZERO.abs()).isEqualTo(ExactNumber.ZERO);
        assertThat(ExactNumber.sqrt(BigInteger.valueOf(6)).multiply(BigFraction.ZERO).radicand())
                .isEqualTo(BigInteger.ONE);
        // A tiny but non-zero number: ω − 0.39894228040143 ≈ 2.7e-15.
        ExactNumber tiny = OMEGA.subtract(ExactNumber.of(q(39894228040143L, 100000000000000L)));
        assertThat(tiny.isZero()).isFalse();
        assertThat(tiny.signum()).isEqualTo(1);
    }

    @Test
    void representationIsNormalised() {
        ExactNumber a = ExactNumber.ofOmegaPolynomial(q(1), q(2), q(0), q(0));
        ExactNumber b = ExactNumber.ofOmegaPolynomial(q(1), q(2));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.omegaDegree()).isEqualTo(1);
        assertThat(a.coefficients()).containsExactly(q(1), q(2));
        assertThat(a.coefficient(7)).isEqualTo(BigFraction.ZERO);
        // A square radicand is absorbed: sqrt(4) * 3/2 = 3.
        assertThat(ExactNumber.of(BigInteger.valueOf(4), List.of(q(3, 2)))).isEqualTo(ExactNumber.of(3));
        assertThatThrownBy(() -> ExactNumber.of(BigInteger.ZERO, List.of(q(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radicand");
        assertThatThrownBy(() -> ExactNumber.ofOmegaPower(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void squareRadicandsAreAbsorbed() {
        ExactNumber three = ExactNumber.of(BigInteger.valueOf(4), List.of(q(3, 2)));
        assertThat(three.radicand()).isEqualTo(BigInteger.ONE);
        assertThat(three.coefficients()).containsExactly(q(3));
        assertThat(three.isRational()).isTrue();
        ExactNumber x = ExactNumber.of(BigInteger.valueOf(9), List.of(q(1, 3), q(-1)));
        assertThat(x.radicand()).isEqualTo(BigInteger.ONE);
        assertThat(x.coefficients()).containsExactly(q(1), q(-3));
        assertThat(ExactNumber.sqrt(BigInteger.valueOf(49)).rationalValue()).isEqualTo(q(7));
        // the same through a product: √12 √3 = 6
        ExactNumber six = ExactNumber.sqrt(BigInteger.valueOf(12)).multiply(ExactNumber.sqrt(BigInteger.valueOf(3)));
        assertThat(six.radicand()).isEqualTo(BigInteger.ONE);
        assertThat(six.rationalValue()).isEqualTo(q(6));
    }

    @Test
    void powersOfOmegaFromTheZerothOn() {
        assertThat(ExactNumber.ofOmegaPower(0)).isEqualTo(ExactNumber.ONE);
        assertThat(ExactNumber.ofOmegaPower(q(5, 3), 0).rationalValue()).isEqualTo(q(5, 3));
        assertThat(ExactNumber.ofOmegaPower(q(5, 3), 2).coefficients()).containsExactly(q(0), q(0), q(5, 3));
        assertThat(ExactNumber.ofOmegaPower(BigFraction.ZERO, 3)).isEqualTo(ExactNumber.ZERO);
        assertThatThrownBy(() -> ExactNumber.ofOmegaPower(q(1), -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of omega must be >= 0");
    }

    @Test
    void additionNeedsEqualRadicandsUnlessAnOperandIsZero() {
        ExactNumber r2 = ExactNumber.sqrt(BigInteger.TWO);
        ExactNumber r3 = ExactNumber.sqrt(BigInteger.valueOf(3));
        assertThatThrownBy(() -> r2.add(r3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r2.subtract(r3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r2.add(ExactNumber.ZERO)).isEqualTo(r2);
        assertThat(ExactNumber.ZERO.add(r3)).isEqualTo(r3);
        assertThat(r2.add(r2)).isEqualTo(r2.multiply(q(2)));
        assertThat(r2.subtract(r2)).isEqualTo(ExactNumber.ZERO);
    }

    @Test
    void radicandsMultiply() {
        ExactNumber r2 = ExactNumber.sqrt(BigInteger.TWO);
        ExactNumber r3 = ExactNumber.sqrt(BigInteger.valueOf(3));
        ExactNumber r6 = ExactNumber.sqrt(BigInteger.valueOf(6));
        assertThat(r2.multiply(r3)).isEqualTo(r6);
        assertThat(r6.multiply(r6)).isEqualTo(ExactNumber.of(6));
        assertThat(r6.square()).isEqualTo(ExactNumber.of(6));
        // sqrt(12) sqrt(18) = sqrt(216) = 6 sqrt(6)
        ExactNumber p = ExactNumber.sqrt(BigInteger.valueOf(12)).multiply(ExactNumber.sqrt(BigInteger.valueOf(18)));
        assertThat(p).isEqualTo(r6.multiply(q(6)));
        assertThat(OMEGA.multiply(OMEGA)).isEqualTo(ExactNumber.ofOmegaPower(2));
        // (1/2 − ω)² = 1/4 − ω + ω²
        ExactNumber x = ExactNumber.of(q(1, 2)).subtract(OMEGA);
        assertThat(x.square()).isEqualTo(ExactNumber.ofOmegaPolynomial(q(1, 4), q(-1), q(1)));
        assertThat(r6.multiply(x).square()).isEqualTo(x.square().multiply(q(6)));
        assertThat(r6.multiply(x).multiply(ExactNumber.ZERO)).isEqualTo(ExactNumber.ZERO);
    }

    @Test
    void readableStrings() {
        assertThat(OMEGA).hasToString("1/sqrt(2*pi)");
        assertThat(ExactNumber.ofOmegaPower(2)).hasToString("1/(2*pi)");
        assertThat(ExactNumber.ofOmegaPower(3)).hasToString("1/(2*pi)^(3/2)");
        assertThat(ExactNumber.ofOmegaPower(q(5, 3), 4)).hasToString("5/(3*(2*pi)^2)");
        assertThat(ExactNumber.ofOmegaPolynomial(q(-3, 2), q(1))).hasToString("-3/2 + 1/sqrt(2*pi)");
        assertThat(ExactNumber.ofOmegaPower(q(3, 2), 1)).hasToString("3/(2*sqrt(2*pi))");
        ExactNumber r6 = ExactNumber.sqrt(BigInteger.valueOf(6));
        assertThat(r6.multiply(ExactNumber.ofOmegaPolynomial(q(1, 2), q(-1))))
                .hasToString("sqrt(6)*(1/2 - 1/sqrt(2*pi))");
        assertThat(r6).hasToString("sqrt(6)");
        assertThat(r6.multiply(q(-1, 2))).hasToString("-sqrt(6)/2");
        assertThat(r6.multiply(q(3))).hasToString("3*sqrt(6)");
        assertThat(r6.multiply(ExactNumber.ofOmegaPower(q(-3, 4), 1))).hasToString("-3*sqrt(6)/(4*sqrt(2*pi))");
        assertThat(ExactNumber.ZERO).hasToString("0");
    }

    @Test
    void signsOfNumbersWithKnownSign() {
        // ω ≈ 0.3989422804: 1/2 − (5/4)ω ≈ 0.0013 > 0, 1/2 − (127/100)ω ≈ −0.0067 < 0, 2/5 − ω ≈ 0.0011 > 0.
        assertThat(ExactNumber.ofOmegaPolynomial(q(1, 2), q(-5, 4)).signum()).isEqualTo(1);
        assertThat(ExactNumber.ofOmegaPolynomial(q(1, 2), q(-127, 100)).signum()).isEqualTo(-1);
        assertThat(ExactNumber.ofOmegaPolynomial(q(2, 5), q(-1)).signum()).isEqualTo(1);
        // Decimal truncations of ω bracket it to 14 digits.
        assertThat(ExactNumber.ofOmegaPolynomial(q(39894228040143L, 100000000000000L), q(-1)).signum())
                .isEqualTo(-1);
        assertThat(ExactNumber.ofOmegaPolynomial(q(39894228040144L, 100000000000000L), q(-1)).signum())
                .isEqualTo(1);
        // 333/106 < π < 355/113, so 113/710 < ω² = 1/(2π) < 53/333.
        ExactNumber below = ExactNumber.ofOmegaPolynomial(q(113, 710), q(0), q(-1));
        ExactNumber above = ExactNumber.ofOmegaPolynomial(q(53, 333), q(0), q(-1));
        assertThat(below.signum()).isEqualTo(-1);
        assertThat(above.signum()).isEqualTo(1);
        ExactNumber r7 = ExactNumber.sqrt(BigInteger.valueOf(7));
        assertThat(r7.multiply(below).signum()).isEqualTo(-1);
        assertThat(r7.multiply(above).negate().signum()).isEqualTo(-1);
        assertThat(r7.multiply(below).abs().signum()).isEqualTo(1);
        assertThat(ExactNumber.ZERO.signum()).isZero();
        assertThat(ExactNumber.of(q(-1, 3)).signum()).isEqualTo(-1);
    }

    @Test
    void omegaAgreesWithMpmathTo100Digits() {
        BigDecimal reference = new BigDecimal(OMEGA_MPMATH);
        for (int p = 1; p <= 100; p++) {
            MathContext mc = new MathContext(p, RoundingMode.HALF_EVEN);
            assertThat(OMEGA.toBigDecimal(mc)).as("digits %d", p).isEqualByComparingTo(reference.round(mc));
        }
        assertThat(OMEGA.doubleValue()).isEqualTo(0.3989422804014327);
    }

    @Test
    void otherValuesAgreeWithMpmath() {
        // mpmath 1.3.0, mp.dps = 120: 0.39894228040143 - 1/sqrt(2*pi), and sqrt(6)*(1/2 - 1/sqrt(2*pi)).
        ExactNumber cancel = ExactNumber.ofOmegaPolynomial(q(39894228040143L, 100000000000000L), q(-1));
        assertThat(cancel.toBigDecimal(new MathContext(30)))
                .isEqualByComparingTo(new BigDecimal("-2.677939946059934381868475858631164934658e-15")
                        .round(new MathContext(30)));
        ExactNumber r6 = ExactNumber.sqrt(BigInteger.valueOf(6)).multiply(ExactNumber.of(q(1, 2)).subtract(OMEGA));
        assertThat(r6.toBigDecimal(new MathContext(50)))
                .isEqualByComparingTo(new BigDecimal("0.24753984758574920592587279167625168683120252393987965993986")
                        .round(new MathContext(50)));
        // 2π ω² = 1
        BigDecimal twoPi = new BigDecimal("6.2831853071795864769252867665590057683943387987502116419498891846156328125724179972560696506842341360");
        assertThat(ExactNumber.ofOmegaPower(2).toBigDecimal(new MathContext(90)).multiply(twoPi)
                .round(new MathContext(80))).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void roundingModesAndRationals() {
        assertThat(OMEGA.toBigDecimal(new MathContext(5, RoundingMode.FLOOR))).isEqualByComparingTo("0.39894");
        assertThat(OMEGA.toBigDecimal(new MathContext(5, RoundingMode.CEILING))).isEqualByComparingTo("0.39895");
        assertThat(OMEGA.negate().toBigDecimal(new MathContext(5, RoundingMode.FLOOR)))
                .isEqualByComparingTo("-0.39895");
        assertThat(ExactNumber.of(q(1, 3)).toBigDecimal(new MathContext(10))).isEqualByComparingTo("0.3333333333");
        assertThat(ExactNumber.of(q(1, 4)).toBigDecimal(MathContext.UNLIMITED)).isEqualByComparingTo("0.25");
        assertThat(ExactNumber.sqrt(BigInteger.TWO).toBigDecimal(new MathContext(20)))
                .isEqualByComparingTo("1.4142135623730950488");
        assertThatThrownBy(() -> OMEGA.toBigDecimal(MathContext.UNLIMITED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OMEGA.toBigDecimal(new MathContext(5, RoundingMode.UNNECESSARY)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rationality() {
        assertThat(ExactNumber.of(q(2, 3)).isRational()).isTrue();
        assertThat(ExactNumber.of(q(2, 3)).rationalValue()).isEqualTo(q(2, 3));
        assertThat(ExactNumber.ZERO.isRational()).isTrue();
        assertThat(ExactNumber.ZERO.rationalValue()).isEqualTo(BigFraction.ZERO);
        assertThat(OMEGA.isRational()).isFalse();
        assertThat(ExactNumber.sqrt(BigInteger.TWO).isRational()).isFalse();
        assertThatThrownBy(OMEGA::rationalValue).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void changeOfRadicandAndValueEquality() {
        ExactNumber r8 = ExactNumber.sqrt(BigInteger.valueOf(8));
        ExactNumber twoR2 = ExactNumber.sqrt(BigInteger.TWO).multiply(q(2));
        assertThat(r8.radicand()).isEqualTo(BigInteger.valueOf(8));
        assertThat(twoR2.radicand()).isEqualTo(BigInteger.TWO);
        assertThat(r8).isEqualTo(twoR2).hasSameHashCodeAs(twoR2);
        assertThat(r8).isNotEqualTo(twoR2.negate());
        assertThat(r8.withRadicand(BigInteger.TWO).radicand()).isEqualTo(BigInteger.TWO);
        assertThat(r8.withRadicand(BigInteger.TWO).coefficients()).containsExactly(q(2));
        assertThat(twoR2.withRadicand(BigInteger.valueOf(8)).coefficients()).containsExactly(q(1));
        assertThat(ExactNumber.sqrt(BigInteger.valueOf(6)).withRadicand(BigInteger.valueOf(24)).coefficients())
                .containsExactly(q(1, 2));
        assertThatThrownBy(() -> ExactNumber.sqrt(BigInteger.valueOf(6)).withRadicand(BigInteger.TWO))
                .isInstanceOf(IllegalArgumentException.class);
        ExactNumber x = ExactNumber.ofOmegaPolynomial(q(1, 2), q(-1));
        assertThat(r8.multiply(x)).isEqualTo(twoR2.multiply(x)).hasSameHashCodeAs(twoR2.multiply(x));
        assertThat(r8.multiply(x)).isNotEqualTo(twoR2.multiply(x.negate()));
        assertThat(ExactNumber.sqrt(BigInteger.valueOf(3))).isNotEqualTo(ExactNumber.sqrt(BigInteger.TWO));
        assertThat(ExactNumber.sqrt(BigInteger.valueOf(3))).isNotEqualTo(ExactNumber.ZERO);
        // Opposite numbers have the same square.
        ExactNumber r2 = ExactNumber.sqrt(BigInteger.TWO);
        assertThat(r2.multiply(OMEGA)).isNotEqualTo(r2.multiply(OMEGA).negate());
    }

    @Test
    void changeToTheSameRadicandOrOfZeroKeepsTheValue() {
        ExactNumber r6 = ExactNumber.sqrt(BigInteger.valueOf(6)).multiply(ExactNumber.ofOmegaPolynomial(q(1), q(-2)));
        ExactNumber same = r6.withRadicand(BigInteger.valueOf(6));
        assertThat(same.radicand()).isEqualTo(BigInteger.valueOf(6));
        assertThat(same.coefficients()).containsExactly(q(1), q(-2));
        ExactNumber zero = ExactNumber.ZERO.withRadicand(BigInteger.valueOf(5));
        assertThat(zero.isZero()).isTrue();
        assertThat(zero.radicand()).isEqualTo(BigInteger.ONE);
        // a square radicand is absorbed: 3 = √4 · 3/2, written with radicand 1
        ExactNumber three = ExactNumber.of(3).withRadicand(BigInteger.valueOf(4));
        assertThat(three.radicand()).isEqualTo(BigInteger.ONE);
        assertThat(three.coefficients()).containsExactly(q(3));
    }

    @Test
    void changeToANonPositiveRadicandIsRefused() {
        ExactNumber r6 = ExactNumber.sqrt(BigInteger.valueOf(6));
        for (ExactNumber x : List.of(r6, ExactNumber.ZERO, ExactNumber.ONE)) {
            for (long t : new long[] {0, -1, -6}) {
                assertThatThrownBy(() -> x.withRadicand(BigInteger.valueOf(t))).as("%s, %d", x, t)
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radicand must be positive");
            }
        }
    }

    /**
     * ω minus its decimal truncation to 60 digits is about {@code 1.6e-61}; its sign needs an enclosure at more
     * than 60 digits, beyond the first working precisions.
     */
    @Test
    void signsThatNeedSeveralRefinements() {
        BigDecimal truncated = new BigDecimal(OMEGA_MPMATH).setScale(60, RoundingMode.DOWN);
        ExactNumber below = ExactNumber.of(Rationals.of(truncated));
        ExactNumber above = ExactNumber.of(Rationals.of(truncated.add(BigDecimal.ONE.movePointLeft(60))));
        assertThat(OMEGA.subtract(below).signum()).isEqualTo(1);
        assertThat(OMEGA.subtract(above).signum()).isEqualTo(-1);
        assertThat(below.subtract(OMEGA).signum()).isEqualTo(-1);
        ExactNumber r5 = ExactNumber.sqrt(BigInteger.valueOf(5));
        assertThat(r5.multiply(OMEGA.subtract(below)).signum()).isEqualTo(1);
        assertThat(r5.multiply(OMEGA.subtract(above)).signum()).isEqualTo(-1);
    }

    /**
     * {@code ω − D + ω^120} with {@code D} the truncation of ω to 30 digits: {@code ω − D ≈ 3.8e-31} and
     * {@code ω^120 ≈ 1.6e-48}, so the sum is positive, and its first ten digits are those of {@code ω − D}. Its sign
     * and decimals need enclosures that account for the rounding of 121 terms.
     */
    @Test
    void nearlyCancellingPolynomialOfHighDegree() {
        BigDecimal omega = new BigDecimal(OMEGA_MPMATH);
        BigDecimal truncated = omega.setScale(30, RoundingMode.DOWN);
        ExactNumber high = ExactNumber.ofOmegaPower(120);
        ExactNumber x = OMEGA.subtract(ExactNumber.of(Rationals.of(truncated))).add(high);
        ExactNumber y = OMEGA.subtract(ExactNumber.of(Rationals.of(truncated.add(BigDecimal.ONE.movePointLeft(30)))))
                .add(high);
        assertThat(x.omegaDegree()).isEqualTo(120);
        assertThat(x.signum()).isEqualTo(1);
        assertThat(y.signum()).isEqualTo(-1);
        MathContext ten = new MathContext(10);
        assertThat(x.toBigDecimal(ten)).isEqualByComparingTo(omega.subtract(truncated).round(ten));
        assertThat(x.negate().toBigDecimal(ten)).isEqualByComparingTo(truncated.subtract(omega).round(ten));
    }

    /**
     * {@code x = √2 · r} with {@code r} the decimal of {@code K} digits just below or just above {@code 1/√2}: then
     * {@code 1 − 2·10^{-K} < x < 1} or {@code 1 < x < 1 + 2·10^{-K}}, which the test checks exactly
     * ({@code 2r² < 1} or {@code > 1}), so the directed roundings of {@code ±x} to {@code p < K} digits are known.
     */
    @Test
    void directedRoundingJustBesideADecimalBoundary() {
        for (int k : new int[] {30, 45, 70}) {
            BigInteger scale = BigInteger.TEN.pow(k);
            BigInteger root = scale.pow(2).shiftRight(1).sqrt();
            BigFraction under = BigFraction.of(root, scale);
            BigFraction over = BigFraction.of(root.add(BigInteger.ONE), scale);
            assertThat(Rationals.compare(under.multiply(under).multiply(2), BigFraction.ONE)).isEqualTo(-1);
            assertThat(Rationals.compare(over.multiply(over).multiply(2), BigFraction.ONE)).isEqualTo(1);
            ExactNumber below1 = ExactNumber.of(BigInteger.TWO, List.of(under));
            ExactNumber above1 = ExactNumber.of(BigInteger.TWO, List.of(over));
            for (int p : new int[] {3, 10, 25}) {
                BigDecimal one = BigDecimal.ONE;
                BigDecimal nextUp = one.add(BigDecimal.ONE.movePointLeft(p - 1));
                BigDecimal nextDown = one.subtract(BigDecimal.ONE.movePointLeft(p));
                String at = "K = " + k + ", p = " + p;
                assertThat(above1.toBigDecimal(new MathContext(p, RoundingMode.FLOOR))).as(at)
                        .isEqualByComparingTo(one);
                assertThat(above1.toBigDecimal(new MathContext(p, RoundingMode.CEILING))).as(at)
                        .isEqualByComparingTo(nextUp);
                assertThat(below1.toBigDecimal(new MathContext(p, RoundingMode.FLOOR))).as(at)
                        .isEqualByComparingTo(nextDown);
                assertThat(below1.toBigDecimal(new MathContext(p, RoundingMode.CEILING))).as(at)
                        .isEqualByComparingTo(one);
                assertThat(above1.negate().toBigDecimal(new MathContext(p, RoundingMode.FLOOR))).as(at)
                        .isEqualByComparingTo(nextUp.negate());
                assertThat(above1.negate().toBigDecimal(new MathContext(p, RoundingMode.CEILING))).as(at)
                        .isEqualByComparingTo(one.negate());
                assertThat(below1.negate().toBigDecimal(new MathContext(p, RoundingMode.FLOOR))).as(at)
                        .isEqualByComparingTo(one.negate());
                assertThat(below1.negate().toBigDecimal(new MathContext(p, RoundingMode.CEILING))).as(at)
                        .isEqualByComparingTo(nextDown.negate());
            }
        }
    }

    /** A random exact number with small coefficients: radicand 1..30, up to four powers of ω. */
    private static Gen<ExactNumber> exactNumbers() {
        Gen<List<Integer>> nums = lists().of(integers().between(-20, 20)).ofSizeBetween(1, 4);
        Gen<List<Integer>> dens = lists().of(integers().between(1, 9)).ofSize(4);
        Gen<Integer> radicands = integers().between(1, 30);
        return radicands.zip(nums, dens, (s, n, d) -> {
            List<BigFraction> r = new ArrayList<>();
            for (int j = 0; j < n.size(); j++) {
                r.add(q(n.get(j), d.get(j)));
            }
            return ExactNumber.of(BigInteger.valueOf(s), r);
        });
    }

    @Test
    void precisionLadder() {
        qt().forAll(exactNumbers(), integers().between(5, 60)).assuming((x, p) -> !x.isZero())
                .checkAssert((x, p) -> {
                    BigDecimal low = x.toBigDecimal(new MathContext(p));
                    BigDecimal high = x.toBigDecimal(new MathContext(2 * p + 20));
                    assertThat(high.subtract(low).abs()).isLessThanOrEqualTo(low.ulp());
                    assertThat(high.round(new MathContext(p))).isEqualByComparingTo(low);
                });
    }

    @Test
    void signumAgreesWithDecimalValue() {
        qt().forAll(exactNumbers()).checkAssert(x -> {
            assertThat(x.signum()).isEqualTo(x.isZero() ? 0 : x.toBigDecimal(new MathContext(30)).signum());
            assertThat(x.negate().signum()).isEqualTo(-x.signum());
        });
    }

    @Test
    void ringLaws() {
        qt().forAll(exactNumbers(), exactNumbers(), exactNumbers()).checkAssert((a, b, c) -> {
            ExactNumber b1 = rebase(b, a);
            assertThat(a.multiply(b).multiply(c)).isEqualTo(a.multiply(b.multiply(c)));
            assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
            assertThat(a.add(b1).multiply(c)).isEqualTo(a.multiply(c).add(b1.multiply(c)));
            assertThat(a.add(b1).subtract(b1)).isEqualTo(a);
        });
    }

    /** {@code b} with its ω-coefficients kept and the radicand of {@code a}. */
    private static ExactNumber rebase(ExactNumber b, ExactNumber a) {
        return ExactNumber.of(a.radicand(), b.coefficients());
    }

    /**
     * {@code doubleValue} is within one ulp of the value also just above a power of ten, where a 16-digit decimal
     * is too coarse: {@code 1 + 4999·10⁻¹⁹} lies between the doubles {@code 1 + 2u} and {@code 1 + 3u}
     * ({@code u = 2⁻⁵²}), 2.25 ulps from {@code 1.0}.
     */
    @Test
    void doubleValueIsWithinOneUlpJustAboveAPowerOfTen() {
        BigFraction value = BigFraction.of(new BigInteger("10000000000000004999"), BigInteger.TEN.pow(19));
        double d = ExactNumber.of(value).doubleValue();
        BigDecimal error = new BigDecimal(d).subtract(new BigDecimal(value.getNumerator())
                .divide(new BigDecimal(value.getDenominator()))).abs();
        assertThat(error).isLessThanOrEqualTo(new BigDecimal(Math.ulp(1.0)));
        // and the nearest double, 1 + 2u (the value is 0.25 ulp above it)
        assertThat(d).isEqualTo(1 + 2 * Math.ulp(1.0));
    }
}
