package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tablewise.web.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wire encoding of every kind, read from a real database (H2 in memory). */
class ValueReaderTest {
    private static Connection connection;

    @BeforeAll
    static void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:value-reader;DB_CLOSE_DELAY=-1");
        try (Statement s = connection.createStatement()) {
            s.execute("""
                    CREATE TABLE v (n9 NUMERIC(9,0), n18 NUMERIC(18,0), n38 NUMERIC(38,0), d NUMERIC(12,4),
                      i INTEGER, b BIGINT, r REAL, f DOUBLE PRECISION, bo BOOLEAN, s VARCHAR(100), c CLOB,
                      bin VARBINARY(10), blob BLOB, dt DATE, t TIME(3), ts TIMESTAMP, tz TIMESTAMP WITH TIME ZONE)""");
            s.execute("""
                    INSERT INTO v VALUES (999999999, 900719925474099301, 12345678901234567890123456789012345678,
                      -0.0500, -2147483648, 9007199254740993, 0.1, 1.0E300, TRUE, '', 'line1
                    line2', X'00FF10', X'CAFE', DATE '1969-12-31', TIME '23:59:59.5',
                      TIMESTAMP '2023-03-26 02:30:00', TIMESTAMP WITH TIME ZONE '2024-02-29 23:59:59.999999+05:30')""");
            s.execute("INSERT INTO v VALUES (" + "NULL, ".repeat(16) + "NULL)");
            s.execute("INSERT INTO v (f, r, s) VALUES ('NaN', 'Infinity', 'x')");
        }
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    private static List<String> rows() throws Exception {
        ValueReader reader = new ValueReader(new ServerTime(ZoneId.of("Europe/Berlin")));
        ColumnTypesHolder types = new ColumnTypesHolder(connection);
        List<String> out = new java.util.ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM v")) {
            while (rs.next()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(bytes)) {
                    json.writeStartArray();
                    for (int i = 0; i < types.modes.size(); i++) {
                        reader.write(rs, i + 1, types.modes.get(i), json);
                    }
                    json.writeEndArray();
                }
                out.add(bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** The modes the catalog would choose for table v. */
    private static final class ColumnTypesHolder {
        final List<ReadMode> modes = new java.util.ArrayList<>();

        ColumnTypesHolder(Connection connection) throws Exception {
            try (ResultSet rs = connection.getMetaData().getColumns(null, "PUBLIC", "V", "%")) {
                while (rs.next()) {
                    modes.add(ColumnMeta.of(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                            rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"), true).mode());
                }
            }
        }
    }

    @Test
    void everyKindHasItsWireForm() throws Exception {
        assertThat(rows().get(0)).isEqualTo("[999999999,\"900719925474099301\",\"12345678901234567890123456789012345678\","
                + "\"-0.0500\",-2147483648,\"9007199254740993\",0.1,1.0E300,true,\"\",\"line1\\nline2\","
                + "\"AP8Q\",\"yv4=\",\"1969-12-31\",\"23:59:59.5\",\"2023-03-26T02:30:00+01:00\","
                + "\"2024-02-29T23:59:59.999999+05:30\"]");
    }

    @Test
    void nullIsNullForEveryKindAndNeverTheEmptyString() throws Exception {
        assertThat(rows().get(1)).isEqualTo("[" + "null,".repeat(16) + "null]");
    }

    @Test
    void nonFiniteFloatsAreStrings() throws Exception {
        assertThat(rows().get(2)).contains("\"Infinity\",\"NaN\"");
    }
}
