package io.tablewise.devhost.sample;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Remembers what was seeded the way a Jira app would: a string property in propertyentry +
 * propertystring ('jira.properties', entity 1, key {@value #KEY}). While seeding, the value says
 * so, so an interrupted run is rebuilt rather than trusted.
 */
final class SampleMarker {

    static final long ID = 9999;
    static final String KEY = "tablewise.devhost.sample";
    private static final String SEEDING = "state=seeding;";

    private final Connection connection;
    private final Dialect dialect;

    SampleMarker(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The stored fingerprint, or null when there is none. */
    String read() throws SQLException {
        String sql = "SELECT s." + q("propertyvalue") + " FROM " + q("propertyentry") + " e JOIN " + q("propertystring") + " s ON s." + q("id")
                + " = e." + q("id") + " WHERE e." + q("id") + " = ? AND e." + q("property_key") + " = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setBigDecimal(1, BigDecimal.valueOf(ID));
            select.setString(2, KEY);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    void markSeeding(String fingerprint) throws SQLException {
        write(SEEDING + fingerprint);
    }

    void markDone(String fingerprint) throws SQLException {
        write(fingerprint);
    }

    /** Empties a marker table except for the marker row itself. */
    void clearAllBut(String table) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + q(table) + " WHERE " + q("id") + " <> ?")) {
            delete.setBigDecimal(1, BigDecimal.valueOf(ID));
            delete.executeUpdate();
        }
    }

    private void write(String value) throws SQLException {
        for (String table : new String[] {"propertystring", "propertyentry"}) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + q(table) + " WHERE " + q("id") + " = ?")) {
                delete.setBigDecimal(1, BigDecimal.valueOf(ID));
                delete.executeUpdate();
            }
        }
        try (PreparedStatement entry = connection.prepareStatement("INSERT INTO " + q("propertyentry") + " (" + q("id") + ", " + q("entity_name")
                + ", " + q("entity_id") + ", " + q("property_key") + ", " + q("propertytype") + ") VALUES (?, 'jira.properties', 1, ?, 5)")) {
            entry.setBigDecimal(1, BigDecimal.valueOf(ID));
            entry.setString(2, KEY);
            entry.executeUpdate();
        }
        try (PreparedStatement string = connection.prepareStatement("INSERT INTO " + q("propertystring") + " (" + q("id") + ", "
                + q("propertyvalue") + ") VALUES (?, ?)")) {
            string.setBigDecimal(1, BigDecimal.valueOf(ID));
            string.setString(2, value);
            string.executeUpdate();
        }
        connection.commit();
    }

    private String q(String name) {
        return dialect.quote(name);
    }
}
