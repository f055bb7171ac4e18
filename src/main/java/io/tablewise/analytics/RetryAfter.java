package io.tablewise.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses an HTTP {@code Retry-After} value: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
final class RetryAfter {
    // Ten digits is over 300 years; longer values would only overflow, so they are ignored.
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,10}");

    private RetryAfter() {}

    /** The delay from {@code now}, never negative; empty when absent or unparseable. */
    static Optional<Duration> parse(Optional<String> header, Instant now) {
        return header.map(String::trim).flatMap(value -> parse(value, now));
    }

    private static Optional<Duration> parse(String value, Instant now) {
        if (SECONDS.matcher(value).matches()) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration delay = Duration.between(now, date);
            return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
