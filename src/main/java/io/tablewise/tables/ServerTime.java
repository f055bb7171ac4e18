package io.tablewise.tables;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Timestamps without a time zone are wall-clock times of the server's zone: the products write
 * them through JDBC in the JVM's default zone. On the wire every timestamp carries an offset, and
 * for a wall-clock time it is the offset the server's zone had at that moment, so the digits
 * stored in the database are the digits on the wire:
 * <ul>
 * <li>a time that happened twice (autumn DST overlap) gets the earlier offset, as java.time does;</li>
 * <li>a time that never happened (spring DST gap; it can still be stored) keeps its digits and
 * gets the offset in force before the gap.</li>
 * </ul>
 * Parsing reverses exactly that, so a wall-clock value read and sent back (cursor, filter) binds
 * the very same digits.
 */
final class ServerTime {
    private final ZoneId zone;
    private final ZoneRules rules;

    ServerTime(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    static ServerTime systemDefault() {
        return new ServerTime(ZoneId.systemDefault());
    }

    ZoneId zone() {
        return zone;
    }

    ZoneOffset offsetOf(LocalDateTime local) {
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (!valid.isEmpty()) {
            return valid.get(0);
        }
        ZoneOffsetTransition gap = rules.getTransition(local);
        return gap == null ? rules.getOffset(local) : gap.getOffsetBefore();
    }

    String formatLocal(LocalDateTime local) {
        return IsoText.dateTime(local, offsetOf(local));
    }

    static String formatZoned(OffsetDateTime value) {
        return IsoText.dateTime(value.toLocalDateTime(), value.getOffset());
    }

    /** A wire timestamp (with offset) as the server zone's wall-clock time it names. */
    LocalDateTime toLocal(OffsetDateTime value) {
        LocalDateTime digits = value.toLocalDateTime();
        if (offsetOf(digits).equals(value.getOffset())) {
            return digits;
        }
        return value.atZoneSameInstant(zone).toLocalDateTime();
    }

    /** A wall-clock time without offset, as the instant it is in the server's zone. */
    OffsetDateTime toInstant(LocalDateTime local) {
        return local.atOffset(offsetOf(local));
    }
}
