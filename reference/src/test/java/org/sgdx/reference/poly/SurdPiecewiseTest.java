package org.sgdx.reference.poly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * {@link SurdPiecewise} against its definition {@code f(z) = Σ_s √s F_s(z)}: the operations are checked pointwise
 * in double precision (relative 1e-12; the exact representations have at most a few terms of small rationals), on
 * random functions (QuickTheories, fixed seed; {@code -DQT_SEED=...} replays a failure), and the canonical form
 * (square-free radicands, no zero terms) exactly.
 */
class SurdPiecewiseTest {

    private static final double[] POINTS = {-2, -0.4, 0.3, 1.75};

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261208L)).withExamples(100);
    }

    private static RationalPolynomial polynomial(List<Integer> halves) {
        BigFraction[] c = new BigFraction[halves.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = BigFraction.of(halves.get(k), 2);
        }
        return RationalPolynomial.of(c);
    }

    /** {@code √n · (negative, positive)}, {@code n ∈ [1, 12]} not necessarily square-free. */
    private static Gen<SurdPiecewise> terms() {
        Gen<RationalPolynomial> p = lists().of(integers().between(-4, 4)).ofSizeBetween(0, 3)
                .map(SurdPiecewiseTest::polynomial);
        return integers().between(1, 12).zip(p, p, (n, neg, pos) ->
                SurdPiecewise.of(new PiecewisePolynomial(neg, pos)).multiply(BigFraction.ONE, BigInteger.valueOf(n)));
    }

    /** Sums of up to three terms. */
    private static Gen<SurdPiecewise> functions() {
        return lists().of(terms()).ofSizeBetween(0, 3).map(l -> l.stream()
                .reduce(SurdPiecewise.constant(BigFraction.ZERO), SurdPiecewise::add));
    }

    /** {@code f(z)} for {@code z ≠ 0}, in double precision. */
    static double value(SurdPiecewise f, double z) {
        double sum = 0;
        for (Map.Entry<BigInteger, PiecewisePolynomial> t : f.terms().entrySet()) {
            PiecewisePolynomial piece = t.getValue();
            sum += Math.sqrt(t.getKey().doubleValue()) * (z < 0 ? piece.negative() : piece.positive()).evaluate(z);
        }
        return sum;
    }

    private static void assertClose(double actual, double expected) {
        assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(expected)));
    }

    private static void assertCanonical(SurdPiecewise f) {
        f.terms().forEach((s, piece) -> {
            assertThat(SquareFree.of(s).square()).as("radicand %s is square-free", s).isEqualTo(BigInteger.ONE);
            assertThat(piece).isNotEqualTo(PiecewisePolynomial.of(RationalPolynomial.ZERO));
        });
        assertThat(List.copyOf(f.terms().keySet())).isSorted();
    }

    @Test
    void operationsArePointwiseAndKeepTheCanonicalForm() {
        qt().forAll(functions(), functions()).checkAssert((f, g) -> {
            for (SurdPiecewise h : List.of(f, g, f.add(g), f.multiply(g), f.negate(), f.pow(2), f.pow(0))) {
                assertCanonical(h);
            }
            for (double z : POINTS) {
                assertClose(value(f.add(g), z), value(f, z) + value(g, z));
                assertClose(value(f.multiply(g), z), value(f, z) * value(g, z));
                assertClose(value(f.negate(), z), -value(f, z));
                assertClose(value(f.pow(3), z), Math.pow(value(f, z), 3));
                assertClose(value(f.pow(0), z), 1);
                assertClose(value(f.multiply(BigFraction.of(-3, 2), BigInteger.valueOf(8)), z),
                        -1.5 * Math.sqrt(8) * value(f, z));
            }
        });
    }

    @Test
    void compositionIsPointwise() {
        RationalPolynomial p = RationalPolynomial.ofIntegers(1, 0, -3, 2);
        qt().forAll(functions()).checkAssert(f -> {
            SurdPiecewise c = f.composeInto(p);
            assertCanonical(c);
            for (double z : POINTS) {
                assertClose(value(c, z), p.evaluate(value(f, z)));
            }
        });
    }

    @Test
    void equalFunctionsHaveEqualRepresentations() {
        qt().forAll(functions(), functions()).checkAssert((f, g) -> {
            assertThat(f.add(f.negate()).isZero()).isTrue();
            assertThat(f.add(g)).isEqualTo(g.add(f)).hasSameHashCodeAs(g.add(f));
            assertThat(f.multiply(g)).isEqualTo(g.multiply(f));
            assertThat(f.add(g).negate()).isEqualTo(f.negate().add(g.negate()));
            assertThat(f.equals(g)).isEqualTo(f.add(g.negate()).isZero());
        });
    }

    @Test
    void productsOfSurdsReduceToSquareFreeRadicands() {
        SurdPiecewise z = SurdPiecewise.of(RationalPolynomial.Z);
        SurdPiecewise sqrt2 = z.multiply(BigFraction.ONE, BigInteger.TWO);
        SurdPiecewise sqrt3 = z.multiply(BigFraction.ONE, BigInteger.valueOf(3));
        // √2 z · √2 z = 2 z², √2 z · √3 z = √6 z², √12 z = 2√3 z
        assertThat(sqrt2.multiply(sqrt2)).isEqualTo(SurdPiecewise.of(RationalPolynomial.ofIntegers(0, 0, 2)));
        assertThat(sqrt2.multiply(sqrt3).terms()).containsOnlyKeys(BigInteger.valueOf(6));
        assertThat(z.multiply(BigFraction.ONE, BigInteger.valueOf(12)))
                .isEqualTo(sqrt3.multiply(BigFraction.of(2), BigInteger.ONE));
        assertThat(sqrt2.add(sqrt3).terms().keySet()).containsExactly(BigInteger.TWO, BigInteger.valueOf(3));
        assertThat(sqrt2.isOdd()).isTrue();
        assertThat(sqrt2.isEven()).isFalse();
        assertThat(sqrt2.multiply(sqrt3).isEven()).isTrue();
        assertThat(sqrt2.multiply(sqrt3).isOdd()).isFalse();
        assertThat(sqrt2.add(sqrt2.multiply(sqrt3)).isOdd()).isFalse();
        assertThat(sqrt2.add(sqrt2.multiply(sqrt3)).isEven()).isFalse();
        assertThat(sqrt2.isPolynomial()).isTrue();
    }

    @Test
    void rationalViewsExistExactlyForRationalFunctions() {
        SurdPiecewise zero = SurdPiecewise.constant(BigFraction.ZERO);
        SurdPiecewise half = SurdPiecewise.constant(BigFraction.of(1, 2));
        PiecewisePolynomial relu = new PiecewisePolynomial(RationalPolynomial.ZERO, RationalPolynomial.Z);
        SurdPiecewise sqrt5Relu = SurdPiecewise.of(BigInteger.valueOf(5), relu);
        assertThat(zero.isZero()).isTrue();
        assertThat(zero.asRational()).contains(PiecewisePolynomial.of(RationalPolynomial.ZERO));
        assertThat(zero.asRationalConstant()).contains(BigFraction.ZERO);
        assertThat(zero.singleTerm()).contains(Map.entry(BigInteger.ONE, PiecewisePolynomial.of(RationalPolynomial.ZERO)));
        assertThat(half.asRationalConstant()).contains(BigFraction.of(1, 2));
        assertThat(SurdPiecewise.of(relu).asRational()).contains(relu);
        assertThat(SurdPiecewise.of(relu).asRationalConstant()).isEmpty();
        assertThat(SurdPiecewise.of(RationalPolynomial.Z).asRationalConstant()).isEmpty();
        assertThat(sqrt5Relu.asRational()).isEmpty();
        assertThat(sqrt5Relu.singleTerm()).contains(Map.entry(BigInteger.valueOf(5), relu));
        assertThat(sqrt5Relu.add(half).singleTerm()).isEmpty();
        assertThat(sqrt5Relu.add(half).asRational()).isEmpty();
        assertThat(sqrt5Relu.isPolynomial()).isFalse();
        assertThat(SurdPiecewise.of(BigInteger.TWO, PiecewisePolynomial.of(RationalPolynomial.ZERO)).isZero()).isTrue();
    }

    @Test
    void printsEachRadicandWithItsFunction() {
        SurdPiecewise z = SurdPiecewise.of(RationalPolynomial.Z);
        assertThat(SurdPiecewise.constant(BigFraction.ZERO)).hasToString("0");
        assertThat(z).hasToString("z");
        assertThat(z.multiply(BigFraction.ONE, BigInteger.TWO)).hasToString("sqrt(2)*(z)");
        assertThat(z.add(z.multiply(BigFraction.ONE, BigInteger.TWO))).hasToString("(z) + sqrt(2)*(z)");
    }
}
