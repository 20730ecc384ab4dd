package org.sgdx.checks.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;

/**
 * The golden sections of the dynamics ({@code mu}, {@code second_moment}, {@code normalisation}, {@code mean_field_m},
 * {@code mean_field_hitting_time}): known values, identities other than the ones the reference uses, an independent
 * iteration of the mean-field map and quadrature of the hitting time, export → verify round trips and perturbed
 * values caught.
 */
class GoldenDynamicsTest {

    private static final String ONLINE_HE3 = "online:target=He3:activation=He3:loss=squared:a=1:variable=eta";
    private static final String ONLINE_HE3_CORRELATION =
            "online:target=He3:activation=He3:loss=correlation:a=1:variable=eta";
    private static final String REUSE_HE3 =
            "reuse:target=He3:activation=He3:loss=squared:a=1:inner-step=plain:variable=s";
    private static final String REUSE_HE3_CORRELATION =
            "reuse:target=He3:activation=He3:loss=correlation:a=1:inner-step=plain:variable=s";
    private static final String ALTERNATING_HE3_CORRELATION =
            "alternating:target=He3:activation=He3:loss=correlation:a=1:variable=eta";
    /** Online SGD, correlation loss, He3, d = 100, gamma = 1e-4, m0 = 0.1: D and N are derived by hand below. */
    private static final MeanFieldPoint HAND = MeanFieldPoint.of(
            DynamicsConfiguration.of(Algorithm.ONLINE, Loss.CORRELATION, "He3"), "100", "0", "1E-4", "0.1");

    @TempDir
    static Path dir;

    static GoldenFiles.Written written;
    static GoldenSet set;

    @BeforeAll
    static void export() throws IOException {
        List<DynamicsConfiguration> mu = List.of(
                DynamicsConfiguration.of(Algorithm.ONLINE, Loss.SQUARED, "He3"),
                DynamicsConfiguration.of(Algorithm.ONLINE, Loss.SQUARED, "He4"),
                DynamicsConfiguration.of(Algorithm.ONLINE, Loss.CORRELATION, "relu"),
                DynamicsConfiguration.of(Algorithm.REUSE, Loss.SQUARED, "He3"),
                DynamicsConfiguration.of(Algorithm.REUSE, Loss.CORRELATION, "He3"),
                DynamicsConfiguration.of(Algorithm.ALTERNATING, Loss.CORRELATION, "He3"),
                DynamicsConfiguration.of(Algorithm.ALTERNATING, Loss.SQUARED, "relu"));
        List<DynamicsConfiguration> moments = List.of(
                DynamicsConfiguration.of(Algorithm.ONLINE, Loss.CORRELATION, "He3"),
                DynamicsConfiguration.of(Algorithm.REUSE, Loss.CORRELATION, "He2"),
                DynamicsConfiguration.of(Algorithm.ALTERNATING, Loss.SQUARED, "He3"));
        List<GoldenSection> sections = List.of(
                new MuSection(mu, 6, 30),
                new SecondMomentSection(moments, true, 30),
                new MeanFieldTrajectorySection(List.of(new MeanFieldTrajectorySection.Trajectory(HAND,
                        List.of(0, 1, 10, 100, 1000))), 30),
                new HittingTimeSection(List.of(HAND, MeanFieldPoint.of(DynamicsConfiguration.of(Algorithm.ONLINE,
                        Loss.SQUARED, "He3"), "100", "0", null, "0.1")), 30));
        Provenance p = new Provenance("sgdx", "9.9-test", Instant.parse("2026-01-02T03:04:05Z"),
                Map.of("loss", "squared"));
        written = GoldenFiles.export(sections, p, dir.resolve("golden"));
        set = GoldenFiles.read(dir.resolve("golden"));
    }

    private static GoldenVector get(String kind, String link, String index) {
        return set.find(GoldenVector.Key.of(kind, link, index))
                .orElseThrow(() -> new AssertionError("no vector " + kind + " " + link + " " + index));
    }

    private static BigDecimal value(String kind, String link, String index) {
        return new BigDecimal(get(kind, link, index).value());
    }

