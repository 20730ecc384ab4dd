package org.sgdx.reference.hermite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.link.Expr;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.numeric.BigFunctions;
import org.sgdx.reference.numeric.Estimate;
import org.sgdx.reference.numeric.ReferenceData;

class HermiteQuadratureTest {

    private static final MathContext EXACT = new MathContext(80);

    private static Expr parse(String spec) {
        return Link.parse(spec).expression();
    }

    private static BigDecimal norm(HermiteMoments m) {
        return m.secondMoment().value().sqrt(EXACT);
    }

    @Test
    void agreesWithMpmathReferenceToFortyDigits() {
        Map<String, List<ReferenceData.Row>> byLink = new LinkedHashMap<>();
        for (ReferenceData.Row row : ReferenceData.read("hermite-c_k-40-digits.csv")) {
            byLink.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
        }
        assertThat(byLink).hasSize(10);
        for (Map.Entry<String, List<ReferenceData.Row>> entry : byLink.entrySet()) {
            List<ReferenceData.Row> rows = entry.getValue();
            HermiteMoments m = HermiteQuadrature.moments(parse(entry.getKey()), rows.size() - 1, 40);
            List<Estimate> c = m.c();
            BigDecimal scale = norm(m);
            for (ReferenceData.Row row : rows) {
                int k = Integer.parseInt(row.argument());
                Estimate ck = c.get(k);
                BigDecimal actual = ck.value().subtract(row.value()).abs();
                // the reference carries 40 significant digits: allow one unit in its last place
                BigDecimal referenceRounding = row.value().abs().movePointLeft(39);
                String what = entry.getKey() + " c_" + k + " = " + ck.value() + " vs mpmath " + row.value();
                assertThat(actual).as(what).isLessThanOrEqualTo(scale.movePointLeft(38).add(referenceRounding));
                assertThat(actual).as("error estimate of " + what).isLessThanOrEqualTo(ck.error().add(referenceRounding));
                assertThat(ck.error()).as("error estimate of " + what).isLessThanOrEqualTo(scale.movePointLeft(40));
                assertThat(ck.certainty()).isEqualTo(Certainty.ESTIMATE);
            }
        }
    }

    @Test
    void precisionLadderAgreesToTheRequestedDigits() {
        int p = 20;
        for (String spec : new String[] {"tanh(2*z)", "sigmoid", "abs(z^2 - 2)", "sin(z)*relu(z+1/3)"}) {
            HermiteMoments low = HermiteQuadrature.moments(parse(spec), 16, p);
            HermiteMoments high = HermiteQuadrature.moments(parse(spec), 16, 2 * p + 20);
            BigDecimal tolerance = norm(high).movePointLeft(p);
            for (int k = 0; k <= 16; k++) {
                BigDecimal difference = low.c().get(k).value().subtract(high.c().get(k).value()).abs();
                assertThat(difference).as("%s c_%d", spec, k).isLessThanOrEqualTo(tolerance);
            }
        }
    }

    @Test
    void validatedMomentsReportTheLadderDifference() {
        Expr f = parse("tanh");
        HermiteMoments low = HermiteQuadrature.moments(f, 10, 15);
        HermiteMoments high = HermiteQuadrature.moments(f, 10, 50);
        HermiteMoments validated = HermiteQuadrature.validatedMoments(f, 10, 15, 50);
        assertThat(validated.digits()).isEqualTo(15);
        for (int k = 0; k <= 10; k++) {
            Estimate v = validated.moment(k);
            assertThat(v.value()).isEqualByComparingTo(low.moment(k).value());
            BigDecimal difference = low.moment(k).value().subtract(high.moment(k).value()).abs();
            assertThat(v.error()).isGreaterThanOrEqualTo(difference).isGreaterThanOrEqualTo(low.moment(k).error());
        }
    }

    /** E[cos(Z) He_k(Z)] = Re (i)^k e^{−1/2}: u_k = (−1)^{k/2} e^{−1/2}/k! for even k, 0 for odd k. */
    @Test
    void cosineMatchesItsClosedForm() {
        BigDecimal e = BigDecimalMath.exp(new BigDecimal("-0.5"), EXACT);
        HermiteMoments m = HermiteQuadrature.validatedMoments(parse("cos"), 20, 30);
        assertMoments(m, k -> k % 2 == 1 ? BigDecimal.ZERO : (k % 4 == 0 ? e : e.negate()));
        // E cos² Z = (1 + e^{−2}) / 2
        BigDecimal second = BigDecimal.ONE.add(BigDecimalMath.exp(BigDecimal.valueOf(-2), EXACT))
                .divide(BigDecimal.valueOf(2), EXACT);
        assertThat(m.secondMoment().value().subtract(second).abs()).isLessThanOrEqualTo(m.secondMoment().error());
    }

