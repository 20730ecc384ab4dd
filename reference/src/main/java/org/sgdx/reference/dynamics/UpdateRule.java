package org.sgdx.reference.dynamics;

import java.math.BigInteger;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.link.Link;

/**
 * One algorithm of MATH.md §5 with its options (§9), and the factor {@link #psi() ψ} of its first-layer update
 * {@code w' = w + γ ψ P⊥x} as a polynomial in the label {@code y}, η and {@code d}: the exact form of an
 * {@link UpdateRuleSpec} ({@link UpdateRuleSpec#rule(int)}), which also says which options apply to which algorithm.
 *
 * <p>With {@code e = y − aσ(z)} (squared loss) or {@code e = y} (correlation loss), and the gradient factor
 * {@code g = a e σ'(z)}:
 * <ul>
 *   <li>online: {@code ψ = a e σ'(z)};</li>
 *   <li>batch reuse: {@code z̃ = z + s g} with {@code s = ηd} (plain inner step, {@code |x|²} replaced by {@code d}),
 *       or {@code z̃ = (z + η g (d−1)) / √(1 + η² g² (d−1))} (projected), and ψ is the online factor evaluated at
 *       {@code z̃}: {@code a (y − aσ(z̃)) σ'(z̃)} or {@code a y σ'(z̃)}, expanded by Taylor's formula
 *       {@code σ(z + Δ) = Σ_k σ^{(k)}(z) Δ^k / k!} (finite for a polynomial σ);</li>
 *   <li>alternating: {@code ã = a + η e σ(z)}, {@code ψ = ã (y − ãσ(z)) σ'(z)} or {@code ã y σ'(z)}.</li>
 * </ul>
 * The plain reuse step with a polynomial activation gives a polynomial in {@code (y, s)}. The projected step, and
 * a smooth non-polynomial activation under reuse, give formal power series in η, kept through {@link #order()}.
 *
 * @param algorithm the algorithm
 * @param loss the loss of every step
 * @param activation σ, the student's activation
 * @param a the second-layer weight ({@code a_0} for alternating SGD)
 * @param secondLayer whether alternating SGD keeps {@code ã}; the coefficients of one step do not depend on it
 * @param innerStep the inner step of batch reuse
 * @param order the power of η through which truncated series are kept, 1 to {@value #MAX_ORDER}
 */
