package io.tablewise.devhost.sample;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates and drops sample tables in the connection's current schema. */
final class SchemaWriter {

    private final Connection connection;
    private final Dialect dialect;

    SchemaWriter(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Names of the tables (exact case) that exist in the current schema. */
    Set<String> existingTables() throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** The table with its primary key; secondary indexes come later, after the rows are in. */
    void createTable(TableShape shape) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(dialect.quote(shape.name())).append(" (");
        String separator = "\n    ";
        for (Column column : shape.columns()) {
            ddl.append(separator).append(dialect.quote(column.name())).append(' ').append(dialect.sqlType(column.type()));
            if (column.defaultSql() != null) {
                ddl.append(" DEFAULT ").append(column.defaultSql());
            }
            if (column.notNull()) {
                ddl.append(" NOT NULL");
            }
            separator = ",\n    ";
        }
        if (shape.primaryKey() != null) {
            ddl.append(separator).append("CONSTRAINT ").append(dialect.quote(shape.primaryKey().constraintName()))
                    .append(" PRIMARY KEY (").append(quotedList(shape.primaryKey().columns())).append(')');
        }
        ddl.append("\n)");
        execute(ddl.toString());
    }

    void createIndexes(TableShape shape) throws SQLException {
        if (dialect == Dialect.POSTGRESQL && !shape.indexes().isEmpty()) {
            // sort in memory rather than in temporary files; LOCAL ends with this transaction
            execute("SET LOCAL maintenance_work_mem = '256MB'");
        }
        for (TableShape.Index index : shape.indexes()) {
            if (!index.unique() && !dialect.buildsSecondaryIndexes()) {
                continue;
            }
            execute("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + dialect.quote(index.name())
                    + " ON " + dialect.quote(shape.name()) + " (" + quotedList(index.columns()) + ")");
        }
    }

    void dropTable(String table) throws SQLException {
        execute("DROP TABLE " + dialect.quote(table));
    }

    private String quotedList(java.util.List<String> columns) {
        return columns.stream().map(dialect::quote).collect(Collectors.joining(", "));
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
