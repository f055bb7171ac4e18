package io.tablewise.devhost.sample;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a generator writes the rows of one table. Values come in column order as plain Java
 * objects ({@code Long}/{@code BigDecimal}, {@code Integer}, {@code String}, {@code Boolean},
 * {@code Double}, {@code OffsetDateTime}, {@code LocalDateTime}, {@code byte[]} or null); the
 * sink binds or encodes them by the column's {@link ColumnType}.
 */
interface RowSink extends AutoCloseable {

    void row(Object... values) throws SQLException;

    long rowCount();

    /** Sends what is buffered; the caller commits. */
    void finish() throws SQLException;

    @Override
    void close() throws SQLException;

    /** COPY on PostgreSQL (several times faster than batched INSERTs), JDBC batches elsewhere. */
    static RowSink open(Connection connection, Dialect dialect, TableShape shape) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            RowSink copy = PostgresCopySink.openIfPossible(connection, dialect, shape);
            if (copy != null) {
                return copy;
            }
        }
        return new JdbcBatchSink(connection, dialect, shape);
    }
}
