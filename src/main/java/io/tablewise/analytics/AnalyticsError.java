package io.tablewise.analytics;

import java.time.temporal.ChronoUnit;

/** api/types.ts AnalyticsError: the last failed send. {@code status} is 0 without an HTTP answer. */
public record AnalyticsError(String at, int status, String message, boolean retrying) {
    static AnalyticsError of(SendError error) {
        if (error == null) {
            return null;
        }
        String at = error.at().truncatedTo(ChronoUnit.MILLIS).toString();
        return new AnalyticsError(at, error.status(), error.message(), error.retrying());
    }
}