    @Test
    void theSectionsHaveTheirFilesAndKeys() throws IOException {
        assertThat(written.csv()).extracting(f -> f.getFileName().toString()).containsExactly("vectors.csv", "mu.csv",
                "second-moment.csv", "mean-field-m.csv", "mean-field-hitting-time.csv");
        assertThat(set.vectors()).extracting(GoldenVector::kind).containsOnly("mu", "second_moment", "normalisation",
                "mean_field_m", "mean_field_hitting_time");
        assertThat(Files.readString(dir.resolve("golden").resolve("mu.csv")))
                .contains("mu," + ONLINE_HE3 + ",3:0,3,decimal,exact,0,30,3");
        assertThat(Files.readString(dir.resolve("golden").resolve("README.md"))).contains("`mu`")
                .contains("`mean_field_hitting_time`").contains("t * 1e-16");
    }

    /** MATH.md §5–§6: online mu_k = k for He_k; the worked He3 case; the relu closed form 1/(4 pi). */
    @Test
    void muHasTheKnownValuesWithClosedForms() {
        assertThat(value("mu", ONLINE_HE3, "3:0")).isEqualByComparingTo("3");
        assertThat(value("mu", "online:target=He4:activation=He4:loss=squared:a=1:variable=eta", "4:0"))
                .isEqualByComparingTo("4");
        assertThat(value("mu", REUSE_HE3_CORRELATION, "1:2")).isEqualByComparingTo("17496");
        assertThat(value("mu", REUSE_HE3_CORRELATION, "2:1")).isEqualByComparingTo("648");
        assertThat(value("mu", REUSE_HE3, "1:2")).isEqualByComparingTo("17496");
        assertThat(value("mu", ALTERNATING_HE3_CORRELATION, "2:1")).isEqualByComparingTo("324");
        assertThat(value("mu", ALTERNATING_HE3_CORRELATION, "3:0")).isEqualByComparingTo("3");
        GoldenVector relu = get("mu", "online:target=relu:activation=relu:loss=correlation:a=1:variable=eta", "2:0");
        assertThat(relu.certainty()).isEqualTo("exact");
        assertThat(relu.exact()).isEqualTo("1/(2*(2*pi))");
        assertThat(relu.digits()).isEqualTo(30);
        assertThat(Double.parseDouble(relu.value())).isCloseTo(1 / (4 * Math.PI), org.assertj.core.data.Offset
                .offset(1e-17));
        assertThat(new BigDecimal(relu.value()).precision()).isEqualTo(30);
    }

    /** Every cell of the grid is written, zeros included, so that spurious non-zero coefficients are caught. */
    @Test
    void muGridsAreDense() {
        GoldenVector zero = get("mu", ONLINE_HE3, "1:0");
        assertThat(zero.value()).isEqualTo("0");
        assertThat(zero.certainty()).isEqualTo("exact");
        assertThat(set.vectors().stream().filter(v -> v.kind().equals("mu") && v.link().equals(ONLINE_HE3)))
                .extracting(GoldenVector::index).containsExactly("1:0", "2:0", "3:0");
        // batch reuse with squared loss: mu_1..mu_12, powers s^0..s^5
        assertThat(set.vectors().stream().filter(v -> v.kind().equals("mu") && v.link().equals(REUSE_HE3)))
                .hasSize(12 * 6);
        assertThat(get("mu", REUSE_HE3, "12:0").value()).isEqualTo("0");
        // relu does not terminate: i = 1..6 as requested, each exact
        assertThat(set.vectors().stream().filter(v -> v.kind().equals("mu")
                && v.link().startsWith("alternating:target=relu"))).hasSize(6 * 3).allMatch(v -> v.certainty()
                .equals("exact"));
    }

