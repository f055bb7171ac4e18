package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WireValuesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final WireValues wire = new WireValues(new ServerTime(ZoneId.of("Europe/Berlin")));

    private static ColumnMeta column(int type, String typeName, Integer size, Integer scale) {
        return ColumnMeta.of("c", type, typeName, size, scale, true);
    }

    private Object convert(ColumnMeta column, JsonNode value) {
        return wire.toJava(column, value);
    }

    @Test
    void numbersBecomeTheColumnsJavaType() {
        ColumnMeta id = column(Types.NUMERIC, "numeric", 18, 0);
        assertThat(convert(id, NODES.textNode("900719925474099301"))).isEqualTo(new BigDecimal("900719925474099301"));
        assertThat(convert(id, NODES.numberNode(10000))).isEqualTo(BigDecimal.valueOf(10000));
        assertThat(convert(id, NODES.textNode("1.0E4"))).isEqualTo(BigDecimal.valueOf(10000));
        assertThat(convert(column(Types.BIGINT, "int8", 19, 0), NODES.textNode("9007199254740993"))).isEqualTo(9007199254740993L);
        assertThat(convert(column(Types.INTEGER, "int4", 10, 0), NODES.numberNode(7))).isEqualTo(7);
        assertThat(convert(column(Types.NUMERIC, "numeric", 12, 2), NODES.textNode("-0.05")))
                .isEqualTo(new BigDecimal("-0.05"));
    }

    @Test
    void numbersThatCannotMatchAreRefused() {
        ColumnMeta id = column(Types.NUMERIC, "numeric", 18, 0);
        assertThatThrownBy(() -> convert(id, NODES.textNode("1.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(id, NODES.textNode("abc"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(id, NODES.textNode("1e999999999"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(id, NODES.textNode("99999999999999999999"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(column(Types.INTEGER, "int4", 10, 0), NODES.numberNode(1L << 40)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(id, NODES.booleanNode(true))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(id, NODES.arrayNode())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(id, NODES.nullNode())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stringsBooleansBinaries() {
        assertThat(convert(column(Types.VARCHAR, "varchar", 255, 0), NODES.textNode("a'b"))).isEqualTo("a'b");
        assertThat(convert(column(Types.CHAR, "bpchar", 3, 0), NODES.textNode("Y  "))).isEqualTo("Y");
        assertThatThrownBy(() -> convert(column(Types.VARCHAR, "varchar", 255, 0), NODES.textNode("a\u0000b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(convert(column(Types.BIT, "bool", 1, 0), NODES.textNode("true"))).isEqualTo(true);
        assertThatThrownBy(() -> convert(column(Types.BIT, "bool", 1, 0), NODES.textNode("yes")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat((byte[]) convert(column(Types.BINARY, "bytea", null, null), NODES.textNode("AP8Q")))
                .containsExactly(0, 255, 16);
        assertThatThrownBy(() -> convert(column(Types.BINARY, "bytea", null, null), NODES.textNode("***")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(convert(column(Types.DOUBLE, "float8", 17, 0), NODES.textNode("NaN"))).isEqualTo(Double.NaN);
    }

    @Test
    void datesAndTimestamps() {
        ColumnMeta zoned = column(Types.TIMESTAMP, "timestamptz", 35, 6);
        ColumnMeta local = column(Types.TIMESTAMP, "timestamp", 29, 6);
        assertThat(convert(zoned, NODES.textNode("2024-01-01T00:00:00Z")))
                .isEqualTo(OffsetDateTime.parse("2024-01-01T00:00:00Z"));
        // A date alone means midnight of the server's zone.
        assertThat(convert(zoned, NODES.textNode("2024-01-01")))
                .isEqualTo(OffsetDateTime.parse("2024-01-01T00:00:00+01:00"));
        assertThat(convert(local, NODES.textNode("2023-03-26T02:30:00+01:00")))
                .isEqualTo(LocalDateTime.parse("2023-03-26T02:30:00"));
        assertThat(convert(local, NODES.textNode("2024-01-01T12:00:00"))).isEqualTo(LocalDateTime.parse("2024-01-01T12:00"));
        assertThat(convert(column(Types.DATE, "date", 13, 0), NODES.textNode("1969-12-31"))).isEqualTo(LocalDate.of(1969, 12, 31));
        assertThatThrownBy(() -> convert(zoned, NODES.textNode("yesterday"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(zoned, NODES.numberNode(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(zoned, NODES.textNode("+99999-01-01T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert(column(Types.DATE, "date", 13, 0), NODES.textNode("0000-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherAndLargeObjectsAreNotBindable() {
        assertThat(WireValues.bindable(column(Types.OTHER, "uuid", null, null))).isFalse();
        assertThat(WireValues.bindable(column(Types.CLOB, "CLOB", null, null))).isFalse();
        assertThat(WireValues.bindable(column(Types.VARCHAR, "text", null, null))).isTrue();
    }
}
