package org.sgdx.reference.dynamics.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Generators;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.prediction.Prediction;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/**
 * The exponents measured on the limit dynamics against the exact prediction: branch exponents and boundary exponents
 * within 0.05, for the worked cases of MATH.md §6 and random polynomial links.
 */
class PhaseDiagramTest {

    private static List<BigFraction> ladder(int from, int to, int step) {
        List<BigFraction> out = new ArrayList<>();
        for (int k = from; k <= to; k += step) {
            out.add(BigFraction.of(java.math.BigInteger.TEN.pow(k)));
        }
        return out;
    }

    private static PhaseDiagram diagram(Algorithm algorithm, Loss loss, String link, List<BigFraction> rays)
            throws InterruptedException {
        DriftCoefficients c = PredictedExponentTest.coefficients(algorithm, loss, link);
        PredictedExponent p = PredictedExponent.of(Prediction.of(c), Optional.of(1));
        return PhaseDiagram.compute(p, MeanFieldTimes.of(c, BigFraction.of(1, 2), 6),
                new PhaseDiagram.Settings(rays, ladder(12, 48, 4), 2), PhaseDiagram.Progress.none());
    }

    private static void assertMatches(PhaseDiagram d) {
        for (PhaseDiagram.Ray r : d.rays()) {
            assertThat(r.measured().value()).as("ray q = %s", r.q())
                    .isCloseTo(r.predicted().kappa().orElseThrow().doubleValue(), within(0.05));
        }
        assertThat(d.boundaries()).isNotEmpty();
        for (PhaseDiagram.Boundary b : d.boundaries()) {
            assertThat(b.measured().value()).as("boundary %s", b.kink().q())
                    .isCloseTo(b.kink().q().doubleValue(), within(0.05));
        }
    }

    private static List<BigFraction> rays(int... quarters) {
        List<BigFraction> out = new ArrayList<>();
        for (int k : quarters) {
            out.add(BigFraction.of(k, 4));
        }
        return out;
    }

    @Test
    void alternatingHe3BothLosses() throws InterruptedException {
        PhaseDiagram correlation = diagram(Algorithm.ALTERNATING, Loss.CORRELATION, "He3", rays(-4, -1));
        assertMatches(correlation);
        PhaseDiagram squared = diagram(Algorithm.ALTERNATING, Loss.SQUARED, "He3", rays(-4, -1));
        assertMatches(squared);
        PhaseDiagram.BranchWindow w = squared.windows().get(0);
        assertThat(w.zero()).isEqualTo(BigFraction.of(1, 666));
        // the window opens as d grows, and at 11/10 of the zero mu_2 < 0 gives no finite mean-field time
        assertThat(w.rows().get(w.rows().size() - 1).open()).isTrue();
        assertThat(w.rows().get(w.rows().size() - 1).nearZero().get(3).isFinite()).isFalse();
    }

    @Test
    void reuseHe3BothKinks() throws InterruptedException {
        assertMatches(diagram(Algorithm.REUSE, Loss.CORRELATION, "He3", rays(-7, -5, -3)));
    }

    @Test
    void alternatingHe4AndHe5() throws InterruptedException {
        assertMatches(diagram(Algorithm.ALTERNATING, Loss.CORRELATION, "He4", rays(-6, -2)));
        assertMatches(diagram(Algorithm.ALTERNATING, Loss.CORRELATION, "He5", rays(-8, -2)));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws InterruptedException {
        DriftCoefficients c = PredictedExponentTest.coefficients(Algorithm.ALTERNATING, Loss.CORRELATION, "He3");
        PredictedExponent p = PredictedExponent.of(Prediction.of(c), Optional.of(1));
        MeanFieldTimes t = MeanFieldTimes.of(c, BigFraction.of(1, 2), 6);
        PhaseDiagram one = PhaseDiagram.compute(p, t, new PhaseDiagram.Settings(rays(-1), ladder(8, 24, 8), 1),
                PhaseDiagram.Progress.none());
        PhaseDiagram two = PhaseDiagram.compute(p, t, new PhaseDiagram.Settings(rays(-1), ladder(8, 24, 8), 3),
                PhaseDiagram.Progress.none());
        assertThat(two.rays().get(0).points()).isEqualTo(one.rays().get(0).points());
    }

    /**
     * Alternating SGD (correlation loss) on random polynomial links of degree at most 4: on one ray inside each regime
     * of the predicted κ(q) (half a unit below the first kink, midway between kinks, midway between the last kink and
     * 0), the measured exponent, extrapolated from the ladder up to 10⁴⁸, is κ(q) within 0.05.
     */
    @Test
    void randomPolynomialLinksUnderAlternatingSgdReachEveryBranch() {
        Generators.qt().withExamples(6).forAll(Generators.polynomialLinks(4)).checkAssert(link -> {
            PhaseDiagram d = onRandomLink(Algorithm.ALTERNATING, link, PhaseDiagramTest::insideEachRegime);
            for (PhaseDiagram.Ray r : d.rays()) {
                assertThat(r.measured().value()).as("%s, ray q = %s", link.specification(), r.q())
                        .isCloseTo(r.predicted().kappa().orElseThrow().doubleValue(), within(0.05));
            }
        });
    }

    /** The phase diagram of a rule on a random link (correlation loss), ladder 10¹⁶ … 10⁴⁸, on rays chosen from κ. */
    private static PhaseDiagram onRandomLink(Algorithm algorithm, Link link,
            Function<PredictedExponent, List<BigFraction>> rays) {
        UpdateRule rule = UpdateRule.of(algorithm, Loss.CORRELATION, link, BigFraction.ONE);
        DriftCoefficients c = DriftCoefficients.of(rule, new LabelModel.Deterministic(link));
        PredictedExponent p = PredictedExponent.of(Prediction.of(c), Optional.empty());
        try {
            return PhaseDiagram.compute(p, MeanFieldTimes.of(c, BigFraction.of(1, 2), 6),
                    new PhaseDiagram.Settings(rays.apply(p), ladder(16, 48, 8), 2), PhaseDiagram.Progress.none());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** One ray inside each regime of κ(q) on {@code q < 0}. */
    private static List<BigFraction> insideEachRegime(PredictedExponent p) {
        List<BigFraction> kinks = p.kinks().stream().map(k -> k.q()).toList();
        List<BigFraction> rays = new ArrayList<>();
        if (kinks.isEmpty()) {
            rays.add(BigFraction.of(-1, 2));
        } else {
            rays.add(kinks.get(0).subtract(BigFraction.of(1, 2)));
            for (int i = 0; i + 1 < kinks.size(); i++) {
                rays.add(kinks.get(i).add(kinks.get(i + 1)).divide(2));
            }
            rays.add(kinks.get(kinks.size() - 1).divide(2));
        }
        return rays.stream().filter(p::applies).toList();
    }

    /** Online SGD on random polynomial links: the local exponent at the largest rung is (p − 1) ∨ 1 within 0.05. */
    @Test
    void randomPolynomialLinksReachTheirPredictedExponent() {
        Generators.qt().withExamples(8).forAll(Generators.polynomialLinks(4)).checkAssert(link -> {
            PhaseDiagram.Ray r = onRandomLink(Algorithm.ONLINE, link, p -> rays(-2)).rays().get(0);
            double top = r.steps().get(r.steps().size() - 1).exponent();
            assertThat(top).as("%s: local exponent at the largest rung", link.specification())
                    .isCloseTo(r.predicted().kappa().orElseThrow().doubleValue(), within(0.05));
        });
    }
}
