/**
 * Golden vectors: conformance values for other implementations, with their precision and provenance.
 *
 * <h2>Files written by {@code sgdx golden export DIR}</h2>
 * <ul>
 *   <li>{@code golden.json}: format {@value org.sgdx.checks.golden.GoldenFiles#FORMAT}, the software and version,
 *       the date, the conventions, and every vector with all its fields;</li>
 *   <li>{@code vectors.csv}: every vector; {@code <section>.csv}: the vectors of one section ({@code hermite},
 *       {@code exponents}, {@code mu}, {@code second-moment}, {@code mean-field-m},
 *       {@code mean-field-hitting-time});</li>
 *   <li>{@code README.md}: this format and the tolerance rules.</li>
 * </ul>
 * CSV files start with {@code #} comment lines (software, version, date, conventions), then a header
 * {@code kind,link,index,value,type,certainty,error,digits,exact} and one row per vector (RFC 4180 quoting).
 *
 * <h2>Keys</h2>
 * A vector is identified by {@code (kind, link, index)}; the {@code link} column holds the link, label model or
 * configuration key:
 * <ul>
 *   <li>{@code hermite_c}: {@code c_k = E[f(Z) h_k(Z)]}, index {@code k}; {@code hermite_u}:
 *       {@code u_k = E[f(Z) He_k(Z)]/k!}, index {@code k} (MATH.md §2);</li>
 *   <li>{@code information_exponent}, {@code generative_exponent}: index {@code -}; {@code power_exponent}:
 *       {@code p_k}, index {@code k} (MATH.md §3). Exponents are integers or {@code none}. {@code link} is a link
 *       specification ({@code He3 + He2}); for label models other than deterministic it is
 *       {@code noisy(tau=T):SPEC} or {@code binary:SPEC};</li>
 *   <li>{@code mu}: the drift coefficient {@code μ_i(η) = E[ψ_η(σ*(A), B) He_i(A) He_{i−1}(B)]/(i!(i−1)!)}
 *       (MATH.md §4) as a polynomial in η, or in {@code s = ηd} for batch reuse; index {@code i:n} is the
 *       coefficient of {@code η^n} (of {@code s^n}). {@code link} is a configuration key
 *       {@code ALGORITHM:target=SPEC:activation=SPEC:loss=LOSS:a=A[:inner-step=plain]:variable=eta|s}, e.g.
 *       {@code reuse:target=He3:activation=He3:loss=squared:a=1:inner-step=plain:variable=s} (labels deterministic,
 *       defaults of MATH.md §9; see {@link org.sgdx.checks.golden.DynamicsConfiguration}). The grid
 *       {@code i = 1..I}, {@code n = 0..N} is dense (zeros are written as exact {@code 0}); when the coefficients
 *       terminate, every coefficient outside it is exactly zero;</li>
 *   <li>{@code second_moment}: {@code E[ψ²](m)}, index {@code a:n} = coefficient of {@code m^a η^n} ({@code m^a s^n}
 *       for batch reuse); {@code normalisation}: {@code N(m) = E[ψ²|P⊥x|²] = (d−2) E[ψ²](m) + E[ψ²v²](m)}, index
 *       {@code a:n:k} = coefficient of {@code m^a η^n d^k} ({@code m^a s^n d^k}); same configuration keys, polynomial
 *       links only, dense grids, exact. (An index {@code i:n} or {@code a:n} gains a third part {@code :k}, the power
 *       of {@code d}, only for a configuration whose coefficients have explicit powers of {@code d}: none of the
 *       built-in ones.)</li>
 *   <li>{@code mean_field_m}: {@code m_t} of the map {@code m_{t+1} = m_t + γD(m_t) − (γ²/2) N(m_t) m_t}, index
 *       {@code t}, iterated exactly from the rational {@code m_0} (values from a precision ladder, certainty
 *       {@code estimate}); {@code mean_field_hitting_time}: {@code ∫_{m_0}^{m_target} dm/(γD(m) − (γ²/2)N(m)m)} in
 *       steps, index {@code -}, certainty {@code estimate} with its error estimate. {@code link} is the configuration
 *       key followed by {@code [:eta=E]:d=D:gamma=G:m0=M} (no η for online SGD) and, for hitting times,
 *       {@code :m_target=M}; numbers are exact decimals or fractions {@code p/q}. An "optimal" γ is the minimiser of
 *       the hitting time rounded to three significant digits, and the key records that rounded value, so the
 *       parameters in a key are always exact.</li>
 * </ul>
 * Whitespace in {@code link} is ignored when matching.
 *
 * <h2>Precision</h2>
 * A decimal value is the reference value rounded to {@code digits} significant digits (trailing zeros are not
 * written: {@code 3} at 30 digits stands for {@code 3.000…} with 30 digits; an estimate keeps only the digits whose
 * unit is at least its error); {@code error} bounds or estimates {@code |value − true value|}, that rounding
 * included: for {@code exact} values (whose closed form, e.g. {@code 1/(2*(2*pi))}, is in {@code exact}) the rounding
 * error ({@code 0} when the decimal is exact), otherwise the Hermite quadrature error for numerical coefficients, the
 * quadrature and precision-ladder error for hitting times, the precision-ladder error for map trajectories, each
 * plus the rounding.
 *
 * <h2>Verification ({@code sgdx golden verify DIR --against FILE})</h2>
 * FILE is a CSV file with a header naming at least the columns {@code kind,link,index,value} (any order, other
 * columns ignored, {@code #} lines and blank lines skipped). Each row is compared with the golden vector of the same
 * key: integers exactly; decimals within
 * {@code max(relative · |golden|, absolute, rounding) + error}, where {@code rounding} is half a unit in the last
 * of the golden value's {@code digits} significant digits and {@code error} the golden value's error estimate (0 for
 * exact values). The candidate's own number of digits does not widen the tolerance: {@code 2.45} for
 * {@code √6 = 2.4494…} is a mismatch. The defaults (relative
 * {@code 1e-12}, absolute {@code 1e-14}) suit double-precision implementations of the coefficients and hitting
 * times; a double-precision iteration of the mean-field map accumulates rounding over {@code t} steps and needs a
 * relative tolerance of about {@code t · 1e-16} (e.g. {@code --rel-tol 1e-9} at {@code t = 10^5}). Rows with unknown
 * keys are reported and not counted as mismatches; golden vectors without a row are not checked.
 *
 * <h2>Extension points</h2>
 * New kinds come as new {@link org.sgdx.checks.golden.GoldenSection}s, each with its own file and a key format
 * documented here.
 */
package org.sgdx.checks.golden;
