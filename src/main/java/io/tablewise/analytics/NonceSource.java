package io.tablewise.analytics;

import java.security.SecureRandom;

/**
 * Where request nonces come from. Every POST, retries included, needs a fresh one: the
 * receiver answers 409 to a nonce it has seen in the last 10 minutes.
 */
@FunctionalInterface
public interface NonceSource {
    /** A value in {@code 0 <= n < 2^63}. */
    long next();

    /** Uniform over [0, 2^63) from a cryptographic RNG: clearing the sign bit keeps it uniform. */
    static NonceSource secure() {
        SecureRandom random = new SecureRandom();
        return () -> random.nextLong() & Long.MAX_VALUE;
    }
}
