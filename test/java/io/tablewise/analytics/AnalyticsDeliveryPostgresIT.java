package io.tablewise.analytics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * {@link AnalyticsDeliveryScenarios} on PostgreSQL (TABLEWISE_TEST_PG_URL, from scripts/pg), in a
 * schema of its own so it neither sees nor disturbs other tests' tables.
 */
class AnalyticsDeliveryPostgresIT extends AnalyticsDeliveryScenarios {
    private static final String SCHEMA = "tablewise_analytics_it";
    private String url;

    @Override
    String databaseUrl() throws Exception {
        if (url == null) {
            String base = System.getenv("TABLEWISE_TEST_PG_URL");
            if (base == null || base.isBlank()) {
                if ("1".equals(System.getenv("TABLEWISE_REQUIRE_PG"))) {
                    throw new IllegalStateException("TABLEWISE_REQUIRE_PG=1 but TABLEWISE_TEST_PG_URL is not set");
                }
                assumeTrue(false, "TABLEWISE_TEST_PG_URL is not set (scripts/pg start)");
            }
            try (Connection connection = DriverManager.getConnection(base);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            }
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        }
        return url;
    }
}
