package org.sgdx.reference.link;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.exact.Rationals;
import org.sgdx.reference.poly.Hermite;

/**
 * Recursive-descent parser of link specifications.
 *
 * <pre>
 *   expr    = term { ("+" | "-") term }
 *   term    = unary { ("*" | "/") unary }           division by constants only
 *   unary   = ("-" | "+") unary | power
 *   power   = primary [ "^" integer ]               integer ≥ 0
 *   primary = number | "z" | "(" expr ")"
 *           | ("He" | "h") digits [ "(" expr ")" ]   He_k, h_k = He_k/√(k!)
 *           | function [ "(" expr ")" ]              a bare name means f(z)
 * </pre>
 *
 * Numbers are exact decimals with an optional exponent ({@code 0.5}, {@code 1e-3}); {@code 1/3} is the exact
 * rational. Examples: {@code He3}, {@code z^3 - 3*z}, {@code 0.5*He2 + He4}, {@code relu(z)^2},
 * {@code sign(z)*z^2}, {@code tanh(2*z)}, {@code exp(z/2)}.
 *
 * <p>Limits: at most {@link #MAX_LENGTH} characters and {@link #MAX_NESTING} levels of nesting, so that every
 * algorithm that walks the expression recursively stays within the stack; degrees and powers at most
 * {@link #MAX_DEGREE}.
 */
public final class LinkParser {

    /** Largest Hermite degree and power accepted, to keep exact expansions of sane size. */
    public static final int MAX_DEGREE = 1000;

    /** Longest specification accepted, in characters. */
    public static final int MAX_LENGTH = 4000;

    /**
     * Deepest nesting accepted: each pair of parentheses, each function or Hermite argument and each prefix sign adds
     * a level ({@code tanh(2*(z+1))} has 2).
     */
    public static final int MAX_NESTING = 50;

    private final String text;
    private int pos;
    private int nesting;

    private LinkParser(String text) {
        this.text = text;
    }

    /**
     * Parses a specification.
     *
     * @throws LinkSyntaxException on malformed input, with the position and what was expected
     */
    public static Expr parse(String specification) {
        if (specification == null || specification.isBlank()) {
            throw new LinkSyntaxException(specification == null ? "" : specification, 0,
                    "empty specification; expected an expression in z such as He3, relu or tanh(2*z)");
        }
        if (specification.length() > MAX_LENGTH) {
            throw new LinkSyntaxException(specification, MAX_LENGTH, "the specification has "
                    + specification.length() + " characters; at most " + MAX_LENGTH + " are accepted");
        }
        LinkParser p = new LinkParser(specification);
        Expr e = p.expression();
        p.skipSpace();
        if (p.pos < p.text.length()) {
            throw p.error("expected an operator (+ - * / ^) or the end, found '" + p.text.charAt(p.pos) + "'");
        }
        return e;
    }

    private Expr expression() {
        Expr e = term();
        while (true) {
            skipSpace();
            if (accept('+')) {
                e = Expr.sum(e, term());
            } else if (accept('-')) {
                e = Expr.sum(e, Expr.negate(term()));
            } else {
                return e;
            }
        }
    }

    private Expr term() {
        Expr e = unary();
        while (true) {
            skipSpace();
            if (accept('*')) {
                e = Expr.product(e, unary());
            } else if (peek() == '/') {
                int at = pos;
                pos++;
                Expr d = unary();
                BigFraction c = constantValue(d).orElseThrow(() -> new LinkSyntaxException(text, at + 1,
                        "division is only by constants; '" + d + "' depends on z"));
                if (c.signum() == 0) {
                    throw new LinkSyntaxException(text, at + 1, "division by zero");
                }
                e = Expr.product(e, Expr.constant(c.reciprocal()));
            } else {
                return e;
            }
        }
    }

    private static Optional<BigFraction> constantValue(Expr e) {
        return e instanceof Expr.Constant c ? Optional.of(c.value()) : Optional.empty();
    }

