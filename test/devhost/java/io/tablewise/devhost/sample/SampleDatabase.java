package io.tablewise.devhost.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The dev host's Jira/Confluence-shaped sample database: the real tables, columns, types and
 * keys of REAL-SCHEMA.md, filled with deterministic, realistic and deliberately awkward data.
 *
 * <pre>{@code
 * SeedSummary summary = SampleDatabase.ensureSeeded(connection, SampleOptions.defaults());
 * }</pre>
 *
 * Works on H2 2.x and PostgreSQL (detected from the connection). Seeding is idempotent: a marker
 * property remembers seed, size and table set, and a second call with the same options returns at
 * once. With different options the sample tables are dropped and rebuilt; tables with sample names
 * that the seeder did not create are never touched (the call fails instead).
 */
public final class SampleDatabase {

    private SampleDatabase() {
    }

    /** Seeds unless the same sample is already there. The connection stays open and its auto-commit mode is restored. */
    public static SeedSummary ensureSeeded(Connection connection, SampleOptions options) throws SQLException {
        return ensureSeeded(connection, options, line -> { });
    }

    /** As {@link #ensureSeeded(Connection, SampleOptions)}, reporting one line per seeded table. */
    public static SeedSummary ensureSeeded(Connection connection, SampleOptions options, Consumer<String> progress) throws SQLException {
        return new Seeder(connection, options, progress).ensureSeeded();
    }

    /** Rows each table will hold for these options (the marker tables included). */
    public static Map<String, Long> plannedRows(SampleOptions options) {
        return Seeder.plannedRows(options);
    }

    /** Every table the sample can create, in seeding order. */
    public static Set<String> tableNames() {
        return new LinkedHashSet<>(SampleCatalog.names());
    }

    /**
     * {@code java ... SampleDatabase <jdbc-url> [user [password]] [--seed N] [--issues N] [--tables a,b]}.
     */
    public static void main(String[] args) throws SQLException {
        String url = null;
        String user = null;
        String password = null;
        SampleOptions options = SampleOptions.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> options = options.withSeed(Long.parseLong(args[++i]));
                case "--issues" -> options = options.withIssues(Integer.parseInt(args[++i].replace("_", "")));
                case "--tables" -> options = options.onlyTables(Set.copyOf(Arrays.asList(args[++i].split(","))));
                default -> {
                    if (url == null) {
                        url = args[i];
                    } else if (user == null) {
                        user = args[i];
                    } else {
                        password = args[i];
                    }
                }
            }
        }
        if (url == null) {
            System.err.println("usage: SampleDatabase <jdbc-url> [user [password]] [--seed N] [--issues N] [--tables a,b]");
            System.exit(2);
        }
        try (Connection connection = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password)) {
            System.out.println(ensureSeeded(connection, options, System.out::println));
        }
    }
}
