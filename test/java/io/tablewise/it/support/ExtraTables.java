package io.tablewise.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tables the sample does not have and the tests need: no key at all (with exact duplicates and
 * NULLs), a unique key instead of a primary key, names that need quoting, and a table tests may
 * write to. Created before the dev host starts; the sample seeder leaves foreign tables alone.
 */
public final class ExtraTables {
    public static final String NO_KEY = "it_no_key";
    public static final String UNIQUE_KEY = "it_unique_key";
    public static final String ODD = "it \"odd\" name";
    public static final String ODD_COLUMN = "we\"ird col";
    public static final String RESUME = "it_resume";
    public static final int NO_KEY_ROWS = 257;
    public static final int UNIQUE_KEY_ROWS = 150;
    public static final int RESUME_ROWS = 500;

    private ExtraTables() {
    }

    public static void create(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        String clob = postgres ? "text" : "CHARACTER LARGE OBJECT";
        try (Statement s = connection.createStatement()) {
            for (String table : new String[] {NO_KEY, UNIQUE_KEY, ODD, RESUME}) {
                s.execute("DROP TABLE IF EXISTS " + quote(table));
            }
            s.execute("CREATE TABLE " + quote(NO_KEY) + " (\"label\" VARCHAR(50), \"n\" INTEGER, \"body\" " + clob + ")");
            s.execute("CREATE TABLE " + quote(UNIQUE_KEY) + " (\"code\" VARCHAR(20) NOT NULL, \"seq\" INTEGER NOT NULL,"
                    + " \"v\" VARCHAR(20))");
            s.execute("CREATE UNIQUE INDEX it_unique_key_code_seq ON " + quote(UNIQUE_KEY) + " (\"code\", \"seq\")");
            s.execute("CREATE TABLE " + quote(ODD) + " (" + quote(ODD_COLUMN) + " INTEGER PRIMARY KEY, \"select\" VARCHAR(10))");
            s.execute("CREATE TABLE " + quote(RESUME) + " (\"id\" BIGINT PRIMARY KEY, \"v\" VARCHAR(20))");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quote(NO_KEY) + " VALUES (?, ?, ?)")) {
            for (int i = 0; i < NO_KEY_ROWS; i++) {
                // Rows 0..2 are exact duplicates; every 10th label and every 7th number is NULL.
                boolean duplicate = i < 3;
                insert.setString(1, duplicate ? "dup" : i % 10 == 0 ? null : "label " + (i % 13));
                insert.setObject(2, duplicate ? Integer.valueOf(1) : i % 7 == 0 ? null : Integer.valueOf(i % 5), java.sql.Types.INTEGER);
                insert.setString(3, duplicate ? "same" : "body " + i + "\nline two");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quote(UNIQUE_KEY) + " VALUES (?, ?, ?)")) {
            for (int i = 0; i < UNIQUE_KEY_ROWS; i++) {
                insert.setString(1, new String[] {"a", "B", "ä", "z z"}[i % 4]);
                insert.setInt(2, i / 4);
                insert.setString(3, i % 3 == 0 ? null : "v" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quote(ODD) + " VALUES (?, ?)")) {
            for (int i = 1; i <= 3; i++) {
                insert.setInt(1, i);
                insert.setString(2, "x" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quote(RESUME) + " VALUES (?, ?)")) {
            for (int i = 0; i < RESUME_ROWS; i++) {
                insert.setLong(1, 2L * i + 1);
                insert.setString(2, "row " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
