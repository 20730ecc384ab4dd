package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class DynamicsCliTest {

    /**
     * Runs the command line through {@link Main#run}; a dynamics command that {@code Main} does not list yet is added to
     * a command line configured like {@code Main.run} (same exception handling and exit codes).
     */
    static CliTest.Result run(String... args) {
        if (new CommandLine(new Main()).getSubcommands().containsKey(args[0])) {
            return CliTest.run(args);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(args[0].equals("predict") ? new PredictCommand() : new CoefficientsCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("sgdx: " + ex.getMessage());
            return Main.EXIT_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("sgdx: " + (ex instanceof IllegalArgumentException ? "" : "internal error: ")
                    + ex.getMessage());
            return ex instanceof IllegalArgumentException ? Main.EXIT_INPUT : Main.EXIT_INTERNAL;
        });
        int code = cl.execute(args);
        return new CliTest.Result(code, out.toString(), err.toString());
    }

    private static JsonNode mu(JsonNode root, int i) {
        for (JsonNode m : root.get("mu")) {
            if (m.get("i").asInt() == i) {
                return m;
            }
        }
        throw new AssertionError("no mu_" + i + " in " + root);
    }

    @Test
    void reuseHe3CoefficientsInJson() {
        CliTest.Result r = run("coefficients", "--algorithm", "reuse", "--target", "He3", "--activation", "He3",
                "--loss", "correlation", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("command").asText()).isEqualTo("coefficients");
        assertThat(j.get("software").get("version").asText()).isNotBlank();
        assertThat(j.get("options").get("algorithm").asText()).isEqualTo("reuse");
        assertThat(j.get("options").get("inner_step").asText()).isEqualTo("plain");
        assertThat(j.get("conventions").get("mu").asText()).contains("He_i(A) He_{i-1}(B)");
        assertThat(j.get("variable").asText()).isEqualTo("s");
        JsonNode mu1 = mu(j, 1);
        assertThat(mu1.get("polynomial").asText()).isEqualTo("17496*s^2");
        JsonNode term = mu1.get("terms").get(0);
        assertThat(term.get("power").asInt()).isEqualTo(2);
        assertThat(term.get("d_power").asInt()).isZero();
        assertThat(term.get("value").asText()).isEqualTo("17496");
        assertThat(term.get("certainty").asText()).isEqualTo("exact");
        assertThat(term.get("exact").asText()).isEqualTo("17496");
        assertThat(mu(j, 2).get("leading").get("text").asText()).isEqualTo("648*s");
        assertThat(mu(j, 3).get("polynomial").asText()).isEqualTo("3 + 60264*s^2");
        assertThat(j.get("drift").get("polynomial").asText()).startsWith("17496*s^2 + 1296*m*s + 18*m^2");
        assertThat(j.get("second_moment").get("certainty").asText()).isEqualTo("exact");
        assertThat(j.get("normalisation").get("terms").size()).isPositive();
        assertThat(j.get("complete").asBoolean()).isTrue();
    }

    @Test
    void squaredLossReportsTheFullPolynomialAndTheLeadingTerm() {
        CliTest.Result r = run("coefficients", "--algorithm", "reuse", "--target", "He3", "--activation", "He3",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode mu1 = mu(r.json(), 1);
        assertThat(mu1.get("leading").get("text").asText()).isEqualTo("17496*s^2");
        assertThat(mu1.get("polynomial").asText()).startsWith("17496*s^2 - 17006112*s^3");
    }

    @Test
    void alternatingAndOnlineInText() {
        CliTest.Result alt = run("coefficients", "--algorithm", "alternating", "--target", "He3", "--activation", "He3");
        assertThat(alt.code()).as(alt.err()).isZero();
        assertThat(alt.out()).contains("324*eta").contains("exact").contains("D(m)").contains("E[psi^2](m)");
        CliTest.Result online = run("coefficients", "--algorithm", "online", "--target", "He3", "--activation", "He3",
                "--format", "json");
        assertThat(mu(online.json(), 3).get("polynomial").asText()).isEqualTo("3");
        assertThat(online.json().get("drift").get("polynomial").asText()).isEqualTo("18*m^2 - 18*m^4");
    }

    @Test
    void numericalCoefficientsCarryErrors() {
        CliTest.Result r = run("coefficients", "--algorithm", "online", "--target", "tanh", "--activation", "tanh",
                "--loss", "correlation", "--max-index", "3", "--digits", "16", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode term = mu(r.json(), 1).get("terms").get(0);
        assertThat(term.get("certainty").asText()).isEqualTo("estimate");
        assertThat(Double.parseDouble(term.get("error").asText())).isLessThan(1e-14);
        assertThat(r.json().get("complete").asBoolean()).isFalse();
    }

    @Test
    void predictReuseHe3() {
        CliTest.Result r = run("predict", "--algorithm", "reuse", "--target", "He3", "--activation", "He3",
                "--d", "10000", "--eta", "1e-8", "--max-steps", "1000", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("command").asText()).isEqualTo("predict");
        assertThat(j.get("kinks").get(0).get("q").asText()).isEqualTo("-3/2");
        assertThat(j.get("kinks").get(1).get("q").asText()).isEqualTo("-1");
        assertThat(j.get("kinks").get(1).get("at_end_of_range").asBoolean()).isTrue();
        assertThat(j.get("ie_condition").get("computed_q").asText()).isEqualTo("-3/2");
        assertThat(j.get("ie_condition").get("p_over_2_q").asText()).isEqualTo("-3/2");
        assertThat(j.get("ie_condition").get("p_plus_1_over_2_q").asText()).isEqualTo("-2");
        assertThat(j.get("saturation").get("log_d_t").asInt()).isEqualTo(1);
        assertThat(j.get("regimes").get(1).get("log_d_t").asText()).isEqualTo("-1 - 2q");
        JsonNode mf = j.get("mean_field");
        assertThat(mf.get("hitting_time").get("status").asText()).isEqualTo("finite");
        assertThat(mf.get("hitting_time").get("certainty").asText()).isEqualTo("estimate");
        assertThat(mf.get("recommended_gamma").get("value").asText()).isNotBlank();
        assertThat(mf.get("map").get("status").asText()).isEqualTo("budget");
        assertThat(j.get("sample_complexity").get("i").asInt()).isEqualTo(2);
    }

    @Test
    void predictAlternatingWithAGivenRateInText() {
        CliTest.Result r = run("predict", "--algorithm", "alternating", "--target", "He3", "--activation", "He3",
                "--d", "400", "--eta", "0.0001", "--gamma", "1e-8", "--m0", "0.05", "--max-steps", "0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("eta ~ d^(-1/2)").contains("eta_c ~ d^(-1/2)").contains("hitting time = ")
                .contains("steps (estimate");
    }

    @Test
    void helpExitsWithZero() {
        assertThat(run("coefficients", "--help").code()).isZero();
        assertThat(run("predict", "--help").out()).contains("--m-target");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "coefficients --algorithm reuse --target He3 --activation relu              | breakpoint",
        "coefficients --algorithm sgd --target He3 --activation He3                 | --algorithm",
        "coefficients --algorithm online --target He3 --activation He3 --loss hinge | --loss",
        "coefficients --algorithm online --target tahn --activation He3             | known functions",
        "coefficients --algorithm online --target He3 --activation He3 --a abc      | --a",
        "coefficients --algorithm online --target He3 --activation He3 --inner-step projected | --inner-step",
        "coefficients --algorithm reuse --target He3 --activation He3 --second-layer persistent | --second-layer",
        "coefficients --algorithm online --target He3 --activation He3 --max-index -1 | --max-index",
        "coefficients --algorithm online --target He3 --activation He3 --noise -1   | --noise",
        "coefficients --algorithm online --target He3                               | --activation",
        "predict --algorithm online --target He3 --activation He3                   | --d",
        "predict --algorithm online --target He3 --activation He3 --d 2             | --d",
        "predict --algorithm reuse --target He3 --activation He3 --d 100 --eta -1   | --eta",
        "predict --algorithm reuse --target He3 --activation He3 --d 100 --eta NaN  | --eta",
        "predict --algorithm reuse --target He3 --activation He3 --d 100 --eta Infinity | --eta",
        "predict --algorithm online --target He3 --activation He3 --d 100 --gamma 0 | --gamma",
        "predict --algorithm online --target He3 --activation He3 --d 100 --gamma -1e-3 | --gamma",
        "predict --algorithm online --target He3 --activation He3 --d 100 --m0 0    | --m0",
        "predict --algorithm online --target He3 --activation He3 --d 100 --m0 1.5  | --m0",
        "predict --algorithm online --target He3 --activation He3 --d 100 --m0 0.3 --m-target 0.2 | --m-target",
    })
    void badInputEndsWithAClearMessageAndExitCode2(String line, String fragment) {
        CliTest.Result r = run(line.trim().split("\\s+"));
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
