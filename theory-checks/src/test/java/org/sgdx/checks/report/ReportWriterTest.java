package org.sgdx.checks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.checks.claims.AuditResult;
import org.sgdx.checks.claims.Claim;
import org.sgdx.checks.claims.ClaimCheck;
import org.sgdx.checks.claims.Context;
import org.sgdx.checks.claims.Method;
import org.sgdx.checks.claims.Mode;
import org.sgdx.checks.claims.ProgressListener;
import org.sgdx.checks.claims.Quantity;
import org.sgdx.checks.claims.Registry;
import org.sgdx.checks.claims.Source;
import org.sgdx.checks.claims.Verdict;
import org.sgdx.checks.stats.ConfidenceInterval;

/** report.md, report.json and the figures of an audit. */
class ReportWriterTest {

    @TempDir
    Path dir;

    private AuditResult audit() {
        Claim slope = new Claim("online.he3-slope", "Online SGD on He3", "T ∝ d^2 (|slope - 2| <= 0.1)",
                List.of(Source.paper("§4, Theorem 1"), Source.notes("online.md")),
                Method.statistical("percentile bootstrap of the Kaplan-Meier median slope", 0.05));
        Claim kink = new Claim("alternating.kink", "Kink", "η_c ≍ d^{-1/2}", List.of(Source.math("§6")),
                Method.exact("x"));
        Registry reg = Registry.of(ClaimCheck.of(slope, (ctx, r) -> r.predicted(Quantity.of(2))
                        .measured(Quantity.of(2.93)).interval(new ConfidenceInterval(2.85, 3.01, 0.95, "bootstrap"))
                        .evidence("fitted 6 dimensions").setting("runs per point", 64)
                        .figure(Figures.hittingTimeVsD())
                        .verdict(Verdict.refuted("predicted 2 lies outside [2.85, 3.01]"))),
                ClaimCheck.of(kink, (ctx, r) -> r.figure(Figures.phaseDiagram())
                        .verdict(Verdict.inconclusive("too few runs hit within the budget: 3 of 40"))));
        return reg.run(new Context(Mode.QUICK, 7, 2, dir, ProgressListener.NONE));
    }

    private static ReportHeader header() {
        return new ReportHeader("sgdx", "9.9-test", Instant.parse("2026-01-02T03:04:05Z"), Map.of("mode", "quick"),
                Conventions.defaults());
    }

    @Test
    void writesMarkdownJsonAndFigures() throws Exception {
        ReportWriter.Written w = ReportWriter.write(audit(), header(), dir);
        String md = Files.readString(w.markdown());
        assertThat(md).contains("# sgdx audit report").contains("sgdx 9.9-test").contains("2026-01-02T03:04:05Z")
                .contains("| seed | 7 |").contains("## Conventions (MATH.md §9)").contains("loss: squared")
                .contains("| id | statement | predicted | measured | interval | verdict | reason |")
                .contains("T ∝ d^2 (\\|slope - 2\\| <= 0.1)").contains("**refuted**").contains("**inconclusive**")
                .contains("[2.85, 3.01]").contains("## online.he3-slope").contains("1. fitted 6 dimensions")
                .contains("- runs per point: 64").contains("![Median hitting time of He3 against d]"
                        + "(figures/online.he3-slope-hitting-time-vs-d.png)");
        JsonNode j = new ObjectMapper().readTree(w.json().toFile());
        assertThat(j.get("software").get("version").asText()).isEqualTo("9.9-test");
        assertThat(j.get("seed").asLong()).isEqualTo(7);
        assertThat(j.get("summary").get("refuted").asInt()).isEqualTo(1);
        assertThat(j.get("summary").get("exit_code").asInt()).isEqualTo(1);
        assertThat(j.get("conventions").get("hitting criterion").asText()).contains("first passage");
        JsonNode c0 = j.get("claims").get(0);
        assertThat(c0.get("id").asText()).isEqualTo("online.he3-slope");
        assertThat(c0.get("method").get("false_failure_rate").asDouble()).isEqualTo(0.05);
        assertThat(c0.get("interval").get("upper").asDouble()).isEqualTo(3.01);
        assertThat(c0.get("measured").get("value").asDouble()).isEqualTo(2.93);
        assertThat(c0.get("sources").get(1).get("reference").asText()).isEqualTo("proofs-notes/online.md");
        assertThat(j.get("claims").get(1).get("interval").isNull()).isTrue();
        assertThat(j.get("claims").get(1).get("predicted").get("value").isNull()).isTrue();
        assertThat(w.figures()).hasSize(4).allMatch(Files::exists);
    }

    @Test
    void theTerminalTableShowsVerdictsAndReasons() {
        String text = ReportWriter.text(audit());
        assertThat(text).contains("claim").contains("online.he3-slope").contains("refuted")
                .contains("alternating.kink: inconclusive: too few runs hit within the budget: 3 of 40");
    }
}
