package org.sgdx.reference.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Point symmetries {@code f(−z) = 2a − f(z)} proved from the structure of a link. */
class OddCentreTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sigmoid(3*z)                  | 1/2",
        "sigmoid                       | 1/2",
        "1 - sigmoid(z/2)              | 1/2",
        "0.5 + 0.3*tanh(2*z)           | 1/2",
        "2*sigmoid(z) - 1              | 0",
        "tanh                          | 0",
        "erf(z) + sin(z)^3             | 0",
        "He3(tanh(z))                  | 0",
        "3 + step(sin(z))              | 7/2",
        "sigmoid(z) + 1/3              | 5/6",
        "(sigmoid(z) - 1/2)^3          | 0",
        "sigmoid(z)*2/4                | 1/4",
    })
    void provedCentres(String spec, String centre) {
        Link link = Link.parse(spec);
        BigFraction a = org.sgdx.reference.exact.Rationals.parse("centre", centre, false);
        assertThat(link.oddCentre()).as(spec).contains(a);
        // the symmetry holds numerically
        for (double z : new double[] {0.3, 1.7, 4.2}) {
            assertThat(link.value(-z) + link.value(z)).as(spec + " at " + z).isCloseTo(2 * a.doubleValue(),
                    org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sigmoid(z)^2", "sigmoid(z) + z^2", "cos", "sigmoid(z + 1)", "exp(z/2)", "tanh(z)*sigmoid(z)", "relu(z - 1)",
        "sigmoid(abs(z))",
    })
    void noCentreWithoutAProof(String spec) {
        assertThat(Link.parse(spec).oddCentre()).as(spec).isEqualTo(Optional.empty());
    }
}