    /** E[e^{Z/2} He_k(Z)] = 2^{−k} e^{1/8}. */
    @Test
    void exponentialMatchesItsClosedForm() {
        BigDecimal e = BigDecimalMath.exp(new BigDecimal("0.125"), EXACT);
        HermiteMoments m = HermiteQuadrature.validatedMoments(parse("exp(z/2)"), 20, 30);
        assertMoments(m, k -> e.divide(BigDecimal.valueOf(2).pow(k), EXACT));
        // and u_k = 2^{−k} e^{1/8} / k!
        BigDecimal factorial = BigDecimal.ONE;
        for (int k = 0; k <= 20; k++) {
            factorial = k < 2 ? BigDecimal.ONE : factorial.multiply(BigDecimal.valueOf(k));
            BigDecimal uk = e.divide(BigDecimal.valueOf(2).pow(k).multiply(factorial), EXACT);
            Estimate u = m.u().get(k);
            assertThat(u.value().subtract(uk).abs()).as("u_%d", k).isLessThanOrEqualTo(u.error());
        }
    }

    /**
     * Kinks away from 0, by Stein's identity {@code E[f He_k] = E[f'' He_{k−2}]} with {@code f''} a point mass:
     * relu(z−1): {@code I_0 = φ(1) − Φ(−1)}, {@code I_1 = Φ(−1)}, {@code I_k = φ(1) He_{k−2}(1)};
     * step(z−1): {@code I_0 = Φ(−1)}, {@code I_k = φ(1) He_{k−1}(1)}; abs(z−1/2) with {@code a = 1/2}:
     * {@code I_0 = 2φ(a) + a(2Φ(a) − 1)}, {@code I_1 = 1 − 2Φ(a)}, {@code I_k = 2φ(a) He_{k−2}(a)}.
     */
    @Test
    void piecewiseLinearLinksWithKinksAwayFromZeroMatchClosedForms() {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal phi1 = BigFunctions.normalDensity(one, EXACT);
        BigDecimal bigPhiMinus1 = normalCdf(one.negate());
        assertMoments(HermiteQuadrature.validatedMoments(parse("relu(z-1)"), 14, 30),
                k -> k == 0 ? phi1.subtract(bigPhiMinus1) : k == 1 ? bigPhiMinus1 : phi1.multiply(he(k - 2, one)));
        assertMoments(HermiteQuadrature.validatedMoments(parse("step(z-1)"), 14, 30),
                k -> k == 0 ? bigPhiMinus1 : phi1.multiply(he(k - 1, one)));
        BigDecimal a = new BigDecimal("0.5");
        BigDecimal phiA = BigFunctions.normalDensity(a, EXACT);
        BigDecimal bigPhiA = normalCdf(a);
        BigDecimal twoBigPhiA = bigPhiA.multiply(BigDecimal.valueOf(2));
        assertMoments(HermiteQuadrature.validatedMoments(parse("abs(z-1/2)"), 14, 30),
                k -> k == 0 ? phiA.multiply(BigDecimal.valueOf(2)).add(a.multiply(twoBigPhiA.subtract(one)))
                        : k == 1 ? one.subtract(twoBigPhiA) : phiA.multiply(BigDecimal.valueOf(2)).multiply(he(k - 2, a)));
    }

    /**
     * Irrational kinks at {@code ±√2}: {@code E[1{|Z| > √2} He_k] = 2 φ(√2) He_{k−1}(√2)} for even {@code k ≥ 2},
     * 0 for odd {@code k}, and {@code 2Φ(−√2)} for {@code k = 0} (from {@code ∫_a^∞ He_k φ = He_{k−1}(a) φ(a)}).
     */
    @Test
    void stepWithIrrationalKinksMatchesItsClosedForm() {
        BigDecimal r = BigDecimal.valueOf(2).sqrt(EXACT);
        BigDecimal phi = BigFunctions.normalDensity(r, EXACT);
        HermiteMoments m = HermiteQuadrature.validatedMoments(parse("step(z^2 - 2)"), 14, 30);
        assertMoments(m, k -> k == 0 ? normalCdf(r.negate()).multiply(BigDecimal.valueOf(2))
                : k % 2 == 1 ? BigDecimal.ZERO : phi.multiply(BigDecimal.valueOf(2)).multiply(he(k - 1, r)));
    }

    /** Stein's identity {@code E[f(Z) He_k(Z)] = E[f'(Z) He_{k−1}(Z)]}, with the derivative taken symbolically. */
    @Test
    void steinIdentityHolds() {
        for (String spec : new String[] {"tanh", "erf(z/2)*sin(z)", "sigmoid(3*z-1)"}) {
            Expr f = parse(spec);
            HermiteMoments m = HermiteQuadrature.moments(f, 12, 30);
            HermiteMoments d = HermiteQuadrature.moments(f.derivative(), 11, 30);
            for (int k = 1; k <= 12; k++) {
                Estimate a = m.moment(k);
                Estimate b = d.moment(k - 1);
                assertThat(a.value().subtract(b.value()).abs()).as("%s k=%d", spec, k)
                        .isLessThanOrEqualTo(a.error().add(b.error()));
            }
        }
    }

