package io.tablewise.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try a batch again after a RETRY. Capped exponential back-off with "equal jitter"
 * (half fixed, half random) so a cluster of instances that failed together does not return
 * together, while each still waits at least half the exponential step.
 *
 * <p>A {@code Retry-After} from the collector is a floor: the delay is never shorter. It is
 * honoured up to {@code maxRetryAfter}, a second, larger cap, so a collector (or a proxy) that
 * answers "come back in a year" cannot switch analytics off for a year.
 *
 * <p>Pure: the random source is injected and times are passed in.
 */
public final class BackoffPolicy {
    public static final Duration DEFAULT_BASE = Duration.ofMinutes(1);
    public static final Duration DEFAULT_CAP = Duration.ofHours(1);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofHours(24);

    private final Duration base;
    private final Duration cap;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    /** @param random values in [0, 1) */
    public BackoffPolicy(Duration base, Duration cap, Duration maxRetryAfter, DoubleSupplier random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0
                || maxRetryAfter.compareTo(cap) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap <= maxRetryAfter");
        }
    }

    public static BackoffPolicy defaults() {
        return new BackoffPolicy(DEFAULT_BASE, DEFAULT_CAP, DEFAULT_MAX_RETRY_AFTER,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * The wait before the next try.
     *
     * @param failures consecutive failed tries so far, at least 1
     * @param retryAfter the collector's Retry-After of the last failure, if any
     */
    public Duration delay(int failures, Optional<Duration> retryAfter) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1");
        }
        long step = exponential(failures).toMillis();
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        Duration jittered = Duration.ofMillis(step / 2 + Math.round((step - step / 2) * r));
        if (jittered.compareTo(cap) > 0) {
            jittered = cap;
        }
        Duration floor = retryAfter.filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        Duration delay = floor.compareTo(jittered) > 0 ? floor : jittered;
        return delay.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : delay;
    }

    public Instant nextAttempt(Instant now, int failures, Optional<Duration> retryAfter) {
        return now.plus(delay(failures, retryAfter));
    }

    // base * 2^(failures-1), saturating at the cap without overflowing.
    private Duration exponential(int failures) {
        Duration step = base;
        for (int i = 1; i < failures && step.compareTo(cap) < 0; i++) {
            step = step.multipliedBy(2);
        }
        return step.compareTo(cap) > 0 ? cap : step;
    }
}
