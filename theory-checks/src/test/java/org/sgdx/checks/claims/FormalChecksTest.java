package org.sgdx.checks.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormalChecksTest {

    @Test
    void theFormalClaimIsRegistered() {
        assertThat(AuditClaims.builtIn().claims()).extracting(Claim::id).contains("formal.coq");
        assertThat(FormalChecks.coq().claim().method().kind()).isEqualTo(Method.Kind.EXACT);
    }

    @Test
    void withoutTheCheckScriptTheClaimIsSkippedNotConfirmed(@TempDir Path out) throws Exception {
        // Tests run in the module directory, where proofs-notes/coq/check does not resolve.
        assertThat(Files.exists(FormalChecks.CHECK)).isFalse();
        ClaimCheck check = FormalChecks.coq();
        Context context = new Context(Mode.QUICK, 1, 1, out, ProgressListener.NONE).forClaim(check.claim());
        ClaimResult r = check.check(context);
        assertThat(r.verdict().isInconclusive()).isTrue();
        assertThat(r.verdict().reason()).startsWith("skipped");
    }
}
