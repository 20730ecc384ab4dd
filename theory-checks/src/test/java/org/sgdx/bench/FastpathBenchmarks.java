package org.sgdx.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sgdx.fastpath.Engine;
import org.sgdx.fastpath.RunResult;
import org.sgdx.fastpath.Simulation;
import org.sgdx.fastpath.SimulationConfig;
import org.sgdx.fastpath.run.Engines;
import org.sgdx.reference.dynamics.Algorithm;
import org.sgdx.reference.dynamics.SecondLayer;

/**
 * JMH benchmarks for the performance targets of the fast path (DESIGN.md: measured by benchmarks, never asserted
 * by timed tests). Throughput is reported in operations per second where one operation is one SGD step (reduced
 * chain) or one coordinate update (full engine: one Gaussian coordinate of {@code x} with its share of the dot
 * products and of the update). One fork, one thread. Run with
 *
 * <pre>
 * mvn -B -ntp -pl theory-checks -am -DskipTests test-compile exec:exec@bench -Dbench='FastpathBenchmarks'
 * </pre>
 *
 * <p>Each invocation is one whole run (seeding, initialisation, bookkeeping included) with a target that is not
 * reached, so every step of the budget is simulated (checked in the setup). Targets: reduced online He_3 ≥ 30 M
 * steps/s; reduced reuse and alternating ≥ 15 M steps/s; full engine at {@code d = 1024} ≥ 150 M coordinate
 * updates/s.
 *
 * <p>Measured (2026-11-29, 2-core AMD EPYC with AVX-512 and FMA, OpenJDK 17.0.15, one thread, 2 forks × 5
 * iterations, no other load): reduced online 41.8 M steps/s, reuse 31.2 M, alternating 35.7 M (fixed) and 35.0 M
 * (persistent); full engine 440 M coordinate updates/s. With another process on the same core the numbers drop by
 * up to 40% (full engine 280 M).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class FastpathBenchmarks {

    /** Steps of one reduced-chain run. */
    static final int REDUCED_STEPS = 1_000_000;
    /** Dimension and steps of one full-engine run. */
    static final int FULL_D = 1024;
    static final int FULL_STEPS = 20_000;

    /** The prepared simulations (links compiled once, as in a sweep). */
    @State(Scope.Thread)
    public static class Sims {
        Simulation online;
        Simulation reuse;
        Simulation alternating;
        Simulation alternatingPersistent;
        Simulation fullOnline;
        long run;

        @Setup(Level.Trial)
        public void setUp() {
            // d = 10^4, γ small and m_target = 0.99: He_3 needs ~d² steps, so no run hits within the budget
            SimulationConfig.Builder b = SimulationConfig.builder().link("He3").d(10_000).gamma(1e-5)
                    .mTarget(0.99).maxSteps(REDUCED_STEPS).seed(7);
            online = Engines.reduced().prepare(b.build());
            reuse = Engines.reduced().prepare(b.algorithm(Algorithm.REUSE).eta(1e-6).build());
            alternating = Engines.reduced().prepare(b.algorithm(Algorithm.ALTERNATING).eta(1e-3)
                    .build());
            alternatingPersistent = Engines.reduced().prepare(
                    b.secondLayer(SecondLayer.PERSISTENT).build());
            fullOnline = Engines.full().prepare(SimulationConfig.builder().link("He3").d(FULL_D).gamma(1e-4)
                    .mTarget(0.99).maxSteps(FULL_STEPS).seed(7).build());
            // the throughput counts every step of the budget: check that the runs do simulate all of it
            for (Simulation sim : new Simulation[] {online, reuse, alternating, alternatingPersistent, fullOnline}) {
                RunResult r = sim.run(1_000_000);
                if (r.simulatedSteps() != sim.config().maxSteps()) {
                    throw new IllegalStateException("benchmark run stopped early: " + r);
                }
            }
        }
    }

    /** Reduced chain, online SGD, σ = σ* = He_3, squared loss. <b>Target ≥ 30 M steps/s.</b> */
    @Benchmark
    @OperationsPerInvocation(REDUCED_STEPS)
    public RunResult reducedOnlineHe3(Sims s) {
        return s.online.run(s.run++);
    }

    /** Reduced chain, batch reuse (plain inner step), He_3. <b>Target ≥ 15 M steps/s.</b> */
    @Benchmark
    @OperationsPerInvocation(REDUCED_STEPS)
    public RunResult reducedReuseHe3(Sims s) {
        return s.reuse.run(s.run++);
    }

    /** Reduced chain, alternating SGD (second layer held fixed), He_3. <b>Target ≥ 15 M steps/s.</b> */
    @Benchmark
    @OperationsPerInvocation(REDUCED_STEPS)
    public RunResult reducedAlternatingHe3(Sims s) {
        return s.alternating.run(s.run++);
    }

    /** Reduced chain, alternating SGD with a persistent second layer, He_3. <b>Target ≥ 15 M steps/s.</b> */
    @Benchmark
    @OperationsPerInvocation(REDUCED_STEPS)
    public RunResult reducedAlternatingPersistentHe3(Sims s) {
        return s.alternatingPersistent.run(s.run++);
    }

    /** Full engine, online SGD, He_3, {@code d = 1024}. <b>Target ≥ 150 M coordinate updates/s.</b> */
    @Benchmark
    @OperationsPerInvocation(FULL_D * FULL_STEPS)
    public RunResult fullOnlineHe3D1024(Sims s) {
        return s.fullOnline.run(s.run++);
    }
}
