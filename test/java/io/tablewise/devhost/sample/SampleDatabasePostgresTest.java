package io.tablewise.devhost.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The sample on PostgreSQL, each test in a scratch schema. Runs when TABLEWISE_TEST_PG_URL holds a
 * JDBC URL with user and password, e.g. {@code jdbc:postgresql://localhost:5432/tw?user=tw&password=tw}.
 */
@EnabledIfEnvironmentVariable(named = "TABLEWISE_TEST_PG_URL", matches = ".+")
class SampleDatabasePostgresTest extends SampleDatabaseContract {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    @Override
    Connection newDatabase() throws SQLException {
        Connection connection = DriverManager.getConnection(System.getenv("TABLEWISE_TEST_PG_URL"));
        String schema = "tw_sample_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    @Override
    void dispose(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        String schema = connection.getSchema();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    @Override
    String timestampLiteral(String value) {
        return "TIMESTAMPTZ '" + value + "'";
    }

    @Test
    void holdsExactlyTheSameDataAsH2() throws SQLException {
        try (Connection h2 = new SampleDatabaseH2Test().newDatabase()) {
            SampleDatabase.ensureSeeded(h2, SMALL);
            Connection pg = open();
            SampleDatabase.ensureSeeded(pg, SMALL);
            Map<String, String> onH2 = new java.util.TreeMap<>();
            Map<String, String> onPostgres = new java.util.TreeMap<>();
            for (String table : SampleDatabase.tableNames()) {
                onH2.put(table, TableChecksum.of(h2, table));
                onPostgres.put(table, TableChecksum.of(pg, table));
            }
            assertThat(onPostgres).isEqualTo(onH2);
        }
    }
}
