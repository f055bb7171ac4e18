package io.tablewise.devhost.sample;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/** INSERTs in JDBC batches; used for H2 and as the PostgreSQL fallback when COPY is unavailable. */
final class JdbcBatchSink implements RowSink {

    private static final int BATCH_ROWS = 1000;

    private final Connection connection;
    private final boolean commitEachBatch;
    private final TableShape shape;
    private final List<Column> columns;
    private final PreparedStatement insert;
    private int pending;
    private long rows;

    JdbcBatchSink(Connection connection, Dialect dialect, TableShape shape) throws SQLException {
        this.connection = connection;
        this.commitEachBatch = dialect.commitEachBatch();
        this.shape = shape;
        this.columns = shape.columns();
        String names = columns.stream().map(c -> dialect.quote(c.name())).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        this.insert = connection.prepareStatement("INSERT INTO " + dialect.quote(shape.name()) + " (" + names + ") VALUES (" + marks + ")");
    }

    @Override
    public void row(Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(shape.name() + ": " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            bind(i + 1, columns.get(i).type(), values[i]);
        }
        insert.addBatch();
        rows++;
        if (++pending == BATCH_ROWS) {
            flush();
            if (commitEachBatch) {
                connection.commit();
            }
        }
    }

    private void bind(int index, ColumnType type, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, nullType(type));
            return;
        }
        switch (type.kind()) {
            case NUMERIC_18, NUMERIC_9 -> {
                if (value instanceof BigDecimal decimal) {
                    insert.setBigDecimal(index, decimal);
                } else {
                    insert.setBigDecimal(index, BigDecimal.valueOf(((Number) value).longValue()));
                }
            }
            case BIGINT -> insert.setLong(index, ((Number) value).longValue());
            case INTEGER -> insert.setInt(index, ((Number) value).intValue());
            case SMALLINT -> insert.setShort(index, ((Number) value).shortValue());
            case BOOLEAN -> insert.setBoolean(index, (Boolean) value);
            case DOUBLE -> insert.setDouble(index, ((Number) value).doubleValue());
            case VARCHAR, CHAR, TEXT -> insert.setString(index, (String) value);
            case TIMESTAMPTZ, TIMESTAMP -> insert.setObject(index, value);
            case BYTEA -> insert.setBytes(index, (byte[]) value);
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

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            insert.clearBatch();
            pending = 0;
        }
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public void finish() throws SQLException {
        flush();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
