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
 *   <li>{@link org.sgdx.checks.claims.ExponentChecks}: the exponents of {@link org.sgdx.checks.claims.ExponentTable}
 *       against MATH.md §3 and §6;</li>
 *   <li>{@link org.sgdx.checks.claims.NumericalCrossChecks}: double-precision link values and Gauss–Hermite
 *       coefficients against the reference's high-precision values.</li>
 * </ul>
 *
 * <h2>Simulation claims: how they plug in</h2>
 * Each is a {@link org.sgdx.checks.claims.ClaimCheck} appended to {@code AuditClaims.builtIn()}. It draws every
 * random stream from {@code context.claimSeed()} (the fast path's {@code SimulationConfig} seed), runs on
 * {@code context.threads()} threads through {@code org.sgdx.fastpath.run.ParallelRunner} (results independent of
 * the thread count), chooses its sizes by {@code context.mode()} (or returns {@code false} from
 * {@code runsIn(QUICK)}), may write raw runs under {@code context.claimDirectory()}, reports progress with
 * {@code context.progress(..)}, and turns runs into statistics with {@code org.sgdx.checks.stats}:
 * {@code CensoredSample.ofRuns}, {@code SlopeFit}, {@code BrokenLineFit}, {@code PhaseBoundary},
 * {@code QuantileQuantile}, {@code TwoSampleKs}. Verdicts come from {@link org.sgdx.checks.claims.Verdicts}
 * ({@code requireHits} first, then {@code forSlope}, {@code forInterval} or {@code forPValue}); plots are
 * {@link org.sgdx.checks.claims.Figure}s. Planned:
 * <ul>
 *   <li>{@code online.he1-slope} … {@code online.he4-slope}: online SGD with {@code σ* = σ = He_k},
 *       {@code T ∝ d^{(k−1)∨1}} (plus a logarithm for {@code k = 2}, absorbed by the tolerance) — reduced engine
 *       over a grid of {@code d}, {@code SlopeFit} of the Kaplan–Meier median, {@code Verdicts.forSlope};
 *       figure: {@code Figure.LogLog} hitting time against {@code d} per algorithm, fitted and predicted lines
 *       (MATH.md §6, Ben Arous–Gheissari–Jagannath 2021).</li>
 *   <li>{@code alternating.he3-transition}: {@code T(η) = min{d², η^{−2} d}}: at each {@code d} a
 *       {@code BrokenLineFit} with branches fixed at slopes 0 and −2 in {@code log η}; {@code PhaseBoundary} slope
 *       {@code −1/2}; figures: T against η with {@code Figure.Marker}s at the predicted kinks, and a
 *       {@code Figure.PhaseDiagram} over {@code (log d, log η)} with the boundary {@code log η = −½ log d} (MATH.md
 *       §6).</li>
 *   <li>{@code reuse.he3-kinks}: batch reuse, kinks at {@code η ≍ d^{−3/2}} and {@code η ≍ d^{−1}} (and which of
 *       {@code d^{−p/2}}, {@code d^{−(p+1)/2}} holds): one {@code BrokenLineFit} per kink on the η window around it
 *       (MATH.md §6).</li>
 *   <li>{@code engines.reduced-equals-full}: the reduced chain against the literal simulation, two-sample
 *       Kolmogorov–Smirnov on {@code m_t} at fixed {@code t} and on {@code min(T, B)}, Bonferroni over the
 *       configurations, {@code Verdicts.forPValue}; figure: {@code Figure.QuantileQuantile} (MATH.md §7).</li>
 *   <li>{@code meanfield.vs-stochastic}: the mean-field hitting time of MATH.md §4 ({@code org.sgdx.reference
 *       .dynamics}) against the Kaplan–Meier median of runs, and their slopes in {@code d}.</li>
 *   <li>{@code meanfield.one-step-drift}: the Monte Carlo mean of {@code m' − m} over one step at fixed {@code m}
 *       against the mean-field map {@code γ D(m) − (γ²/2) N(m) m}, a z-test with its standard error.</li>
 * </ul>
 */
package org.sgdx.checks.claims;
