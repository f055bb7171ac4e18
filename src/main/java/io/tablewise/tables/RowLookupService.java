package io.tablewise.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.tablewise.audit.AuditService;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows by key (GET /tables/{t}/rows/{id}, POST /tables/{t}/rows/batch) for tables keyed by a
 * single column: the primary key, else the unique key rows are paged by.
 */
public class RowLookupService {
    static final int MAX_IDS = 1000;
    /** A batch answer is bounded like a page: 1,000 rows of long texts would not be. */
    static final int MAX_BYTES = RowPageService.MAX_BYTES;

    private final CatalogService catalogs;
    private final HostDatabase database;
    private final RedactionPolicy redactionPolicy;
    private final AuditService audit;
    private final ValueReader reader;
    private final WireValues wire;

    public RowLookupService(CatalogService catalogs, HostDatabase database, RedactionPolicy redactionPolicy,
            AuditService audit) {
        this(catalogs, database, redactionPolicy, audit, ServerTime.systemDefault());
    }

    RowLookupService(CatalogService catalogs, HostDatabase database, RedactionPolicy redactionPolicy,
            AuditService audit, ServerTime time) {
        this.catalogs = catalogs;
        this.database = database;
        this.redactionPolicy = redactionPolicy;
        this.audit = audit;
        this.reader = new ValueReader(time);
        this.wire = new WireValues(time);
    }

    private record Lookup(Catalog catalog, TableMeta table, ColumnMeta key, Selection selection, List<JsonNode> ids,
            List<Object> values, boolean liftsRedaction) {
    }

    /** api/types.ts RowById; NOT_FOUND when no row has that key. */
    public JsonBody row(String user, String table, String id, String columns, String reveal) {
        Lookup lookup = lookup(table, List.of(TextNode.valueOf(id == null ? "" : id)), Selection.split(columns),
                RowPageService.flag(reveal));
        List<byte[]> rows = read(lookup);
        if (rows.get(0) == null) {
            throw ApiException.notFound("No row has that key.");
        }
        JsonBody body = write(lookup, json -> {
            json.writeFieldName("row");
            json.writeRawValue(new String(rows.get(0), java.nio.charset.StandardCharsets.UTF_8));
        });
        record(user, lookup, 1, body.size());
        return body;
    }

