package org.sgdx.checks.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims of {@code sgdx audit}, in report order. The reference claims (Hermite identities, exponents,
 * double-precision cross-checks), then the simulation claims ({@link SimulationClaims}; see the package
 * documentation).
 */
public final class AuditClaims {

    private AuditClaims() {
    }

    /** A new registry of the built-in checks (each registry computes the exponent table at most once). */
    public static Registry builtIn() {
        List<ClaimCheck> checks = new ArrayList<>();
        checks.addAll(HermiteIdentityChecks.all());
        checks.addAll(ExponentChecks.all(ExponentChecks.memoisedTable()));
        checks.addAll(NumericalCrossChecks.all());
        checks.addAll(FormalChecks.all());
        checks.addAll(SimulationClaims.all());
        return Registry.of(checks);
    }
}
