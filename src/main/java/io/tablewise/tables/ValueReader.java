package io.tablewise.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Reads one column of the current row and writes it in its wire form (api/types.ts ValueKind):
 * the hot loop of every page, so one switch per value and the cheapest getter for each type.
 */
final class ValueReader {
    private final ServerTime time;

    ValueReader(ServerTime time) {
        this.time = time;
    }

    void write(ResultSet rs, int index, ReadMode mode, JsonGenerator out) throws SQLException, IOException {
        switch (mode) {
            case LONG_NUMBER -> {
                long value = rs.getLong(index);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case LONG_STRING -> {
                long value = rs.getLong(index);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeString(Long.toString(value));
                }
            }
            case DOUBLE -> {
                double value = rs.getDouble(index);
                if (rs.wasNull()) {
                    out.writeNull();
                } else if (Double.isFinite(value)) {
                    out.writeNumber(value);
                } else {
                    out.writeString(Double.toString(value));
                }
            }
            case FLOAT -> {
                float value = rs.getFloat(index);
                if (rs.wasNull()) {
                    out.writeNull();
                } else if (Float.isFinite(value)) {
                    out.writeNumber(value);
                } else {
                    out.writeString(Float.toString(value));
                }
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeBoolean(value);
                }
            }
            case BYTES -> {
                byte[] value = rs.getBytes(index);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeBinary(value);
                }
            }
            default -> {
                String value = text(rs, index, mode);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeString(value);
                }
            }
        }
    }

    /**
     * The same value as a Java object in wire form (Long, Double, Boolean or String), for cursors
     * and audit: only key columns go through here, once per row.
     */
    Object wireValue(ResultSet rs, int index, ReadMode mode) throws SQLException {
        switch (mode) {
            case LONG_NUMBER, LONG_STRING -> {
                long value = rs.getLong(index);
                return rs.wasNull() ? null : value;
            }
            case DOUBLE -> {
                double value = rs.getDouble(index);
                return rs.wasNull() ? null : value;
            }
            case FLOAT -> {
                float value = rs.getFloat(index);
                return rs.wasNull() ? null : Float.toString(value);
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                return rs.wasNull() ? null : value;
            }
            case BYTES -> {
                byte[] value = rs.getBytes(index);
                return value == null ? null : Base64.getEncoder().encodeToString(value);
            }
            default -> {
                return text(rs, index, mode);
            }
        }
    }

    private String text(ResultSet rs, int index, ReadMode mode) throws SQLException {
        switch (mode) {
            case DECIMAL_STRING -> {
                BigDecimal value = rs.getBigDecimal(index);
                return value == null ? null : value.toPlainString();
            }
            case DATE -> {
                LocalDate value = rs.getObject(index, LocalDate.class);
                return value == null ? null : IsoText.date(value);
            }
            case TIME -> {
                LocalTime value = rs.getObject(index, LocalTime.class);
                return value == null ? null : IsoText.time(value);
            }
            case TIMESTAMP_LOCAL -> {
                LocalDateTime value = rs.getObject(index, LocalDateTime.class);
                return value == null ? null : time.formatLocal(value);
            }
            case TIMESTAMP_ZONED -> {
                OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
                return value == null ? null : ServerTime.formatZoned(value);
            }
            default -> {
                return rs.getString(index);
            }
        }
    }
}
