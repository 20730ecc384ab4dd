/**
 * Golden vectors: conformance values for other implementations, with their precision and provenance.
 *
 * <h2>Files written by {@code sgdx golden export DIR}</h2>
 * <ul>
 *   <li>{@code golden.json}: format {@value org.sgdx.checks.golden.GoldenFiles#FORMAT}, the software and version,
 *       the date, the conventions, and every vector with all its fields;</li>
 *   <li>{@code vectors.csv}: every vector; {@code <section>.csv}: the vectors of one section;</li>
 *   <li>{@code README.md}: this format and the tolerance rules.</li>
 * </ul>
 * CSV files start with {@code #} comment lines (software, version, date, conventions), then a header
 * {@code kind,link,index,value,type,certainty,error,digits,exact} and one row per vector (RFC 4180 quoting).
 *
 * <h2>Keys</h2>
 * A vector is identified by {@code (kind, link, index)}:
 * <ul>
 *   <li>{@code hermite_c}: {@code c_k = E[f(Z) h_k(Z)]}, index {@code k}; {@code hermite_u}:
 *       {@code u_k = E[f(Z) He_k(Z)]/k!}, index {@code k} (MATH.md §2);</li>
 *   <li>{@code information_exponent}, {@code generative_exponent}: index {@code -}; {@code power_exponent}:
 *       {@code p_k}, index {@code k} (MATH.md §3). Exponents are integers or {@code none}.</li>
 * </ul>
 * {@code link} is a link specification ({@code He3 + He2}); for label models other than deterministic it is
 * {@code noisy(tau=T):SPEC} or {@code binary:SPEC}. Whitespace in {@code link} is ignored when matching.
 *
 * <h2>Verification ({@code sgdx golden verify DIR --against FILE})</h2>
 * FILE is a CSV file with a header naming at least the columns {@code kind,link,index,value} (any order, other
 * columns ignored, {@code #} lines and blank lines skipped). Each row is compared with the golden vector of the same
 * key: integers exactly; decimals within
 * {@code max(relative · |golden|, absolute, rounding) + error}, where {@code rounding} is half a unit in the last
 * stated digit of each of the two values and {@code error} the golden value's error estimate (0 for exact values).
 * Rows with unknown keys are reported and not counted as mismatches.
 *
 * <h2>Extension points</h2>
 * New kinds come as new {@link org.sgdx.checks.golden.GoldenSection}s: the drift coefficients {@code μ_i(η)}
 * (kind {@code mu}, link {@code ALGORITHM:target=SPEC:activation=SPEC[:options]}, index {@code i:j} for the
 * coefficient of {@code η^j}), the second moment {@code E[ψ²](m)} (kind {@code second_moment}, same link key, index
 * the power of {@code m}), mean-field trajectories (kind {@code mean_field_m}, link key with {@code d, γ, η, m_0},
 * index {@code t}) and mean-field hitting times (kind {@code mean_field_hitting_time}, index {@code -}), computed by
 * {@code org.sgdx.reference.dynamics}.
 */
package org.sgdx.checks.golden;
