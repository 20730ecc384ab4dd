package org.sgdx.reference.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
