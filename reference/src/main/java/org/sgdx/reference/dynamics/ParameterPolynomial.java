package org.sgdx.reference.dynamics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.Certainty;

/**
 * A polynomial {@code Σ c_{a,n,k} m^a η^n d^k} in the overlap {@code m}, the inner learning rate η and the dimension
 * {@code d}, with {@linkplain RealValue exact or approximate} coefficients: the form of the coefficients
 * {@code μ_i(η)} (no {@code m}), of the drift {@code D(m)}, of {@code E[ψ²](m)} and of {@code N(m)} (MATH.md §4).
 * Instances are immutable; exact zero coefficients are never stored (an estimate that is zero within its error
 * is kept).
 */
public final class ParameterPolynomial {

    /** The zero polynomial. */
    public static final ParameterPolynomial ZERO = new ParameterPolynomial(new TreeMap<>());

    /**
     * The powers of one monomial {@code m^m η^eta d^d}.
     *
     * @param m the power of the overlap
     * @param eta the power of η
     * @param d the power of the dimension
     */
    public record Powers(int m, int eta, int d) implements Comparable<Powers> {

        private static final Comparator<Powers> ORDER = Comparator.comparingInt(Powers::m)
                .thenComparingInt(Powers::eta).thenComparingInt(Powers::d);

        public Powers {
            if (m < 0 || eta < 0 || d < 0) {
                throw new IllegalArgumentException("negative power in m^" + m + " eta^" + eta + " d^" + d);
            }
        }

        public Powers times(Powers o) {
            return new Powers(m + o.m, eta + o.eta, d + o.d);
        }

        @Override
        public int compareTo(Powers o) {
            return ORDER.compare(this, o);
        }
    }

    private final TreeMap<Powers, RealValue> terms;

    private ParameterPolynomial(TreeMap<Powers, RealValue> terms) {
        this.terms = terms;
    }

    /** The monomial {@code c m^m η^eta d^d}. */
    public static ParameterPolynomial monomial(RealValue c, Powers powers) {
        TreeMap<Powers, RealValue> t = new TreeMap<>();
        if (!(c instanceof RealValue.Exact && c.isZero())) {
            t.put(powers, c);
        }
        return new ParameterPolynomial(t);
    }

    /** The rational constant {@code c}. */
    public static ParameterPolynomial constant(BigFraction c) {
        return monomial(RealValue.of(c), new Powers(0, 0, 0));
    }

    /** The polynomial from its terms (exact zeros are dropped). */
    public static ParameterPolynomial of(Map<Powers, RealValue> terms) {
        TreeMap<Powers, RealValue> t = new TreeMap<>();
        terms.forEach((p, c) -> accumulate(t, p, c));
        return new ParameterPolynomial(t);
    }

    /** The terms, in increasing order of the powers of {@code m}, then η, then {@code d}. */
    public NavigableMap<Powers, RealValue> terms() {
        return Collections.unmodifiableNavigableMap(terms);
    }

    /** The coefficient of {@code m^a η^n d^k} (exact zero when absent). */
    public RealValue coefficient(int a, int n, int k) {
        return terms.getOrDefault(new Powers(a, n, k), RealValue.ZERO);
    }

    /** Whether there is no term, i.e. the polynomial is exactly zero. */
    public boolean isZero() {
        return terms.isEmpty();
    }

    /** Whether every coefficient is {@linkplain RealValue#isZero() zero} (within its error for estimates). */
    public boolean vanishes() {
        return terms.values().stream().allMatch(RealValue::isZero);
    }

    /** {@code exact} when every coefficient is exact, {@code estimate} otherwise. */
    public Certainty certainty() {
        Certainty c = Certainty.EXACT;
        for (RealValue v : terms.values()) {
            c = c.and(v.certainty());
        }
        return c;
    }

