package org.sgdx.reference.link;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.poly.Hermite;

/**
 * The point symmetry of a link: a constant {@code a} with {@code f(−z) = 2a − f(z)} for (almost) all {@code z}, so
 * that {@code f − a} is odd, proved from the structure of the expression. Odd links have {@code a = 0};
 * {@code sigmoid(3*z)} has {@code a = 1/2} ({@code sigmoid(−x) = 1 − sigmoid(x)}). Then {@code E[f] = a} and every
 * Hermite coefficient of even index {@code k ≥ 2} vanishes.
 */
final class OddCentre {

    private static final BigFraction HALF = BigFraction.of(1, 2);

    private OddCentre() {
    }

    /** The centre {@code a}, when the structure proves one. */
    static Optional<BigFraction> of(Expr e) {
        if (e instanceof Expr.Constant c) {
            return Optional.of(c.value());
        }
        if (e instanceof Expr.Variable) {
            return Optional.of(BigFraction.ZERO);
        }
        if (e instanceof Expr.Hermite h) {
            return h.degree() % 2 == 1 && isOdd(h.argument()) ? Optional.of(BigFraction.ZERO) : Optional.empty();
        }
        if (e instanceof Expr.Sum s) {
            Optional<BigFraction> l = of(s.left());
            Optional<BigFraction> r = of(s.right());
            return l.isPresent() && r.isPresent() ? Optional.of(l.get().add(r.get())) : Optional.empty();
        }
        if (e instanceof Expr.Product p) {
            if (p.left() instanceof Expr.Constant c) {
                return of(p.right()).map(a -> a.multiply(c.value()));
            }
            if (p.right() instanceof Expr.Constant c) {
                return of(p.left()).map(a -> a.multiply(c.value()));
            }
            return Optional.empty();
        }
        if (e instanceof Expr.Power p) {
            if (p.base() instanceof Expr.Constant c) {
                return Optional.of(c.value().pow(p.exponent()));
            }
            return p.exponent() % 2 == 1 && isOdd(p.base()) ? Optional.of(BigFraction.ZERO) : Optional.empty();
        }
        if (e instanceof Expr.Call call && isOdd(call.argument())) {
            Fn f = call.function();
            if (f.parity() == Parity.ODD) {
                return Optional.of(BigFraction.ZERO);
            }
            // sigmoid(−x) = 1 − sigmoid(x); step(−x) = 1 − step(x) for x ≠ 0
            if (f == Fn.SIGMOID || f == Fn.STEP) {
                return Optional.of(HALF);
            }
        }
        return Optional.empty();
    }

    private static boolean isOdd(Expr e) {
        return of(e).filter(a -> a.signum() == 0).isPresent();
    }
}
