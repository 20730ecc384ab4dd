package org.sgdx.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.numbers.fraction.BigFraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.DriftCoefficients;
import org.sgdx.reference.dynamics.Loss;
import org.sgdx.reference.dynamics.SecondMoments;
import org.sgdx.reference.dynamics.UpdateRule;
import org.sgdx.reference.dynamics.meanfield.MeanField;
import org.sgdx.reference.link.LabelModel;
import org.sgdx.reference.link.Link;

/**
 * JMH benchmarks for the performance targets of the reference dynamics (DESIGN.md: performance targets are measured by
 * benchmarks, never asserted by timed tests). One fork, one thread. Run with
 *
 * <pre>
 * mvn -B -ntp -pl theory-checks -am -DskipTests test-compile exec:exec@bench -Dbench='DynamicsBenchmarks'
 * </pre>
 */
@Fork(1)
@Threads(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DynamicsBenchmarks {

    /**
     * All coefficients {@code μ_1 .. μ_12} of batch reuse with {@code σ* = σ = He_3}, squared loss, exact polynomials in
     * {@code s = ηd}, from the specifications: {@code DriftCoefficients.of(UpdateRule.of(REUSE, SQUARED, He3, 1), He3)}.
     * <b>Target: &lt; 100 ms.</b>
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 10, time = 1)
    public void reuseHe3AllCoefficients(Blackhole bh) {
        Link he3 = Link.parse("He3");
        bh.consume(DriftCoefficients.of(UpdateRule.of(Algorithm.REUSE, Loss.SQUARED, he3, BigFraction.ONE),
                new LabelModel.Deterministic(he3)));
    }

    /** The same with the correlation loss (three non-zero powers of {@code y}). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 10, time = 1)
    public void reuseHe3AllCoefficientsCorrelationLoss(Blackhole bh) {
        Link he3 = Link.parse("He3");
        bh.consume(DriftCoefficients.of(UpdateRule.of(Algorithm.REUSE, Loss.CORRELATION, he3, BigFraction.ONE),
                new LabelModel.Deterministic(he3)));
    }

    /** Mean-field dynamics prepared outside the timed region: D(m) and N(m) at the given η and d. */
    @State(Scope.Benchmark)
    public static class He3State {
        static final Link HE3 = Link.parse("He3");
        MeanField online;
        MeanField reuse;
        BigFraction onlineGamma;
        BigFraction reuseGamma;
        final BigFraction m0 = BigFraction.of(1, 100);
        final BigFraction target = BigFraction.of(1, 2);

        @Setup
        public void setUp() {
            online = meanField(Algorithm.ONLINE, BigFraction.ZERO);
            reuse = meanField(Algorithm.REUSE, BigFraction.of(1, 100_000_000));
            onlineGamma = online.optimalRate(m0, target, 10).gamma().orElseThrow();
            reuseGamma = reuse.optimalRate(m0, target, 10).gamma().orElseThrow();
        }

        private static MeanField meanField(Algorithm algorithm, BigFraction eta) {
            DriftCoefficients c = DriftCoefficients.of(UpdateRule.of(algorithm, Loss.SQUARED, HE3, BigFraction.ONE),
                    new LabelModel.Deterministic(HE3));
            return MeanField.of(c, SecondMoments.of(c), eta, BigFraction.of(10_000));
        }
    }

    /**
     * The mean-field hitting time from {@code m_0 = 1/100} to {@code 1/2} to 30 digits (with its 80-digit precision
     * ladder and the exact zero test of the velocity), online SGD, {@code He_3}, {@code d = 10^4}, at the optimal γ.
     * <b>Target: &lt; 1 s.</b>
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void onlineHe3HittingTime30Digits(He3State s, Blackhole bh) {
        bh.consume(s.online.hittingTime(s.onlineGamma, s.m0, s.target, 30));
    }

    /**
     * As {@link #onlineHe3HittingTime30Digits} for batch reuse with squared loss at {@code η = 10^{-8}}
     * ({@code s = 10^{-4}}): {@code F(m)} of degree 37 in {@code m}. <b>Target: &lt; 1 s.</b>
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void reuseHe3HittingTime30Digits(He3State s, Blackhole bh) {
        bh.consume(s.reuse.hittingTime(s.reuseGamma, s.m0, s.target, 30));
    }

    /** The recommended γ and its hitting time to 30 digits (online, He_3, {@code d = 10^4}). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void onlineHe3OptimalRate30Digits(He3State s, Blackhole bh) {
        bh.consume(s.online.optimalRate(s.m0, s.target, 30));
    }
}
