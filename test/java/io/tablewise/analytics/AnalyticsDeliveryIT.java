package io.tablewise.analytics;

import java.nio.file.Path;

/**
 * {@link AnalyticsDeliveryScenarios} on H2 (a fresh file database per run). WRITE_DELAY=0 makes a
 * commit durable when it returns, as on every production database: H2's default flushes up to
 * half a second later, and the crash scenario would otherwise lose the events to H2, not to us.
 */
class AnalyticsDeliveryIT extends AnalyticsDeliveryScenarios {
    private final Path database = Path.of("target", "analytics-it", "h2-" + System.currentTimeMillis(), "db")
            .toAbsolutePath();

    @Override
    String databaseUrl() {
        return "jdbc:h2:file:" + database + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }
}
