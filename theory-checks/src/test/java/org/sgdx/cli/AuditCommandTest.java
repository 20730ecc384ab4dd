package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.checks.claims.Claim;
import org.sgdx.checks.claims.ClaimCheck;
import org.sgdx.checks.claims.Method;
import org.sgdx.checks.claims.Quantity;
import org.sgdx.checks.claims.Registry;
import org.sgdx.checks.claims.Source;
import org.sgdx.checks.claims.Verdicts;

/** {@code sgdx audit}: the claims table, the report files and the exit codes 0, 1 and 2. */
class AuditCommandTest {

    @TempDir
    Path dir;

    /** A claim predicting {@code predicted} and measuring {@code measured} with an interval of ±0.05. */
    private static ClaimCheck claim(String id, double predicted, double measured) {
        Claim c = new Claim(id, "Synthetic", "slope = " + predicted, List.of(Source.math("§8")),
                Method.statistical("synthetic interval", 0.05));
        return ClaimCheck.of(c, (ctx, r) -> r.predicted(Quantity.of(predicted)).measured(Quantity.of(measured))
                .verdict(Verdicts.forInterval(predicted, measured - 0.05, measured + 0.05, 0)));
    }

    private String out() {
        return dir.resolve("report").toString();
    }

    @Test
    void aRefutedClaimGivesExitCodeOne() {
        CliTest.Result r = Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2.01),
                claim("synthetic.contradicted", 2, 3))), "--out", out(), "--threads", "1");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("synthetic.contradicted").contains("refuted")
                .contains("2 claims: 1 confirmed, 1 refuted, 0 inconclusive")
                .contains("synthetic.contradicted: refuted: predicted 2 lies outside [2.95, 3.05]");
        assertThat(dir.resolve("report").resolve("report.md")).exists();
        assertThat(dir.resolve("report").resolve("report.json")).exists();
    }

    @Test
    void noRefutedClaimGivesExitCodeZeroAndJsonOnRequest() {
        CliTest.Result r = Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2.01))), "--out", out(),
                "--format", "json", "--seed", "5", "--full", "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("command").asText()).isEqualTo("audit");
        assertThat(j.get("mode").asText()).isEqualTo("full");
        assertThat(j.get("seed").asLong()).isEqualTo(5);
        assertThat(j.get("claims").get(0).get("verdict").asText()).isEqualTo("confirmed");
        assertThat(j.get("files").get("markdown").asText()).endsWith("report.md");
    }

    @Test
    void badInputGivesExitCodeTwo() throws Exception {
        AuditCommand any = new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2)));
        assertThat(Cli.run(any, "--out", out(), "--threads", "0").code()).isEqualTo(2);
        assertThat(Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--quick", "--full",
                "--out", out()).code()).isEqualTo(2);
        CliTest.Result unknown = Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--claim",
                "nothing", "--out", out());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no claim matches 'nothing'");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThat(Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--out",
                file.toString()).code()).isEqualTo(2);
        assertThat(Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--format", "xml")
                .code()).isEqualTo(2);
    }

    /** An empty --out, and a report or figures the audit did not write, are refused before any claim runs. */
    @Test
    void theAuditNeverOverwritesAFileItDidNotWrite() throws Exception {
        CliTest.Result empty = Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--out", "");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("--out must name a path");

        Path report = Files.createDirectories(dir.resolve("report"));
        Path md = Files.writeString(report.resolve("report.md"), "# my report\n");
        CliTest.Result refused = Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--out", out());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--out").contains("report.md").contains("--force");
        assertThat(Files.readString(md)).isEqualTo("# my report\n");
        assertThat(report.resolve("report.json")).doesNotExist();

        Files.delete(md);
        Path figure = Files.writeString(Files.createDirectories(report.resolve("figures")).resolve("mine.svg"), "<svg/>");
        assertThat(Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--out", out()).code())
                .isEqualTo(2);
        assertThat(Files.readString(figure)).isEqualTo("<svg/>");

        // an earlier audit's directory is reused without --force; foreign files are replaced only with it
        assertThat(Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--out", out(),
                "--force").code()).isZero();
        assertThat(Cli.run(new AuditCommand(() -> Registry.of(claim("synthetic.ok", 2, 2))), "--out", out()).code())
                .isZero();
        assertThat(Files.readString(report.resolve("report.md"))).startsWith("# sgdx audit report");
    }

    /** The built-in reference claims (Hermite identities, exponents, double-precision cross-checks), quick mode. */
    @Test
    void smokeTestOfTheBuiltInAudit() throws Exception {
        // the exact and numerical claims; the simulation claims are exercised on tiny plans in SimulationClaimsTest
        CliTest.Result r = Cli.run(new AuditCommand(), "--quick", "--claim", "hermite", "--claim", "exponents",
                "--claim", "numerics", "--out", out(), "--threads", "2");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("hermite.mehler").contains("exponents.he3-powers")
                .contains("numerics.gauss-hermite").contains("0 refuted, 0 inconclusive");
        String md = Files.readString(dir.resolve("report").resolve("report.md"));
        assertThat(md).contains("## hermite.orthogonality").contains("Conventions (MATH.md §9)");
        CliTest.Result list = Cli.run(new AuditCommand(), "--list");
        assertThat(list.out()).contains("hermite.stein").contains("numerics.link-values")
                .contains("online.slope.he3").contains("simulation.reduced-equals-full");
    }
}
