package org.sgdx.reference.dynamics;

import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/**
 * One update rule of MATH.md §5 with all its options of §9 and the label model it learns from (§1): everything that
 * fixes the factor ψ of the first-layer update {@code w' = w + γ ψ P⊥x} as a function of the sample, given the rates
 * γ, η and the dimension {@code d}. The reference expands ψ exactly ({@link #rule()}, {@link UpdateRule}); the
 * simulators evaluate it in double precision. Immutable; the options that do not apply to the algorithm must keep
 * their defaults, so a specification says exactly what is computed.
 *
 * <p>The rates and the dimension are not part of it: the reference keeps η and {@code d} as variables of ψ and of the
 * drift coefficients {@code μ_i(η)}, and a simulation fixes them with γ.
 *
 * @param algorithm online, reuse or alternating
 * @param loss squared (the default) or correlation
 * @param labels the label model, whose {@linkplain LabelModel#link() link} is the target σ* (for binary labels
 *     {@code q})
 * @param activation the student's activation σ
 * @param a the second-layer weight {@code a_0} (held, or the initial weight of alternating SGD); default 1
 * @param secondLayer alternating only: fixed (the default) or persistent
 * @param innerStep batch reuse only: plain (the default) or projected
 * @param innerNorm batch reuse only: the norms of the simulated inner step, exact (the default) or {@code d}; the
 *     reference's ψ always replaces them by {@code d} (MATH.md §9)
 */
public record UpdateRuleSpec(Algorithm algorithm, Loss loss, LabelModel labels, Link activation, BigFraction a,
        SecondLayer secondLayer, InnerStep innerStep, InnerNorm innerNorm) {

    /**
     * @throws NullPointerException naming a missing component
     * @throws IllegalArgumentException naming the option that does not apply to the algorithm
     */
    public UpdateRuleSpec {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(a, "a");
        requireApplicable(algorithm, secondLayer, innerStep, innerNorm);
    }

    /**
     * The default options for {@code algorithm} on these labels: squared loss, the activation equal to the target
     * link, {@code a = 1}.
     */
    public static UpdateRuleSpec of(Algorithm algorithm, LabelModel labels) {
        return new UpdateRuleSpec(algorithm, Loss.SQUARED, labels, labels.link(), BigFraction.ONE, SecondLayer.FIXED,
                InnerStep.PLAIN, InnerNorm.EXACT);
    }

    /** {@code of(algorithm, new LabelModel.Deterministic(link))}: deterministic labels {@code y = σ*(z)}, σ = σ*. */
    public static UpdateRuleSpec of(Algorithm algorithm, Link link) {
        return of(algorithm, new LabelModel.Deterministic(link));
    }

    /**
     * The activation when none is given: the target link, {@code labels.link()} (the one place of this rule).
     *
     * @param activation the activation, or {@code null}
     */
    public static Link activationOrTarget(Link activation, LabelModel labels) {
        return activation != null ? activation : labels.link();
    }

    /**
     * Refuses an option that does not apply to the algorithm: a persistent second layer outside alternating SGD, a
     * projected inner step or inner norm {@code d} outside batch reuse.
     *
     * @throws NullPointerException naming a missing option
     * @throws IllegalArgumentException naming the option, the algorithm and the value to keep
     */
    static void requireApplicable(Algorithm algorithm, SecondLayer secondLayer, InnerStep innerStep,
            InnerNorm innerNorm) {
        Objects.requireNonNull(secondLayer, "second-layer");
        Objects.requireNonNull(innerStep, "inner-step");
        Objects.requireNonNull(innerNorm, "inner-norm");
        if (algorithm != Algorithm.REUSE && innerStep != InnerStep.PLAIN) {
            throw new IllegalArgumentException("inner-step applies only to algorithm reuse; leave it at plain for "
                    + algorithm.key());
        }
        if (algorithm != Algorithm.REUSE && innerNorm != InnerNorm.EXACT) {
            throw new IllegalArgumentException("inner-norm applies only to algorithm reuse; leave it at exact for "
                    + algorithm.key());
        }
        if (algorithm != Algorithm.ALTERNATING && secondLayer != SecondLayer.FIXED) {
            throw new IllegalArgumentException("second-layer applies only to algorithm alternating; leave it at"
                    + " fixed for " + algorithm.key());
        }
    }

    /** The target link σ* of the labels (for binary labels, {@code q}). */
    public Link target() {
        return labels.link();
    }

    /** The exact rule of the reference, with power series in η kept through {@link UpdateRule#DEFAULT_ORDER}. */
    public UpdateRule rule() {
        return rule(UpdateRule.DEFAULT_ORDER);
    }

    /**
     * The exact rule of the reference, with power series in η kept through {@code order}.
     *
     * @throws IllegalArgumentException if the reference cannot expand this rule (see {@link UpdateRule})
     */
    public UpdateRule rule(int order) {
        return new UpdateRule(algorithm, loss, activation, a, secondLayer, innerStep, order);
    }

    public UpdateRuleSpec withAlgorithm(Algorithm v) {
        return new UpdateRuleSpec(v, loss, labels, activation, a, secondLayer, innerStep, innerNorm);
    }

    public UpdateRuleSpec withLoss(Loss v) {
        return new UpdateRuleSpec(algorithm, v, labels, activation, a, secondLayer, innerStep, innerNorm);
    }

    public UpdateRuleSpec withLabels(LabelModel v) {
        return new UpdateRuleSpec(algorithm, loss, v, activation, a, secondLayer, innerStep, innerNorm);
    }

    public UpdateRuleSpec withActivation(Link v) {
        return new UpdateRuleSpec(algorithm, loss, labels, v, a, secondLayer, innerStep, innerNorm);
    }

    public UpdateRuleSpec withA(BigFraction v) {
        return new UpdateRuleSpec(algorithm, loss, labels, activation, v, secondLayer, innerStep, innerNorm);
    }

    public UpdateRuleSpec withSecondLayer(SecondLayer v) {
        return new UpdateRuleSpec(algorithm, loss, labels, activation, a, v, innerStep, innerNorm);
    }

    public UpdateRuleSpec withInnerStep(InnerStep v) {
        return new UpdateRuleSpec(algorithm, loss, labels, activation, a, secondLayer, v, innerNorm);
    }

    public UpdateRuleSpec withInnerNorm(InnerNorm v) {
        return new UpdateRuleSpec(algorithm, loss, labels, activation, a, secondLayer, innerStep, v);
    }
}
