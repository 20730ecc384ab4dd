package org.sgdx.checks.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.phase.LocalExponents;

/** The transition claims decided on the limit dynamics, and that a wrong prediction is refuted. */
class LimitTransitionCheckTest {

    @TempDir
    Path dir;

    private static final Claim CLAIM = new Claim("test.transition", "t", "s", List.of(Source.math("§10")),
            Method.statistical("m", 0.05));

    /** Alternating He3 (correlation loss) on a short ladder and a tiny bridge (d = 100, 12 runs per point). */
    private static LimitTransitionCheck check(BigFraction shift) {
        LimitTransitionCheck.Plan plan = new LimitTransitionCheck.Plan(SimulationClaims.rays("-1", "-1/4"),
                SimulationClaims.ladder(8, 48, 8), new LimitTransitionCheck.Bridge(SimulationClaims.rays("-1", "-1/4"),
                        new long[] {100}, 12, 4, 1e8), new LimitTransitionCheck.Leaping(SimulationClaims.rays("-1/4"),
                        new long[] {1_000_000, 100_000_000}, 40, 6));
        return new LimitTransitionCheck(CLAIM, Algorithm.ALTERNATING, Loss.CORRELATION, "He3", shift, plan, plan);
    }

    private ClaimResult run(LimitTransitionCheck c) throws Exception {
        return c.check(new Context(Mode.QUICK, 7, 2, dir, ProgressListener.NONE).forClaim(CLAIM));
    }

    @Test
    void theCorrectPredictionIsConfirmed() throws Exception {
        ClaimResult r = run(check(BigFraction.ZERO));
        assertThat(r.verdict().isConfirmed()).as(r.verdict().toString()).isTrue();
        assertThat(r.evidence()).anySatisfy(e -> assertThat(e).startsWith("limit, boundary eta_c ~ d^-1/2")
                .contains("vs 3 x error"));
        assertThat(r.evidence()).anySatisfy(e -> assertThat(e).startsWith("bridge, d = 100"));
        assertThat(r.verdict().reason()).contains("(b') diffusion bridge: every median / mean-field ratio (2 points");
        assertThat(r.figures()).hasSize(2);
    }

    /**
     * On the ray q = −1/4 the diffusion limit refuses the optimal γ at d = 10⁶ (λ = 0.18 against 10⁻⁴), so both
     * dimensions run at one common fraction of it, and the medians' local exponent is compared with the mean field's.
     */
    @Test
    void theDiffusionBridgeLowersGammaByOneFractionPerRay() throws Exception {
        ClaimResult r = run(check(BigFraction.ZERO));
        List<String> leaped = r.evidence().stream().filter(e -> e.startsWith("diffusion bridge, d = ")).toList();
        assertThat(leaped).hasSize(2);
        String fraction = leaped.get(0).replaceAll(".* = ([0-9.e-]+) x optimal.*", "$1");
        assertThat(Double.parseDouble(fraction)).isLessThan(0.1);
        assertThat(leaped.get(1)).contains(" = " + fraction + " x optimal")
                .contains("local exponent of the medians since d = 1000000").contains("kappa(q) = 3/2");
        assertThat(r.settings().keySet()).contains("diffusion bridge", "diffusion bridge runs");
    }

    @Test
    void aKinkShiftedByAQuarterIsRefuted() throws Exception {
        ClaimResult r = run(check(BigFraction.of(1, 4)));
        assertThat(r.verdict().isRefuted()).as(r.verdict().toString()).isTrue();
        assertThat(r.verdict().reason()).contains("boundary -1/4");
    }

    @Test
    void theDecisionRule() {
        LocalExponents.Limit precise = new LocalExponents.Limit(-0.499, 0.002, 0, 5, "m");
        assertThat(LimitTransitionCheck.decide(-0.5, precise).isConfirmed()).isTrue();
        assertThat(LimitTransitionCheck.decide(-0.25, precise).isRefuted()).isTrue();
        LocalExponents.Limit loose = new LocalExponents.Limit(-0.4, 0.2, 0, 5, "m");
        assertThat(LimitTransitionCheck.decide(-0.25, loose).status()).isEqualTo(Verdict.Status.INCONCLUSIVE);
        LocalExponents.Limit none = new LocalExponents.Limit(Double.NaN, Double.NaN, Double.NaN, 1, "too few rungs");
        assertThat(LimitTransitionCheck.decide(-0.5, none).reason()).contains("too few rungs");
    }
}
