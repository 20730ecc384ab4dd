package org.sgdx.checks.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.checks.stats.BootstrapOptions;
import org.sgdx.checks.stats.CensoredSample;
import org.sgdx.checks.stats.DataPoint;
import org.sgdx.checks.stats.SampleStatistic;
import org.sgdx.checks.stats.SlopeFit;

/** The registry runs checks in order, isolates failures, and turns contradicted predictions into refutations. */
class RegistryTest {

    @TempDir
    Path dir;

    /** A claim "T grows like d^2" checked on data that grows like d^3. */
    static ClaimCheck slopeClaim(String id, double predicted, double trueSlope) {
        Claim claim = new Claim(id, "Synthetic scaling", "T ∝ d^" + predicted, List.of(Source.math("§8")),
                Method.statistical("95% percentile-bootstrap interval of the log-log slope, tolerance 0.1", 0.05));
        return ClaimCheck.of(claim, (ctx, r) -> {
            List<DataPoint> pts = new ArrayList<>();
            for (double d : new double[] {10, 20, 40, 80}) {
                long t = Math.round(Math.pow(d, trueSlope));
                pts.add(new DataPoint(d, CensoredSample.uncensored(t, t + 1, t + 2, t + 3)));
            }
            SlopeFit f = SlopeFit.of(pts, SampleStatistic.median(), new BootstrapOptions(100, 0.95, ctx.claimSeed()));
            r.predicted(Quantity.of(predicted)).measured(Quantity.of(f.slope())).interval(f.slopeInterval())
                    .evidence(f.summary()).setting("replicates", 100);
            r.verdict(Verdicts.forInterval(predicted, f.slopeInterval(), 0.1, 1));
        });
    }

    static ClaimCheck failing(String id) {
        Claim claim = new Claim(id, "Broken", "1 = 1", List.of(Source.math("§1")), Method.exact("throws"));
        return ClaimCheck.of(claim, (ctx, r) -> {
            throw new IllegalStateException("simulator not available");
        });
    }

    private Context context() {
        return new Context(Mode.QUICK, 42, 1, dir, ProgressListener.NONE);
    }

    @Test
    void aClaimContradictedByItsMeasurementIsRefutedAndTheAuditFails() {
        Registry reg = Registry.of(slopeClaim("scaling.right", 2, 2), slopeClaim("scaling.wrong", 2, 3));
        AuditResult result = reg.run(context());
        assertThat(result.results()).extracting(r -> r.claim().id()).containsExactly("scaling.right", "scaling.wrong");
        assertThat(result.results().get(0).verdict().status()).isEqualTo(Verdict.Status.CONFIRMED);
        ClaimResult wrong = result.results().get(1);
        assertThat(wrong.verdict().status()).isEqualTo(Verdict.Status.REFUTED);
        assertThat(wrong.measured().value()).isBetween(2.9, 3.1);
        assertThat(wrong.interval()).isPresent();
        assertThat(result.exitCode()).isEqualTo(AuditResult.EXIT_REFUTED);
        assertThat(result.summary()).startsWith("2 claims: 1 confirmed, 1 refuted, 0 inconclusive");
    }

    @Test
    void anExceptionInACheckIsInconclusiveAndTheOthersStillRun() {
        Registry reg = Registry.of(failing("broken.one"), slopeClaim("scaling.right", 2, 2));
        AuditResult result = reg.run(context());
        ClaimResult broken = result.results().get(0);
        assertThat(broken.verdict().status()).isEqualTo(Verdict.Status.INCONCLUSIVE);
        assertThat(broken.verdict().reason()).contains("IllegalStateException").contains("simulator not available");
        assertThat(result.results().get(1).verdict().isConfirmed()).isTrue();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void resultsDependOnlyOnTheBaseSeedAndTheClaim() {
        AuditResult alone = Registry.of(slopeClaim("scaling.right", 2, 2)).run(context());
        AuditResult withOthers = Registry.of(failing("broken.one"), slopeClaim("scaling.wrong", 2, 3),
                slopeClaim("scaling.right", 2, 2)).run(new Context(Mode.QUICK, 42, 4, dir, ProgressListener.NONE));
        assertThat(withOthers.results().get(2).interval()).isEqualTo(alone.results().get(0).interval());
    }

    @Test
    void selectionGatingAndValidation() {
        Registry reg = Registry.of(slopeClaim("scaling.right", 2, 2), slopeClaim("scaling.wrong", 2, 3),
                failing("broken.one"));
        assertThat(reg.select(List.of("scaling")).claims()).extracting(Claim::id)
                .containsExactly("scaling.right", "scaling.wrong");
        assertThat(reg.select(List.of("broken.one", "scaling.right")).claims()).extracting(Claim::id)
                .containsExactly("scaling.right", "broken.one");
        assertThatThrownBy(() -> reg.select(List.of("scal"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no claim matches 'scal'");
        assertThatThrownBy(() -> Registry.of(failing("a.b"), failing("a.b")))
                .hasMessageContaining("duplicate claim id a.b");
        ClaimCheck fullOnly = new ClaimCheck() {
            @Override
            public Claim claim() {
                return new Claim("slow.one", "Slow", "x", List.of(Source.math("§8")), Method.exact("x"));
            }

            @Override
            public boolean runsIn(Mode mode) {
                return mode == Mode.FULL;
            }

            @Override
            public ClaimResult check(Context context) {
                return ClaimResult.builder(claim(), context.mode()).verdict(Verdict.confirmed("ran")).build();
            }
        };
        AuditResult quick = Registry.of(fullOnly).run(context());
        assertThat(quick.results()).isEmpty();
        assertThat(quick.skipped()).extracting(Claim::id).containsExactly("slow.one");
        assertThat(Registry.of(fullOnly).run(new Context(Mode.FULL, 1, 1, dir, ProgressListener.NONE)).results())
                .hasSize(1);
    }

    @Test
    void progressIsReportedThroughTheListener() {
        List<String> events = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void started(Claim claim, int index, int total) {
                events.add("start " + claim.id() + " " + index + "/" + total);
            }

            @Override
            public void message(Claim claim, String text) {
                events.add(claim.id() + ": " + text);
            }

            @Override
            public void finished(ClaimResult result, int index, int total) {
                events.add("end " + result.verdict().status().label());
            }
        };
        Claim claim = new Claim("talk.one", "Talks", "x", List.of(Source.math("§8")), Method.exact("x"));
        Registry reg = Registry.of(ClaimCheck.of(claim, (ctx, r) -> {
            ctx.progress("halfway");
            r.verdict(Verdict.confirmed("done"));
        }));
        reg.run(new Context(Mode.QUICK, 1, 1, dir, listener));
        assertThat(events).containsExactly("start talk.one 0/1", "talk.one: halfway", "end confirmed");
    }

    @Test
    void claimsAndMethodsValidateTheirFields() {
        assertThatThrownBy(() -> new Claim("Bad Id", "t", "s", List.of(Source.math("§1")), Method.exact("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Claim("a.b", "t", "s", List.of(), Method.exact("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Method.statistical("KS", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Method.statistical("KS at 0.001", 0.001).toString()).contains("false-failure rate 0.00100");
        assertThat(Source.notes("hermite-conventions.md").reference()).isEqualTo("proofs-notes/hermite-conventions.md");
        assertThat(ClaimResult.inconclusive(failing("x.y").claim(), Mode.QUICK, "why").interval())
                .isEqualTo(Optional.empty());
    }
}
