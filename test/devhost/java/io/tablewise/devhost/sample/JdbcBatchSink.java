package io.tablewise.devhost.sample;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * INSERTs in JDBC batches; used for H2 and as the PostgreSQL fallback when COPY is unavailable.
 * Each statement carries several rows ({@code VALUES (...), (...)}): H2 spends a good part of a
 * single-row insert on starting and ending the statement, and multi-row statements cut its
 * insert time by a fifth or more. The last few rows go in one by one.
 */
final class JdbcBatchSink implements RowSink {

    private static final int BATCH_ROWS = 1000;
    private static final int MAX_PARAMETERS = 2000;

    private final Connection connection;
    private final boolean commitEachBatch;
    private final TableShape shape;
    private final List<Column> columns;
    private final int rowsPerStatement;
    private final PreparedStatement multiRow;
    private final PreparedStatement singleRow;
    private final Object[][] pendingRows;
    private int pendingInStatement;
    private int pendingInBatch;
    private long rows;

    JdbcBatchSink(Connection connection, Dialect dialect, TableShape shape) throws SQLException {
        this.connection = connection;
        this.commitEachBatch = dialect.commitsEachBatch();
        this.shape = shape;
        this.columns = shape.columns();
        this.rowsPerStatement = Math.max(1, Math.min(100, MAX_PARAMETERS / columns.size()));
        String names = columns.stream().map(c -> dialect.quote(c.name())).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", ", "(", ")"));
        String insert = "INSERT INTO " + dialect.quote(shape.name()) + " (" + names + ") VALUES ";
        this.singleRow = connection.prepareStatement(insert + marks);
        this.multiRow = rowsPerStatement == 1 ? singleRow
                : connection.prepareStatement(insert + String.join(", ", java.util.Collections.nCopies(rowsPerStatement, marks)));
        this.pendingRows = new Object[rowsPerStatement][];
    }

    @Override
    public void row(Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(shape.name() + ": " + values.length + " values for " + columns.size() + " columns");
        }
        pendingRows[pendingInStatement++] = values;
        rows++;
        if (pendingInStatement == rowsPerStatement) {
            for (int r = 0; r < rowsPerStatement; r++) {
                bindRow(multiRow, r * columns.size(), pendingRows[r]);
            }
            multiRow.addBatch();
            pendingInStatement = 0;
            pendingInBatch += rowsPerStatement;
            if (pendingInBatch >= BATCH_ROWS) {
                multiRow.executeBatch();
                pendingInBatch = 0;
                if (commitEachBatch) {
                    connection.commit();
                }
            }
        }
    }

    private void bindRow(PreparedStatement statement, int offset, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(statement, offset + i + 1, columns.get(i).type(), values[i]);
        }
    }

    private static void bind(PreparedStatement statement, int index, ColumnType type, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, nullType(type));
            return;
        }
        switch (type.kind()) {
            case NUMERIC_18, NUMERIC_9 -> {
                if (value instanceof BigDecimal decimal) {
                    statement.setBigDecimal(index, decimal);
                } else {
                    statement.setBigDecimal(index, BigDecimal.valueOf(((Number) value).longValue()));
                }
            }
            case BIGINT -> statement.setLong(index, ((Number) value).longValue());
            case INTEGER -> statement.setInt(index, ((Number) value).intValue());
            case SMALLINT -> statement.setShort(index, ((Number) value).shortValue());
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case DOUBLE -> statement.setDouble(index, ((Number) value).doubleValue());
            case VARCHAR, CHAR, TEXT -> statement.setString(index, (String) value);
            case TIMESTAMPTZ, TIMESTAMP -> statement.setObject(index, value);
            case BYTEA -> statement.setBytes(index, (byte[]) value);
        }
    }

    private static int nullType(ColumnType type) {
        return switch (type.kind()) {
            case NUMERIC_18, NUMERIC_9 -> Types.NUMERIC;
            case BIGINT -> Types.BIGINT;
            case INTEGER -> Types.INTEGER;
            case SMALLINT -> Types.SMALLINT;
            case BOOLEAN -> Types.BOOLEAN;
            case DOUBLE -> Types.DOUBLE;
            case VARCHAR, CHAR, TEXT -> Types.VARCHAR;
            case TIMESTAMPTZ -> Types.TIMESTAMP_WITH_TIMEZONE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case BYTEA -> Types.BINARY;
        };
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public void finish() throws SQLException {
        if (pendingInBatch > 0) {
            multiRow.executeBatch();
            pendingInBatch = 0;
        }
        for (int r = 0; r < pendingInStatement; r++) {
            bindRow(singleRow, 0, pendingRows[r]);
            singleRow.addBatch();
        }
        if (pendingInStatement > 0) {
            singleRow.executeBatch();
            pendingInStatement = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            singleRow.close();
        } finally {
            multiRow.close();
        }
    }
}
