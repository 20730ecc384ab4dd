package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BigFunctionsTest {

    private static final MathContext MC45 = new MathContext(45);

    @Test
    void agreesWithMpmathToFortyDigits() {
        List<ReferenceData.Row> rows = ReferenceData.read("special-functions-40-digits.csv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        for (ReferenceData.Row row : rows) {
            BigDecimal x = new BigDecimal(row.argument());
            BigDecimal value = switch (row.key()) {
                case "erf" -> BigFunctions.erf(x, MC45);
                case "tanh" -> BigFunctions.tanh(x, MC45);
                case "sigmoid" -> BigFunctions.sigmoid(x, MC45);
                case "normalDensity" -> BigFunctions.normalDensity(x, MC45);
                default -> throw new IllegalStateException(row.key());
            };
            // the reference is rounded to 40 significant digits: half a unit in its last place, plus our error
            BigDecimal tolerance = row.value().abs().movePointLeft(39);
            assertThat(value.subtract(row.value()).abs())
                    .as("%s(%s) = %s, mpmath %s", row.key(), row.argument(), value, row.value())
                    .isLessThanOrEqualTo(tolerance);
        }
    }

    @Test
    void erfAgreesAcrossPrecisionsAndMethods() {
        // which of the series and the continued fraction is used depends on x and on the precision: at 6.25,
        // 7.125 and 8.5 the 60-digit value comes from the continued fraction and the 200-digit one from the series
        MathContext mc = new MathContext(60);
        MathContext high = new MathContext(200);
        for (String s : new String[] {"1.5", "3.25", "4.75", "5.5", "6.25", "7.125", "8.5", "10.5"}) {
            BigDecimal x = new BigDecimal(s);
            BigDecimal low = BigFunctions.erf(x, mc);
            BigDecimal ref = BigFunctions.erf(x, high);
            assertThat(low.subtract(ref).abs()).as("erf(%s)", s).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(59));
        }
    }

    @Test
    void tanhOfTinyArgumentsKeepsItsRelativeAccuracy() {
        MathContext mc = new MathContext(50);
        BigDecimal x = new BigDecimal("3e-20");
        // tanh x = x − x³/3 + 2x⁵/15 − ...
        BigDecimal expected = x.subtract(x.pow(3).divide(BigDecimal.valueOf(3), new MathContext(80)));
        BigDecimal value = BigFunctions.tanh(x, mc);
        assertThat(value.subtract(expected).abs()).isLessThanOrEqualTo(x.movePointLeft(49));
        assertThat(BigFunctions.tanh(x.negate(), mc)).isEqualByComparingTo(value.negate());
        assertThat(BigFunctions.tanh(BigDecimal.ZERO, mc)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void normalDensityAtZeroIsInverseSqrtTwoPi() {
        MathContext mc = new MathContext(60);
        BigDecimal expected = BigDecimal.ONE.divide(BigDecimalMath.sqrt(BigDecimalMath.pi(new MathContext(80))
                .multiply(BigDecimal.valueOf(2)), new MathContext(80)), mc);
        assertThat(BigFunctions.normalDensity(BigDecimal.ZERO, mc)).isEqualByComparingTo(expected);
        assertThat(BigFunctions.inverseSqrtTwoPi(mc)).isEqualByComparingTo(expected);
    }

    @Test
    void erfDerivativeIsConsistentWithErf() {
        // central difference of erf at 1 with step 1e-15 against erf'(1): agreement to about 1e-29
        MathContext mc = new MathContext(60);
        BigDecimal h = new BigDecimal("1e-15");
        BigDecimal x = BigDecimal.ONE;
        BigDecimal difference = BigFunctions.erf(x.add(h), mc).subtract(BigFunctions.erf(x.subtract(h), mc))
                .divide(h.multiply(BigDecimal.valueOf(2)), mc);
        assertThat(difference.subtract(BigFunctions.erfDerivative(x, mc)).abs())
                .isLessThan(new BigDecimal("1e-28"));
    }

    /**
     * The digits of a tiny argument survive the cancellation in {@code 1 − e^{−2x}}: at 50 digits tanh(π·10⁻²⁰) agrees
     * with {@code x − x³/3} to the last place (π has all its digits, so {@code e^{−2x}} is not exact at any precision).
     */
    @Test
    void tanhOfATinyArgumentWithFullDigitsKeepsItsRelativeAccuracy() {
        MathContext mc = new MathContext(50);
        BigDecimal x = BigDecimalMath.pi(mc).movePointLeft(20);
        BigDecimal expected = x.subtract(x.pow(3).divide(BigDecimal.valueOf(3), new MathContext(100)));
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(69);
        assertThat(BigFunctions.tanh(x, mc).subtract(expected).abs()).isLessThanOrEqualTo(ulp);
        assertThat(BigFunctions.tanh(x.negate(), mc).add(expected).abs()).isLessThanOrEqualTo(ulp);
    }

    /**
     * The result is {@code x} itself only when {@code x²/3} is below half a unit in its last place: for
     * x = π²·10⁻²⁵ ≈ 9.87·10⁻²⁵ the relative correction x²/3 ≈ 3.2·10⁻⁴⁹ is about three units of the 49th digit of x
     * (one unit is 10⁻⁴⁸/9.87 relative) but a third of a unit of the 48th.
     */
    @Test
    void tanhIsTheArgumentOnlyWhereTheCorrectionIsBelowHalfAnUlp() {
        BigDecimal x = BigDecimalMath.pi(new MathContext(80)).pow(2).movePointLeft(25);
        BigDecimal expected = x.subtract(x.pow(3).divide(BigDecimal.valueOf(3), new MathContext(100)));

        MathContext mc49 = new MathContext(49);
        BigDecimal at49 = BigFunctions.tanh(x, mc49);
        assertThat(at49).isNotEqualByComparingTo(x.round(mc49));
        assertThat(at49.subtract(expected).abs()).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(73));

        MathContext mc48 = new MathContext(48);
        assertThat(BigFunctions.tanh(x, mc48)).isEqualByComparingTo(x.round(mc48));
        assertThat(x.round(mc48).subtract(expected).abs()).isLessThan(new BigDecimal("0.5").movePointLeft(72));
    }

    /** The continued fraction alone, without the series that {@code erf} falls back on, against mpmath's erfc. */
    @ParameterizedTest
    @ValueSource(strings = {"1.5", "2", "3.25", "6.25", "9.3", "10.5", "27"})
    void erfcContinuedFractionAgreesWithMpmath(String argument) {
        BigDecimal x = new BigDecimal(argument);
        BigDecimal expected = ReferenceData.value("numerics-40-digits.csv", "erfc", argument);
        BigDecimal erfc = BigFunctions.erfcContinuedFraction(x, 42, new MathContext(50));
        assertThat(erfc).as("erfc(%s)", argument).isNotNull();
        assertThat(erfc.subtract(expected).abs()).as("erfc(%s) = %s, mpmath %s", argument, erfc, expected)
                .isLessThanOrEqualTo(expected.movePointLeft(39));
    }

    /** {@code e^{−x²}/(x√π) (1 − 1/(2x²)) < erfc x < e^{−x²}/(x√π)}: the bound is above mpmath's erfc, and close. */
    @ParameterizedTest
    @ValueSource(strings = {"1.5", "2", "3.25", "6.25", "9.3", "10.5", "27"})
    void erfcBoundIsTheLeadingTermOfTheAsymptoticSeries(String argument) {
        double x = Double.parseDouble(argument);
        BigDecimal erfc = ReferenceData.value("numerics-40-digits.csv", "erfc", argument);
        double log10Erfc = BigDecimalMath.log10(erfc, new MathContext(30)).doubleValue();
        double bound = BigFunctions.log10ErfcBound(x);
        assertThat(bound).as("x = %s", argument).isGreaterThan(log10Erfc)
                .isLessThan(log10Erfc - Math.log10(1 - 1 / (2 * x * x)) + 1e-9);
    }

    /** As documented: the continued fraction from about x = 6 at 60 digits and x = 8 at 120 digits, never below 1. */
    @Test
    void erfSwitchesToTheContinuedFractionWhereItIsDocumentedTo() {
        MathContext at60 = BigFunctions.guarded(new MathContext(60));
        MathContext at120 = BigFunctions.guarded(new MathContext(120));
        assertThat(BigFunctions.usesContinuedFraction(5.5, at60)).isFalse();
        assertThat(BigFunctions.usesContinuedFraction(6.5, at60)).isTrue();
        assertThat(BigFunctions.usesContinuedFraction(11, at60)).isTrue();
        assertThat(BigFunctions.usesContinuedFraction(7.5, at120)).isFalse();
        assertThat(BigFunctions.usesContinuedFraction(8.5, at120)).isTrue();
        for (int digits : new int[] {5, 60, 1000}) {
            MathContext work = BigFunctions.guarded(new MathContext(digits));
            assertThat(BigFunctions.usesContinuedFraction(1, work)).isFalse();
            assertThat(BigFunctions.usesContinuedFraction(0.5, work)).isFalse();
        }
    }

    /**
     * erf rounds to 1 only when erfc is below half a unit in the last place: at 40 digits erfc(9.3) ≈ 1.65·10⁻³⁹ is
     * about 17 units of the last place of erf(9.3) = 0.99⋯983.
     */
    @Test
    void erfIsOneOnlyWhereErfcIsBelowHalfAnUlp() {
        MathContext mc = new MathContext(40);
        BigDecimal erfc = ReferenceData.value("numerics-40-digits.csv", "erfc", "9.3");
        BigDecimal expected = BigDecimal.ONE.subtract(erfc);
        BigDecimal erf = BigFunctions.erf(new BigDecimal("9.3"), mc);
        assertThat(erf.subtract(expected).abs()).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(40));
        assertThat(erf).isLessThan(BigDecimal.ONE);
        assertThat(BigFunctions.erf(new BigDecimal("9.3").negate(), mc)).isEqualByComparingTo(erf.negate());
        assertThat(BigFunctions.erf(BigDecimal.ZERO, mc)).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
