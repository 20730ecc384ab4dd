package org.sgdx.checks.claims;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.hitting.Overlap;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.InnerNorm;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.exact.Rationals;

/**
 * The simulation claims of the audit, in report order, with the sizes of the quick and full modes.
 *
 * <p>Budget. The reduced engine simulates about {@code 3–4·10⁷} steps per second per core, so the quick audit (under
 * three minutes on two cores, aiming at two) can afford about {@code 2–4·10⁹} steps in all. Each claim states its
 * worst-case step budget (every run using its whole per-run budget, a few times the mean-field hitting time) and the
 * steps it actually simulated. Measured quick-mode steps (seed 20261129): engines 1.9·10⁷ (literal engine at
 * d = 30), one-step drift 1.4·10⁷ one-step runs, mean field vs stochastic 2.2·10⁸, online slopes He1 5.5·10⁷, He2
 * 3.6·10⁸, He3 4.0·10⁸, He4 6.8·10⁸, alternating 1.3·10⁸, reuse kinks 1.0·10⁸, reuse saturation 1.1·10⁸: about
 * 2.1·10⁹ steps, 35–45 s on an idle 2-core machine. Full mode: about 4.7·10¹⁰ steps, 11 minutes idle.
 */
final class SimulationClaims {

    private SimulationClaims() {
    }

    /** The checks, in report order. */
    static List<ClaimCheck> all() {
        List<ClaimCheck> checks = new ArrayList<>();
        checks.add(engineAgreement());
        checks.add(diffusionAgreement());
        checks.add(oneStepDrift());
        checks.add(meanFieldVsStochastic());
        checks.addAll(onlineSlopes());
        checks.add(alternatingTransition());
        checks.add(alternatingSquaredTransition());
        checks.add(alternatingHe4Transition());
        checks.add(reuseKinks());
        checks.add(reuseSaturation());
        return checks;
    }

    /** {@code simulation.reduced-equals-full}. */
    static ClaimCheck engineAgreement() {
        return new EngineAgreementCheck(
                new EngineAgreementCheck.Plan(List.of(
                        new EngineAgreementCheck.Case(Algorithm.ONLINE, Loss.SQUARED, 0, 30)), 400, 20, 0.5),
                new EngineAgreementCheck.Plan(List.of(
                        new EngineAgreementCheck.Case(Algorithm.ONLINE, Loss.SQUARED, 0, 40),
                        new EngineAgreementCheck.Case(Algorithm.ALTERNATING, Loss.CORRELATION, 0.01, 30),
                        new EngineAgreementCheck.Case(Algorithm.REUSE, Loss.CORRELATION, 0.01 / 30, 30)), 2000, 20, 0.5));
    }

    /**
     * {@code simulation.diffusion-equals-reduced}: online He3 (correlation loss) from {@code m_0 = 0.35} to 0.45;
     * full mode adds {@code d = 10⁴}, alternating and batch reuse at small η, and He2 from the uniform
     * initialisation (the random search phase, absolute overlap), and tanh/tanh, whose coefficients are tabulated
     * (a non-polynomial link on both sides).
     */
    static ClaimCheck diffusionAgreement() {
        DiffusionAgreementCheck.Case online = diffusionCase("online He3, d = 1000", he3(1000));
        return new DiffusionAgreementCheck(new DiffusionAgreementCheck.Plan(List.of(online), 300),
                new DiffusionAgreementCheck.Plan(List.of(online,
                        diffusionCase("online He3, d = 10000", he3(10000)),
                        diffusionCase("alternating He3 (eta = 3e-5), d = 1000",
                                he3(1000).algorithm(Algorithm.ALTERNATING).eta(3e-5)),
                        diffusionCase("reuse He3 (eta = 1e-8, inner-norm d), d = 1000",
                                he3(1000).algorithm(Algorithm.REUSE).eta(1e-8).innerNorm(InnerNorm.DIMENSION)),
                        diffusionCase("online He2 from uniform init, absolute overlap, d = 1000",
                                SimulationConfig.builder().target("He2").loss(Loss.CORRELATION)
                                        .overlap(Overlap.ABSOLUTE).maxSteps(100_000_000).d(1000)),
                        diffusionCase("online tanh/tanh (tabulated coefficients), d = 1000",
                                he3(1000).target("tanh").activation("tanh"))), 1000));
    }

    /** Online He3, correlation loss, from {@code m_0 = 0.35} to 0.45 within 10⁸ steps. */
    private static SimulationConfig.Builder he3(long d) {
        return SimulationConfig.builder().target("He3").loss(Loss.CORRELATION).fixedInit(0.35).mTarget(0.45)
                .maxSteps(100_000_000).d(d);
    }

    /** A case of {@code b} at γ = 1 (the check sets γ from the limit of the diffusion engine). */
    private static DiffusionAgreementCheck.Case diffusionCase(String label, SimulationConfig.Builder b) {
        return new DiffusionAgreementCheck.Case(label, b.gamma(1).build());
    }

