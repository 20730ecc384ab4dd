package org.sgdx.fastpath;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Reproducible random streams (DESIGN.md "Reproducible randomness"). The stream of run {@code i} of a
 * configuration on an engine is an {@code XO_RO_SHI_RO_128_PP} generator whose 128-bit state is derived by
 * SplitMix64 mixing from the base seed, the stream key (a SHA-256 hash of the engine name and the configuration's
 * {@linkplain SimulationConfig#canonicalString() canonical string}) and {@code i}. Streams therefore do not depend
 * on which thread runs them or in which order. Run index {@code −1} is reserved for per-configuration randomness
 * (the full engine's random θ).
 */
public final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The stream key of a configuration on an engine. */
    public static long streamKey(String engine, SimulationConfig config) {
        return hash(engine + "|" + config.canonicalString());
    }

    /** The first 8 bytes (big-endian) of the SHA-256 digest of the UTF-8 text: stable across JVMs and platforms. */
    public static long hash(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long r = 0;
            for (int i = 0; i < 8; i++) {
                r = (r << 8) | (h[i] & 0xFF);
            }
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The SplitMix64 finaliser (Stafford's variant 13). */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The two 64-bit words of the generator state of run {@code run}. */
    public static long[] runSeed(long baseSeed, long streamKey, long run) {
        long k = mix64(mix64(mix64(baseSeed + GOLDEN) ^ streamKey) + (run + 1) * GOLDEN);
        long s0 = mix64(k + GOLDEN);
        long s1 = mix64(k + 2 * GOLDEN);
        if ((s0 | s1) == 0) {
            s1 = GOLDEN; // the all-zero state is invalid for xoroshiro; probability 2^-128
        }
        return new long[] {s0, s1};
    }

    /**
     * The generator of run {@code run} ({@code ≥ 0}) of a configuration: the engines' first step of every run.
     *
     * @throws IllegalArgumentException if {@code run < 0}
     */
    public static UniformRandomProvider forRun(SimulationConfig config, long streamKey, long run) {
        if (run < 0) {
            throw new IllegalArgumentException("run index must be >= 0, got " + run);
        }
        return generator(config.seed(), streamKey, run);
    }

    /** The generator of run {@code run}. */
    public static UniformRandomProvider generator(long baseSeed, long streamKey, long run) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(runSeed(baseSeed, streamKey, run));
    }
}
