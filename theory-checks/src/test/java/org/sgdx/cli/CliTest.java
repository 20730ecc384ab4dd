package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {

    /** The exit code and the two output streams of one invocation. */
    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    /**
     * {@code base} with the options of {@code extra} ({@code "--name value ..."}, split on blanks): an option already in
     * {@code base} gets the new value (picocli does not let a repeated single-value option override), others are
     * appended.
     */
    static List<String> withOptions(List<String> base, String extra) {
        List<String> list = new ArrayList<>(base);
        String[] e = extra.trim().split("\\s+");
        for (int i = 0; i + 1 < e.length; i += 2) {
            int at = list.indexOf(e[i]);
            if (at >= 0) {
                list.set(at + 1, e[i + 1]);
            } else {
                list.add(e[i]);
                list.add(e[i + 1]);
            }
        }
        return list;
    }

    /** A refusal: exit code 2, a message containing {@code fragment} and no stack trace, and no file written. */
    static void assertRefused(Result r, String fragment, java.nio.file.Path out) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(fragment).doesNotContain("\tat ");
        assertThat(java.nio.file.Files.exists(out)).isFalse();
        assertThat(java.nio.file.Files.exists(out.resolveSibling(out.getFileName() + ".partial"))).isFalse();
    }

    /** Writes a sweep file {@code sweep.json} into {@code dir}. */
    static java.nio.file.Path sweepSpec(java.nio.file.Path dir, String json) throws java.io.IOException {
        java.nio.file.Path p = dir.resolve("sweep.json");
        java.nio.file.Files.writeString(p, json, java.nio.charset.StandardCharsets.UTF_8);
        return p;
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void hermiteJsonHasTheContractKeys() {
        Result r = run("hermite", "--link", "He3", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("basis").asText()).isEqualTo("h");
        assertThat(j.get("digits").asInt()).isEqualTo(30);
        assertThat(j.get("software").get("version").asText()).isNotBlank();
        JsonNode c3 = j.get("coefficients").get(3);
        assertThat(c3.get("k").asInt()).isEqualTo(3);
        // He3 = √6 h3
        assertThat(c3.get("value").asText()).isEqualTo("2.44948974278317809819728407471");
        assertThat(c3.get("certainty").asText()).isEqualTo("exact");
        assertThat(c3.get("exact").asText()).isEqualTo("sqrt(6)");
        assertThat(j.get("coefficients").get(1).get("value").asText()).isEqualTo("0");
    }

    @Test
    void hermiteOfReluInThePapersConvention() {
        Result r = run("hermite", "--link", "relu", "--basis", "He", "--max-degree", "4", "--digits", "20",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode c = r.json().get("coefficients");
        assertThat(c.get(0).get("value").asText()).isEqualTo("0.39894228040143267794");
        assertThat(c.get(1).get("exact").asText()).isEqualTo("1/2");
        assertThat(c.get(3).get("value").asText()).isEqualTo("0");
        assertThat(r.json().get("coefficient").asText()).isEqualTo("u_k");
    }

    @Test
    void numericalCoefficientsCarryAnErrorEstimate() {
        Result r = run("hermite", "--link", "tanh", "--max-degree", "3", "--digits", "20", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode c1 = r.json().get("coefficients").get(1);
        assertThat(c1.get("certainty").asText()).isEqualTo("estimate");
        assertThat(Double.parseDouble(c1.get("error").asText())).isLessThan(1e-20);
        // tanh is odd: even coefficients are exact zeros
        assertThat(r.json().get("coefficients").get(2).get("certainty").asText()).isEqualTo("exact");
    }

    @Test
    void textOutputNamesTheConventionAndCertainty() {
        Result r = run("hermite", "--link", "sign", "--max-degree", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("c_k = E[f(Z) h_k(Z)]").contains("exact").contains("sqrt(2*pi)");
    }

    @Test
    void exponentsJsonHasTheContractKeys() {
        Result r = run("exponents", "--link", "He3", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("information_exponent").get("value").asInt()).isEqualTo(3);
        assertThat(j.get("information_exponent").get("certainty").asText()).isEqualTo("exact");
        assertThat(j.get("generative_exponent").get("value").asInt()).isEqualTo(1);
        assertThat(j.get("power_exponents").get(1).get("k").asInt()).isEqualTo(2);
        assertThat(j.get("power_exponents").get(1).get("value").asInt()).isEqualTo(2);
        assertThat(j.get("zeta_squared").size()).isEqualTo(6);
    }

    @Test
    void constantLinkHasNullExponents() {
        Result r = run("exponents", "--link", "sign(z)^2", "--zeta", "0", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("generative_exponent").get("value").isNull()).isTrue();
    }

    @Test
    void tableListsTheBuiltInLinks() {
        Result r = run("exponents", "--table", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode table = r.json().get("table");
        assertThat(table.size()).isEqualTo(org.sgdx.reference.exponent.ExponentTable.ROWS.size());
        for (JsonNode row : table) {
            assertThat(row.get("information_exponent").get("certainty").asText()).isIn("exact", "estimate");
            assertThat(row.get("generative_exponent").has("value")).isTrue();
        }
        assertThat(run("exponents", "--table").out()).contains("He3 + He2").contains("(e)");
    }

    @Test
    void transformOnAGrid() {
        Result r = run("exponents", "--link", "He2", "--zeta", "2", "--transform-grid", "5", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("transform").get("k").asInt()).isEqualTo(2);
        assertThat(r.json().get("transform").get("points").size()).isEqualTo(5);
    }

    /** One rule for binary labels in every command: a probability q in [0, 1] is accepted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "exponents --link 0.25+0.5*step(z) --labels binary --max-power 1 --zeta 1",
        "coefficients --algorithm online --target 0.25+0.5*step(z) --activation z --labels binary --loss correlation",
        "simulate --target sigmoid(2*z) --activation z --labels binary --loss correlation --d 10 --gamma 0.05 --max-steps 100 --seeds 2",
    })
    void binaryLabelsWithAProbabilityAreAccepted(String line) {
        Result r = run(line.trim().split("\\s+"));
        assertThat(r.code()).as(r.out() + r.err()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hermite --link tanh(2*z                          | position 9",
        "hermite --link tahn                              | known functions",
        "hermite --link He3 --max-degree -1               | max-degree",
        "hermite --link He3 --max-degree x                | --max-degree",
        "hermite --link He3 --digits 0                    | digits",
        "hermite --link He3 --basis X                     | basis",
        "hermite --link He3 --format xml                  | --format",
        "hermite --link He3 --bogus                       | --bogus",
        "hermite                                          | --link",
        "exponents                                        | --link",
        "exponents --link He3 --labels noisy              | --noise",
        "exponents --link He3 --labels noisy --noise -1   | positive",
        "exponents --link He3 --labels noisy --noise abc  | --noise",
        "exponents --link He3 --noise 0.5                 | --labels noisy",
        "exponents --link He3 --labels foo                | --labels",
        "exponents --link z --labels binary               | q(z)",
        "exponents --link tanh --labels binary            | --labels binary needs a probability",
        "coefficients --algorithm online --target z --activation z --labels binary | --labels binary needs a probability",
        "coefficients --algorithm online --target tanh --activation z --labels binary | q(-0.001)",
        "coefficients --algorithm online --target relu(z)/100 --activation z --labels binary | q(1000.0)",
        "simulate --target z --labels binary --d 10 --gamma 0.1 --max-steps 10 --seeds 2 | --labels binary needs a probability",
        "simulate --target tanh --labels binary --activation z --d 10 --gamma 0.1 --max-steps 10 --seeds 2 | q(",
        "simulate --target 1.5*step(z) --labels binary --activation z --d 10 --gamma 0.1 --max-steps 10 --seeds 2 | = 1.5",
        "exponents --link He3 --max-degree 0              | max-degree",
        "exponents --table --link He3                     | --table",
        "frobnicate                                       | frobnicate",
    })
    void badInputEndsWithAClearMessageAndExitCode2(String line, String fragment) {
        Result r = run(line.trim().split("\\s+"));
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
