package org.sgdx.checks.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that turn measurements into verdicts. */
class VerdictsTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261129L);

    @Test
    void intervalsConfirmRefuteOrAreInconclusive() {
        assertThat(Verdicts.forInterval(2, 1.9, 2.1, 0).status()).isEqualTo(Verdict.Status.CONFIRMED);
        Verdict refuted = Verdicts.forInterval(2, 2.8, 3.1, 0.1);
        assertThat(refuted.status()).isEqualTo(Verdict.Status.REFUTED);
        assertThat(refuted.reason()).contains("predicted 2 lies outside [2.8, 3.1] ± 0.1");
        assertThat(Verdicts.forInterval(2, 2.15, 2.3, 0.2).isConfirmed()).isTrue();
        assertThat(Verdicts.forInterval(2, Double.NaN, 3, 0).isInconclusive()).isTrue();
        Verdict wide = Verdicts.forInterval(2, -5, 9, 0, 1.0);
        assertThat(wide.isInconclusive()).isTrue();
        assertThat(wide.reason()).contains("too imprecise");
        // a wide interval that excludes the prediction still refutes it
        assertThat(Verdicts.forInterval(2, 5, 19, 0, 1.0).isRefuted()).isTrue();
    }

    @Test
    void aPredictionInsideTheWidenedIntervalIsNeverRefuted() {
        qt().withFixedSeed(SEED).withExamples(500)
                .forAll(doubles().between(-10, 10), doubles().between(0, 5), doubles().between(0, 1),
                        doubles().between(0, 1))
                .checkAssert((lower, width, t, tol) -> {
                    double predicted = lower - tol + t * (width + 2 * tol);
                    assertThat(Verdicts.forInterval(predicted, lower, lower + width, tol).isRefuted()).isFalse();
                    assertThat(Verdicts.forInterval(lower + width + tol + 1e-9 + t, lower, lower + width, tol)
                            .isRefuted()).isTrue();
                });
    }

    @Test
    void preconditionsAndCombinations() {
        assertThat(Verdicts.requireHits(3, 40, 10)).get().extracting(Verdict::reason).asString()
                .contains("too few runs hit within the budget: 3 of 40");
        assertThat(Verdicts.requireHits(10, 40, 10)).isEmpty();
        assertThat(Verdicts.requireAtLeast("design points", 1, 3)).isPresent();
        Verdict c = Verdicts.combine(List.of(Verdict.confirmed("a"), Verdict.inconclusive("b"), Verdict.refuted("c")));
        assertThat(c.isRefuted()).isTrue();
        assertThat(c.reason()).isEqualTo("c");
        assertThat(Verdicts.combine(List.of(Verdict.confirmed("a"), Verdict.inconclusive("b"))).isInconclusive())
                .isTrue();
        assertThat(Verdicts.combine(List.of(Verdict.confirmed("a"), Verdict.confirmed("b"))).isConfirmed()).isTrue();
        assertThat(Verdicts.combine(List.of()).isInconclusive()).isTrue();
    }

    @Test
    void slopeFitsAreInconclusiveWithTooFewPointsOrUnstableBootstraps() {
        java.util.List<org.sgdx.checks.stats.DataPoint> pts = new java.util.ArrayList<>();
        for (double d : new double[] {10, 20, 40, 80}) {
            long t = Math.round(d * d);
            pts.add(new org.sgdx.checks.stats.DataPoint(d, org.sgdx.checks.stats.CensoredSample.uncensored(t, t + 1,
                    t + 2)));
        }
        pts.add(new org.sgdx.checks.stats.DataPoint(160, org.sgdx.checks.stats.CensoredSample.withBudget(
                new long[] {100000, 100000, 100000}, 10)));
        org.sgdx.checks.stats.SlopeFit fit = org.sgdx.checks.stats.SlopeFit.of(pts,
                org.sgdx.checks.stats.SampleStatistic.median(), new org.sgdx.checks.stats.BootstrapOptions(50, 0.95, 1));
        assertThat(Verdicts.forSlope(2, fit, 4, 0.1, 1).isConfirmed()).isTrue();
        assertThat(Verdicts.forSlope(3, fit, 4, 0.1, 1).isRefuted()).isTrue();
        Verdict few = Verdicts.forSlope(2, fit, 5, 0.1, 1);
        assertThat(few.isInconclusive()).isTrue();
        assertThat(few.reason()).contains("too few design points with a defined Kaplan-Meier median: 4 (at least 5")
                .contains("x = 160: no run hit");
    }

    @Test
    void exactToleranceAndTestVerdicts() {
        assertThat(Verdicts.exact(true).isConfirmed()).isTrue();
        assertThat(Verdicts.exact(false, "1 of 3 disagree").reason()).isEqualTo("1 of 3 disagree");
        assertThat(Verdicts.withinTolerance(1.0005, 1, 1e-3).isConfirmed()).isTrue();
        assertThat(Verdicts.withinTolerance(1.01, 1, 1e-3).isRefuted()).isTrue();
        assertThat(Verdicts.forPValue(0.0001, 0.001, "KS").isRefuted()).isTrue();
        assertThat(Verdicts.forPValue(0.3, 0.001, "KS").reason()).contains("not rejected");
    }

    @Test
    void quantitiesFormatNumbers() {
        assertThat(Quantity.of(2).text()).isEqualTo("2");
        assertThat(Quantity.of(1.93456789).text()).isEqualTo("1.93457");
        assertThat(Quantity.of(0.5).text()).isEqualTo("0.5");
        assertThat(Quantity.of(1.4e-14).text()).isEqualTo("1.4e-14");
        assertThat(Quantity.of("k! δ_jk").isNumber()).isFalse();
    }
}
