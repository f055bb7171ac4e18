package io.tablewise.analytics;

import java.time.Instant;

/** One stored event as read from the events table; the name is checked when it is encoded. */
public record EventRow(int id, String name, Instant recordedAt, String productVersion, String appVersion) {
}
