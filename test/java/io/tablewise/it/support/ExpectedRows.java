package io.tablewise.it.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Rows read with plain JDBC and encoded by the documented wire rules (api/types.ts ValueKind),
 * written here a second time and independently of the server's code, as the oracle the
 * API's pages are compared with.
 */
public final class ExpectedRows {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExpectedRows() {
    }

    /** Every row of a table (all columns, JSON text per row) in the given ORDER BY, or unordered. */
    public static List<String> read(Connection connection, String table, List<String> orderBy) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(ExtraTables.quote(table));
        for (int i = 0; i < orderBy.size(); i++) {
            sql.append(i == 0 ? " ORDER BY " : ", ").append(ExtraTables.quote(orderBy.get(i)));
        }
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql.toString())) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                ArrayNode row = NODES.arrayNode();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    encode(rs, meta, i, row);
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    public static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + ExtraTables.quote(table) + " WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
        }
        return names;
    }

    private static void encode(ResultSet rs, ResultSetMetaData meta, int i, ArrayNode row) throws SQLException {
        int type = meta.getColumnType(i);
        String typeName = meta.getColumnTypeName(i).toLowerCase(Locale.ROOT);
        if (rs.getObject(i) == null) {
            row.addNull();
            return;
        }
        switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> row.add(rs.getLong(i));
            case Types.BIGINT -> row.add(rs.getBigDecimal(i).toPlainString());
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal value = rs.getBigDecimal(i);
                int precision = meta.getPrecision(i);
                int scale = meta.getScale(i);
                if (scale == 0 && precision >= 1 && precision <= 9) {
                    row.add(value.longValueExact());
                } else {
                    row.add(value.toPlainString());
                }
            }
            case Types.REAL -> finite(row, rs.getFloat(i));
            case Types.FLOAT, Types.DOUBLE -> finite(row, rs.getDouble(i));
            case Types.BIT, Types.BOOLEAN -> row.add(rs.getBoolean(i));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                row.add(Base64.getEncoder().encodeToString(rs.getBytes(i)));
            case Types.DATE -> row.add(rs.getObject(i, LocalDate.class).toString());
            case Types.TIME -> row.add(rs.getObject(i, LocalTime.class).format(DateTimeFormatter.ISO_LOCAL_TIME));
            case Types.TIMESTAMP_WITH_TIMEZONE -> row.add(zoned(rs.getObject(i, OffsetDateTime.class)));
            case Types.TIMESTAMP -> {
                if (typeName.contains("tz") || typeName.contains("with time zone")) {
                    row.add(zoned(rs.getObject(i, OffsetDateTime.class)));
                } else {
                    row.add(wallClock(rs.getObject(i, LocalDateTime.class)));
                }
            }
            default -> row.add(rs.getString(i));
        }
    }

    private static void finite(ArrayNode row, double value) {
        if (Double.isFinite(value)) {
            row.add(value);
        } else {
            row.add(Double.toString(value));
        }
    }

    private static void finite(ArrayNode row, float value) {
        if (Float.isFinite(value)) {
            row.add(value);
        } else {
            row.add(Float.toString(value));
        }
    }

    private static String zoned(OffsetDateTime value) {
        return value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The documented rule: the server zone's offset at that wall-clock time; in a gap, the one before it. */
    public static String wallClock(LocalDateTime value) {
        ZoneId zone = ZoneId.systemDefault();
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(value);
        ZoneOffset offset;
        if (valid.isEmpty()) {
            ZoneOffsetTransition gap = zone.getRules().getTransition(value);
            offset = gap.getOffsetBefore();
        } else {
            offset = valid.get(0);
        }
        return value.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
