package org.sgdx.reference.dynamics;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The factor {@code ψ} of an update {@code w' = w + γ ψ P⊥x} (MATH.md §4) as a polynomial in the label {@code y},
 * the inner learning rate η and the dimension {@code d}, with coefficients that are {@linkplain ZFunction functions}
 * of {@code z = ⟨w, x⟩}: {@code ψ = Σ y^j η^n d^k g_{j,n,k}(z)}.
 *
 * <p>When ψ is a formal power series in η (the projected inner step, a non-polynomial activation under batch
 * reuse) it is kept through the power {@link #order()} of η: every term with a higher power is dropped, products
 * included, so that what is kept is exact through that order. Instances are immutable.
 */
public final class Psi {

    /** The order of a polynomial that needs no truncation. */
    private static final int UNTRUNCATED = Integer.MAX_VALUE;

    private final TreeMap<Monomial, ZFunction> terms;
    private final int order;

    private Psi(TreeMap<Monomial, ZFunction> terms, int order) {
        this.terms = terms;
        this.order = order;
    }

    /** {@code g(z)} times the monomial. */
    public static Psi of(Monomial monomial, ZFunction g) {
        TreeMap<Monomial, ZFunction> t = new TreeMap<>();
        if (!g.isZero()) {
            t.put(monomial, g);
        }
        return new Psi(t, UNTRUNCATED);
    }

    /** The function {@code g(z)}. */
    public static Psi of(ZFunction g) {
        return of(Monomial.ONE, g);
    }

    /** The rational constant {@code c}. */
    public static Psi constant(BigFraction c) {
        return of(ZFunction.constant(c));
    }

    /** The label {@code y}. */
    public static Psi y() {
        return of(new Monomial(1, 0, 0), ZFunction.ONE);
    }

    /** The inner learning rate η. */
    public static Psi eta() {
        return of(new Monomial(0, 1, 0), ZFunction.ONE);
    }

    /** The dimension {@code d}. */
    public static Psi d() {
        return of(new Monomial(0, 0, 1), ZFunction.ONE);
    }

    /** The terms {@code monomial ↦ g(z)}, none of them zero. */
    public NavigableMap<Monomial, ZFunction> terms() {
        return Collections.unmodifiableNavigableMap(terms);
    }

    /** The coefficient of {@code y^j η^n d^k} (zero when absent). */
    public ZFunction coefficient(int j, int n, int k) {
        return terms.getOrDefault(new Monomial(j, n, k), ZFunction.ZERO);
    }

    /** The highest power of η that is exact, when ψ is a truncated series; empty for a polynomial. */
    public OptionalInt order() {
        return order == UNTRUNCATED ? OptionalInt.empty() : OptionalInt.of(order);
    }

    /** This polynomial kept through {@code η^order}: higher powers are dropped, and so in every later product. */
    public Psi truncate(int order) {
        if (order < 0) {
            throw new IllegalArgumentException("order must be >= 0: " + order);
        }
        int o = Math.min(order, this.order);
        TreeMap<Monomial, ZFunction> t = new TreeMap<>();
        terms.forEach((m, g) -> {
            if (m.eta() <= o) {
                t.put(m, g);
            }
        });
        return new Psi(t, o);
    }

    /** The largest power of {@code y}; {@code −1} for zero. */
    public int maxYPower() {
        return terms.keySet().stream().mapToInt(Monomial::y).max().orElse(-1);
    }

    /** The largest power of η; {@code −1} for zero. */
    public int maxEtaPower() {
        return terms.keySet().stream().mapToInt(Monomial::eta).max().orElse(-1);
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    /** Whether every coefficient has an exact form. */
    public boolean isExact() {
        return terms.values().stream().allMatch(ZFunction::isExact);
    }

    public Psi add(Psi o) {
        int n = Math.min(order, o.order);
        TreeMap<Monomial, ZFunction> t = new TreeMap<>();
        terms.forEach((m, g) -> accumulate(t, m, g, n));
        o.terms.forEach((m, g) -> accumulate(t, m, g, n));
        return new Psi(t, n);
    }

    public Psi negate() {
        return multiply(BigFraction.of(-1));
    }

    public Psi subtract(Psi o) {
        return add(o.negate());
    }

    public Psi multiply(BigFraction c) {
        TreeMap<Monomial, ZFunction> t = new TreeMap<>();
        if (c.signum() != 0) {
            terms.forEach((m, g) -> t.put(m, g.multiply(c)));
        }
        return new Psi(t, order);
    }

    public Psi multiply(ZFunction f) {
        TreeMap<Monomial, ZFunction> t = new TreeMap<>();
        terms.forEach((m, g) -> accumulate(t, m, g.multiply(f), order));
        return new Psi(t, order);
    }

    public Psi multiply(Psi o) {
        int n = Math.min(order, o.order);
        TreeMap<Monomial, ZFunction> t = new TreeMap<>();
        for (Map.Entry<Monomial, ZFunction> a : terms.entrySet()) {
            for (Map.Entry<Monomial, ZFunction> b : o.terms.entrySet()) {
                Monomial m = a.getKey().times(b.getKey());
                if (m.eta() <= n) {
                    accumulate(t, m, a.getValue().multiply(b.getValue()), n);
                }
            }
        }
        return new Psi(t, n);
    }

    /** {@code ψ^k}, {@code k ≥ 0}. */
    public Psi pow(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative exponent " + k);
        }
        Psi r = constant(BigFraction.ONE).withOrder(order);
        for (int i = 0; i < k; i++) {
            r = r.multiply(this);
        }
        return r;
    }

    private Psi withOrder(int o) {
        return new Psi(terms, o);
    }

    private static void accumulate(TreeMap<Monomial, ZFunction> t, Monomial m, ZFunction g, int order) {
        if (m.eta() > order || g.isZero()) {
            return;
        }
        ZFunction sum = t.containsKey(m) ? t.get(m).add(g) : g;
        if (sum.isZero()) {
            t.remove(m);
        } else {
            t.put(m, sum);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Psi p && order == p.order && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terms, order);
    }

    /** A readable form {@code Σ monomial*(g)}, with the truncation when there is one. */
    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        terms.forEach((m, g) -> {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            sb.append(m.equals(Monomial.ONE) ? "" : m + "*").append('(').append(g).append(')');
        });
        if (order != UNTRUNCATED) {
            sb.append(" + O(eta^").append(order + 1).append(')');
        }
        return sb.toString();
    }
}
