package org.sgdx.checks.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdx.reference.numeric.GaussHermiteRule;
import org.sgdx.reference.poly.Hermite;
import org.sgdx.reference.poly.RationalPolynomial;

/** The helpers of the reference claims compute what they say, and the Hermite claims hold. */
class ReferenceClaimsTest {

    @TempDir
    Path dir;

    @Test
    void gaussianMomentsAndTheCorrelatedPair() {
        // E[Z^4] = 3, E[Z^6] = 15
        assertThat(HermiteIdentityChecks.gaussianExpectation(RationalPolynomial.monomial(BigFraction.ONE, 4)))
                .isEqualTo(BigFraction.of(3));
        assertThat(HermiteIdentityChecks.gaussianExpectation(RationalPolynomial.monomial(BigFraction.ONE, 6)))
                .isEqualTo(BigFraction.of(15));
        // E[U V] = ρ, E[U² V²] = 1 + 2ρ², so E[He_2(U) He_2(V)] = E[U²V²] − 1 = 2ρ²
        BigFraction rho = BigFraction.of(2, 7);
        assertThat(HermiteIdentityChecks.correlatedExpectation(1, 1, rho)).isEqualTo(rho);
        assertThat(HermiteIdentityChecks.correlatedExpectation(2, 2, rho)).isEqualTo(rho.pow(2).multiply(2));
        assertThat(HermiteIdentityChecks.correlatedExpectation(3, 1, rho)).isEqualTo(BigFraction.ZERO);
        // a wrong identity is caught: E[He_3 He_3] = 6, not 3!·2
        assertThat(HermiteIdentityChecks.gaussianExpectation(Hermite.he(3).multiply(Hermite.he(3))))
                .isEqualTo(BigFraction.of(6));
    }

    @Test
    void gaussHermiteIsExactForPolynomials() {
        GaussHermiteRule r = GaussHermiteRule.of(10);
        double m4 = 0;
        double m18 = 0;
        for (int i = 0; i < r.size(); i++) {
            m4 += r.weight(i) * Math.pow(r.node(i), 4);
            m18 += r.weight(i) * Math.pow(r.node(i), 18);
        }
        assertThat(m4).isCloseTo(3, within(1e-13));
        // E[Z^18] = 17!! = 34459425
        assertThat(m18).isCloseTo(34459425, within(34459425 * 1e-12));
    }

    @Test
    void theHermiteClaimsHold() {
        AuditResult r = Registry.of(HermiteIdentityChecks.all()).run(new Context(Mode.QUICK, 1, 1, dir,
                ProgressListener.NONE));
        assertThat(r.results()).hasSize(6).allSatisfy(c -> assertThat(c.verdict().isConfirmed())
                .as(c.claim().id() + ": " + c.verdict()).isTrue());
        assertThat(r.results().get(0).measured().text()).isEqualTo("169 of 169 pairs (j, k) agree");
    }
}
