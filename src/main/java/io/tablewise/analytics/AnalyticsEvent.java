package io.tablewise.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of the local events table, as the sender encodes it. The tenant is not a field: it
 * is the same for every row of an instance and is supplied once when a batch is encoded.
 *
 * <p>Versions are checked against a narrow pattern so that no free text can ride along in a
 * field meant for {@code 9.12.15}.
 */
public record AnalyticsEvent(
        long id,
        EventName name,
        Product product,
        String productVersion,
        Instant updateDate,
        String appVersion) {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");
    // The wire form is four-digit-year ISO-8601; outside these bounds it would not be.
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public AnalyticsEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(updateDate, "updateDate");
        if (id < 0) {
            throw new IllegalArgumentException("id must not be negative");
        }
        requireVersion("productVersion", productVersion);
        requireVersion("appVersion", appVersion);
        // The protocol sends whole seconds; truncating here keeps equals() true to the wire.
        updateDate = updateDate.truncatedTo(ChronoUnit.SECONDS);
        if (updateDate.isBefore(EARLIEST) || updateDate.isAfter(LATEST)) {
            throw new IllegalArgumentException("updateDate out of range: " + updateDate);
        }
    }

    private static void requireVersion(String field, String value) {
        Objects.requireNonNull(value, field);
        if (!VERSION.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " is not a version string");
        }
    }
}