    /** {@code drift.one-step}. */
    static ClaimCheck oneStepDrift() {
        return new OneStepDriftCheck(new OneStepDriftCheck.Plan(100_000, 2_000_000, 1_000_000),
                new OneStepDriftCheck.Plan(100_000, 20_000_000, 5_000_000));
    }

    /** {@code meanfield.vs-stochastic}. */
    static ClaimCheck meanFieldVsStochastic() {
        return new MeanFieldVsStochasticCheck(new MeanFieldVsStochasticCheck.Plan(new long[] {10_000}, 80, 0.2, 3),
                new MeanFieldVsStochasticCheck.Plan(new long[] {1_000, 10_000, 100_000}, 100, 0.2, 3));
    }

    /** {@code alternating.he3.transition} (correlation loss: MATH.md §5's formula for the alternating ψ). */
    static ClaimCheck alternatingTransition() {
        return transition("alternating.he3.transition", "Alternating SGD on He3: transition at eta_c ~ d^-1/2",
                "sigma* = sigma = He3, alternating SGD (a0 = 1 held, correlation loss): T(eta) = min{Theta~(d^2),"
                        + " Theta~(eta^-2 d)}, i.e. kappa(q) = min(2, 1 - 2q) on eta = d^q; phase boundary"
                        + " eta_c ~ d^-1/2", Algorithm.ALTERNATING, Loss.CORRELATION, "He3", rays("-1", "-1/2", "-1/4"),
                rays("-1", "-1/2", "-1/4"), new long[] {300, 1_000}, new long[] {300, 1_000, 3_000, 10_000},
                rays("-1", "-1/2", "-1/4"));
    }

    /** {@code alternating.he3.squared}: the same with the squared loss, {@code μ_2 = 324η − 215784η²}. */
    static ClaimCheck alternatingSquaredTransition() {
        return transition("alternating.he3.squared", "Alternating SGD on He3, squared loss: transition at eta_c ~"
                + " d^-1/2 inside the window eta < 1/666",
                "sigma* = sigma = He3, alternating SGD (a0 = 1 held, squared loss): mu_2 = 324 eta - 215784 eta^2 has"
                        + " the same leading term as with the correlation loss, so kappa(q) = min(2, 1 - 2q) and"
                        + " eta_c ~ d^-1/2; at fixed d the eta^-2 branch exists only for eta_c(d) < eta < 1/666, where"
                        + " mu_2 > 0", Algorithm.ALTERNATING, Loss.SQUARED, "He3", rays("-1", "-1/2", "-1/4"),
                rays("-2", "-3/2"), new long[] {100, 200}, new long[] {100, 300, 1_000},
                rays("-3/2", "-1/2", "-1/3"));
    }

    /** {@code alternating.he4.transition}. */
    static ClaimCheck alternatingHe4Transition() {
        return transition("alternating.he4.transition", "Alternating SGD on He4: transition at eta_c ~ d^-1",
                "sigma* = sigma = He4, alternating SGD (a0 = 1 held, correlation loss): p = 4, p_2 = IE(He4^2) = 2,"
                        + " T(eta) = min{Theta~(d^3), Theta~(eta^-2 d)}, kappa(q) = min(3, 1 - 2q); phase boundary"
                        + " eta_c ~ d^-1", Algorithm.ALTERNATING, Loss.CORRELATION, "He4", rays("-3/2", "-1", "-1/2"),
                rays("-3/2", "-1", "-1/2"), new long[] {30, 60}, new long[] {40, 120, 300},
                rays("-3/2", "-1/2", "-1/4"));
    }

    /** {@code reuse.he3.kinks}: both kinks of batch reuse (correlation loss, plain inner step). */
    static ClaimCheck reuseKinks() {
        return transition("reuse.he3.kinks", "Batch reuse on He3: kinks at eta ~ d^-3/2 and eta ~ d^-1",
                "sigma* = sigma = He3, batch reuse (plain inner step, correlation loss): kappa(q) = min(2, -1 - 2q,"
                        + " -3 - 4q) for q <= -1 and 1 beyond (eta d >~ 1): kinks at eta ~ d^-3/2 and eta ~ d^-1",
                Algorithm.REUSE, Loss.CORRELATION, "He3", rays("-7/4", "-5/4", "-1", "-3/4"),
                rays("-7/4", "-5/4", "-1", "-3/4"), new long[] {300, 1_000, 10_000},
                new long[] {300, 1_000, 3_000, 10_000, 100_000},
                rays("-7/4", "-5/4", "-3/4"));
    }

    /** {@code reuse.he3.saturation}. */
    static ClaimCheck reuseSaturation() {
        return new ReuseSaturationCheck(
                new ReuseSaturationCheck.Plan(4, new long[] {100, 300, 1_000}, 40, 4, 0.6, 1000),
                new ReuseSaturationCheck.Plan(4, new long[] {100, 300, 1_000, 3_000, 10_000}, 60, 4, 0.4, 2000));
    }

