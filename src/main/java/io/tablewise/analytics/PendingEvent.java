package io.tablewise.analytics;

import java.time.Instant;

/** An event handed off by a request thread, not yet written. */
record PendingEvent(EventName name, Instant at) {
}