public record UpdateRule(Algorithm algorithm, Loss loss, Link activation, BigFraction a, SecondLayer secondLayer,
        InnerStep innerStep, int order) {

    /** The default truncation order of formal power series in η. */
    public static final int DEFAULT_ORDER = 4;
    /** The largest truncation order accepted. */
    public static final int MAX_ORDER = 12;

    public UpdateRule {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(a, "a");
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("order must be in 1.." + MAX_ORDER + ", got " + order);
        }
        UpdateRuleSpec.requireApplicable(algorithm, secondLayer, innerStep, InnerNorm.EXACT);
        if (algorithm == Algorithm.REUSE && !activation.expression().kinkArguments().isEmpty()) {
            throw new IllegalArgumentException("activation must be smooth for parameter algorithm reuse (a polynomial or a"
                    + " function without breakpoints: tanh, erf, sigmoid, sin, cos, exp): the inner step moves z to"
                    + " z + s*g and '" + activation.specification() + "' has a breakpoint, so sigma(z + s*g) has no"
                    + " expansion in s");
        }
    }

    /** The default options of MATH.md §9 for the given algorithm, loss, activation and weight. */
    public static UpdateRule of(Algorithm algorithm, Loss loss, Link activation, BigFraction a) {
        return new UpdateRule(algorithm, loss, activation, a, SecondLayer.FIXED, InnerStep.PLAIN, DEFAULT_ORDER);
    }

    /** The default rule: squared loss, {@code a = 1}. */
    public static UpdateRule of(Algorithm algorithm, Link activation) {
        return of(algorithm, Loss.SQUARED, activation, BigFraction.ONE);
    }

    /** Whether ψ is a formal power series in η, kept through {@link #order()}. */
    public boolean isTruncated() {
        if (algorithm != Algorithm.REUSE) {
            return false;
        }
        return innerStep == InnerStep.PROJECTED || !ZFunction.of(activation.expression()).isPolynomial();
    }

    /**
     * The variable in which the coefficients are best read: {@code s} ({@code = ηd}) for the plain reuse step,
     * where every term is a power of {@code ηd}; {@code eta} otherwise.
     */
    public String variable() {
        return algorithm == Algorithm.REUSE && innerStep == InnerStep.PLAIN ? "s" : "eta";
    }

    /** The factor ψ of the first-layer update; see the class comment. */
    public Psi psi() {
        ZFunction sigma = ZFunction.of(activation.expression());
        ZFunction sigma1 = sigma.derivative();
        Psi weight = Psi.constant(a);
        return switch (algorithm) {
            case ONLINE -> outer(weight, Psi.of(sigma), Psi.of(sigma1));
            case REUSE -> {
                Psi g = outer(weight, Psi.of(sigma), Psi.of(sigma1));
                Psi shift = innerStep == InnerStep.PLAIN ? Psi.eta().multiply(Psi.d()).multiply(g) : projectedShift(g);
                if (isTruncated()) {
                    shift = shift.truncate(order);
                }
                yield outer(weight, taylor(sigma, shift), taylor(sigma1, shift));
            }
            case ALTERNATING -> {
                Psi error = loss == Loss.SQUARED ? Psi.y().subtract(weight.multiply(sigma)) : Psi.y();
                Psi updated = weight.add(Psi.eta().multiply(error).multiply(sigma));
                yield outer(updated, Psi.of(sigma), Psi.of(sigma1));
            }
        };
    }

    /** {@code weight (y − weight σ) σ'} (squared loss) or {@code weight y σ'} (correlation loss). */
    private Psi outer(Psi weight, Psi sigma, Psi sigma1) {
        Psi error = loss == Loss.SQUARED ? Psi.y().subtract(weight.multiply(sigma)) : Psi.y();
        return weight.multiply(error).multiply(sigma1);
    }

    /** {@code Σ_k f^{(k)}(z) Δ^k / k!}: finite for a polynomial {@code f}, through the order of Δ otherwise. */
    private Psi taylor(ZFunction f, Psi shift) {
        Psi sum = Psi.of(f);
        ZFunction derivative = f;
        Psi power = Psi.constant(BigFraction.ONE);
        BigInteger factorial = BigInteger.ONE;
        int limit = shift.order().orElse(Integer.MAX_VALUE);
        for (int k = 1; k <= limit; k++) {
            derivative = derivative.derivative();
            if (derivative.isZero()) {
                break;
            }
            power = power.multiply(shift);
            factorial = factorial.multiply(BigInteger.valueOf(k));
            sum = sum.add(power.multiply(derivative).multiply(BigFraction.of(BigInteger.ONE, factorial)));
        }
        return sum;
    }

    /**
     * {@code z̃ − z} for the projected step: {@code z ((1+X)^{−1/2} − 1) + η g (d−1) (1+X)^{−1/2}} with
     * {@code X = η² g² (d−1)}, through {@code η^order}.
     */
    private Psi projectedShift(Psi g) {
        Psi dMinusOne = Psi.d().subtract(Psi.constant(BigFraction.ONE));
        Psi x = Psi.eta().pow(2).multiply(g.pow(2)).multiply(dMinusOne).truncate(order);
        Psi inverseRoot = Psi.constant(BigFraction.ONE).truncate(order);
        Psi power = Psi.constant(BigFraction.ONE).truncate(order);
        BigFraction c = BigFraction.ONE;
        for (int k = 1; 2 * k <= order; k++) {
            // binomial(−1/2, k) = binomial(−1/2, k−1) · (−1/2 − k + 1) / k
            c = c.multiply(BigFraction.of(1 - 2 * k, 2 * k));
            power = power.multiply(x);
            inverseRoot = inverseRoot.add(power.multiply(c));
        }
        Psi z = Psi.of(ZFunction.Z);
        return z.multiply(inverseRoot.subtract(Psi.constant(BigFraction.ONE)))
                .add(Psi.eta().multiply(g).multiply(dMinusOne).multiply(inverseRoot)).truncate(order);
    }

    /** A one-line description with the options that matter for this algorithm. */
    public String describe() {
        StringBuilder sb = new StringBuilder(algorithm.description());
        sb.append("; loss ").append(loss.key()).append(" ").append(loss.formula());
        sb.append("; activation ").append(activation.specification()).append("; a = ").append(fraction(a));
        if (algorithm == Algorithm.REUSE) {
            sb.append("; inner step ").append(innerStep.key())
                    .append(innerStep == InnerStep.PLAIN ? " (|x|^2 -> d, s = eta*d)" : " (|P x|^2 -> d - 1)");
        }
        if (algorithm == Algorithm.ALTERNATING) {
            sb.append("; second layer ").append(secondLayer.key());
        }
        if (isTruncated()) {
            sb.append("; formal power series in eta kept through eta^").append(order);
        }
        return sb.toString();
    }

    static String fraction(BigFraction f) {
        return f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString()
                : f.getNumerator() + "/" + f.getDenominator();
    }
}
