package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sgdx phase}: its JSON contract, the boundary exponent of alternating He3, and bad input. */
class PhaseCliTest {

    private static final String[] RULE = {"phase", "--algorithm", "alternating", "--target", "He3", "--activation",
        "He3", "--loss", "correlation"};

    private static CliTest.Result phase(String... more) {
        String[] args = new String[RULE.length + more.length];
        System.arraycopy(RULE, 0, args, 0, RULE.length);
        System.arraycopy(more, 0, args, RULE.length, more.length);
        return CliTest.run(args);
    }

    @Test
    void jsonHasTheKinksRaysAndBoundaries(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("phase.png");
        CliTest.Result r = phase("--q", "-1,-1/4", "--d", "1e12:1e48:1e4", "--threads", "2", "--format", "json",
                "--plot", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("kinks").get(0).get("q").asText()).isEqualTo("-1/2");
        assertThat(root.get("kinks").get(0).get("from_index").asInt()).isEqualTo(3);
        assertThat(root.get("kinks").get(0).get("to_index").asInt()).isEqualTo(2);
        JsonNode ray = root.get("rays").get(1);
        assertThat(ray.get("q").asText()).isEqualTo("-1/4");
        assertThat(ray.get("kappa_predicted").asText()).isEqualTo("3/2");
        assertThat(ray.get("kappa_measured").asDouble()).isBetween(1.45, 1.55);
        assertThat(ray.get("error").asDouble()).isLessThan(0.05);
        assertThat(ray.get("points").get(0).has("hitting_time")).isTrue();
        assertThat(ray.get("points").get(0).has("gamma")).isTrue();
        JsonNode b = root.get("boundaries").get(0);
        assertThat(b.get("predicted_exponent").asDouble()).isEqualTo(-0.5);
        assertThat(b.get("measured_exponent").asDouble()).isBetween(-0.55, -0.45);
        assertThat(b.get("points").size()).isEqualTo(10);
        assertThat(Files.size(png)).isPositive();
        assertThat(Files.list(dir).count()).as("only the requested file").isEqualTo(1);
        CliTest.Result again = phase("--q", "-1,-1/4", "--d", "1e12:1e48:1e4", "--plot", png.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
    }

    @Test
    void predictShowsWhereTheSquaredLossBranchEnds() throws Exception {
        CliTest.Result r = CliTest.run("predict", "--algorithm", "alternating", "--target", "He3", "--activation",
                "He3", "--d", "1e16", "--eta", "1e-4", "--max-steps", "0", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode kink = new ObjectMapper().readTree(r.out()).get("kinks").get(0);
        assertThat(kink.get("branch_zero").asText()).isEqualTo("1/666");
        assertThat(kink.get("branch_zero_certainty").asText()).isEqualTo("exact");
    }

    /** Alternating SGD on a link with p = 1: its only kink is at q = 0, the end of the range; it has no boundary. */
    @Test
    void aKinkAtTheEndOfTheRangeHasNoBoundary() {
        CliTest.Result r = CliTest.run("phase", "--algorithm", "alternating", "--loss", "correlation", "--target=-z",
                "--activation=-z", "--q", "-1/2,-1/4", "--d", "1e8:1e24:1e8", "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("kink q = 0  (i: 1 -> 2)").contains("kink q = 0: no boundary");
        assertThat(r.out()).doesNotContain("boundary eta_c");
    }

    @Test
    void badInputIsRefusedWithExitCode2() {
        assertThat(phase("--q", "0").err()).contains("--q").contains("q < 0");
        assertThat(phase("--q", "0").code()).isEqualTo(2);
        assertThat(phase("--q", "-1:-2:1/4").code()).isEqualTo(2);
        assertThat(phase("--d", "1e4,1e3,1e8").err()).contains("--d").contains("strictly increasing");
        assertThat(phase("--d", "2,1e4,1e8").err()).contains(">= 3");
        assertThat(phase("--d", "1e4,1e8").err()).contains("at least 3 rungs");
        assertThat(phase("--d", "1e4:1e8:1").code()).isEqualTo(2);
        assertThat(phase("--plot", "x.pdf").code()).isEqualTo(2);
        assertThat(phase("--plot", "").code()).isEqualTo(2);
        assertThat(phase("--d", "1e100,1e200,1e301").err()).contains("<= 1e300");
        CliTest.Result huge = CliTest.run("predict", "--algorithm", "alternating", "--target", "He3", "--activation",
                "He3", "--d", "1e301", "--eta", "1e-3");
        assertThat(huge.code()).isEqualTo(2);
        assertThat(huge.err()).contains("--d must be <= 1e300");
        assertThat(CliTest.run("phase", "--algorithm", "reuse", "--target", "He3", "--activation", "He3", "--q", "1/2")
                .code()).isEqualTo(2);
    }
}
