package io.tablewise.tables;

import java.sql.Types;
import java.util.Locale;

/**
 * JDBC type → wire kind. Integers travel as JSON numbers only when every value of the declared
 * type fits JavaScript's 2^53; wider integers and decimals travel as exact strings.
 */
final class ColumnTypes {
    /** Vendor codes without a java.sql.Types constant. */
    private static final int ORACLE_TIMESTAMP_TZ = -101;
    private static final int ORACLE_TIMESTAMP_LTZ = -102;
    private static final int SQLSERVER_DATETIMEOFFSET = -155;

    record Mapping(ValueKind kind, ReadMode mode, boolean comparable) {
    }

    private ColumnTypes() {
    }

    static Mapping classify(int jdbcType, String typeName, Integer size, Integer scale) {
        String type = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER:
                return new Mapping(ValueKind.INTEGER, ReadMode.LONG_NUMBER, true);
            case Types.BIGINT:
                // MySQL's BIGINT UNSIGNED goes beyond a long.
                return new Mapping(ValueKind.BIGINT, type.contains("unsigned") ? ReadMode.DECIMAL_STRING
                        : ReadMode.LONG_STRING, true);
            case Types.NUMERIC, Types.DECIMAL:
                return numeric(size, scale);
            case Types.REAL:
                return new Mapping(ValueKind.FLOAT, ReadMode.FLOAT, true);
            case Types.FLOAT, Types.DOUBLE:
                return new Mapping(ValueKind.FLOAT, ReadMode.DOUBLE, true);
            case Types.BOOLEAN:
                return new Mapping(ValueKind.BOOLEAN, ReadMode.BOOLEAN, true);
            case Types.BIT:
                // BIT(1) is a boolean everywhere (PostgreSQL reports bool as BIT); BIT(n) is not.
                return size == null || size <= 1 ? new Mapping(ValueKind.BOOLEAN, ReadMode.BOOLEAN, true)
                        : other();
            case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR:
                return new Mapping(ValueKind.STRING, ReadMode.STRING, true);
            case Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB:
                // Oracle cannot compare CLOB or LONG, SQL Server cannot compare text: never in WHERE/ORDER BY.
                return new Mapping(ValueKind.STRING, ReadMode.STRING, false);
            case Types.BINARY, Types.VARBINARY:
                return new Mapping(ValueKind.BINARY, ReadMode.BYTES, true);
            case Types.LONGVARBINARY, Types.BLOB:
                return new Mapping(ValueKind.BINARY, ReadMode.BYTES, false);
            case Types.DATE:
                return new Mapping(ValueKind.DATE, ReadMode.DATE, true);
            case Types.TIME:
                return type.contains("tz") || type.contains("zone") ? other()
                        : new Mapping(ValueKind.TIME, ReadMode.TIME, true);
            case Types.TIMESTAMP:
                // pgjdbc reports timestamptz as TIMESTAMP; only the type name tells them apart.
                boolean zoned = type.contains("timestamptz") || type.contains("with time zone")
                        || type.contains("datetimeoffset");
                return new Mapping(ValueKind.TIMESTAMP, zoned ? ReadMode.TIMESTAMP_ZONED : ReadMode.TIMESTAMP_LOCAL,
                        true);
            case Types.TIMESTAMP_WITH_TIMEZONE, ORACLE_TIMESTAMP_TZ, SQLSERVER_DATETIMEOFFSET:
                return new Mapping(ValueKind.TIMESTAMP, ReadMode.TIMESTAMP_ZONED, true);
            case ORACLE_TIMESTAMP_LTZ:
                return new Mapping(ValueKind.TIMESTAMP, ReadMode.TIMESTAMP_LOCAL, true);
            default:
                return other();
        }
    }

    private static Mapping numeric(Integer precision, Integer scale) {
        int p = precision == null ? 0 : precision;
        int s = scale == null ? 0 : scale;
        // Precision 0 (or absurdly large) means "unconstrained" (PostgreSQL numeric, Oracle NUMBER):
        // any scale can occur, so only DECIMAL is safe.
        if (s == 0 && p >= 1 && p <= 9) {
            return new Mapping(ValueKind.INTEGER, ReadMode.LONG_NUMBER, true);
        }
        if (s == 0 && p >= 10 && p <= 18) {
            return new Mapping(ValueKind.BIGINT, ReadMode.LONG_STRING, true);
        }
        if (s == 0 && p >= 19 && p <= 38) {
            return new Mapping(ValueKind.BIGINT, ReadMode.DECIMAL_STRING, true);
        }
        return new Mapping(ValueKind.DECIMAL, ReadMode.DECIMAL_STRING, true);
    }

    /** Anything else is read with getString; the database may not compare it with a string parameter. */
    private static Mapping other() {
        return new Mapping(ValueKind.OTHER, ReadMode.STRING, false);
    }
}