    /** api/types.ts RowBatch: the rows found in the order asked, and the ids not found. */
    public JsonBody batch(String user, String table, RowBatchRequest request) {
        if (request == null || request.ids() == null || request.ids().isEmpty() || request.ids().size() > MAX_IDS) {
            throw ApiException.badRequest("ids must hold 1 to " + MAX_IDS + " ids.");
        }
        Lookup lookup = lookup(table, request.ids(), request.columns(), Boolean.TRUE.equals(request.reveal()));
        List<byte[]> rows = read(lookup);
        long[] found = {0};
        JsonBody body = write(lookup, json -> {
            json.writeArrayFieldStart("rows");
            for (byte[] row : rows) {
                if (row != null) {
                    json.writeRawValue(new String(row, java.nio.charset.StandardCharsets.UTF_8));
                    found[0]++;
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("missingIds");
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) == null) {
                    json.writeTree(lookup.ids().get(i));
                }
            }
            json.writeEndArray();
        });
        record(user, lookup, found[0], body.size());
        return body;
    }

    private Lookup lookup(String tableName, List<JsonNode> requestedIds, List<String> columns, boolean reveal) {
        Catalog catalog = catalogs.catalog();
        TableMeta table = catalog.table(tableName == null ? "" : tableName);
        if (table == null) {
            throw ApiException.notFound("No such table.");
        }
        if (table.pagingKey().size() != 1) {
            throw new ApiException(ErrorCode.NOT_SUPPORTED, "Rows by id need a table keyed by a single column.");
        }
        ColumnMeta key = table.pagingKeyColumns().get(0);
        Redactions redactions = redactionPolicy.current();
        boolean keyRedacted = redactions.redacted(table, key);
        if (keyRedacted && !reveal) {
            throw ApiException.badRequest("The key column is redacted: looking rows up by it needs reveal=true.");
        }
        List<JsonNode> ids = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (JsonNode id : requestedIds) {
            Object value;
            try {
                value = wire.toJava(key, id);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("An id is not a valid value of the key column " + key.name() + ".");
            }
            if (values.stream().noneMatch(v -> same(v, value))) {
                ids.add(id);
                values.add(value);
            }
        }
        Selection selection = new Selection(table, Selection.columns(table, columns), redactions, reveal, List.of(key));
        return new Lookup(catalog, table, key, selection, ids, values, selection.liftsRedaction() || keyRedacted);
    }

    /** The JSON array of each requested row, in request order; null where no row has the id. */
    private List<byte[]> read(Lookup lookup) {
        SqlQuery query = new SelectBuilder(lookup.catalog()).select(lookup.table(), lookup.selection().select())
                .keyIn(lookup.key(), lookup.values()).build();
        return database.read("read rows by id from " + lookup.table().name(), connection -> rows(connection, query,
                lookup));
    }

    private List<byte[]> rows(Connection connection, SqlQuery query, Lookup lookup) throws SQLException {
        byte[][] rows = new byte[lookup.values().size()][];
        Selection selection = lookup.selection();
        ValueReader reader = this.reader.forPage();
        int keyIndex = selection.indexOf(lookup.key());
        long total = 0;
        try (PreparedStatement statement = RowPageService.prepare(connection, query, Math.min(MAX_IDS, 100));
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Object value = wire.toJava(lookup.key(), RowPageService.node(
                        reader.wireValue(rs, keyIndex, ReadMode.fastest(lookup.catalog().dialect(), lookup.key()))));
                int at = indexOf(lookup.values(), value);
                if (at < 0 || rows[at] != null) {
                    continue;
                }
                rows[at] = rowJson(rs, reader, selection, lookup.catalog().dialect());
                total += rows[at].length;
                if (total > MAX_BYTES) {
                    throw ApiException.badRequest("These rows exceed 16 MiB of JSON; ask for fewer ids or columns.");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing JSON to memory failed", e);
        }
        return Arrays.asList(rows);
    }

    private static byte[] rowJson(ResultSet rs, ValueReader reader, Selection selection, Dialect dialect)
            throws SQLException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = io.tablewise.web.Json.MAPPER.getFactory().createGenerator(bytes)) {
            json.writeStartArray();
            int[] index = selection.outputIndex();
            for (int i = 0; i < index.length; i++) {
                if (index[i] == 0) {
                    json.writeNull();
                } else {
                    reader.write(rs, index[i], ReadMode.fastest(dialect, selection.output().get(i)), json);
                }
            }
            json.writeEndArray();
        }
        return bytes.toByteArray();
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static JsonBody write(Lookup lookup, Body body) {
        JsonBuffer buffer = new JsonBuffer(8192);
        JsonGenerator json = buffer.json();
        try {
            json.writeStartObject();
            json.writeStringField("table", lookup.table().name());
            buffer.stringArray("columns", lookup.selection().outputNames());
            buffer.stringArray("redactedColumns", lookup.selection().redacted());
            body.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Writing JSON to memory failed", e);
        }
        return buffer.finish();
    }

    private void record(String user, Lookup lookup, long rows, long bytes) {
        FilterOp op = lookup.ids().size() == 1 ? FilterOp.EQ : FilterOp.IN;
        Filter filter = op == FilterOp.EQ ? new Filter(lookup.key().name(), op, lookup.ids().get(0), null, null, null)
                : new Filter(lookup.key().name(), op, null, lookup.ids(), null, null);
        audit.rowsRead(user, lookup.table().name(), lookup.selection().outputNames(), List.of(filter),
                lookup.liftsRedaction(), rows, bytes);
    }

    private static int indexOf(List<Object> values, Object value) {
        for (int i = 0; i < values.size(); i++) {
            if (same(values.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    /** Equality of bound values as the database sees it: 1.0 = 1, instants by instant, bytes by content. */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return x.isEqual(y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return a.equals(b);
    }
}
