package org.sgdx.checks.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.InnerStep;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.UpdateRuleSpec;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/**
 * One update rule of MATH.md §5 on deterministic labels {@code y = σ*(⟨θ,x⟩)}, with the default options of §9
 * (plain inner step for batch reuse, second-layer weight held at {@code a}), as used by the golden sections of the
 * dynamics ({@code mu}, {@code second_moment}, {@code normalisation}, {@code mean_field_m},
 * {@code mean_field_hitting_time}).
 *
 * <p>Its {@linkplain #key() key} is
 * {@code ALGORITHM:target=SPEC:activation=SPEC:loss=LOSS:a=A[:inner-step=plain]:variable=eta|s}, e.g.
 * {@code reuse:target=He3:activation=He3:loss=squared:a=1:inner-step=plain:variable=s}. {@code variable} names the
 * variable in which the coefficients are written: {@code s = ηd} for batch reuse (every power of η comes with the same
 * power of {@code d}), η otherwise.
 *
 * @param spec the update rule: any algorithm, loss, activation and {@code a}; deterministic labels and the default
 *     second layer, inner step and inner norm
 */
public record DynamicsConfiguration(UpdateRuleSpec spec) {

    /** The polynomial links of the default configurations ({@code σ* = σ}). */
    public static final List<String> POLYNOMIAL_LINKS = List.of("He2", "He3", "He4");

    /**
     * @throws IllegalArgumentException for labels other than deterministic, options other than the defaults, or a
     *     rule the reference cannot expand (batch reuse needs a smooth activation)
     */
    public DynamicsConfiguration {
        Objects.requireNonNull(spec, "spec");
        if (spec.labels().type() != LabelModel.Type.DETERMINISTIC) {
            throw new IllegalArgumentException("labels " + spec.labels().kind() + ": a golden dynamics configuration"
                    + " has deterministic labels");
        }
        UpdateRuleSpec defaults = UpdateRuleSpec.of(spec.algorithm(), spec.labels());
        if (spec.secondLayer() != defaults.secondLayer() || spec.innerStep() != defaults.innerStep()
                || spec.innerNorm() != defaults.innerNorm()) {
            throw new IllegalArgumentException("a golden dynamics configuration has the default second layer, inner"
                    + " step and inner norm of MATH.md §9");
        }
        spec.rule(); // e.g. batch reuse needs a smooth activation
    }

    /** {@code σ* = σ = link}, {@code a = 1}. */
    public static DynamicsConfiguration of(Algorithm algorithm, Loss loss, String link) {
        return new DynamicsConfiguration(UpdateRuleSpec.of(algorithm, Link.parse(link)).withLoss(loss));
    }

    /**
     * Every algorithm and loss with {@code σ* = σ} in {@code links}, skipping batch reuse with activations that have a
     * breakpoint (its inner step needs a smooth activation).
     */
    public static List<DynamicsConfiguration> grid(List<String> links) {
        List<DynamicsConfiguration> out = new ArrayList<>();
        for (Algorithm alg : Algorithm.values()) {
            for (Loss loss : Loss.values()) {
                for (String link : links) {
                    if (alg == Algorithm.REUSE && !Link.parse(link).expression().kinkArguments().isEmpty()) {
                        continue;
                    }
                    out.add(of(alg, loss, link));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The update rule (default options of MATH.md §9). */
    public UpdateRule rule() {
        return spec.rule();
    }

    /** The label model: deterministic labels with link σ*. */
    public LabelModel model() {
        return spec.labels();
    }

    /** Whether the coefficients are written in {@code s = ηd} (batch reuse) rather than η. */
    public boolean inS() {
        return rule().variable().equals("s");
    }

    /**
     * The coefficients: all of them when they terminate, {@code μ_1 .. μ_maxIndex} otherwise; numerical Hermite
     * coefficients (non-polynomial links without exact forms) to {@code digits} digits.
     */
    public DriftCoefficients coefficients(int maxIndex, int digits) {
        UpdateRule rule = rule();
        LabelModel model = model();
        DriftCoefficients all = DriftCoefficients.of(rule, model, 0, digits);
        if (all.isComplete() || all.maxIndex() == maxIndex) {
            return all;
        }
        return DriftCoefficients.of(rule, model, maxIndex, digits);
    }

    /** The key; see the class comment. */
    public String key() {
        StringBuilder sb = new StringBuilder(spec.algorithm().key());
        sb.append(":target=").append(spec.target().specification()).append(":activation=")
                .append(spec.activation().specification()).append(":loss=").append(spec.loss().key()).append(":a=")
                .append(GoldenNumbers.parameter(spec.a()));
        if (spec.algorithm() == Algorithm.REUSE) {
            sb.append(":inner-step=").append(InnerStep.PLAIN.key());
        }
        sb.append(":variable=").append(inS() ? "s" : "eta");
        return sb.toString();
    }

    @Override
    public String toString() {
        return key();
    }
}
