package io.tablewise.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * api/types.ts AnalyticsSettings: what an administrator sets (PUT /analytics). Boxed so that a
 * missing field is reported as missing instead of silently becoming false or 0.
 */
public record AnalyticsSettings(Boolean enabled, String endpoint, Integer batchSize, Integer maxStoredEvents) {
    /** The vendor's collector (tablewise-analytics/1). Only used once an administrator opts in. */
    public static final String DEFAULT_ENDPOINT = "https://analytics.tablewise.io/v1/ingest";
    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final int MAX_BATCH_SIZE = 500;
    public static final int DEFAULT_MAX_STORED_EVENTS = 10_000;
    public static final int MIN_STORED_EVENTS = 100;
    public static final int MAX_STORED_EVENTS = 100_000;
    static final int MAX_ENDPOINT_LENGTH = 2000;

    /** Off, the vendor's collector, protocol batch size and table bound. */
    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(false, DEFAULT_ENDPOINT, DEFAULT_BATCH_SIZE, DEFAULT_MAX_STORED_EVENTS);
    }

    /**
     * Every problem at once, worded for the administrator; empty when the settings are valid.
     *
     * @param devMode whether a plain-http loopback endpoint is allowed (development mode only)
     */
    public List<String> problems(boolean devMode) {
        List<String> problems = new ArrayList<>();
        if (enabled == null) {
            problems.add("enabled is required.");
        }
        if (endpoint == null || endpoint.isBlank()) {
            problems.add("endpoint is required.");
        } else if (endpoint.length() > MAX_ENDPOINT_LENGTH) {
            problems.add("endpoint is longer than " + MAX_ENDPOINT_LENGTH + " characters.");
        } else {
            try {
                EndpointPolicy.check(endpoint, devMode);
            } catch (IllegalArgumentException e) {
                problems.add("endpoint: " + e.getMessage() + ".");
            }
        }
        if (batchSize == null || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            problems.add("batchSize must be 1 to " + MAX_BATCH_SIZE + ".");
        }
        if (maxStoredEvents == null || maxStoredEvents < MIN_STORED_EVENTS || maxStoredEvents > MAX_STORED_EVENTS) {
            problems.add("maxStoredEvents must be " + MIN_STORED_EVENTS + " to " + MAX_STORED_EVENTS + ".");
        }
        return problems;
    }
}
