package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import org.junit.jupiter.api.Test;

class ColumnTypesTest {

    private static ColumnTypes.Mapping map(int type, String name, Integer size, Integer scale) {
        return ColumnTypes.classify(type, name, size, scale);
    }

    @Test
    void smallIntegersAreNumbersAndBigIntegersAreStrings() {
        assertThat(map(Types.INTEGER, "int4", 10, 0).kind()).isEqualTo(ValueKind.INTEGER);
        assertThat(map(Types.SMALLINT, "int2", 5, 0).kind()).isEqualTo(ValueKind.INTEGER);
        assertThat(map(Types.BIGINT, "int8", 19, 0)).isEqualTo(
                new ColumnTypes.Mapping(ValueKind.BIGINT, ReadMode.LONG_STRING, true));
        assertThat(map(Types.BIGINT, "BIGINT UNSIGNED", 20, 0).mode()).isEqualTo(ReadMode.DECIMAL_STRING);
    }

    @Test
    void numericsByPrecisionAndScale() {
        // Jira: numeric(9,0) flags, numeric(18,0) ids.
        assertThat(map(Types.NUMERIC, "numeric", 9, 0)).isEqualTo(
                new ColumnTypes.Mapping(ValueKind.INTEGER, ReadMode.LONG_NUMBER, true));
        assertThat(map(Types.NUMERIC, "numeric", 18, 0)).isEqualTo(
                new ColumnTypes.Mapping(ValueKind.BIGINT, ReadMode.LONG_STRING, true));
        assertThat(map(Types.DECIMAL, "NUMBER", 38, 0)).isEqualTo(
                new ColumnTypes.Mapping(ValueKind.BIGINT, ReadMode.DECIMAL_STRING, true));
        assertThat(map(Types.NUMERIC, "numeric", 12, 2).kind()).isEqualTo(ValueKind.DECIMAL);
        // Unconstrained numeric (PostgreSQL) and NUMBER (Oracle): any scale may occur.
        assertThat(map(Types.NUMERIC, "numeric", 0, 0).kind()).isEqualTo(ValueKind.DECIMAL);
        assertThat(map(Types.NUMERIC, "NUMBER", 0, -127).kind()).isEqualTo(ValueKind.DECIMAL);
        assertThat(map(Types.NUMERIC, "numeric", 1000, 0).kind()).isEqualTo(ValueKind.DECIMAL);
    }

    @Test
    void floatsBooleansStringsBinaries() {
        assertThat(map(Types.REAL, "float4", 8, 8).mode()).isEqualTo(ReadMode.FLOAT);
        assertThat(map(Types.DOUBLE, "float8", 17, 17).mode()).isEqualTo(ReadMode.DOUBLE);
        assertThat(map(Types.FLOAT, "FLOAT", 53, 0).mode()).isEqualTo(ReadMode.DOUBLE);
        assertThat(map(Types.BIT, "bool", 1, 0).kind()).isEqualTo(ValueKind.BOOLEAN);
        assertThat(map(Types.BIT, "bit", 8, 0).kind()).isEqualTo(ValueKind.OTHER);
        assertThat(map(Types.BOOLEAN, "BOOLEAN", 1, 0).kind()).isEqualTo(ValueKind.BOOLEAN);
        assertThat(map(Types.VARCHAR, "text", Integer.MAX_VALUE, 0)).isEqualTo(
                new ColumnTypes.Mapping(ValueKind.STRING, ReadMode.STRING, true));
        assertThat(map(Types.CLOB, "CHARACTER LARGE OBJECT", null, null).comparable()).isFalse();
        assertThat(map(Types.LONGNVARCHAR, "ntext", null, null).comparable()).isFalse();
        assertThat(map(Types.BINARY, "bytea", null, null)).isEqualTo(
                new ColumnTypes.Mapping(ValueKind.BINARY, ReadMode.BYTES, true));
        assertThat(map(Types.BLOB, "BLOB", null, null).comparable()).isFalse();
    }

    @Test
    void timestampsWithAndWithoutZone() {
        assertThat(map(Types.TIMESTAMP, "timestamptz", 35, 6).mode()).isEqualTo(ReadMode.TIMESTAMP_ZONED);
        assertThat(map(Types.TIMESTAMP, "timestamp", 29, 6).mode()).isEqualTo(ReadMode.TIMESTAMP_LOCAL);
        assertThat(map(Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE", 32, 6).mode())
                .isEqualTo(ReadMode.TIMESTAMP_ZONED);
        assertThat(map(-155, "datetimeoffset", 34, 7).mode()).isEqualTo(ReadMode.TIMESTAMP_ZONED);
        assertThat(map(-101, "TIMESTAMP(6) WITH TIME ZONE", 13, 6).mode()).isEqualTo(ReadMode.TIMESTAMP_ZONED);
        assertThat(map(Types.DATE, "date", 13, 0).kind()).isEqualTo(ValueKind.DATE);
        assertThat(map(Types.TIME, "time", 15, 6).kind()).isEqualTo(ValueKind.TIME);
        assertThat(map(Types.TIME, "timetz", 21, 6).kind()).isEqualTo(ValueKind.OTHER);
    }

    @Test
    void anythingElseIsOtherAndNotComparable() {
        ColumnTypes.Mapping uuid = map(Types.OTHER, "uuid", 2147483647, 0);
        assertThat(uuid.kind()).isEqualTo(ValueKind.OTHER);
        assertThat(uuid.comparable()).isFalse();
        assertThat(map(Types.ARRAY, "_int4", null, null).kind()).isEqualTo(ValueKind.OTHER);
    }
}
