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
    /** Scratch for digits and timestamps: one reader serves one page on one thread. */
    private final char[] scratch = new char[40];

    ValueReader(ServerTime time) {
        this.time = time;
    }

    /** A reader for one page: the scratch buffer is not shared between threads. */
    ValueReader forPage() {
        return new ValueReader(time);
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
                    // Digits need no escaping: written raw, quotes included.
                    int length = longDigits(value, scratch, scratch.length - 1);
                    scratch[scratch.length - 1] = '"';
                    scratch[scratch.length - 2 - length] = '"';
                    out.writeRawValue(scratch, scratch.length - 2 - length, length + 2);
                }
            }
            case TIMESTAMP_ZONED -> {
                // getObject(OffsetDateTime) is the cheapest instant PostgreSQL's driver gives in
                // both its text and binary protocols (getTimestamp goes through a Calendar).
                OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
                if (value == null) {
                    out.writeNull();
                } else if (value.getOffset().getTotalSeconds() == 0) {
                    int length = IsoText.utc(value.toEpochSecond(), value.getNano(), scratch, 1);
                    if (length < 0) {
                        out.writeString(ServerTime.formatZoned(value));
                    } else {
                        rawString(out, length);
                    }
                } else {
                    out.writeString(ServerTime.formatZoned(value));
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
            case STRING_UTF8 -> {
                byte[] value = rs.getBytes(index);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeUTF8String(value, 0, value.length);
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
            case STRING_UTF8 -> {
                byte[] value = rs.getBytes(index);
                return value == null ? null : new String(value, java.nio.charset.StandardCharsets.UTF_8);
            }
            default -> {
                return text(rs, index, mode);
            }
        }
    }

    /** The decimal digits of {@code value}, ending just before {@code end} in {@code out}; returns their count. */
    static int longDigits(long value, char[] out, int end) {
        if (value == Long.MIN_VALUE) {
            String text = Long.toString(value);
            text.getChars(0, text.length(), out, end - text.length());
            return text.length();
        }
        long rest = Math.abs(value);
        int at = end;
        do {
            out[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            out[--at] = '-';
        }
        return end - at;
    }

    /** scratch[1..length] holds text that needs no JSON escaping: written raw between quotes. */
    private void rawString(JsonGenerator out, int length) throws IOException {
        scratch[0] = '"';
        scratch[length + 1] = '"';
        out.writeRawValue(scratch, 0, length + 2);
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
