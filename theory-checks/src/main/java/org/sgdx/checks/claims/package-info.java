/**
 * The claims registry of {@code sgdx audit}: each {@link org.sgdx.checks.claims.Claim} has an id, a statement as
 * a formula, its sources (the paper, prior literature, MATH.md, or a derivation in {@code proofs-notes/}) and its
 * {@link org.sgdx.checks.claims.Method} (exact, numerical with a tolerance, or statistical with its test and
 * false-failure rate). A {@link org.sgdx.checks.claims.ClaimCheck} produces a
 * {@link org.sgdx.checks.claims.ClaimResult}: predicted and measured values, the interval of the measurement, a
 * {@link org.sgdx.checks.claims.Verdict} (confirmed, refuted or inconclusive, with the reason; see
 * {@link org.sgdx.checks.claims.Verdicts}), an evidence trace, the settings used and the figures to draw. The
 * {@link org.sgdx.checks.claims.Registry} runs checks in order, each isolated.
 *
 * <h2>Built-in claims ({@link org.sgdx.checks.claims.AuditClaims#builtIn()})</h2>
 * <ul>
 *   <li>{@link org.sgdx.checks.claims.HermiteIdentityChecks}: orthogonality, linearisation, Mehler, Stein, exact
 *       change of basis, the He3 worked case (MATH.md §2, §6), in exact arithmetic;</li>
 *   <li>{@link org.sgdx.checks.claims.ExponentChecks}: the exponents of {@link org.sgdx.reference.exponent.ExponentTable}
 *       against MATH.md §3 and §6;</li>
 *   <li>{@link org.sgdx.checks.claims.NumericalCrossChecks}: double-precision link values and Gauss–Hermite
 *       coefficients against the reference's high-precision values;</li>
 *   <li>the simulation claims below.</li>
 * </ul>
 *
 * <h2>Simulation claims ({@link org.sgdx.checks.claims.SimulationClaims})</h2>
 * Each is a {@link org.sgdx.checks.claims.PlannedCheck} (a quick and a full {@code Plan} record with named fields;
 * the base picks the plan of the mode and the result builder, the check measures, analyses and reports) appended to
 * {@code AuditClaims.builtIn()}. It draws every
 * random stream from {@code context.claimSeed()} (the fast path's {@code SimulationConfig} seed), runs on
 * {@code context.threads()} threads through {@code org.sgdx.fastpath.run.ParallelRunner} (results independent of
 * the thread count; {@link org.sgdx.checks.claims.SimulationRuns}), chooses its sizes by {@code context.mode()} (a
 * {@code Plan} per mode, with a stated worst-case step budget), reports progress with {@code context.progress(..)},
 * and turns runs into statistics with {@code org.sgdx.checks.stats}. The learning rate follows one protocol: γ at each
 * {@code (algorithm, η, d)} is the reference's mean-field optimum {@code MeanField.optimalRate} from
 * {@code m_0 = d^{−1/2}} (or the claim's fixed {@code m_0}) to {@code 1/2}, recorded with its source
 * ({@link org.sgdx.checks.claims.MeanFieldModel}); every design point's evidence line names the {@code sgdx simulate}
 * command that reproduces its runs.
 * <ul>
 *   <li>{@code simulation.reduced-equals-full} ({@link org.sgdx.checks.claims.EngineAgreementCheck}): reduced chain
 *       against the literal simulation, Kolmogorov–Smirnov on {@code min(T, B)} and on {@code m_t}, Bonferroni,
 *       QQ figures (MATH.md §7).</li>
 *   <li>{@code simulation.diffusion-equals-reduced} ({@link org.sgdx.checks.claims.DiffusionAgreementCheck}): the
 *       diffusion engine against the reduced chain, Kolmogorov–Smirnov on {@code T} and {@code m_t}, Bonferroni, γ at
 *       half the diffusion engine's validity limit (MATH.md §10).</li>
 *   <li>{@code drift.one-step} ({@link org.sgdx.checks.claims.OneStepDriftCheck}): the mean of {@code m' − m} over
 *       one-step runs against the mean-field map {@code γD − (γ²/2) N m}, z-test plus a bound on the {@code O(γ³)}
 *       remainder (MATH.md §4).</li>
 *   <li>{@code meanfield.vs-stochastic} ({@link org.sgdx.checks.claims.MeanFieldVsStochasticCheck}): the mean-field
 *       ODE hitting time against the Kaplan–Meier median at large {@code d} from a fixed {@code m_0}.</li>
 *   <li>{@code online.slope.he1} … {@code online.slope.he4} ({@link org.sgdx.checks.claims.OnlineSlopeCheck}):
 *       {@code T ∝ d^{(k−1)∨1}}: (a) the exponent of the mean-field times up to {@code d = 10⁴⁸}, extrapolated in
 *       {@code 1/ln d}; (b) the stochastic slope's bootstrap interval, with no tolerance, contains the mean-field slope
 *       on the same {@code d}.</li>
 *   <li>{@code alternating.he3.transition}, {@code alternating.he3.squared}, {@code alternating.he4.transition},
 *       {@code reuse.he3.kinks} ({@link org.sgdx.checks.claims.LimitTransitionCheck}): (a) the phase diagram of the
 *       limit dynamics, branch exponents and boundary exponents against the exact {@code κ(q)} (MATH.md §10);
 *       (b) reduced-chain medians over the mean-field time; (b') the same on the diffusion engine up to
 *       {@code d = 10¹²}.</li>
 *   <li>{@code reuse.he3.saturation} ({@link org.sgdx.checks.claims.ReuseSaturationCheck}): {@code T = Θ̃(d)} for
 *       {@code ηd ≳ 1}, decided like the online slopes along {@code η = s/d}.</li>
 * </ul>
 */
package org.sgdx.checks.claims;
