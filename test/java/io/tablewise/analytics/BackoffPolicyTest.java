package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {
    private static final Duration BASE = Duration.ofMinutes(1);
    private static final Duration CAP = Duration.ofHours(1);
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private static BackoffPolicy withRandom(double r) {
        return new BackoffPolicy(BASE, CAP, MAX_RETRY_AFTER, () -> r);
    }

    @Test
    void theStepDoublesAndJitterSpansItsUpperHalf() {
        assertThat(withRandom(0.0).delay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(30));
        assertThat(withRandom(0.999_999).delay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(60));
        assertThat(withRandom(0.0).delay(2, Optional.empty())).isEqualTo(Duration.ofSeconds(60));
        assertThat(withRandom(0.0).delay(3, Optional.empty())).isEqualTo(Duration.ofSeconds(120));
        assertThat(withRandom(0.5).delay(3, Optional.empty())).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void theDelayNeverExceedsTheCapHoweverManyFailures() {
        Random random = new Random(42);
        BackoffPolicy policy = new BackoffPolicy(BASE, CAP, MAX_RETRY_AFTER, random::nextDouble);
        for (int failures : new int[] {7, 8, 30, 63, 64, 1_000, Integer.MAX_VALUE}) {
            assertThat(policy.delay(failures, Optional.empty()))
                    .isLessThanOrEqualTo(CAP)
                    .isGreaterThanOrEqualTo(CAP.dividedBy(2));
        }
    }

    @Test
    void retryAfterIsAFloor() {
        Duration retryAfter = Duration.ofMinutes(10);
        for (double r : new double[] {0.0, 0.5, 0.99}) {
            assertThat(withRandom(r).delay(1, Optional.of(retryAfter))).isEqualTo(retryAfter);
        }
        // A longer exponential step still wins over a short Retry-After.
        assertThat(withRandom(0.0).delay(8, Optional.of(Duration.ofSeconds(5)))).isEqualTo(CAP.dividedBy(2));
    }

    @Test
    void retryAfterIsHonouredBeyondTheBackoffCapButNotBeyondItsOwnCap() {
        assertThat(withRandom(0.0).delay(1, Optional.of(Duration.ofHours(5)))).isEqualTo(Duration.ofHours(5));
        assertThat(withRandom(0.0).delay(1, Optional.of(Duration.ofDays(365)))).isEqualTo(MAX_RETRY_AFTER);
    }

    @Test
    void nextAttemptIsNowPlusTheDelay() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(withRandom(0.0).nextAttempt(now, 2, Optional.empty())).isEqualTo(now.plusSeconds(60));
    }

    @Test
    void randomValuesOutsideTheUnitIntervalAreClamped() {
        assertThat(withRandom(7.0).delay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(60));
        assertThat(withRandom(-3.0).delay(1, Optional.empty())).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void nonsenseSettingsAndCountsAreRefused() {
        assertThatThrownBy(() -> new BackoffPolicy(Duration.ZERO, CAP, MAX_RETRY_AFTER, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffPolicy(CAP, BASE, MAX_RETRY_AFTER, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackoffPolicy(BASE, CAP, BASE, () -> 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withRandom(0).delay(0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAreSane() {
        Duration first = BackoffPolicy.defaults().delay(1, Optional.empty());
        assertThat(first).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
