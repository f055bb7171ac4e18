package io.tablewise.devhost.sample;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Fixed time bases and the three ways the products store time: Jira {@code timestamptz} (always
 * written in UTC so H2, which keeps offsets, and PostgreSQL hold the same value), Confluence and AO
 * {@code timestamp} in the server's local zone, and AO epoch milliseconds in {@code bigint}.
 */
final class Times {

    private Times() {
    }

    static final Instant JIRA_START = Instant.parse("2019-01-07T08:00:00Z");
    static final Instant JIRA_END = Instant.parse("2025-06-30T18:00:00Z");
    static final Instant CONFLUENCE_START = Instant.parse("2017-07-19T14:48:05.142Z");
    /** Confluence writes JVM-local time into timestamp columns; this instance runs in Berlin. */
    static final ZoneId SERVER_ZONE = ZoneId.of("Europe/Berlin");

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static LocalDateTime serverLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, SERVER_ZONE);
    }

    /** Jira stores milliseconds; keep generated instants at that precision. */
    static Instant millis(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }

    static Instant between(Instant from, Instant to, double unit) {
        long span = to.toEpochMilli() - from.toEpochMilli();
        return Instant.ofEpochMilli(from.toEpochMilli() + (long) (span * unit));
    }
}