    /**
     * Online SGD, correlation loss, He3: psi = 3 He3(u) He2(z). With He3^2 = He6 + 9He4 + 18He2 + 6 and
     * 9 He2^2 = 9He4 + 36He2 + 18, Mehler gives E[psi^2](m) = 6*18 + 2!*18*36 m^2 + 4!*9*9 m^4 = 108 + 1296 m^2 +
     * 1944 m^4; at m = 0, E[psi^2 v^2] = 9 E[He3(v)^2 v^2] E[He2(z)^2] = 9*42*2 = 756 (moments of v), and with the
     * curvature terms E[psi^2 v^2](m) = 756 + 8424 m^2 + 648 m^4 - 6480 m^6.
     */
    @Test
    void secondMomentsMatchAHandDerivation() {
        String k = ONLINE_HE3_CORRELATION;
        assertThat(value("second_moment", k, "0:0")).isEqualByComparingTo("108");
        assertThat(value("second_moment", k, "1:0")).isEqualByComparingTo("0");
        assertThat(value("second_moment", k, "2:0")).isEqualByComparingTo("1296");
        assertThat(value("second_moment", k, "4:0")).isEqualByComparingTo("1944");
        // N = (d - 2) E[psi^2] + E[psi^2 v^2]: the d^0 part is -2 E[psi^2] + E[psi^2 v^2]
        assertThat(value("normalisation", k, "0:0:0")).isEqualByComparingTo("540");
        assertThat(value("normalisation", k, "2:0:0")).isEqualByComparingTo(String.valueOf(8424 - 2 * 1296));
        assertThat(value("normalisation", k, "4:0:0")).isEqualByComparingTo(String.valueOf(648 - 2 * 1944));
        assertThat(value("normalisation", k, "6:0:0")).isEqualByComparingTo("-6480");
        assertThat(get("normalisation", k, "6:0:1").value()).isEqualTo("0");
    }