    private static ClaimCheck transition(String id, String title, String statement, Algorithm algorithm, Loss loss,
            String link, List<BigFraction> rays, List<BigFraction> bridgeRays, long[] quickBridge, long[] fullBridge,
            List<BigFraction> leapingRays) {
        Claim claim = new Claim(id, title, statement, List.of(Source.paper("learning-rate phase transitions (as"
                + " reconstructed in MATH.md §6)"), Source.math("§6, §8, §10"), Source.notes("limit-dynamics.md")),
                Method.statistical(TRANSITION_METHOD, 0.05));
        LimitTransitionCheck.Plan quick = new LimitTransitionCheck.Plan(rays, ladder(12, 48, 4),
                new LimitTransitionCheck.Bridge(bridgeRays, quickBridge, 50, 6, 4e8),
                new LimitTransitionCheck.Leaping(leapingRays, QUICK_LEAPING, 100, 6));
        LimitTransitionCheck.Plan full = new LimitTransitionCheck.Plan(rays, ladder(4, 64, 4),
                new LimitTransitionCheck.Bridge(bridgeRays, fullBridge, 60, 4, 4e9),
                new LimitTransitionCheck.Leaping(leapingRays, FULL_LEAPING, 400, 6));
        return new LimitTransitionCheck(claim, algorithm, loss, link, BigFraction.ZERO, quick, full);
    }

    /** The diffusion engine's dimensions in the quick audit. */
    private static final long[] QUICK_LEAPING = {1_000_000, 1_000_000_000, 1_000_000_000_000L};
    /** The diffusion engine's dimensions in the full audit: every decade from 10^6 to 10^12. */
    private static final long[] FULL_LEAPING = {1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000L,
        100_000_000_000L, 1_000_000_000_000L};

    static List<BigFraction> rays(String... qs) {
        return Arrays.stream(qs).map(q -> Rationals.parse("q", q, false)).toList();
    }

    /** {@code d = 10^from, 10^{from+step}, …, 10^to}. */
    static List<BigFraction> ladder(int from, int to, int step) {
        List<BigFraction> out = new ArrayList<>();
        for (int k = from; k <= to; k += step) {
            out.add(BigFraction.of(BigInteger.TEN.pow(k)));
        }
        return out;
    }

    private static final String TRANSITION_METHOD = "(a) limit dynamics: the phase diagram of the update rule"
            + " (reference PhaseDiagram): on rays eta = d^q the mean-field hitting time (optimal gamma, m0 = d^-1/2) on a"
            + " ladder of d, local exponents extrapolated in 1/ln d against the exact kappa(q); for each kink, eta_c(d)"
            + " (crossing of the branch secants) and its exponent in d; agreement within 3 x the extrapolation's error"
            + " when that error is <= 0.05. (b) stochastic bridge: reduced-chain Kaplan-Meier medians over the"
            + " mean-field time at the same (eta, d, gamma), of order one (95% interval inside [1/3, 3]) at the largest"
            + " d simulated on each ray; (b') the same on the diffusion engine up to d = 10^12, gamma a common fraction"
            + " of the optimal one on each ray (the diffusion limit's validity), with the medians' local exponents"
            + " against the mean field's and kappa(q); refuted when any part contradicts";

    /** {@code online.slope.he1} … {@code online.slope.he4}. */
    static List<ClaimCheck> onlineSlopes() {
        return List.of(
                new OnlineSlopeCheck(1,
                        new OnlineSlopeCheck.Plan(new long[] {1_000, 10_000, 100_000, 1_000_000}, 100, 4, 0.5,
                                1000),
                        new OnlineSlopeCheck.Plan(new long[] {1_000, 10_000, 100_000, 1_000_000, 10_000_000}, 200, 4,
                                0.3, 2000)),
                new OnlineSlopeCheck(2,
                        new OnlineSlopeCheck.Plan(new long[] {1_000, 3_000, 10_000, 30_000, 100_000}, 80, 4,
                                0.5, 1000),
                        new OnlineSlopeCheck.Plan(new long[] {1_000, 3_000, 10_000, 30_000, 100_000, 300_000,
                            1_000_000}, 100, 4, 0.3, 2000)),
                new OnlineSlopeCheck(3,
                        new OnlineSlopeCheck.Plan(new long[] {50, 100, 200, 400}, 80, 8, 0.6, 1000),
                        new OnlineSlopeCheck.Plan(new long[] {50, 100, 200, 400, 800, 1600}, 150, 8, 0.4,
                                2000)),
                new OnlineSlopeCheck(4,
                        new OnlineSlopeCheck.Plan(new long[] {12, 16, 24, 32}, 250, 8, 0.8, 1000),
                        new OnlineSlopeCheck.Plan(new long[] {12, 16, 24, 32, 48, 64}, 200, 8, 0.6, 2000)));
    }
}
