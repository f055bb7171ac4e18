package io.tablewise.it.catalog;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.tablewise.config.RedactionSettings;
import io.tablewise.devhost.db.ConnectionPool;
import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.devhost.host.DevTransactionalExecutorFactory;
import io.tablewise.tables.CatalogService;
import io.tablewise.tables.HostDatabase;
import io.tablewise.tables.RedactionPolicy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A schema the size of a large instance: 1,200 tables of 5 to 40 columns, a third of them
 * AO_ tables, some with composite keys, some without any. Built in its own schema so that it
 * never mixes with the sample.
 */
final class WideSchema {
    static final int TABLES = 1200;

    private WideSchema() {
    }

    static void create(Connection connection, String schema) throws SQLException {
        drop(connection, schema);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA \"" + schema + "\"");
            for (int t = 0; t < TABLES; t++) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + schema + "\".\"" + name(t) + "\" (\"ID\" BIGINT NOT NULL");
                int columns = 5 + t % 36;
                for (int c = 1; c < columns; c++) {
                    ddl.append(", \"COL_").append(c).append("\" ").append(List.of("VARCHAR(255)", "INTEGER", "NUMERIC(18,0)",
                            "TIMESTAMP", "BOOLEAN", "DOUBLE PRECISION").get(c % 6));
                }
                if (t % 50 == 7) {
                    ddl.append(")");
                } else if (t % 25 == 3) {
                    ddl.append(", PRIMARY KEY (\"ID\", \"COL_1\"))");
                } else {
                    ddl.append(", PRIMARY KEY (\"ID\"))");
                }
                s.execute(ddl.toString());
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** Table by table: one DROP SCHEMA CASCADE would need a lock per table, index and TOAST table at once. */
    static void drop(Connection connection, String schema) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            for (int t = 0; t < TABLES; t++) {
                s.execute("DROP TABLE IF EXISTS \"" + schema + "\".\"" + name(t) + "\"");
            }
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\"");
        } catch (SQLException e) {
            // The schema may not exist yet (H2 refuses a qualified name in an unknown schema).
            try (Statement s = connection.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
            }
        }
    }

    static String name(int t) {
        return t % 3 == 0 ? String.format("AO_%06X_ENTITY_%d", (t * 7919) & 0xFFFFFF, t) : "wide_table_" + t;
    }

    /** The catalog as the plugin builds it, over the host executor limited to that schema. */
    static CatalogService catalog(ConnectionPool pool, String schema) {
        TransactionalExecutorFactory executors = new DevTransactionalExecutorFactory(pool, schema);
        RedactionSettings noAdminList = new RedactionSettings(null) {
            @Override
            public List<String> columns() {
                return List.of();
            }
        };
        return new CatalogService(new HostDatabase(executors), new RedactionPolicy(noAdminList));
    }

    static ConnectionPool pool(DevDatabase database) {
        return new ConnectionPool(database, 2);
    }
}