    /** The d^1 part of N(m) is E[psi^2](m), for every configuration, power of m and power of eta (or s). */
    @Test
    void theDimensionPartOfNIsTheSecondMoment() {
        int checked = 0;
        for (GoldenVector n : set.vectors()) {
            if (!n.kind().equals("normalisation") || !n.index().endsWith(":1")) {
                continue;
            }
            String index = n.index().substring(0, n.index().length() - 2);
            BigDecimal expected = set.find(GoldenVector.Key.of("second_moment", n.link(), index))
                    .map(v -> new BigDecimal(v.value())).orElse(BigDecimal.ZERO);
            assertThat(new BigDecimal(n.value())).as(n.key().toString()).isEqualByComparingTo(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(set.vectors()).filteredOn(v -> v.kind().equals("second_moment")).extracting(GoldenVector::link)
                .contains("reuse:target=He2:activation=He2:loss=correlation:a=1:inner-step=plain:variable=s");
    }

    /** D(m) = 3! mu_3 m^2 (1 - m^2) = 18 m^2 - 18 m^4 and N(m) from the hand derivation above, d = 100. */
    private static BigDecimal velocity(BigDecimal m, BigDecimal gamma, MathContext mc) {
        BigDecimal m2 = m.multiply(m, mc);
        BigDecimal drift = m2.multiply(BigDecimal.valueOf(18), mc).multiply(BigDecimal.ONE.subtract(m2), mc);
        BigDecimal psi2 = poly(m2, mc, 108, 1296, 1944, 0);
        BigDecimal psi2v2 = poly(m2, mc, 756, 8424, 648, -6480);
        BigDecimal n = psi2.multiply(BigDecimal.valueOf(98), mc).add(psi2v2, mc);
        return gamma.multiply(drift, mc).subtract(gamma.multiply(gamma, mc).multiply(n, mc).multiply(m, mc)
                .divide(BigDecimal.valueOf(2), mc), mc);
    }

    private static BigDecimal poly(BigDecimal x, MathContext mc, long... c) {
        BigDecimal r = BigDecimal.ZERO;
        for (int k = c.length - 1; k >= 0; k--) {
            r = r.multiply(x, mc).add(BigDecimal.valueOf(c[k]), mc);
        }
        return r;
    }

    @Test
    void theMapTrajectoryAgreesWithAnIndependentIteration() {
        MathContext mc = new MathContext(60, RoundingMode.HALF_EVEN);
        String key = ONLINE_HE3_CORRELATION + ":d=100:gamma=0.0001:m0=0.1";
        BigDecimal gamma = new BigDecimal("1E-4");
        BigDecimal m = new BigDecimal("0.1");
        int t = 0;
        for (int target : List.of(0, 1, 10, 100, 1000)) {
            for (; t < target; t++) {
                m = m.add(velocity(m, gamma, mc), mc);
            }
            GoldenVector v = get("mean_field_m", key, String.valueOf(target));
            assertThat(v.certainty()).isEqualTo("estimate");
            assertThat(v.digits()).isEqualTo(30);
            // the error bounds the distance of the printed value, its rounding to 30 digits included
            BigDecimal error = new BigDecimal(v.error());
            assertThat(new BigDecimal(v.value()).subtract(m).abs()).as("t = " + target).isLessThanOrEqualTo(error);
            assertThat(error).isLessThan(m.abs().movePointLeft(29));
        }
        assertThat(m.doubleValue()).isGreaterThan(0.11); // the overlap has moved
    }

    /** Simpson's rule on log m in double precision: T = integral of m / F(m) d(log m). */
    @Test
    void theHittingTimeAgreesWithAnIndependentQuadrature() {
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal gamma = new BigDecimal("1E-4");
        double a = Math.log(0.1);
        double b = Math.log(0.5);
        int n = 20_000;
        double h = (b - a) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double m = Math.exp(a + i * h);
            double f = m / velocity(new BigDecimal(m), gamma, mc).doubleValue();
            sum += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        double simpson = sum * h / 3;
        GoldenVector v = get("mean_field_hitting_time", ONLINE_HE3_CORRELATION
                + ":d=100:gamma=0.0001:m0=0.1:m_target=0.5", "-");
        assertThat(v.certainty()).isEqualTo("estimate");
        assertThat(Double.parseDouble(v.value())).isCloseTo(simpson, org.assertj.core.data.Percentage
                .withPercentage(1e-7));
        assertThat(new BigDecimal(v.error())).isLessThan(new BigDecimal(v.value()).movePointLeft(25));
        // the optimal gamma is written into the key, rounded to three significant digits
        GoldenVector optimal = set.vectors().stream().filter(x -> x.kind().equals("mean_field_hitting_time")
                && x.link().startsWith(ONLINE_HE3 + ":d=100:gamma=")).findFirst().orElseThrow();
        String gammaText = optimal.link().replaceAll(".*:gamma=([^:]*):.*", "$1");
        assertThat(new BigDecimal(gammaText).precision()).isLessThanOrEqualTo(3);
        assertThat(optimal.link()).endsWith(":m0=0.1:m_target=0.5");
    }

    @Test
    void theExportVerifiesAgainstItselfAndInDoublePrecision() throws IOException {
        Path golden = dir.resolve("golden");
        GoldenVerifier.Report same = GoldenVerifier.verify(set, GoldenFiles.readCandidates(golden.resolve(
                "vectors.csv")), new GoldenVerifier.Tolerance(0, 0));
        assertThat(same.comparisons()).hasSize(written.vectors());
        assertThat(same.passed()).isTrue();
        assertThat(same.unmatched()).isEmpty();

        List<String> lines = new ArrayList<>(List.of("kind,link,index,value"));
        for (GoldenVector v : set.vectors()) {
            lines.add(v.kind() + "," + v.link() + "," + v.index() + "," + Double.parseDouble(v.value()));
        }
        Path doubles = Files.write(dir.resolve("dynamics-double.csv"), lines);
        GoldenVerifier.Report r = GoldenVerifier.verify(set, GoldenFiles.readCandidates(doubles),
                GoldenVerifier.Tolerance.DEFAULT);
        assertThat(r.mismatches()).isEmpty();
        assertThat(r.comparisons()).hasSize(written.vectors());
    }

    @Test
    void aPerturbedMuCoefficientIsCaught() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("golden").resolve("vectors.csv"));
        List<String> out = new ArrayList<>();
        List<Integer> perturbed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("mu," + ONLINE_HE3 + ",3:0,")) {
                l = l.replace(",3:0,3,", ",3:0,3.1,"); // passes a rule that reads "3" as known to one digit
                perturbed.add(i + 1);
            } else if (l.startsWith("mu," + REUSE_HE3 + ",1:3,")) {
                l = l.replace(",1:3,-17006112,", ",1:3,-17006113,"); // relative 6e-8
                perturbed.add(i + 1);
            } else if (l.startsWith("mu," + ONLINE_HE3 + ",1:0,")) {
                l = l.replace(",1:0,0,", ",1:0,1e-9,"); // a spurious non-zero coefficient
                perturbed.add(i + 1);
            }
            out.add(l);
        }
        assertThat(perturbed).hasSize(3);
        out.add("mu," + ONLINE_HE3 + ",4:0,0,decimal,exact,0,30,0");
        Path file = Files.write(dir.resolve("perturbed-mu.csv"), out);
        GoldenVerifier.Report r = GoldenVerifier.verify(set, GoldenFiles.readCandidates(file),
                GoldenVerifier.Tolerance.DEFAULT);
        assertThat(r.passed()).isFalse();
        assertThat(r.mismatches()).extracting(c -> c.candidate().line()).containsExactlyElementsOf(perturbed);
        assertThat(r.mismatches()).allSatisfy(c -> {
            assertThat(c.golden().kind()).isEqualTo("mu");
            assertThat(c.detail()).contains("> allowed");
        });
        assertThat(r.unmatched()).extracting(c -> c.key().index()).containsExactly("4:0");
        // the same values printed as doubles ("3.0", "-1.7006112E7") agree
        GoldenVector three = get("mu", ONLINE_HE3, "3:0");
        assertThat(GoldenVerifier.compare(three, new GoldenFiles.Candidate(three.key(), "3.0", 1),
                GoldenVerifier.Tolerance.DEFAULT).agrees()).isTrue();
        assertThat(GoldenVerifier.compare(three, new GoldenFiles.Candidate(three.key(), "3.000000000001", 1),
                GoldenVerifier.Tolerance.DEFAULT).agrees()).isTrue();
        assertThat(GoldenVerifier.compare(three, new GoldenFiles.Candidate(three.key(), "3.00000000001", 1),
                GoldenVerifier.Tolerance.DEFAULT).agrees()).isFalse();
    }

    @Test
    void theDefaultSectionsCoverTheRequestedConfigurations() {
        MuSection mu = MuSection.defaults(30);
        // 3 algorithms x 2 losses x He2..He4, plus relu for online and alternating
        assertThat(mu.configurations()).hasSize(3 * 2 * 3 + 2 * 2);
        assertThat(mu.configurations()).extracting(DynamicsConfiguration::key).contains(REUSE_HE3, ONLINE_HE3)
                .noneMatch(k -> k.startsWith("reuse:target=relu"));
        List<GoldenVector> vectors = mu.vectors();
        assertThat(new GoldenSet(new Provenance("x", "y", Instant.EPOCH, Map.of()), vectors).vectors())
                .hasSameSizeAs(vectors);
        assertThat(vectors).allMatch(v -> v.certainty().equals("exact") && !v.exact().isEmpty());
        assertThat(SecondMomentSection.defaults(30).configurations()).hasSize(3 * 2 * 3);
        assertThat(MeanFieldTrajectorySection.defaults(30).trajectories()).hasSize(2);
        assertThat(HittingTimeSection.defaults(30).points()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void badConfigurationsAreRejectedWithAClearMessage() {
        DynamicsConfiguration relu = DynamicsConfiguration.of(Algorithm.ONLINE, Loss.SQUARED, "relu");
        assertThatThrownBy(() -> new SecondMomentSection(List.of(relu), true, 30).vectors())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("polynomial links");
        assertThatThrownBy(() -> DynamicsConfiguration.of(Algorithm.REUSE, Loss.SQUARED, "relu"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smooth");
        DynamicsConfiguration he3 = DynamicsConfiguration.of(Algorithm.ONLINE, Loss.SQUARED, "He3");
        assertThatThrownBy(() -> MeanFieldPoint.of(he3, "100", "0.1", null, "0.1"))
                .hasMessageContaining("online SGD has no eta");
        assertThatThrownBy(() -> MeanFieldPoint.of(he3, "2", "0", null, "0.1")).hasMessageContaining("d must be >= 3");
        assertThatThrownBy(() -> new HittingTimeSection(List.of(MeanFieldPoint.of(he3, "100", "0", "1E-3", "0.1")),
                30).vectors()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("infinite");
        assertThatThrownBy(() -> new MeanFieldTrajectorySection.Trajectory(HAND, List.of(0, 10, 5)))
                .hasMessageContaining("times must increase");
        assertThatThrownBy(() -> new MeanFieldPoint(he3, BigFraction.of(100), BigFraction.ZERO, Optional.empty(),
                BigFraction.of(1, 2), BigFraction.of(1, 4))).hasMessageContaining("m_target");
    }

    @Test
    void parametersAreWrittenExactly() {
        assertThat(GoldenNumbers.parameter(BigFraction.of(1, 20))).isEqualTo("0.05");
        assertThat(GoldenNumbers.parameter(BigFraction.of(1, 3))).isEqualTo("1/3");
        assertThat(GoldenNumbers.parameter(BigFraction.of(10000))).isEqualTo("10000");
        assertThat(GoldenNumbers.parameter(BigFraction.of(233, 1_000_000_000))).isEqualTo("2.33E-7");
        assertThat(GoldenNumbers.decimal(new BigDecimal("3.000"))).isEqualTo("3");
    }
}
