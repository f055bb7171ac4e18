package io.tablewise.analytics;

import java.time.Instant;

/** An event on its way into the events table. */
public record NewEvent(EventName name, Instant recordedAt, String productVersion, String appVersion) {
}
