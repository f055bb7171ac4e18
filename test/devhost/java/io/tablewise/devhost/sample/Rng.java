package io.tablewise.devhost.sample;

import java.util.SplittableRandom;

/**
 * Stateless, order-independent randomness. Every fact the sample shares between tables (an
 * issue's project, creation time, comment count...) is a pure function of (seed, tag, index), so a
 * table generates the same rows whether it is seeded alone or with all the others, on any database.
 */
final class Rng {

    private Rng() {
    }

    /** SplitMix64 finaliser: a good 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** {@code String.hashCode} is specified by the JLS, so tags hash the same on every JVM. */
    static long tag(String name) {
        return mix(name.hashCode() * 0x9E3779B97F4A7C15L + name.length());
    }

    static long hash(long seed, long tag, long index) {
        return mix(mix(seed ^ tag) + index * 0x9E3779B97F4A7C15L);
    }

    /** Uniform in [0, 1). */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    static int below(long hash, int bound) {
        return (int) Math.floorMod(hash >>> 1, (long) bound);
    }

    /** A private stream for the details of one row (or one table). */
    static SplittableRandom stream(long seed, long tag, long index) {
        return new SplittableRandom(hash(seed, tag, index));
    }

    /**
     * Geometric count with the given mean, capped: most issues have a few comments, some none,
     * a handful dozens, like real trackers.
     */
    static int geometric(long hash, double mean, int cap) {
        if (mean <= 0) {
            return 0;
        }
        double u = 1.0 - unit(hash);
        int k = (int) Math.floor(Math.log(u) / Math.log(mean / (1.0 + mean)));
        return Math.min(k, cap);
    }

    /** Skewed pick in [0, n): low indexes are picked far more often (busy people, big projects). */
    static int skewed(double unit, int n) {
        return Math.min(n - 1, (int) (n * unit * unit));
    }
}
