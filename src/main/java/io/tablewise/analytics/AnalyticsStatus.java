package io.tablewise.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * api/types.ts AnalyticsStatus. {@code queued} is the rows in the events table, {@code dropped}
 * the events lost because it (or the in-memory hand-off) was full.
 */
public record AnalyticsStatus(AnalyticsState state, int queued, long dropped, String lastSuccessAt,
        AnalyticsError lastError, String nextAttemptAt, int consecutiveFailures) {

    static AnalyticsStatus of(boolean enabled, SendStatus status, int queued, long dropped) {
        return new AnalyticsStatus(stateOf(enabled, status), queued, dropped, text(status.lastSuccessAt()),
                AnalyticsError.of(status.lastError()), text(status.nextAttemptAt()), status.consecutiveFailures());
    }

    private static AnalyticsState stateOf(boolean enabled, SendStatus status) {
        if (!enabled) {
            return AnalyticsState.OFF;
        }
        if (status.consecutiveFailures() == 0 || status.lastError() == null) {
            return AnalyticsState.ON;
        }
        return status.lastError().retrying() ? AnalyticsState.RETRYING : AnalyticsState.REFUSED;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
