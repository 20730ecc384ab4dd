package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Long computations are bounded by --max-work: refused with the cost and the options to change, exit code 2. */
class WorkLimitCliTest {

    private static void refused(CliTest.Result r, String... fragments) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(fragments).doesNotContain("\tat ");
        assertThat(r.err().lines().count()).as(r.err()).isOne();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void hermiteOfAManyDigitHighDegreeLinkIsRefusedWithItsEstimate() {
        refused(CliTest.run("hermite", "--link", "tanh", "--max-degree", "1000", "--digits", "200"),
                "would need about", "work units", "--max-work", "lower --digits or --max-degree");
    }

    @Test
    void hermiteOfAFastOscillationIsStoppedEarly() {
        refused(CliTest.run("hermite", "--link", "sin(1e6*z)", "--max-work", "3000000"),
                "sin(1000000*z)", "projected from the part done", "--max-work");
    }

    @Test
    void exponentsOfAFastOscillationAreStoppedEarly() {
        refused(CliTest.run("exponents", "--link", "sin(1e6*z)", "--max-work", "3000000"),
                "sin(1000000*z)", "--max-work", "lower --digits or --max-degree");
        refused(CliTest.run("exponents", "--table", "--max-work", "1"), "--max-work");
        refused(CliTest.run("exponents", "--link", "tanh", "--max-work", "0"), "--max-work must be at least 1");
    }

    @Test
    void batchReuseWithTanhAtTheDefaultsIsRefusedBeforeItStarts() {
        refused(CliTest.run("coefficients", "--algorithm", "reuse", "--target", "tanh", "--activation", "tanh"),
                "the coefficients mu_1..8", "estimated before starting", "lower --digits, --max-index or --order");
    }

    @Test
    void aRaisedLimitLetsTheWorkThroughAndANonPositiveOneIsRefused() {
        CliTest.Result ok = CliTest.run("hermite", "--link", "tanh", "--max-degree", "4", "--digits", "10",
                "--max-work", "100000000");
        assertThat(ok.code()).as(ok.err()).isZero();
        refused(CliTest.run("hermite", "--link", "tanh", "--max-work", "0"), "--max-work must be at least 1");
        refused(CliTest.run("hermite", "--link", "tanh", "--max-degree", "4", "--digits", "10", "--max-work", "1000"),
                "--max-work");
    }

    @Test
    void hermiteRangesNameTheirOptions() {
        refused(CliTest.run("hermite", "--link", "tanh", "--digits", "995"), "--digits must be at most 990 for a link"
                + " without an exact form");
        refused(CliTest.run("hermite", "--link", "He3", "--digits", "5000"), "--digits must be in 1..2000, got 5000");
        refused(CliTest.run("hermite", "--link", "tanh", "--max-degree", "1001"),
                "--max-degree must be in 0..1000, got 1001");
        CliTest.Result exact = CliTest.run("hermite", "--link", "He3", "--digits", "1500", "--max-degree", "3");
        assertThat(exact.code()).as(exact.err()).isZero();
    }
}
