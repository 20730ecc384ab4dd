package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Values at the edges of the accepted ranges compute (exit code 0) instead of failing on a double overflow: exact
 * coefficients beyond the double range, an optimal gamma below it.
 */
class ExtremeInputCliTest {

    /** With a = 1e100 the coefficients reach 1e200 times d = 1e300: their signs are still decided exactly. */
    @Test
    void predictTheTheoremTimeWithCoefficientsBeyondTheDoubleRange() {
        CliTest.Result r = CliTest.run("predict", "--algorithm", "alternating", "--target", "He3", "--activation",
                "He3", "--d", "1e300", "--eta", "1e300", "--a", "1e100");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("T(eta) at eta = 1E+300, d = 1E+300: 1.855");
    }

    /** The optimal gamma (about 1e-452) is below the double range: the ODE time is given, the map is not iterated. */
    @Test
    void predictSkipsTheDoubleMapWhenTheOptimalGammaIsBelowTheDoubleRange() {
        CliTest.Result r = CliTest.run("predict", "--algorithm", "online", "--target", "He3", "--activation", "He3",
                "--d", "1e100", "--a", "1e100", "--max-steps", "100");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("hitting time = ").contains("is outside the double range: the discrete mean-field"
                + " map is not iterated");
    }

    /** Below the double range gamma_max is still printed as a decimal, above the recommended gamma (not as 0). */
    @Test
    void predictPrintsGammaMaxBelowTheDoubleRange() {
        CliTest.Result r = CliTest.run("predict", "--algorithm", "online", "--target", "He3", "--activation", "He3",
                "--d", "1e300");
        assertThat(r.code()).as(r.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("recommended gamma = (\\S+) .*gamma_max = (\\S+)\\)").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        java.math.BigDecimal gamma = new java.math.BigDecimal(m.group(1));
        java.math.BigDecimal gammaMax = new java.math.BigDecimal(m.group(2));
        assertThat(gamma.doubleValue()).isZero(); // below the double range
        assertThat(gammaMax.signum()).isPositive();
        assertThat(gammaMax.compareTo(gamma)).isPositive();
        assertThat(gammaMax.compareTo(gamma.scaleByPowerOfTen(1))).isNegative();
    }
}
