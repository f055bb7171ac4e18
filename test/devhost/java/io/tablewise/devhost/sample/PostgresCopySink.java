package io.tablewise.devhost.sample;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code COPY ... FROM STDIN} in PostgreSQL's text format. The brief's alternative,
 * {@code reWriteBatchedInserts}, is a connection property and the seeder does not own the
 * connection; COPY needs nothing from the URL and is the fastest path pgjdbc offers.
 */
final class PostgresCopySink implements RowSink {

    private static final int FLUSH_CHARS = 1 << 18;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final TableShape shape;
    private final List<Column> columns;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
    private long rows;

    private PostgresCopySink(TableShape shape, CopyIn copy) {
        this.shape = shape;
        this.columns = shape.columns();
        this.copy = copy;
    }

    /** Null when the connection is not (a wrapper of) pgjdbc, e.g. another driver or an opaque pool. */
    static RowSink openIfPossible(Connection connection, Dialect dialect, TableShape shape) throws SQLException {
        PGConnection pg;
        try {
            if (!connection.isWrapperFor(PGConnection.class)) {
                return null;
            }
            pg = connection.unwrap(PGConnection.class);
        } catch (LinkageError | SQLException notPgjdbc) {
            return null;
        }
        String names = shape.columns().stream().map(c -> dialect.quote(c.name())).collect(Collectors.joining(", "));
        CopyIn copy = pg.getCopyAPI().copyIn("COPY " + dialect.quote(shape.name()) + " (" + names + ") FROM STDIN");
        return new PostgresCopySink(shape, copy);
    }

    @Override
    public void row(Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(shape.name() + ": " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(columns.get(i).type(), values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    private void append(ColumnType type, Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        switch (type.kind()) {
            case NUMERIC_18, NUMERIC_9 -> buffer.append(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            case BIGINT, INTEGER, SMALLINT, DOUBLE -> buffer.append(value);
            case BOOLEAN -> buffer.append((Boolean) value ? 't' : 'f');
            case VARCHAR, CHAR, TEXT -> appendEscaped((String) value);
            case TIMESTAMPTZ -> appendTimestamp(((OffsetDateTime) value).toLocalDateTime()).append(offset((OffsetDateTime) value));
            case TIMESTAMP -> appendTimestamp((LocalDateTime) value);
            case BYTEA -> appendHex((byte[]) value);
        }
    }

    /** ISO date and time with micro-seconds; DateTimeFormatter was a fifth of the client's time. */
    private StringBuilder appendTimestamp(LocalDateTime t) {
        pad(t.getYear(), 4).append('-');
        pad(t.getMonthValue(), 2).append('-');
        pad(t.getDayOfMonth(), 2).append(' ');
        pad(t.getHour(), 2).append(':');
        pad(t.getMinute(), 2).append(':');
        pad(t.getSecond(), 2).append('.');
        return pad(t.getNano() / 1000, 6);
    }

    private StringBuilder pad(int value, int width) {
        for (int limit = 10, digits = 1; digits < width; limit *= 10, digits++) {
            if (value < limit) {
                buffer.append('0');
            }
        }
        return buffer.append(value);
    }

    private static String offset(OffsetDateTime t) {
        return t.getOffset().getTotalSeconds() == 0 ? "+00" : t.getOffset().getId();
    }

    /** COPY text format: backslash, tab, LF and CR are the only characters that need escaping. */
    private void appendEscaped(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    /** bytea hex input ({@code \x0aff}); its backslash is itself escaped for COPY. */
    private void appendHex(byte[] bytes) {
        buffer.append("\\\\x");
        for (byte b : bytes) {
            buffer.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }

    /** Only called between rows, so a surrogate pair is never cut in two. */
    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public void finish() throws SQLException {
        flush();
        copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