    @Test
    void coefficientConventionsAreConsistent() {
        HermiteMoments m = HermiteQuadrature.moments(parse("sigmoid(2*z)"), 12, 25);
        BigDecimal factorial = BigDecimal.ONE;
        for (int k = 0; k <= 12; k++) {
            factorial = k < 2 ? BigDecimal.ONE : factorial.multiply(BigDecimal.valueOf(k));
            BigDecimal fromU = m.u().get(k).value().multiply(factorial);
            BigDecimal fromC = m.c().get(k).value().multiply(factorial.sqrt(EXACT));
            BigDecimal tolerance = m.moment(k).value().abs().movePointLeft(30).add(new BigDecimal("1e-60"));
            assertThat(fromU.subtract(m.moment(k).value()).abs()).isLessThanOrEqualTo(tolerance);
            assertThat(fromC.subtract(m.moment(k).value()).abs()).isLessThanOrEqualTo(tolerance);
        }
        // Parseval: Σ_{k≤K} c_k² ≤ E f²
        BigDecimal sum = BigDecimal.ZERO;
        for (Estimate c : m.c()) {
            sum = sum.add(c.value().pow(2));
        }
        assertThat(sum).isLessThan(m.secondMoment().value());
    }

    @Test
    void constantAndZeroFunctions() {
        HermiteMoments one = HermiteQuadrature.moments(parse("1"), 6, 30);
        assertThat(one.moment(0).value().subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(one.moment(0).error());
        for (int k = 1; k <= 6; k++) {
            assertThat(one.moment(k).value().abs()).isLessThanOrEqualTo(one.moment(k).error());
        }
        HermiteMoments zero = HermiteQuadrature.moments(parse("0*z"), 6, 30);
        assertThat(zero.moments()).allSatisfy(e -> assertThat(e.value().signum()).isZero());
    }

    @Test
    void rejectsBadArguments() {
        Expr f = parse("tanh");
        assertThatThrownBy(() -> HermiteQuadrature.moments(f, -1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDegree");
        assertThatThrownBy(() -> HermiteQuadrature.moments(f, 3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits");
        assertThatThrownBy(() -> HermiteQuadrature.validatedMoments(f, 3, 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checkDigits");
        assertThatThrownBy(() -> HermiteQuadrature.moments(parse("exp(z^2)"), 3, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not decay");
    }

    /**
     * Checks {@code |I_k − exact_k| ≤ error_k} (the estimate is not smaller than the actual error) and
     * {@code error_k ≤ 10^{−D} √(k!) ‖f‖₂} (it is not so pessimistic as to deny the requested digits).
     */
    private static void assertMoments(HermiteMoments m, IntFunction<BigDecimal> exact) {
        BigDecimal scale = norm(m).movePointLeft(m.digits());
        BigDecimal factorial = BigDecimal.ONE;
        for (int k = 0; k <= m.maxDegree(); k++) {
            factorial = k < 2 ? BigDecimal.ONE : factorial.multiply(BigDecimal.valueOf(k));
            Estimate ik = m.moment(k);
            BigDecimal actual = ik.value().subtract(exact.apply(k)).abs();
            assertThat(actual).as("I_%d = %s, exact %s", k, ik.value(), exact.apply(k)).isLessThanOrEqualTo(ik.error());
            assertThat(ik.error()).as("error estimate of I_%d", k)
                    .isLessThanOrEqualTo(scale.multiply(factorial.sqrt(EXACT)));
        }
    }

    /** {@code He_k(x)} by the three-term recurrence, exactly for a decimal {@code x} up to {@link #EXACT}. */
    private static BigDecimal he(int k, BigDecimal x) {
        BigDecimal previous = BigDecimal.ONE;
        if (k == 0) {
            return previous;
        }
        BigDecimal current = x;
        for (int j = 1; j < k; j++) {
            BigDecimal next = x.multiply(current, EXACT).subtract(previous.multiply(BigDecimal.valueOf(j)), EXACT);
            previous = current;
            current = next;
        }
        return current;
    }

    /** {@code Φ(x) = (1 + erf(x/√2)) / 2}. */
    private static BigDecimal normalCdf(BigDecimal x) {
        BigDecimal arg = x.divide(BigDecimal.valueOf(2).sqrt(EXACT), EXACT);
        return BigDecimal.ONE.add(BigFunctions.erf(arg, EXACT)).divide(BigDecimal.valueOf(2), EXACT);
    }
}
