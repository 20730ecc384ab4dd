package org.sgdx.reference.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * {@link PiecewisePolynomial} against its definition {@code f(z) = negative(z)} for {@code z < 0} and
 * {@code positive(z)} for {@code z > 0}: each operation is checked pointwise, exactly, on random pieces
 * (QuickTheories, fixed seed; {@code -DQT_SEED=...} replays a failure) and on the four breakpoint functions.
 */
class PiecewisePolynomialTest {

    private static final RationalPolynomial Z = RationalPolynomial.Z;
    private static final PiecewisePolynomial RELU = new PiecewisePolynomial(RationalPolynomial.ZERO, Z);
    private static final PiecewisePolynomial ABS = new PiecewisePolynomial(Z.negate(), Z);
    private static final PiecewisePolynomial SIGN =
            new PiecewisePolynomial(RationalPolynomial.ONE.negate(), RationalPolynomial.ONE);
    private static final PiecewisePolynomial STEP = new PiecewisePolynomial(RationalPolynomial.ZERO,
            RationalPolynomial.ONE);

    /** Points on both sides of the breakpoint. */
    private static final BigFraction[] POINTS = {BigFraction.of(-2), BigFraction.of(-3, 7), BigFraction.of(1, 3),
        BigFraction.of(5, 2), BigFraction.of(7, 5)};

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261208L)).withExamples(150);
    }

    private static Gen<RationalPolynomial> polynomials() {
        return lists().of(integers().between(-6, 6)).ofSizeBetween(0, 5).map(halves -> {
            BigFraction[] c = new BigFraction[halves.size()];
            for (int k = 0; k < c.length; k++) {
                c[k] = BigFraction.of(halves.get(k), 2);
            }
            return RationalPolynomial.of(c);
        });
    }

    private static Gen<PiecewisePolynomial> functions() {
        return polynomials().zip(polynomials(), PiecewisePolynomial::new);
    }

    /** The value at {@code z ≠ 0}. */
    static BigFraction value(PiecewisePolynomial f, BigFraction z) {
        return (z.signum() < 0 ? f.negative() : f.positive()).evaluate(z);
    }

    @Test
    void ringOperationsAreThePointwiseOperations() {
        qt().forAll(functions(), functions()).checkAssert((f, g) -> {
            for (BigFraction z : POINTS) {
                assertThat(value(f.add(g), z)).isEqualTo(value(f, z).add(value(g, z)));
                assertThat(value(f.multiply(g), z)).isEqualTo(value(f, z).multiply(value(g, z)));
                assertThat(value(f.negate(), z)).isEqualTo(value(f, z).negate());
                assertThat(value(f.pow(3), z)).isEqualTo(value(f, z).pow(3));
            }
        });
    }

    @Test
    void compositionAndReflectionArePointwise() {
        qt().forAll(functions(), polynomials()).checkAssert((f, p) -> {
            for (BigFraction z : POINTS) {
                assertThat(value(f.composeInto(p), z)).isEqualTo(p.evaluate(value(f, z)));
                assertThat(value(f.reflect(), z)).isEqualTo(value(f, z.negate()));
            }
        });
    }

    @Test
    void parityAgreesWithTheValuesAtOppositePoints() {
        qt().forAll(functions()).checkAssert(f -> {
            boolean even = true;
            boolean odd = true;
            for (BigFraction z : POINTS) {
                even &= value(f, z).equals(value(f, z.negate()));
                odd &= value(f, z).equals(value(f, z.negate()).negate());
            }
            // the pieces have degree <= 4 and the points have 5 distinct |z|: the values decide the parity
            assertThat(f.isEven()).isEqualTo(even);
            assertThat(f.isOdd()).isEqualTo(odd);
            assertThat(f.add(f.reflect()).isEven()).isTrue();
            assertThat(f.add(f.reflect().negate()).isOdd()).isTrue();
        });
    }

    @Test
    void breakpointFunctionsHaveTheirParities() {
        assertThat(ABS.isEven()).isTrue();
        assertThat(ABS.isOdd()).isFalse();
        assertThat(SIGN.isOdd()).isTrue();
        assertThat(SIGN.isEven()).isFalse();
        assertThat(RELU.isEven()).isFalse();
        assertThat(RELU.isOdd()).isFalse();
        // relu(z) + relu(−z) = |z| and relu(z) − relu(−z) = z; sign² = 1 away from 0; step = (1 + sign)/2
        assertThat(RELU.add(RELU.reflect())).isEqualTo(ABS);
        assertThat(RELU.add(RELU.reflect().negate())).isEqualTo(PiecewisePolynomial.of(Z));
        assertThat(SIGN.pow(2)).isEqualTo(PiecewisePolynomial.of(RationalPolynomial.ONE));
        assertThat(SIGN.add(PiecewisePolynomial.of(RationalPolynomial.ONE))
                .multiply(PiecewisePolynomial.of(RationalPolynomial.constant(BigFraction.of(1, 2))))).isEqualTo(STEP);
        assertThat(ABS.multiply(SIGN)).isEqualTo(PiecewisePolynomial.of(Z));
    }

    @Test
    void aPolynomialHasEqualPiecesAndPrintsAsOne() {
        RationalPolynomial p = RationalPolynomial.ofIntegers(0, -3, 0, 1);
        assertThat(PiecewisePolynomial.of(p).isPolynomial()).isTrue();
        assertThat(RELU.isPolynomial()).isFalse();
        assertThat(ABS.pow(2).isPolynomial()).isTrue();
        assertThat(PiecewisePolynomial.of(p)).hasToString("z^3 - 3*z");
        assertThat(ABS).hasToString("{-z if z<0; z if z>0}");
        assertThatThrownBy(() -> new PiecewisePolynomial(null, Z)).isInstanceOf(NullPointerException.class)
                .hasMessage("negative");
        assertThatThrownBy(() -> new PiecewisePolynomial(Z, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("positive");
    }
}
