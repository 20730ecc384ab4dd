package org.sgdx.reference.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgdx.reference.poly.PiecewisePolynomial;
import org.sgdx.reference.poly.RationalPolynomial;
import org.sgdx.reference.poly.SurdPiecewise;

class LinkParserTest {

    private static SurdPiecewise exact(String spec) {
        return Link.parse(spec).exactForm().orElseThrow(() -> new AssertionError("no exact form: " + spec));
    }

    private static SurdPiecewise poly(long... coefficients) {
        return SurdPiecewise.of(RationalPolynomial.ofIntegers(coefficients));
    }

    private static SurdPiecewise pieces(RationalPolynomial negative, RationalPolynomial positive) {
        return SurdPiecewise.of(new PiecewisePolynomial(negative, positive));
    }

    @ParameterizedTest
    @ValueSource(strings = {"He3", "h4", "z^3 - 3*z", "0.5*He2 + He4", "relu", "relu(z)^2", "abs", "sign", "step",
        "sign(z)*z^2", "tanh", "tanh(2*z)", "erf", "sigmoid", "sin", "cos", "exp(z/2)", " He3 ( z ) ", "1e-3*z",
        "He2(tanh(z))", "-z^2", "(z+1)^(3)", "relu(z-1)", "1/3*z"})
    void parsesTheDocumentedExamples(String spec) {
        Expr e = Link.parse(spec).expression();
        assertThat(Double.isFinite(e.value(0.7))).isTrue();
        // the canonical text form parses to an expression with the same values
        Expr again = LinkParser.parse(e.toString());
        for (double z : new double[] {-2.5, -0.3, 0.4, 1.9}) {
            assertThat(again.value(z)).isCloseTo(e.value(z), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void polynomialsHaveExactRationalForms() {
        assertThat(exact("He3")).isEqualTo(poly(0, -3, 0, 1));
        assertThat(exact("z^3 - 3*z")).isEqualTo(exact("He3"));
        // 0.5 (z² − 1) + z⁴ − 6z² + 3 = z⁴ − (11/2) z² + 5/2
        assertThat(exact("0.5*He2 + He4")).isEqualTo(SurdPiecewise.of(RationalPolynomial.of(BigFraction.of(5, 2),
                BigFraction.ZERO, BigFraction.of(-11, 2), BigFraction.ZERO, BigFraction.ONE)));
        assertThat(exact("1e-3*z")).isEqualTo(SurdPiecewise.of(RationalPolynomial.monomial(BigFraction.of(1, 1000), 1)));
        assertThat(exact("1/3*z + 2/3*z")).isEqualTo(poly(0, 1));
        assertThat(exact("(z+1)^2")).isEqualTo(poly(1, 2, 1));
        assertThat(exact("He2(He2)")).isEqualTo(poly(0, 0, -2, 0, 1));
    }

    @Test
    void normalisedHermiteCarriesTheExactSquareRoot() {
        // h4 = He4 / √24 = √6/12 · He4
        SurdPiecewise h4 = exact("h4");
        assertThat(h4.terms()).containsOnlyKeys(BigInteger.valueOf(6));
        assertThat(h4.terms().get(BigInteger.valueOf(6)).positive())
                .isEqualTo(RationalPolynomial.ofIntegers(3, 0, -6, 0, 1).multiply(BigFraction.of(1, 12)));
        // h2² = He2²/2 is rational again
        assertThat(exact("h2^2")).isEqualTo(poly(1, 0, -2, 0, 1).multiply(SurdPiecewise.constant(BigFraction.of(1, 2))));
        // h1 = He1
        assertThat(exact("h1")).isEqualTo(poly(0, 1));
    }

    @Test
    void breakpointZeroLinksArePiecewisePolynomials() {
        RationalPolynomial zero = RationalPolynomial.ZERO;
        RationalPolynomial z = RationalPolynomial.Z;
        RationalPolynomial one = RationalPolynomial.ONE;
        assertThat(exact("relu")).isEqualTo(pieces(zero, z));
        assertThat(exact("abs")).isEqualTo(pieces(z.negate(), z));
        assertThat(exact("sign")).isEqualTo(pieces(one.negate(), one));
        assertThat(exact("step")).isEqualTo(pieces(zero, one));
        assertThat(exact("relu(z)^2")).isEqualTo(pieces(zero, z.pow(2)));
        assertThat(exact("sign(z)*z^2")).isEqualTo(pieces(z.pow(2).negate(), z.pow(2)));
        assertThat(exact("relu(z) + relu(-z)")).isEqualTo(exact("abs"));
        assertThat(exact("relu(z^3)")).isEqualTo(pieces(zero, z.pow(3)));
        assertThat(exact("relu(-2*z)")).isEqualTo(pieces(z.multiply(BigFraction.of(-2)), zero));
        assertThat(exact("sign(z)^2")).isEqualTo(poly(1));
        assertThat(exact("step(z^2 + 1)")).isEqualTo(poly(1));
        assertThat(exact("tanh(0*z) + cos(0)")).isEqualTo(poly(1));
        assertThat(exact("relu(h2(z) - h2(z))")).isEqualTo(poly(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tanh", "relu(z-1)", "abs(He3)", "relu(z^2 - 1)", "exp(z/2)", "sign(h2 + z)"})
    void otherLinksHaveNoExactForm(String spec) {
        assertThat(Link.parse(spec).exactForm()).isEmpty();
    }

    @Test
    void parityAndMonotonicity() {
        assertThat(Link.parse("cos").parity()).isEqualTo(Parity.EVEN);
        assertThat(Link.parse("abs").parity()).isEqualTo(Parity.EVEN);
        assertThat(Link.parse("relu(z) + relu(-z)").parity()).isEqualTo(Parity.EVEN);
        assertThat(Link.parse("tanh(2*z) + z^3").parity()).isEqualTo(Parity.ODD);
        assertThat(Link.parse("cos(z) + sin(z)").parity()).isEqualTo(Parity.NONE);
        assertThat(Link.parse("He3").parity()).isEqualTo(Parity.ODD);
        assertThat(Link.parse("tanh(z^2)").parity()).isEqualTo(Parity.EVEN);
        assertThat(Link.parse("tanh(2*z)").expression().monotonicity()).isEqualTo(Monotonicity.STRICTLY_INCREASING);
        assertThat(Link.parse("-erf(z) - z^3").expression().monotonicity())
                .isEqualTo(Monotonicity.STRICTLY_DECREASING);
        assertThat(Link.parse("sigmoid(z) + exp(z/2)").expression().monotonicity())
                .isEqualTo(Monotonicity.STRICTLY_INCREASING);
        assertThat(Link.parse("He3").expression().monotonicity()).isEqualTo(Monotonicity.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tanh(2*z     | 8  | expected ')'",
        "tahn         | 0  | unknown name 'tahn'",
        "2z           | 1  | expected an operator",
        "z^-1         | 2  | non-negative integer",
        "z^1.5        | 3  | non-negative integer",
        "z/(z+1)      | 2  | only by constants",
        "1/0 + z      | 2  | division by zero",
        "He           | 2  | expected the degree",
        "z +          | 3  | unexpected end",
        "relu(z))     | 7  | expected an operator",
        "He2000       | 0  | too large",
        "x^2          | 0  | the variable is z",
        "z $ 2        | 2  | expected an operator",
    })
    void malformedSpecificationsNameThePositionAndWhatWasExpected(String spec, int position, String fragment) {
        assertThatThrownBy(() -> Link.parse(spec))
                .isInstanceOfSatisfying(LinkSyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.problem()).contains(fragment);
                    assertThat(e.getMessage()).contains("position " + (position + 1)).contains("^");
                });
    }

    @Test
    void unknownFunctionsListTheKnownOnes() {
        assertThatThrownBy(() -> Link.parse("softplus(z)"))
                .hasMessageContaining("relu").hasMessageContaining("tanh").hasMessageContaining("sigmoid")
                .hasMessageContaining("He3");
    }

    /**
     * The size and nesting limits: a specification at the limit parses and one past it is refused with a message
     * naming the limit, never a {@link StackOverflowError}; the message shows an excerpt, not the whole text.
     */
    @Test
    void lengthAndNestingAreLimited() {
        String atLength = "z" + "+z".repeat((LinkParser.MAX_LENGTH - 1) / 2);
        assertThat(Link.parse(atLength).value(1.0)).isEqualTo((LinkParser.MAX_LENGTH + 1) / 2);
        String long50k = "z" + "+z".repeat(25_000);
        assertThatThrownBy(() -> Link.parse(long50k)).isInstanceOfSatisfying(LinkSyntaxException.class, e -> {
            assertThat(e.problem()).contains("50001 characters").contains("at most " + LinkParser.MAX_LENGTH);
            assertThat(e.getMessage().length()).isLessThan(400);
        });
        int n = LinkParser.MAX_NESTING;
        assertThat(Link.parse("(".repeat(n) + "z" + ")".repeat(n)).value(2.0)).isEqualTo(2.0);
        assertThat(Link.parse("tanh(".repeat(n) + "z" + ")".repeat(n)).value(0.0)).isEqualTo(0.0);
        assertThat(Link.parse("-".repeat(n) + "z").value(1.0)).isEqualTo(1.0);
        for (String deep : new String[] {"(".repeat(n + 1) + "z" + ")".repeat(n + 1),
            "tanh(".repeat(n + 1) + "z" + ")".repeat(n + 1), "-".repeat(n + 1) + "z", "(".repeat(1900) + "z" + ")".repeat(1900)}) {
            assertThatThrownBy(() -> Link.parse(deep)).isInstanceOfSatisfying(LinkSyntaxException.class, e -> {
                assertThat(e.problem()).contains("nested more than " + n + " levels");
                assertThat(deep.charAt(e.position())).isIn('(', '-');
            });
        }
    }

    @Test
    void emptySpecificationIsRejected() {
        assertThatThrownBy(() -> Link.parse("  ")).isInstanceOf(LinkSyntaxException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void highDegreeHermiteIsAccurateInDoubleAndBigDecimal() {
        // He_30(2) by the recurrence agrees with the exact polynomial evaluated in rationals
        Expr he30 = Link.parse("He30").expression();
        BigFraction exactValue = org.sgdx.reference.poly.Hermite.he(30).evaluate(BigFraction.of(2));
        assertThat(he30.value(2.0)).isCloseTo(exactValue.doubleValue(),
                org.assertj.core.data.Percentage.withPercentage(1e-12));
        BigDecimal big = he30.value(BigDecimal.valueOf(2), new MathContext(50));
        assertThat(big.subtract(new BigDecimal(exactValue.getNumerator())).abs())
                .isLessThan(new BigDecimal("1e-30"));
    }

    @Test
    void derivativesFollowTheChainRule() {
        double h = 1e-6;
        for (String spec : new String[] {"tanh(2*z)", "He4(z/2)", "h5", "erf(z^2)", "sigmoid(3*z)", "sin(z)*cos(z)",
            "exp(z/2)^3", "relu(z)^2"}) {
            Expr e = Link.parse(spec).expression();
            Expr d = e.derivative();
            for (double z : new double[] {-1.3, 0.45, 0.9}) {
                double numeric = (e.value(z + h) - e.value(z - h)) / (2 * h);
                assertThat(d.value(z)).as(spec + " at " + z).isCloseTo(numeric,
                        org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(numeric))));
            }
        }
    }
}
