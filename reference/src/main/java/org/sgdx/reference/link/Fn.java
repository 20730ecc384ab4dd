package org.sgdx.reference.link;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.gamma.Erf;
import org.sgdx.reference.numeric.BigFunctions;

/**
 * The named functions of the link language. Each knows its value in double and arbitrary precision, its
 * derivative as an expression of its argument, its parity and monotonicity, and (for the four functions with
 * a breakpoint at 0) its value on each half-line as a polynomial of its argument.
 *
 * <p>Conventions: {@code sign(0) = 0}, {@code step(z) = 1{z > 0}}, {@code relu(z) = max(z, 0)},
 * {@code sigmoid(z) = 1/(1 + e^{−z})}.
 */
public enum Fn {
    RELU("relu", "max(z, 0)", Parity.NONE, false),
    ABS("abs", "|z|", Parity.EVEN, false),
    SIGN("sign", "sign(z), with sign(0) = 0", Parity.ODD, false),
    STEP("step", "1{z > 0}", Parity.NONE, false),
    TANH("tanh", "hyperbolic tangent", Parity.ODD, true),
    ERF("erf", "error function", Parity.ODD, true),
    SIGMOID("sigmoid", "1/(1 + exp(-z))", Parity.NONE, true),
    SIN("sin", "sine", Parity.ODD, false),
    COS("cos", "cosine", Parity.EVEN, false),
    EXP("exp", "exponential", Parity.NONE, true),
    /** {@code (2/√π) e^{−z²}}, the derivative of erf; not part of the user-facing language. */
    ERF_DERIVATIVE("erf'", "(2/sqrt(pi)) exp(-z^2)", Parity.EVEN, false);

    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    private final String symbol;
    private final String description;
    private final Parity parity;
    private final boolean strictlyIncreasing;

    Fn(String symbol, String description, Parity parity, boolean strictlyIncreasing) {
        this.symbol = symbol;
        this.description = description;
        this.parity = parity;
        this.strictlyIncreasing = strictlyIncreasing;
    }

    /** The name used in specifications. */
    public String symbol() {
        return symbol;
    }

    public String description() {
        return description;
    }

    public Parity parity() {
        return parity;
    }

    /** Whether the function is strictly increasing on the whole line. */
    public boolean isStrictlyIncreasing() {
        return strictlyIncreasing;
    }

    /** Whether the function is piecewise constant or linear with its only breakpoint at 0. */
    public boolean hasBreakpointAtZero() {
        return this == RELU || this == ABS || this == SIGN || this == STEP;
    }

    /** The functions a user may name in a specification. */
    public static List<Fn> userFunctions() {
        return Arrays.stream(values()).filter(f -> f != ERF_DERIVATIVE).collect(Collectors.toList());
    }

    /** The user-facing function with this name, ignoring case. */
    public static Optional<Fn> bySymbol(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return userFunctions().stream().filter(f -> f.symbol.equals(n)).findFirst();
    }

    /** The comma-separated list of known function names, for error messages. */
    public static String knownNames() {
        return userFunctions().stream().map(Fn::symbol).sorted().collect(Collectors.joining(", "));
    }

    /** Double-precision value. */
    public double apply(double u) {
        return switch (this) {
            case RELU -> u > 0 ? u : 0.0;
            case ABS -> Math.abs(u);
            case SIGN -> Math.signum(u);
            case STEP -> u > 0 ? 1.0 : 0.0;
            case TANH -> Math.tanh(u);
            case ERF -> Erf.value(u);
            case SIGMOID -> u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
            case SIN -> Math.sin(u);
            case COS -> Math.cos(u);
            case EXP -> Math.exp(u);
            case ERF_DERIVATIVE -> TWO_OVER_SQRT_PI * Math.exp(-u * u);
        };
    }

    /** Value at {@code u}, with relative error a few units in the last place of {@code mc}. */
    public BigDecimal apply(BigDecimal u, MathContext mc) {
        return switch (this) {
            case RELU -> u.signum() > 0 ? u : BigDecimal.ZERO;
            case ABS -> u.abs();
            case SIGN -> BigDecimal.valueOf(u.signum());
            case STEP -> u.signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            case TANH -> BigFunctions.tanh(u, mc);
            case ERF -> BigFunctions.erf(u, mc);
            case SIGMOID -> BigFunctions.sigmoid(u, mc);
            case SIN -> BigDecimalMath.sin(u, mc);
            case COS -> BigDecimalMath.cos(u, mc);
            case EXP -> BigDecimalMath.exp(u, mc);
            case ERF_DERIVATIVE -> BigFunctions.erfDerivative(u, mc);
        };
    }

    /** The exact value at a rational point when it is rational ({@code tanh(0) = 0}, {@code cos(0) = 1}, ...). */
    public Optional<BigFraction> exactValue(BigFraction u) {
        int s = u.signum();
        return switch (this) {
            case RELU -> Optional.of(s > 0 ? u : BigFraction.ZERO);
            case ABS -> Optional.of(u.abs());
            case SIGN -> Optional.of(BigFraction.of(s));
            case STEP -> Optional.of(s > 0 ? BigFraction.ONE : BigFraction.ZERO);
            case TANH, ERF, SIN -> s == 0 ? Optional.of(BigFraction.ZERO) : Optional.empty();
            case SIGMOID -> s == 0 ? Optional.of(BigFraction.of(1, 2)) : Optional.empty();
            case COS, EXP -> s == 0 ? Optional.of(BigFraction.ONE) : Optional.empty();
            case ERF_DERIVATIVE -> Optional.empty();
        };
    }

    /** {@code f'(u)} as an expression in {@code u} (almost everywhere for the functions with a breakpoint). */
    public Expr derivativeAt(Expr u) {
        return switch (this) {
            case RELU -> new Expr.Call(STEP, u);
            case ABS -> new Expr.Call(SIGN, u);
            case SIGN, STEP -> Expr.Constant.ZERO;
            case TANH -> Expr.sum(Expr.Constant.ONE, Expr.negate(new Expr.Power(new Expr.Call(TANH, u), 2)));
            case ERF -> new Expr.Call(ERF_DERIVATIVE, u);
            case SIGMOID -> Expr.product(new Expr.Call(SIGMOID, u),
                    Expr.sum(Expr.Constant.ONE, Expr.negate(new Expr.Call(SIGMOID, u))));
            case SIN -> new Expr.Call(COS, u);
            case COS -> Expr.negate(new Expr.Call(SIN, u));
            case EXP -> new Expr.Call(EXP, u);
            case ERF_DERIVATIVE -> Expr.product(Expr.product(Expr.constant(BigFraction.of(-2)), u),
                    new Expr.Call(ERF_DERIVATIVE, u));
        };
    }

    /**
     * For the functions with a breakpoint at 0, the value {@code f(u)} as a polynomial of {@code u} on the set
     * where {@code u} has the given sign ({@code +1}, {@code −1} or {@code 0}); empty for the others.
     */
    public Optional<int[]> linearPieceForSign(int sign) {
        // returns {a, b} meaning f(u) = a + b*u on that set
        return switch (this) {
            case RELU -> Optional.of(sign > 0 ? new int[] {0, 1} : new int[] {0, 0});
            case ABS -> Optional.of(sign > 0 ? new int[] {0, 1} : (sign < 0 ? new int[] {0, -1} : new int[] {0, 0}));
            case SIGN -> Optional.of(new int[] {sign, 0});
            case STEP -> Optional.of(new int[] {sign > 0 ? 1 : 0, 0});
            default -> Optional.empty();
        };
    }
}
