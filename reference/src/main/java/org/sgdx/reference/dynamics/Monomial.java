package org.sgdx.reference.dynamics;

import java.util.Comparator;

/**
 * The monomial {@code y^y η^eta d^d} of an update rule {@link Psi ψ}. With the plain batch-reuse step every
 * monomial has {@code eta = d}, i.e. it is a power of {@code s = ηd}.
 *
 * @param y the power of the label
 * @param eta the power of the inner learning rate η
 * @param d the power of the dimension
 */
public record Monomial(int y, int eta, int d) implements Comparable<Monomial> {

    /** The monomial 1. */
    public static final Monomial ONE = new Monomial(0, 0, 0);

    private static final Comparator<Monomial> ORDER = Comparator.comparingInt(Monomial::y)
            .thenComparingInt(Monomial::eta).thenComparingInt(Monomial::d);

    public Monomial {
        if (y < 0 || eta < 0 || d < 0) {
            throw new IllegalArgumentException("negative power in y^" + y + " eta^" + eta + " d^" + d);
        }
    }

    public Monomial times(Monomial o) {
        return new Monomial(y + o.y, eta + o.eta, d + o.d);
    }

    @Override
    public int compareTo(Monomial o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        append(sb, "y", y);
        append(sb, "eta", eta);
        append(sb, "d", d);
        return sb.length() == 0 ? "1" : sb.toString();
    }

    private static void append(StringBuilder sb, String name, int power) {
        if (power == 0) {
            return;
        }
        if (sb.length() > 0) {
            sb.append('*');
        }
        sb.append(name);
        if (power > 1) {
            sb.append('^').append(power);
        }
    }
}
