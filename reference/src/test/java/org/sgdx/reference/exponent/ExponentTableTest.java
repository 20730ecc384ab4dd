package org.sgdx.reference.exponent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgdx.reference.Certainty;
import org.sgdx.reference.exponent.zeta.ZetaMoments;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;
import org.sgdx.reference.numeric.Estimate;

class ExponentTableTest {

    private static List<ExponentTable.Entry> table;

    @BeforeAll
    static void computeTheTable() {
        table = ExponentTable.compute(ExponentTable.OPTIONS);
    }

    @ParameterizedTest
    @CsvSource({
        // key, IE, GE (MATH.md §3: IE(He_k) = k; p* = 1 for non-even, 2 for non-constant even polynomial links;
        // Gaussian noise keeps p*; binary labels have p* = IE(q))
        "He1, 1, 1", "He2, 2, 2", "He3, 3, 1", "He4, 4, 2", "He5, 5, 1", "He6, 6, 2", "He3 + He2, 2, 1",
        "relu, 1, 1", "abs, 2, 2", "sign, 1, 1", "tanh, 1, 1", "relu(z)^2, 1, 1", "cos, 2, 2",
        "noisy(tau=0.5):He3, 3, 1", "binary:0.05 + 0.9*step(z), 1, 1",
    })
    void everyRowHasItsKnownExponents(String key, int ie, int ge) {
        ExponentTable.Entry e = ExponentTable.find(table, key);
        assertThat(e.row().key()).isEqualTo(key);
        assertThat(e.information()).hasValue(ie);
        assertThat(e.generative()).hasValue(ge);
        assertThat(e.power(1)).isEqualTo(e.information());
        assertThat(e.report().options()).isEqualTo(ExponentTable.OPTIONS);
    }

