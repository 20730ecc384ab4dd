package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        checks.add(reuseKinks());
        checks.add(reuseSaturation());
        return checks;
    }

    /** {@code simulation.reduced-equals-full}. */
    static ClaimCheck engineAgreement() {
        return new EngineAgreementCheck(
                new EngineAgreementCheck.Plan(List.of(new EngineAgreementCheck.Case("online", "squared", 0, 30)), 400,
                        20, 0.5),
                new EngineAgreementCheck.Plan(List.of(new EngineAgreementCheck.Case("online", "squared", 0, 40),
                        new EngineAgreementCheck.Case("alternating", "correlation", 0.01, 30),
                        new EngineAgreementCheck.Case("reuse", "correlation", 0.01 / 30, 30)), 2000, 20, 0.5));
    }

    /**
     * {@code simulation.diffusion-equals-reduced}: online He3 (correlation loss) from {@code m_0 = 0.35} to 0.45;
     * full mode adds {@code d = 10⁴}, alternating and batch reuse at small η, and He2 from the uniform
     * initialisation (the random search phase, absolute overlap).
     */
    static ClaimCheck diffusionAgreement() {
        List<String> he3 = List.of("target", "He3", "loss", "correlation", "init", "fixed", "m0", "0.35", "m-target",
                "0.45", "max-steps", "100000000");
        DiffusionAgreementCheck.Case online = diffusionCase("online He3, d = 1000", he3, "d", "1000");
        return new DiffusionAgreementCheck(new DiffusionAgreementCheck.Plan(List.of(online), 300),
                new DiffusionAgreementCheck.Plan(List.of(online,
                        diffusionCase("online He3, d = 10000", he3, "d", "10000"),
                        diffusionCase("alternating He3 (eta = 3e-5), d = 1000", he3, "algorithm", "alternating", "eta",
                                "3e-5", "d", "1000"),
                        diffusionCase("reuse He3 (eta = 1e-8, inner-norm d), d = 1000", he3, "algorithm", "reuse",
                                "eta", "1e-8", "inner-norm", "d", "d", "1000"),
                        diffusionCase("online He2 from uniform init, absolute overlap, d = 1000", List.of("target",
                                "He2", "loss", "correlation", "overlap", "absolute", "max-steps", "100000000"), "d",
                                "1000")), 1000));
    }

    private static DiffusionAgreementCheck.Case diffusionCase(String label, List<String> base, String... more) {
        List<String> p = new ArrayList<>(base);
        p.addAll(List.of(more));
        return new DiffusionAgreementCheck.Case(label, p);
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
        Claim claim = new Claim("alternating.he3.transition", "Alternating SGD on He3: transition at eta_c ~ d^-1/2",
                "sigma* = sigma = He3, alternating SGD (a0 = 1 held, correlation loss): T(eta) = min{Theta~(d^2),"
                        + " Theta~(eta^-2 d)}: flat below eta_c ~ d^-1/2, slope -2 in log eta above; phase boundary"
                        + " log eta_c = -1/2 log d + const",
                List.of(Source.paper("alternating (layer-wise) SGD theorem (as reconstructed in MATH.md §6)"),
                        Source.math("§5, §6, §8"), Source.notes("mean-field-and-predictions.md")),
                Method.statistical(TRANSITION_METHOD, 0.1));
        double[] quickEtas = {1e-5, 5e-5, 1.7e-4, 3e-4, 5.4e-4, 1e-3, 1.7e-3};
        double[] fullEtas = {3e-6, 1e-5, 3e-5, 6e-5, 1.2e-4, 2.4e-4, 4.8e-4, 9.6e-4, 1.9e-3, 3.8e-3};
        return new TransitionCheck(claim, "alternating", "correlation", -0.5,
                new TransitionCheck.Plan(Map.of(1_000L, quickEtas), 40, 6, 0.3, 1.0, 0.25, 0.8, 500),
                new TransitionCheck.Plan(ordered(new long[] {1_000, 3_000, 10_000}, d -> fullEtas), 40, 5, 0.3, 0.8,
                        0.25, 0.8, 1000));
    }

    /** {@code reuse.he3.kinks}: the first kink of batch reuse (correlation loss, plain inner step). */
    static ClaimCheck reuseKinks() {
        Claim claim = new Claim("reuse.he3.kinks", "Batch reuse on He3: first kink at eta ~ d^-3/2",
                "sigma* = sigma = He3, batch reuse (plain inner step, correlation loss): T(eta) = Theta~(d^2) for"
                        + " eta << d^-3/2 and Theta~((eta d)^-2 d) (slope -2 in log eta) for d^-3/2 << eta << 1/d;"
                        + " the second kink at eta ~ 1/d leads to the Theta~(d) regime (claim reuse.he3.saturation)",
                List.of(Source.paper("batch-reuse theorem (as reconstructed in MATH.md §6)"), Source.math("§5, §6, §8"),
                        Source.notes("mean-field-and-predictions.md")),
                Method.statistical(TRANSITION_METHOD, 0.1));
        double[] quickS = {1e-5, 5e-5, 1.5e-4, 3e-4, 6e-4, 1e-3, 2e-3, 5e-3};
        double[] fullS = {1e-6, 1e-5, 3e-5, 1e-4, 2e-4, 4e-4, 8e-4, 1.6e-3, 3.2e-3, 6.4e-3};
        return new TransitionCheck(claim, "reuse", "correlation", -1.5,
                new TransitionCheck.Plan(ordered(new long[] {1_000}, d -> scaled(quickS, d)), 40, 6, 0.3, 1.0, 0.25,
                        0.8, 500),
                new TransitionCheck.Plan(ordered(new long[] {1_000, 3_000, 10_000}, d -> scaled(fullS, d)), 40, 5, 0.3,
                        0.8, 0.25, 0.8, 1000));
    }

    /** {@code reuse.he3.saturation}. */
    static ClaimCheck reuseSaturation() {
        return new ReuseSaturationCheck(
                new ReuseSaturationCheck.Plan(4, new long[] {100, 300, 1_000}, 40, 4, 0.25, 0.6, 1000),
                new ReuseSaturationCheck.Plan(4, new long[] {100, 300, 1_000, 3_000, 10_000}, 60, 4, 0.2, 0.4, 2000));
    }

    private static final String TRANSITION_METHOD = "reduced engine, uniform-positive init, gamma ="
            + " MeanField.optimalRate from m0 = d^-1/2 at each (eta, d); Kaplan-Meier median at each eta; in the window"
            + " of eta up to the minimiser of the mean-field time on the grid (beyond it E[psi^2] growth dominates), a"
            + " broken line with a flat left branch and a free right branch locates eta_c (bootstrap interval); the"
            + " right-branch slope is fitted on the points above eta_c (95% bootstrap interval) and compared with -2"
            + " (tolerance stated); a refutation counts only if the mean-field times on the same points reach the"
            + " asymptotic slope (otherwise inconclusive: asymptotics not reached); in full mode the kinks' slope in"
            + " log d is compared with the predicted exponent the same way; the measured medians are also compared"
            + " with the mean-field time at each (eta, d, gamma)";

    private static Map<Long, double[]> ordered(long[] dims, java.util.function.LongFunction<double[]> etas) {
        Map<Long, double[]> m = new LinkedHashMap<>();
        for (long d : dims) {
            m.put(d, etas.apply(d));
        }
        return m;
    }

    private static double[] scaled(double[] s, long d) {
        double[] out = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i] / d;
        }
        return out;
    }

    /** {@code online.slope.he1} … {@code online.slope.he4}. */
    static List<ClaimCheck> onlineSlopes() {
        return List.of(
                new OnlineSlopeCheck(1,
                        new OnlineSlopeCheck.Plan(new long[] {1_000, 10_000, 100_000, 1_000_000}, 100, 4, 0.25, 0.5,
                                1000),
                        new OnlineSlopeCheck.Plan(new long[] {1_000, 10_000, 100_000, 1_000_000, 10_000_000}, 200, 4,
                                0.15, 0.3, 2000)),
                new OnlineSlopeCheck(2,
                        new OnlineSlopeCheck.Plan(new long[] {1_000, 3_000, 10_000, 30_000, 100_000}, 80, 4, 0.25,
                                0.5, 1000),
                        new OnlineSlopeCheck.Plan(new long[] {1_000, 3_000, 10_000, 30_000, 100_000, 300_000,
                            1_000_000}, 100, 4, 0.15, 0.3, 2000)),
                new OnlineSlopeCheck(3,
                        new OnlineSlopeCheck.Plan(new long[] {50, 100, 200, 400}, 80, 8, 0.25, 0.6, 1000),
                        new OnlineSlopeCheck.Plan(new long[] {50, 100, 200, 400, 800, 1600}, 150, 8, 0.2, 0.4,
                                2000)),
                new OnlineSlopeCheck(4,
                        new OnlineSlopeCheck.Plan(new long[] {12, 16, 24, 32}, 250, 8, 0.3, 0.8, 1000),
                        new OnlineSlopeCheck.Plan(new long[] {12, 16, 24, 32, 48, 64}, 200, 8, 0.3, 0.6, 2000)));
    }
}
