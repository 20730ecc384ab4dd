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
}
