package io.tablewise.it.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tablewise.devhost.db.DevDatabase;
import java.util.UUID;

/**
 * The databases integration tests run on: H2 in memory always, PostgreSQL when
 * TABLEWISE_TEST_PG_URL names one (scripts/pg start prints it). CI sets TABLEWISE_REQUIRE_PG=1,
 * so there a missing PostgreSQL fails instead of skipping.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static DevDatabase h2() {
        return new DevDatabase("jdbc:h2:mem:tw-it-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public static DevDatabase postgres() {
        String url = System.getenv("TABLEWISE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("TABLEWISE_REQUIRE_PG"))) {
                fail("TABLEWISE_REQUIRE_PG=1 but TABLEWISE_TEST_PG_URL is not set (run scripts/pg start)");
            }
            assumeTrue(false, "TABLEWISE_TEST_PG_URL is not set: PostgreSQL tests skipped");
        }
        return new DevDatabase(url.trim(), System.getenv("TABLEWISE_TEST_PG_USER"),
                System.getenv("TABLEWISE_TEST_PG_PASSWORD"));
    }
}
