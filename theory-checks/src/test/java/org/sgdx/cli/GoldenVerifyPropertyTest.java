package org.sgdx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property of {@code sgdx golden verify} with no tolerance of its own ({@code --rel-tol 0 --abs-tol 0}): a value whose
 * distance from the golden value exceeds the golden value's own precision (half a unit in the last of its
 * {@code digits} digits, plus its error) is a mismatch (exit code 1), and a value within it, the boundary included,
 * agrees (exit code 0), whatever the magnitude, the number of digits and the error of the golden value, and however
 * far off the candidate is.
 */
class GoldenVerifyPropertyTest {

    @TempDir
    Path dir;

    private static final long SEED = Long.getLong("QT_SEED", 20261207L);

    @Test
    void onlyValuesWithinTheGoldenPrecisionAgree() {
        qt().withFixedSeed(SEED).withExamples(150)
                .forAll(longs().between(1, Long.MAX_VALUE), integers().between(5, 60), integers().between(-40, 40),
                        integers().between(0, 5 * 22 - 1))
                .checkAssert((mantissa, digits, exponent, shifts) -> {
                    int errorShift = shifts % 5 - 1;
                    int perturbation = shifts / 5 - 12;
                    BigDecimal golden = new BigDecimal(BigInteger.valueOf(mantissa)).movePointLeft(18)
                            .scaleByPowerOfTen(exponent).round(new java.math.MathContext(digits));
                    if (mantissa % 2 == 0) {
                        golden = golden.negate();
                    }
                    int magnitude = golden.precision() - golden.scale() - 1;
                    BigDecimal halfUnit = new BigDecimal(BigInteger.valueOf(5), digits - magnitude);
                    // an error of 0, or of 1.7 units of the last digit times a power of ten
                    BigDecimal error = errorShift < 0 ? BigDecimal.ZERO
                            : new BigDecimal("1.7").scaleByPowerOfTen(magnitude - digits + 1 + errorShift);
                    BigDecimal precision = halfUnit.add(error);
                    Path golden1 = goldenDirectory(golden, digits, error);
                    // within: the boundary itself and a fraction of it; beyond: a little and far more
                    BigDecimal within = perturbation < 0 ? precision.scaleByPowerOfTen(perturbation) : precision;
                    BigDecimal beyond = perturbation < 0
                            ? precision.add(precision.scaleByPowerOfTen(perturbation))
                            : precision.scaleByPowerOfTen(perturbation + 1).add(precision);
                    for (BigDecimal sign : new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE.negate()}) {
                        assertThat(verify(golden1, golden.add(within.multiply(sign)).toString()).code())
                                .as("%s within %s of %s", within, precision, golden).isZero();
                        assertThat(verify(golden1, golden.add(beyond.multiply(sign)).toString()).code())
                                .as("%s beyond %s of %s", beyond, precision, golden).isEqualTo(1);
                    }
                    // a candidate with an exponent far from the golden value's is a mismatch, not a crash
                    assertThat(verify(golden1, "1e999999999").code()).isEqualTo(1);
                    assertThat(verify(golden1, "-1e-999999999").code()).isEqualTo(1);
                });
    }

    private CliTest.Result verify(Path golden, String value) {
        try {
            Path candidate = Files.writeString(dir.resolve("candidate.csv"), "kind,link,index,value\nhermite_c,x,1,"
                    + value + "\n");
            CliTest.Result r = Cli.run(new GoldenCommand(), "verify", golden.toString(), "--against", candidate.toString(),
                    "--rel-tol", "0", "--abs-tol", "0");
            assertThat(r.code()).as(r.out() + r.err()).isIn(0, 1);
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A golden directory with one decimal vector {@code hermite_c,x,1}. */
    private Path goldenDirectory(BigDecimal value, int digits, BigDecimal error) {
        try {
            Path d = Files.createDirectories(dir.resolve("golden"));
            Files.writeString(d.resolve("golden.json"), "{\"format\": \"sgdx-golden-1\", \"created\":"
                    + " \"2026-01-01T00:00:00Z\", \"vectors\": [{\"kind\": \"hermite_c\", \"link\": \"x\", \"index\":"
                    + " \"1\", \"value\": \"" + value + "\", \"type\": \"decimal\", \"certainty\": \"estimate\","
                    + " \"error\": \"" + error + "\", \"digits\": " + digits + ", \"exact\": \"\"}]}");
            return d;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
