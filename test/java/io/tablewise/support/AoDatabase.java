package io.tablewise.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.spi.DatabaseType;
import io.tablewise.analytics.EventEntity;
import io.tablewise.audit.AuditEntryEntity;
import io.tablewise.config.SettingEntity;
import io.tablewise.devhost.AoPrefix;
import io.tablewise.devhost.host.DevActiveObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The real ActiveObjects ORM over a real database, with every Tablewise entity, configured as
 * the product configures it for our namespace (AO_B3BDF1_ tables): H2 in memory, or PostgreSQL
 * (TABLEWISE_TEST_PG_URL) in a schema of its own. Storage is never tested against a mock.
 */
public final class AoDatabase implements AutoCloseable {
    private static final String PG_SCHEMA = "tablewise_unit";

    public final ActiveObjects ao;
    private final EntityManager entityManager;
    public final String name;

    private AoDatabase(String name, String url, String user, String password, String schema, DatabaseType type)
            throws Exception {
        this.name = name;
        String prefix = "AO_" + AoPrefix.hashOf("tablewise") + "_";
        entityManager = EntityManagerBuilder.url(url).username(user).password(password)
                .schema(schema)
                .none()
                .schemaConfiguration((table, caseSensitive) -> caseSensitive
                        ? table.startsWith(prefix) : table.toUpperCase(Locale.ROOT).startsWith(prefix))
                .tableNameConverter(new AtlassianTableNameConverter(table -> prefix + table))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        ao = new DevActiveObjects(entityManager, type);
        entityManager.migrate(SettingEntity.class, EventEntity.class, AuditEntryEntity.class);
        // Each test starts from empty tables (PostgreSQL keeps them between runs).
        ao.deleteWithSQL(EventEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(SettingEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
    }

    public static AoDatabase h2() throws Exception {
        return new AoDatabase("H2", "jdbc:h2:mem:tw-unit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "",
                "PUBLIC", DatabaseType.H2);
    }

    public static AoDatabase postgres() throws Exception {
        String url = System.getenv("TABLEWISE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(System.getenv("TABLEWISE_REQUIRE_PG"))) {
                fail("TABLEWISE_REQUIRE_PG=1 but TABLEWISE_TEST_PG_URL is not set (run scripts/pg start)");
            }
            assumeTrue(false, "TABLEWISE_TEST_PG_URL is not set: PostgreSQL tests skipped");
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + PG_SCHEMA);
        }
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA;
        return new AoDatabase("PostgreSQL", inSchema, "", "", PG_SCHEMA, DatabaseType.POSTGRESQL);
    }

    /** By name, for parameterized tests: "H2" or "PostgreSQL". */
    public static AoDatabase named(String name) throws Exception {
        return name.equals("H2") ? h2() : postgres();
    }

    @Override
    public void close() {
        entityManager.flushAll();
        entityManager.getProvider().dispose();
    }
}
