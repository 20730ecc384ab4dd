package org.sgdx.reference.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MonomialTest {

    @Test
    void negativePowersAreRefused() {
        assertThatThrownBy(() -> new Monomial(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative power in y^-1 eta^0 d^0");
        assertThatThrownBy(() -> new Monomial(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Monomial(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Monomial.ONE).isEqualTo(new Monomial(0, 0, 0));
    }

    @Test
    void productAddsThePowers() {
        assertThat(new Monomial(1, 2, 3).times(new Monomial(4, 5, 6))).isEqualTo(new Monomial(5, 7, 9));
        assertThat(new Monomial(1, 2, 3).times(Monomial.ONE)).isEqualTo(new Monomial(1, 2, 3));
    }

    @Test
    void orderedByYThenEtaThenD() {
        TreeSet<Monomial> set = new TreeSet<>(List.of(new Monomial(1, 0, 0), new Monomial(0, 2, 0),
                new Monomial(0, 1, 5), new Monomial(0, 1, 1), Monomial.ONE));
        assertThat(set).containsExactly(Monomial.ONE, new Monomial(0, 1, 1), new Monomial(0, 1, 5),
                new Monomial(0, 2, 0), new Monomial(1, 0, 0));
        assertThat(new Monomial(2, 1, 1).compareTo(new Monomial(2, 1, 1))).isZero();
    }

    @Test
    void readableForm() {
        assertThat(Monomial.ONE).hasToString("1");
        assertThat(new Monomial(1, 0, 0)).hasToString("y");
        assertThat(new Monomial(0, 1, 0)).hasToString("eta");
        assertThat(new Monomial(0, 0, 1)).hasToString("d");
        assertThat(new Monomial(2, 1, 3)).hasToString("y^2*eta*d^3");
        assertThat(new Monomial(0, 2, 1)).hasToString("eta^2*d");
    }
}
