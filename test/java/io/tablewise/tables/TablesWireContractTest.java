package io.tablewise.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.audit.AuditService;
import io.tablewise.config.RedactionSettings;
import io.tablewise.devhost.db.ConnectionPool;
import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.devhost.host.DevTransactionalExecutorFactory;
import io.tablewise.web.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Tables API's wire fixtures (test/fixtures/wire/tables, typed by
 * test/frontend/api/tables-wire.test.ts): each DTO fixture reads into its record and writes back
 * unchanged; the streamed bodies (pages, rows by id, batches) are produced by the real services
 * over a small H2 table and must equal their fixtures byte for byte.
 */
class TablesWireContractTest {
    private static final Path FIXTURES = Path.of("test", "fixtures", "wire", "tables");
    private static ConnectionPool pool;
    private static RowPageService pages;
    private static RowLookupService lookups;

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
        "table-list.json, io.tablewise.tables.TableList",
        "table-detail.json, io.tablewise.tables.TableDetail",
        "row-batch-request.json, io.tablewise.tables.RowBatchRequest",
        "export-start.json, io.tablewise.audit.ExportStart",
        "export-started.json, io.tablewise.audit.ExportStarted",
        "export-finish.json, io.tablewise.audit.ExportFinish",
        "audit-page.json, io.tablewise.audit.AuditPage",
        "redaction-list.json, io.tablewise.config.RedactionList"
    })
    void theFixtureRoundTripsThroughTheDto(String fixture, Class<?> dto) throws Exception {
        JsonNode expected = Json.MAPPER.readTree(FIXTURES.resolve(fixture).toFile());
        Object value = Json.MAPPER.treeToValue(expected, dto);
        assertThat(Json.MAPPER.writeValueAsString(value)).isEqualTo(Json.MAPPER.writeValueAsString(expected));
    }

    @BeforeAll
    static void database() throws Exception {
        DevDatabase database = new DevDatabase("jdbc:h2:mem:wire-contract;DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection connection = database.connect(); Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE \"cwd_user\" (\"id\" NUMERIC(18,0) PRIMARY KEY,"
                    + " \"created_date\" TIMESTAMP WITH TIME ZONE, \"credential\" VARCHAR(255))");
            s.execute("INSERT INTO \"cwd_user\" VALUES (10000, TIMESTAMP WITH TIME ZONE '2018-06-04 09:12:31.418+00',"
                    + " '{PKCS5S2}x'), (10001, NULL, NULL), (900719925474099301, NULL, NULL)");
        }
        pool = new ConnectionPool(database, 2);
        HostDatabase host = new HostDatabase(new DevTransactionalExecutorFactory(pool, "PUBLIC"));
        RedactionPolicy policy = new RedactionPolicy(new RedactionSettings(null) {
            @Override
            public List<String> columns() {
                return List.of();
            }
        });
        AuditService audit = new AuditService(null) {
            @Override
            public void rowsRead(String user, String table, List<String> columns, List<Filter> filters, boolean revealed,
                    long rows, long bytes) {
                // Not audited here: the contract test is about bodies.
            }
        };
        CatalogService catalog = new CatalogService(host, policy);
        ServerTime utc = new ServerTime(ZoneOffset.UTC);
        pages = new RowPageService(catalog, host, policy, audit, utc);
        lookups = new RowLookupService(catalog, host, policy, audit, utc);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    private static String fixture(String name) throws Exception {
        return Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(FIXTURES.resolve(name).toFile()));
    }

    private static String text(JsonBody body) {
        return new String(body.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aPageIsWrittenAsTheFixtureSaysRowPageLooks() throws Exception {
        JsonBody page = pages.page("JIRAUSER10000", new PageRequest("cwd_user", null, null, "2", null, null, null, null));
        assertThat(text(page)).isEqualTo(fixture("row-page.json"));
    }

    @Test
    void aRowByIdIsWrittenAsTheFixtureSays() throws Exception {
        assertThat(text(lookups.row("JIRAUSER10000", "cwd_user", "10000", "id,credential", null)))
                .isEqualTo(fixture("row-by-id.json"));
    }

    @Test
    void aBatchIsWrittenAsTheFixtureSays() throws Exception {
        RowBatchRequest request = Json.MAPPER.readValue("{\"ids\":[\"10001\",10000,12345,\"9\"],\"columns\":[\"id\"]}",
                RowBatchRequest.class);
        assertThat(text(lookups.batch("JIRAUSER10000", "cwd_user", request))).isEqualTo(fixture("row-batch.json"));
    }
}
