package io.tablewise.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * A value the client sent (filter, id, cursor key) as the Java object bound for a column: the
 * inverse of the wire encoding, strict, so what reaches the database is always of the column's
 * type. Throws {@link IllegalArgumentException} with a message fit for the client.
 */
final class WireValues {
    /** Enough for any SQL numeric type; stops "1e999999999" from costing memory. */
    private static final int MAX_NUMBER_TEXT = 80;
    private static final int MAX_DIGITS = 40;

    private final ServerTime time;

    WireValues(ServerTime time) {
        this.time = time;
    }

    /** Whether values of this column can be bound and compared at all. */
    static boolean bindable(ColumnMeta column) {
        return column.comparable() && column.kind() != ValueKind.OTHER;
    }

    Object toJava(ColumnMeta column, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new IllegalArgumentException("a value for " + column.name() + " is missing");
        }
        if (value.isContainerNode()) {
            throw new IllegalArgumentException("a value for " + column.name() + " must be a string, number or boolean");
        }
        return switch (column.kind()) {
            case INTEGER, BIGINT, DECIMAL -> number(column, value);
            case FLOAT -> column.mode() == ReadMode.FLOAT ? (Object) ((Double) floating(column, value)).floatValue()
                    : floating(column, value);
            case BOOLEAN -> bool(column, value);
            case STRING -> string(column, value);
            case BINARY -> binary(column, value);
            case DATE -> inRange(column, parse(column, value, "YYYY-MM-DD", () -> LocalDate.parse(value.asText())));
            case TIME -> parse(column, value, "HH:MM:SS", () -> LocalTime.parse(value.asText()));
            case TIMESTAMP -> timestamp(column, value);
            case OTHER -> throw new IllegalArgumentException(column.name() + " cannot be compared with a value");
        };
    }

    Object toJava(ColumnMeta column, String text) {
        return toJava(column, com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
    }

    private static Object number(ColumnMeta column, JsonNode value) {
        String text = value.isNumber() ? value.numberValue().toString() : value.isTextual() ? value.textValue() : null;
        if (text == null || text.isEmpty() || text.length() > MAX_NUMBER_TEXT) {
            throw notA(column, "number");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw notA(column, "number");
        }
        if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
            throw notA(column, "number in range");
        }
        if (column.kind() == ValueKind.DECIMAL || column.mode() == ReadMode.DECIMAL_STRING) {
            return number;
        }
        // Integer columns: a value with a fraction can never match, say so instead of rounding.
        BigDecimal whole = number.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw notA(column, "whole number");
        }
        long exact;
        try {
            exact = whole.longValueExact();
        } catch (ArithmeticException e) {
            throw notA(column, "number in range");
        }
        if (column.jdbcType() == java.sql.Types.NUMERIC || column.jdbcType() == java.sql.Types.DECIMAL) {
            return BigDecimal.valueOf(exact);
        }
        if (column.kind() == ValueKind.INTEGER) {
            if (exact < Integer.MIN_VALUE || exact > Integer.MAX_VALUE) {
                throw notA(column, "number in range");
            }
            return (int) exact;
        }
        return exact;
    }

    private static Object floating(ColumnMeta column, JsonNode value) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual() && value.textValue().length() <= MAX_NUMBER_TEXT) {
            String text = value.textValue().trim();
            switch (text) {
                case "NaN" -> {
                    return Double.NaN;
                }
                case "Infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-Infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                    try {
                        return new BigDecimal(text).doubleValue();
                    } catch (NumberFormatException e) {
                        throw notA(column, "number");
                    }
                }
            }
        }
        throw notA(column, "number");
    }

    private static Object bool(ColumnMeta column, JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && ("true".equals(value.textValue()) || "false".equals(value.textValue()))) {
            return Boolean.parseBoolean(value.textValue());
        }
        throw notA(column, "boolean");
    }

    private static Object string(ColumnMeta column, JsonNode value) {
        if (!value.isValueNode() || value.isBinary()) {
            throw notA(column, "string");
        }
        String text = value.asText();
        if (text.indexOf('\u0000') >= 0) {
            // PostgreSQL and Oracle cannot store NUL in text: such a value never matches, and
            // PostgreSQL rejects it as a parameter.
            throw new IllegalArgumentException("a value for " + column.name() + " cannot contain the NUL character");
        }
        // CHAR(n) compares with PAD SPACE semantics; PostgreSQL only does so when both sides are
        // bpchar, so the padding read back from the database must not travel in the parameter.
        return column.blankPadded() ? stripTrailingBlanks(text) : text;
    }

    private static Object binary(ColumnMeta column, JsonNode value) {
        if (!value.isTextual()) {
            throw notA(column, "Base64 string");
        }
        try {
            return Base64.getDecoder().decode(value.textValue());
        } catch (IllegalArgumentException e) {
            throw notA(column, "Base64 string");
        }
    }

    private Object timestamp(ColumnMeta column, JsonNode value) {
        if (!value.isTextual()) {
            throw notA(column, "ISO-8601 timestamp");
        }
        String text = value.textValue().trim();
        OffsetDateTime instant = parse(column, value, "ISO-8601 timestamp", () -> {
            if (text.length() == 10) {
                // A date alone: midnight of that day in the server's zone, handy for date ranges.
                return time.toInstant(LocalDate.parse(text).atStartOfDay());
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                return time.toInstant(LocalDateTime.parse(text));
            }
        });
        inRange(column, instant.toLocalDate());
        return column.mode() == ReadMode.TIMESTAMP_LOCAL ? time.toLocal(instant) : instant;
    }

    /** Years 1 to 9999: what every supported database can hold (Oracle and SQL Server stop there). */
    private static LocalDate inRange(ColumnMeta column, LocalDate date) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw notA(column, "date between the years 1 and 9999");
        }
        return date;
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(ColumnMeta column, JsonNode value, String form, Parser<T> parser) {
        if (!value.isTextual() || value.textValue().length() > MAX_NUMBER_TEXT) {
            throw notA(column, form);
        }
        try {
            return parser.parse();
        } catch (DateTimeParseException e) {
            throw notA(column, form);
        }
    }

    private static String stripTrailingBlanks(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    private static IllegalArgumentException notA(ColumnMeta column, String what) {
        return new IllegalArgumentException("a value for " + column.name() + " must be a " + what);
    }
}