    private Expr unary() {
        skipSpace();
        if (accept('-')) {
            enter();
            Expr e = Expr.negate(unary());
            nesting--;
            return e;
        }
        if (accept('+')) {
            enter();
            Expr e = unary();
            nesting--;
            return e;
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        skipSpace();
        if (peek() != '^') {
            return base;
        }
        pos++;
        skipSpace();
        boolean paren = accept('(');
        skipSpace();
        int at = pos;
        if (peek() == '-') {
            throw error("exponents must be non-negative integers");
        }
        String digits = readDigits();
        if (digits.isEmpty()) {
            throw error("expected a non-negative integer exponent after '^'");
        }
        if (peek() == '.') {
            throw error("exponents must be non-negative integers");
        }
        int n = boundedInt(digits, at, "exponent");
        if (paren) {
            skipSpace();
            expect(')');
        }
        if (base instanceof Expr.Constant c) {
            return Expr.constant(c.value().pow(n));
        }
        return n == 1 ? base : new Expr.Power(base, n);
    }

    private Expr primary() {
        skipSpace();
        char c = peek();
        if (c == '(') {
            pos++;
            return parenthesised();
        }
        if (Character.isDigit(c) || c == '.') {
            return Expr.constant(number());
        }
        if (Character.isLetter(c)) {
            int at = pos;
            String name = identifier();
            return named(name, at);
        }
        if (c == 0) {
            throw error("unexpected end; expected a number, z, a Hermite polynomial (He3, h4), a function or '('");
        }
        throw error("expected a number, z, a Hermite polynomial (He3, h4), a function or '(', found '" + c + "'");
    }

    private Expr named(String name, int at) {
        if (name.equals("z")) {
            return new Expr.Variable();
        }
        Optional<Fn> fn = Fn.bySymbol(name);
        if (fn.isPresent()) {
            return new Expr.Call(fn.get(), optionalArgument());
        }
        if (name.matches("(He|h)[0-9]+")) {
            boolean normalised = name.startsWith("h");
            String digits = name.substring(normalised ? 1 : 2);
            int k = boundedInt(digits, at, "Hermite degree");
            return new Expr.Hermite(k, normalised, optionalArgument());
        }
        if (name.equals("He") || name.equals("h")) {
            throw new LinkSyntaxException(text, at + name.length(),
                    "expected the degree after '" + name + "', as in " + name + "3");
        }
        throw new LinkSyntaxException(text, at, "unknown name '" + name + "'; the variable is z, Hermite polynomials"
                + " are HeK and hK (e.g. He3, h4), and the known functions are: " + Fn.knownNames());
    }

    private Expr optionalArgument() {
        skipSpace();
        if (!accept('(')) {
            return new Expr.Variable();
        }
        return parenthesised();
    }

    /** The expression after an opening parenthesis, through the closing one: one level deeper. */
    private Expr parenthesised() {
        enter();
        Expr e = expression();
        skipSpace();
        expect(')');
        nesting--;
        return e;
    }

    /** One level deeper, just after the character that opened it. */
    private void enter() {
        if (++nesting > MAX_NESTING) {
            throw new LinkSyntaxException(text, pos - 1, "nested more than " + MAX_NESTING + " levels deep"
                    + " (parentheses, function arguments and prefix signs); at most " + MAX_NESTING + " are accepted");
        }
    }

    private BigFraction number() {
        int start = pos;
        String intPart = readDigits();
        String frac = "";
        if (accept('.')) {
            frac = readDigits();
        }
        if (intPart.isEmpty() && frac.isEmpty()) {
            throw new LinkSyntaxException(text, start, "expected digits in a number");
        }
        int exponent = 0;
        if (peek() == 'e' || peek() == 'E') {
            int save = pos;
            pos++;
            int sign = 1;
            if (accept('-')) {
                sign = -1;
            } else {
                accept('+');
            }
            String e = readDigits();
            if (e.isEmpty()) {
                pos = save;
                throw error("expected the exponent digits of a number such as 1e-3");
            }
            exponent = sign * boundedInt(e, save + 1, "decimal exponent");
        }
        return Rationals.of(new BigDecimal((intPart.isEmpty() ? "0" : intPart) + (frac.isEmpty() ? "" : "." + frac))
                .scaleByPowerOfTen(exponent));
    }

    private int boundedInt(String digits, int at, String what) {
        BigInteger v = new BigInteger(digits);
        if (v.compareTo(BigInteger.valueOf(MAX_DEGREE)) > 0) {
            throw new LinkSyntaxException(text, at, what + " " + digits + " is too large (at most " + MAX_DEGREE + ")");
        }
        return v.intValue();
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String readDigits() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error(pos < text.length()
                    ? "expected '" + c + "', found '" + text.charAt(pos) + "'"
                    : "unexpected end; expected '" + c + "'");
        }
    }

    private LinkSyntaxException error(String problem) {
        return new LinkSyntaxException(text, pos, problem);
    }
}
