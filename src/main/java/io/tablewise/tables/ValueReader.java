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
    private final byte[] scratch = new byte[40];

    ValueReader(ServerTime time) {
        this.time = time;
    }

    /** A reader for one page: the scratch buffer is not shared between threads. */
    ValueReader forPage() {
        return new ValueReader(time);
    }

    void write(ResultSet rs, int index, ReadMode mode, JsonGenerator out) throws SQLException, IOException {
        encode(extract(rs, index, mode), mode, out);
    }

    /**
     * The current row's value with the cheapest getter for its mode: null, a Long, Double,
     * Float, Boolean, OffsetDateTime, byte[] (BYTES and STRING_UTF8) or String. Separate from
     * {@link #encode} so that a page can read rows on one thread and encode them on another.
     */
    static Object extract(ResultSet rs, int index, ReadMode mode) throws SQLException {
        switch (mode) {
            case LONG_NUMBER, LONG_STRING -> {
                long value = rs.getLong(index);
                return rs.wasNull() ? null : value;
            }
            case TIMESTAMP_ZONED -> {
                // getObject(OffsetDateTime) is the cheapest instant PostgreSQL's driver gives in
                // both its text and binary protocols (getTimestamp goes through a Calendar).
                return rs.getObject(index, OffsetDateTime.class);
            }
            case DOUBLE -> {
                double value = rs.getDouble(index);
                return rs.wasNull() ? null : value;
            }
            case FLOAT -> {
                float value = rs.getFloat(index);
                return rs.wasNull() ? null : value;
            }
            case BOOLEAN -> {
                boolean value = rs.getBoolean(index);
                return rs.wasNull() ? null : value;
            }
            case BYTES, STRING_UTF8 -> {
                return rs.getBytes(index);
            }
            case DECIMAL_STRING -> {
                BigDecimal value = rs.getBigDecimal(index);
                return value == null ? null : value.toPlainString();
            }
            case DATE -> {
                return rs.getObject(index, LocalDate.class);
            }
            case TIME -> {
                return rs.getObject(index, LocalTime.class);
            }
            case TIMESTAMP_LOCAL -> {
                return rs.getObject(index, LocalDateTime.class);
            }
            default -> {
                return rs.getString(index);
            }
        }
    }

    /** Writes a value {@link #extract} read, in its wire form (api/types.ts ValueKind). */
    void encode(Object value, ReadMode mode, JsonGenerator out) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        switch (mode) {
            case LONG_NUMBER -> out.writeNumber((long) (Long) value);
            case LONG_STRING -> {
                // Digits need no escaping: written as they are, between quotes.
                int length = longDigits((Long) value, scratch, scratch.length);
                out.writeRawUTF8String(scratch, scratch.length - length, length);
            }
            case TIMESTAMP_ZONED -> {
                OffsetDateTime instant = (OffsetDateTime) value;
                int length = instant.getOffset().getTotalSeconds() == 0
                        ? IsoText.utc(instant.toEpochSecond(), instant.getNano(), scratch, 0)
                        : -1;
                if (length < 0) {
                    out.writeString(ServerTime.formatZoned(instant));
                } else {
                    out.writeRawUTF8String(scratch, 0, length);
                }
            }
            case DOUBLE -> {
                double number = (Double) value;
                if (Double.isFinite(number)) {
                    out.writeNumber(number);
                } else {
                    out.writeString(Double.toString(number));
                }
            }
            case FLOAT -> {
                float number = (Float) value;
                if (Float.isFinite(number)) {
                    out.writeNumber(number);
                } else {
                    out.writeString(Float.toString(number));
                }
            }
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case BYTES -> out.writeBinary((byte[]) value);
            case STRING_UTF8 -> {
                byte[] utf8 = (byte[]) value;
                if (needsEscaping(utf8)) {
                    out.writeUTF8String(utf8, 0, utf8.length);
                } else {
                    // Most text needs no JSON escaping: copied as it is instead of byte by byte.
                    out.writeRawUTF8String(utf8, 0, utf8.length);
                }
            }
            case DATE -> out.writeString(IsoText.date((LocalDate) value));
            case TIME -> out.writeString(IsoText.time((LocalTime) value));
            case TIMESTAMP_LOCAL -> out.writeString(time.formatLocal((LocalDateTime) value));
            default -> out.writeString((String) value);
        }
    }

    /**
     * The same value as a Java object in wire form (Long, Double, Boolean or String), for cursors
     * and audit: only key columns go through here, once per row.
     */
    Object wireValue(ResultSet rs, int index, ReadMode mode) throws SQLException {
        return wireValue(extract(rs, index, mode), mode);
    }

    /** {@link #wireValue(ResultSet, int, ReadMode)} of a value {@link #extract} already read. */
    Object wireValue(Object value, ReadMode mode) {
        if (value == null) {
            return null;
        }
        return switch (mode) {
            case LONG_NUMBER, LONG_STRING, DOUBLE, BOOLEAN, DECIMAL_STRING, STRING -> value;
            case FLOAT -> Float.toString((Float) value);
            case BYTES -> Base64.getEncoder().encodeToString((byte[]) value);
            case STRING_UTF8 -> new String((byte[]) value, java.nio.charset.StandardCharsets.UTF_8);
            case DATE -> IsoText.date((LocalDate) value);
            case TIME -> IsoText.time((LocalTime) value);
            case TIMESTAMP_LOCAL -> time.formatLocal((LocalDateTime) value);
            case TIMESTAMP_ZONED -> ServerTime.formatZoned((OffsetDateTime) value);
        };
    }

    /** Whether UTF-8 text holds a byte JSON must escape: a quote, a backslash or a control character. */
    static boolean needsEscaping(byte[] utf8) {
        for (byte b : utf8) {
            // Bytes of multi-byte characters are negative here and never need escaping.
            if (b < 0x20 && b >= 0 || b == '"' || b == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The decimal digits of {@code value}, ending just before {@code end} in {@code out}; returns their count. */
    static int longDigits(long value, byte[] out, int end) {
        if (value == Long.MIN_VALUE) {
            byte[] text = Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, out, end - text.length, text.length);
            return text.length;
        }
        long rest = Math.abs(value);
        int at = end;
        do {
            out[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            out[--at] = '-';
        }
        return end - at;
    }
}
