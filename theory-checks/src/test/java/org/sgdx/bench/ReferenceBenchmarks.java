package org.sgdx.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sgdx.reference.hermite.Basis;
import org.sgdx.reference.hermite.Coefficient;
import org.sgdx.reference.hermite.HermiteSeries;
import org.sgdx.reference.hermite.LinkCoefficients;
import org.sgdx.reference.link.Link;

/**
 * JMH benchmarks for the performance targets of the reference module's Hermite coefficients (DESIGN.md: performance
 * targets are measured by benchmarks, never asserted by timed tests).
 *
 * <p>Each benchmark does the whole user-visible computation, including {@link Link#parse} and the conversion of exact
 * values to decimals; the reference module keeps no caches between calls, so every invocation starts from scratch.
 * One fork, one thread. Run with
 *
 * <pre>
 * mvn -B -ntp -pl theory-checks -am -DskipTests test-compile exec:exec@bench -Dbench='ReferenceBenchmarks'
 * </pre>
 *
 * <p>The whole class runs in about one minute on two cores (JMH time, excluding the build). The first warmup
 * iteration of each {@link Mode#SingleShotTime} benchmark is the cold (not yet JIT-compiled) time.
 */
@Fork(1)
@Threads(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReferenceBenchmarks {

    /**
     * All exact Hermite coefficients of {@code He_3^5} (degree 15), in the normalised basis, rounded to 30 digits:
     * {@code LinkCoefficients.of(Link.parse("He3^5"), 15, Basis.H, 30)}. <b>Target: &lt; 50 ms.</b>
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 10, time = 1)
    public void he3pow5LinkCoefficients(Blackhole bh) {
        List<Coefficient> c = LinkCoefficients.of(Link.parse("He3^5"), 15, Basis.H, 30);
        bh.consume(c);
    }

    /**
     * The lower-level variant of {@link #he3pow5LinkCoefficients}: the exact {@code He}-basis series of
     * {@code He_3^5} by {@code HermiteSeries.he(3).pow(5)} (linearisation products of rationals, no decimals).
     * <b>Target: &lt; 50 ms.</b>
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 10, time = 1)
    public void he3pow5HermiteSeries(Blackhole bh) {
        bh.consume(HermiteSeries.he(3).pow(5));
    }

    /**
     * {@code c_0..c_100} of ReLU, exact, converted to 100-digit decimals:
     * {@code LinkCoefficients.of(Link.parse("relu"), 100, Basis.H, 100)}. <b>Target: &lt; 1 s.</b>
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void reluTo100Digits(Blackhole bh) {
        List<Coefficient> c = LinkCoefficients.of(Link.parse("relu"), 100, Basis.H, 100);
        bh.consume(c);
    }

    /**
     * {@code c_0..c_30} of tanh to 30 digits by validated quadrature (including the precision-ladder check):
     * {@code LinkCoefficients.of(Link.parse("tanh"), 30, Basis.H, 30)}. <b>Target: &lt; 5 s.</b>
     * Single-shot: each invocation is timed on its own; the first warmup invocation is the cold time.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 6)
    @Measurement(iterations = 10)
    public void tanhTo30Digits(Blackhole bh) {
        List<Coefficient> c = LinkCoefficients.of(Link.parse("tanh"), 30, Basis.H, 30);
        bh.consume(c);
    }
}
