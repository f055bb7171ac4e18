package io.tablewise.devhost.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * SHA-256 over a table's rows in a database-neutral rendering, so the same data hashes the same
 * on H2 and PostgreSQL. Row order does not matter (row digests are sorted), which keeps collation
 * differences out of it.
 */
final class TableChecksum {

    private TableChecksum() {
    }

    static String of(Connection connection, String table) throws SQLException {
        List<String> rowDigests = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder row = new StringBuilder();
            while (rs.next()) {
                row.setLength(0);
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.append(meta.getColumnLabel(c)).append('=').append(render(rs, meta, c)).append('\u0001');
                }
                rowDigests.add(sha256(row.toString()));
            }
        }
        rowDigests.sort(null);
        return sha256(String.join(",", rowDigests));
    }

    private static String render(ResultSet rs, ResultSetMetaData meta, int c) throws SQLException {
        String typeName = meta.getColumnTypeName(c).toLowerCase(Locale.ROOT);
        Object value;
        switch (meta.getColumnType(c)) {
            case Types.NUMERIC, Types.DECIMAL -> value = rs.getBigDecimal(c) == null ? null : rs.getBigDecimal(c).toPlainString();
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> value = rs.getObject(c) == null ? null : rs.getLong(c);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> value = rs.getObject(c) == null ? null : Double.toString(rs.getDouble(c));
            case Types.BOOLEAN, Types.BIT -> value = rs.getObject(c) == null ? null : rs.getBoolean(c);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rs.getBytes(c);
                value = bytes == null ? null : "0x" + HexFormat.of().formatHex(bytes);
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                boolean zoned = typeName.contains("tz") || typeName.contains("with time zone");
                Object time = zoned ? rs.getObject(c, OffsetDateTime.class) : rs.getObject(c, LocalDateTime.class);
                value = time == null ? null : zoned ? ((OffsetDateTime) time).toInstant().toString() : time.toString();
            }
            default -> value = rs.getString(c);
        }
        return value == null ? "\u2400" : "'" + value + "'";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