    @Test
    void theTableKeepsItsRowsInOrderAndCannotBeModified() {
        // computed here (not only once for the class) with shallow options: one entry per row, with those options
        ExponentOptions shallow = new ExponentOptions(2, 1, 20, 0);
        List<ExponentTable.Entry> entries = ExponentTable.compute(shallow);
        assertThat(entries).extracting(ExponentTable.Entry::row).containsExactlyElementsOf(ExponentTable.ROWS);
        assertThat(entries).allSatisfy(e -> assertThat(e.report().options()).isEqualTo(shallow));
        assertThatThrownBy(() -> entries.add(entries.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ExponentTable.OPTIONS.zetaMaxDegree()).isZero();
        assertThat(table).allSatisfy(e -> assertThat(e.report().zetaSquared()).isEmpty());
    }

    @Test
    void powerExponentsAreIndexedFromOne() {
        // IE(He3^k) = 3, 2, 1, 2 for k = 1..4 (MATH.md §6)
        ExponentTable.Entry he3 = ExponentTable.find(table, "He3");
        assertThat(he3.power(1)).hasValue(3);
        assertThat(he3.power(2)).hasValue(2);
        assertThat(he3.power(3)).hasValue(1);
        assertThat(he3.power(4)).hasValue(2);
        // y = ±1: y² = 1 has no exponent
        assertThat(ExponentTable.find(table, "binary:0.05 + 0.9*step(z)").power(2)).isEmpty();
    }

    @Test
    void describeListsTheExponentsWithHowTheyAreKnown() {
        ExponentTable.Entry he3 = ExponentTable.find(table, "He3");
        assertThat(he3.describe())
                .isEqualTo("He3: p = 3 (exact), p* = 1 (exact), p_k = 3 (exact), 2 (exact), 1 (exact), 2 (exact)");
        assertThat(ExponentTable.find(table, "cos").describe()).startsWith("cos: p = 2 (estimate), p* = 2 (");
    }

    @Test
    void findRefusesAnUnknownKey() {
        assertThatThrownBy(() -> ExponentTable.find(table, "He7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("He7");
        // the key of a noisy row names its noise level
        assertThatThrownBy(() -> ExponentTable.find(table, "He3 ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsAreValidated() {
        assertThatThrownBy(() -> new ExponentTable.Row("z", "noisy", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("noise");
        assertThatThrownBy(() -> new ExponentTable.Row("z", "deterministic", "0.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noise");
        assertThatThrownBy(() -> new ExponentTable.Row("z", "binary", "0.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noise");
        assertThatThrownBy(() -> new ExponentTable.Row("z", "Binary", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Binary");
        assertThatThrownBy(() -> new ExponentTable.Row(null, "binary", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ExponentTable.Row("z", null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rowsBuildTheirLabelModelAndKey() {
        ExponentTable.Row noisy = new ExponentTable.Row("He3", "noisy", "0.5");
        assertThat(noisy.model()).isEqualTo(new LabelModel.Noisy(Link.parse("He3"), BigFraction.of(1, 2)));
        assertThat(noisy.key()).isEqualTo("noisy(tau=0.5):He3");
        ExponentTable.Row binary = new ExponentTable.Row("step", "binary", null);
        assertThat(binary.model()).isEqualTo(new LabelModel.Binary(Link.parse("step")));
        assertThat(binary.key()).isEqualTo("binary:step");
        ExponentTable.Row deterministic = new ExponentTable.Row("relu", "deterministic", null);
        assertThat(deterministic.model()).isEqualTo(new LabelModel.Deterministic(Link.parse("relu")));
        assertThat(deterministic.key()).isEqualTo("relu");
        for (ExponentTable.Row r : List.of(noisy, binary, deterministic)) {
            assertThat(r).hasToString(r.key());
        }
    }

    @Test
    void textOfAnExponent() {
        assertThat(ExponentTable.text(OptionalInt.of(3))).isEqualTo("3");
        assertThat(ExponentTable.text(OptionalInt.empty())).isEqualTo("none");
        assertThat(ExponentTable.text(Exponent.of(3, Certainty.EXACT, "r"))).isEqualTo("3 (exact)");
        assertThat(ExponentTable.text(Exponent.none(Certainty.ESTIMATE, "r"))).isEqualTo("none (estimate)");
    }

    @Test
    void exponentsRequireTheirParts() {
        assertThatThrownBy(() -> new Exponent(null, Certainty.EXACT, "r")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exponent.of(1, null, "r")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exponent.none(Certainty.EXACT, null)).isInstanceOf(NullPointerException.class);
        Exponent e = Exponent.of(2, Certainty.ENCLOSURE, "why");
        assertThat(e.value()).hasValue(2);
        assertThat(e.reason()).isEqualTo("why");
        assertThat(e).hasToString("2 (enclosure)");
    }

    @Test
    void reportsRequireTheirPartsAndCopyTheirLists() {
        LabelModel model = new LabelModel.Deterministic(Link.parse("z"));
        ExponentOptions o = ExponentOptions.DEFAULT;
        Exponent x = Exponent.of(1, Certainty.EXACT, "r");
        List<ExponentReport.PowerExponent> powers = new ArrayList<>(List.of(new ExponentReport.PowerExponent(1, x)));
        List<ZetaSquared> zeta = new ArrayList<>();
        ExponentReport r = new ExponentReport(model, o, x, x, powers, zeta);
        powers.clear();
        zeta.add(new ZetaSquared(1, Estimate.exact(BigDecimal.ONE), "1", "r"));
        assertThat(r.powerExponents()).hasSize(1);
        assertThat(r.zetaSquared()).isEmpty();
        assertThatThrownBy(() -> r.zetaSquared().add(zeta.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ExponentReport(null, o, x, x, powers, zeta))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ExponentReport(model, null, x, x, powers, zeta))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ExponentReport(model, o, null, x, powers, zeta))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ExponentReport(model, o, x, null, powers, zeta))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void zetaSquaredValuesAndTheirSign() {
        ZetaSquared exact = new ZetaSquared(2, Estimate.exact(new BigDecimal("0.5")), "1/2", "closed form");
        assertThat(exact.value()).isEqualByComparingTo("0.5");
        assertThat(exact.error()).isZero();
        assertThat(exact.certainty()).isEqualTo(Certainty.EXACT);
        assertThat(exact.closedFormValue()).hasValue("1/2");
        assertThat(exact.isPositive()).isTrue();
        assertThat(new ZetaSquared(1, Estimate.exact(BigDecimal.ZERO), "0", "r").isPositive()).isFalse();
        // an estimate within ZERO_SAFETY_FACTOR errors of zero is not positive; one beyond it is
        ZetaSquared small = new ZetaSquared(3, Estimate.estimate(new BigDecimal("1e-6"), new BigDecimal("1e-9")), null,
                "numerical");
        assertThat(small.isPositive()).isFalse();
        assertThat(small.closedFormValue()).isEmpty();
        assertThat(small.error()).isEqualByComparingTo("1e-9");
        assertThat(small.certainty()).isEqualTo(Certainty.ESTIMATE);
        assertThat(new ZetaSquared(3, Estimate.estimate(new BigDecimal("2e-6"), new BigDecimal("1e-9")), null, "n")
                .isPositive()).isTrue();
        assertThatThrownBy(() -> new ZetaSquared(1, null, null, "r")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ZetaSquared(1, Estimate.exact(BigDecimal.ONE), null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void optionsAcceptTheirWholeRangesAndNothingBeyond() {
        ExponentOptions low = new ExponentOptions(1, 1, 5, 0);
        assertThat(low.maxDegree()).isOne();
        ExponentOptions high = new ExponentOptions(ZetaMoments.MAX_K, 12, LinkCoefficients.MAX_DIGITS,
                ZetaMoments.MAX_K);
        assertThat(high.withZetaMaxDegree(3)).isEqualTo(new ExponentOptions(ZetaMoments.MAX_K, 12,
                LinkCoefficients.MAX_DIGITS, 3));
        assertThatThrownBy(() -> new ExponentOptions(ZetaMoments.MAX_K + 1, 4, 30, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-degree");
        assertThatThrownBy(() -> new ExponentOptions(12, 13, 30, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-power");
        assertThatThrownBy(() -> new ExponentOptions(12, 4, 4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits");
        assertThatThrownBy(() -> new ExponentOptions(12, 4, LinkCoefficients.MAX_DIGITS + 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("digits");
        assertThatThrownBy(() -> new ExponentOptions(12, 4, 30, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zeta");
        assertThatThrownBy(() -> new ExponentOptions(12, 4, 30, ZetaMoments.MAX_K + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zeta");
    }
}