    /**
     * The leading term for small η: among the {@linkplain RealValue#isZero() non-zero} terms, the lowest power of η
     * and, among those, the highest power of {@code d} (then the lowest power of {@code m}); empty when every
     * coefficient is zero.
     */
    public java.util.Optional<Map.Entry<Powers, RealValue>> leadingInEta() {
        Map.Entry<Powers, RealValue> best = null;
        for (Map.Entry<Powers, RealValue> e : terms.entrySet()) {
            Powers p = e.getKey();
            if (e.getValue().isZero()) {
                continue;
            }
            if (best == null || p.eta() < best.getKey().eta()
                    || p.eta() == best.getKey().eta() && p.d() > best.getKey().d()) {
                best = e;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** The largest power of {@code m}; {@code −1} for zero. */
    public int degreeInM() {
        return terms.keySet().stream().mapToInt(Powers::m).max().orElse(-1);
    }

    public ParameterPolynomial add(ParameterPolynomial o) {
        TreeMap<Powers, RealValue> t = new TreeMap<>(terms);
        o.terms.forEach((p, c) -> accumulate(t, p, c));
        return new ParameterPolynomial(t);
    }

    public ParameterPolynomial negate() {
        return multiply(RealValue.of(BigFraction.of(-1)));
    }

    public ParameterPolynomial subtract(ParameterPolynomial o) {
        return add(o.negate());
    }

    public ParameterPolynomial multiply(RealValue c) {
        TreeMap<Powers, RealValue> t = new TreeMap<>();
        terms.forEach((p, v) -> accumulate(t, p, v.multiply(c)));
        return new ParameterPolynomial(t);
    }

    public ParameterPolynomial multiply(ParameterPolynomial o) {
        TreeMap<Powers, RealValue> t = new TreeMap<>();
        for (Map.Entry<Powers, RealValue> a : terms.entrySet()) {
            for (Map.Entry<Powers, RealValue> b : o.terms.entrySet()) {
                accumulate(t, a.getKey().times(b.getKey()), a.getValue().multiply(b.getValue()));
            }
        }
        return new ParameterPolynomial(t);
    }

    /**
     * The polynomial in {@code m} at given η and {@code d}: the coefficients of {@code m^0, m^1, ...}, exact when
     * the coefficients are exact (η and {@code d} are rational).
     */
    public List<RealValue> inM(BigFraction eta, BigFraction d) {
        int degree = degreeInM();
        List<RealValue> out = new ArrayList<>();
        for (int a = 0; a <= degree; a++) {
            out.add(RealValue.ZERO);
        }
        terms.forEach((p, c) -> {
            BigFraction factor = eta.pow(p.eta()).multiply(d.pow(p.d()));
            out.set(p.m(), out.get(p.m()).add(c.multiply(factor)));
        });
        return List.copyOf(out);
    }

    /** The value at {@code (m, η, d)}, rounded to {@code mc} (computed with guard digits). */
    public BigDecimal evaluate(BigDecimal m, BigDecimal eta, BigDecimal d, MathContext mc) {
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Powers, RealValue> e : terms.entrySet()) {
            Powers p = e.getKey();
            BigDecimal term = e.getValue().toBigDecimal(work).multiply(m.pow(p.m(), work), work)
                    .multiply(eta.pow(p.eta(), work), work).multiply(d.pow(p.d(), work), work);
            sum = sum.add(term, work);
        }
        return sum.round(mc);
    }

    private static void accumulate(TreeMap<Powers, RealValue> t, Powers p, RealValue c) {
        RealValue sum = t.containsKey(p) ? t.get(p).add(c) : c;
        if (sum instanceof RealValue.Exact && sum.isZero()) {
            t.remove(p);
        } else {
            t.put(p, sum);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterPolynomial p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terms);
    }

    /** The polynomial with η and {@code d} written out, e.g. {@code 18*m^2 - 18*m^4 + 324*m*eta}. */
    @Override
    public String toString() {
        return toString("eta");
    }

    /**
     * A readable form. With {@code variable = "s"} every {@code η^n d^k} is written {@code s^n d^{k−n}}
     * ({@code s = ηd}, the natural variable of the plain batch-reuse step); otherwise {@code eta^n d^k}.
     */
    public String toString(String variable) {
        if (terms.isEmpty()) {
            return "0";
        }
        boolean inS = variable.equals("s");
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Powers, RealValue> e : terms.entrySet()) {
            Powers p = e.getKey();
            List<String> factors = new ArrayList<>();
            factor(factors, "m", p.m());
            if (inS) {
                factor(factors, "s", p.eta());
                factor(factors, "d", p.d() - p.eta());
            } else {
                factor(factors, "eta", p.eta());
                factor(factors, "d", p.d());
            }
            appendTerm(sb, e.getValue(), factors);
        }
        return sb.toString();
    }

    private static void factor(List<String> factors, String name, int power) {
        if (power == 1) {
            factors.add(name);
        } else if (power != 0) {
            factors.add(name + "^" + power);
        }
    }

    /** Appends {@code ± c*f1*f2...} with the sign pulled out of rational and approximate coefficients. */
    static void appendTerm(StringBuilder sb, RealValue c, List<String> factors) {
        boolean negative = false;
        String text;
        if (c instanceof RealValue.Exact e && e.value().isRational()) {
            negative = e.value().signum() < 0;
            text = (negative ? e.value().negate() : e.value()).toString();
        } else if (c instanceof RealValue.Approximate a) {
            negative = a.value().signum() < 0;
            text = (negative ? RealValue.approximate(a.value().negate(), a.error(), a.precision()) : a).toString();
        } else {
            text = "(" + c + ")";
        }
        if (sb.length() > 0) {
            sb.append(negative ? " - " : " + ");
        } else if (negative) {
            sb.append('-');
        }
        boolean one = text.equals("1");
        if (!one || factors.isEmpty()) {
            sb.append(text);
        }
        for (int i = 0; i < factors.size(); i++) {
            if (i > 0 || !one) {
                sb.append('*');
            }
            sb.append(factors.get(i));
        }
    }
}
