package io.tablewise.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tablewise.audit.AuditService;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of rows (api/types.ts RowPage): one short read-only transaction per page, rows in key
 * order after the cursor, at most `limit` rows and about `maxBytes` of JSON. Fetch size and
 * query timeout are set on every statement, so no page loads a table into memory or pins a
 * connection. Paging rules: docs/paging.md.
 */
public class RowPageService {
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;
    static final int MIN_BYTES = 65_536;
    static final int MAX_BYTES = 16_777_216;
    static final int DEFAULT_BYTES = 4_194_304;
    static final int QUERY_TIMEOUT_SECONDS = 60;
    static final int MAX_FETCH = 1000;

    private final CatalogService catalogs;
    private final HostDatabase database;
    private final RedactionPolicy redactionPolicy;
    private final AuditService audit;
    private final ValueReader reader;
    private final WireValues wire;
    private final FilterBinder filterBinder;

    public RowPageService(CatalogService catalogs, HostDatabase database, RedactionPolicy redactionPolicy,
            AuditService audit) {
        this(catalogs, database, redactionPolicy, audit, ServerTime.systemDefault());
    }

    RowPageService(CatalogService catalogs, HostDatabase database, RedactionPolicy redactionPolicy, AuditService audit,
            ServerTime time) {
        this.catalogs = catalogs;
        this.database = database;
        this.redactionPolicy = redactionPolicy;
        this.audit = audit;
        this.reader = new ValueReader(time);
        this.wire = new WireValues(time);
        this.filterBinder = new FilterBinder(wire);
    }

    /** A plan for one page, checked completely before the database is touched. */
    private record Plan(Catalog catalog, TableMeta table, Selection selection, List<Filter> filters,
            List<BoundFilter> bound, List<ColumnMeta> order, List<ColumnMeta> key, List<Object> after, Long offset,
            int limit, int maxBytes, boolean liftsRedaction) {
    }

    public JsonBody page(String user, PageRequest request) {
        Plan plan = plan(request);
        String exportId = request.exportId() == null || request.exportId().isEmpty() ? null : request.exportId();
        if (exportId != null) {
            audit.requireExportId(exportId);
        }
        SelectBuilder select = new SelectBuilder(plan.catalog()).select(plan.table(), plan.selection().select())
                .filters(plan.bound()).after(plan.key(), plan.after());
        if (plan.table().pagingKey().isEmpty()) {
            select.orderByFullRow(plan.order());
        } else {
            select.orderBy(plan.order());
        }
        SqlQuery query = select.page(plan.limit() + 1, plan.offset()).build();
        PageResult result = database.read("read a page of " + plan.table().name(),
                connection -> readPage(connection, query, plan));
        boolean lifted = plan.liftsRedaction();
        if (exportId != null) {
            // What a retry or resume asks for again: the same cursor and page size.
            String page = plan.limit() + " after " + (request.after() == null ? "" : request.after());
            audit.exportPageServed(exportId, user, plan.table().name(), page, result.rows(), result.body().size(),
                    lifted);
        } else {
            audit.rowsRead(user, plan.table().name(), plan.selection().outputNames(), plan.filters(), lifted,
                    result.rows(), result.body().size());
        }
        return result.body();
    }

    private record PageResult(JsonBody body, long rows) {
    }

    private Plan plan(PageRequest request) {
        Catalog catalog = catalogs.catalog();
        TableMeta table = catalog.table(request.table() == null ? "" : request.table());
        if (table == null) {
            throw ApiException.notFound("No such table.");
        }
        int limit = bounded(request.limit(), DEFAULT_LIMIT, 1, MAX_LIMIT, "limit");
        int maxBytes = bounded(request.maxBytes(), DEFAULT_BYTES, MIN_BYTES, MAX_BYTES, "maxBytes");
        boolean reveal = flag(request.reveal());
        Redactions redactions = redactionPolicy.current();
        List<ColumnMeta> output = Selection.columns(table, Selection.split(request.columns()));
        List<Filter> filters = FilterParser.parse(request.filters());
        List<BoundFilter> bound = filterBinder.bind(table, filters, redactions, reveal);

        List<ColumnMeta> key = table.pagingKeyColumns();
        // A cursor carries the last key in clear: when the caller may not see the key, page by
        // offset over the same order instead.
        boolean keyHidden = !reveal && key.stream().anyMatch(c -> redactions.redacted(table, c));
        boolean keyset = !key.isEmpty() && !keyHidden;
        List<ColumnMeta> order = key.isEmpty() ? table.fullRowOrder() : key;
        if (order.isEmpty() && catalog.dialect().rowLocator() == null) {
            throw new ApiException(ErrorCode.NOT_SUPPORTED, "This table has no column its rows can be ordered by.");
        }
        List<Object> after = null;
        Long offset = keyset ? null : 0L;
        if (request.after() != null && !request.after().isEmpty()) {
            PageCursor cursor = CursorCodec.decode(request.after());
            if (!cursor.table().equals(table.name()) || cursor.isOffset() == keyset) {
                throw CursorCodec.bad();
            }
            if (keyset) {
                after = keyValues(cursor, key);
            } else {
                offset = cursor.offset();
            }
        }
        Selection selection = new Selection(table, output, redactions, reveal, keyset ? key : List.of());
        boolean lifted = selection.liftsRedaction()
                || reveal && bound.stream().anyMatch(f -> redactions.redacted(table, f.column()));
        return new Plan(catalog, table, selection, filters, bound, order, keyset ? key : List.of(), after, offset,
                limit, maxBytes, lifted);
    }

    private List<Object> keyValues(PageCursor cursor, List<ColumnMeta> key) {
        if (!cursor.keyColumns().equals(key.stream().map(ColumnMeta::name).toList())) {
            throw CursorCodec.bad();
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            try {
                values.add(wire.toJava(key.get(i), cursor.keyValues().get(i)));
            } catch (IllegalArgumentException e) {
                throw CursorCodec.bad();
            }
        }
        return values;
    }

    private PageResult readPage(Connection connection, SqlQuery query, Plan plan) throws SQLException {
        Selection selection = plan.selection();
        Dialect dialect = plan.catalog().dialect();
        int[] index = selection.outputIndex();
        ReadMode[] modes = selection.output().stream().map(c -> ReadMode.fastest(dialect, c)).toArray(ReadMode[]::new);
        List<ColumnMeta> key = plan.key();
        int[] keyIndex = key.stream().mapToInt(selection::indexOf).toArray();
        ReadMode[] keyModes = key.stream().map(c -> ReadMode.fastest(dialect, c)).toArray(ReadMode[]::new);
        ValueReader reader = this.reader.forPage();
        JsonBuffer buffer = new JsonBuffer(64 * 1024);
        JsonGenerator json = buffer.json();
        try (PreparedStatement statement = prepare(connection, query, fetchSize(plan));
                ResultSet rs = statement.executeQuery()) {
            json.writeStartObject();
            json.writeStringField("table", plan.table().name());
            buffer.stringArray("columns", selection.outputNames());
            buffer.stringArray("redactedColumns", selection.redacted());
            json.writeArrayFieldStart("rows");
            long read = 0;
            long rows;
            Object[] lastRow;
            try (PageEncoder encoder = new PageEncoder(buffer, reader, modes, plan.limit(), plan.maxBytes())) {
                Object[][] batch = new Object[PageEncoder.BATCH_ROWS][];
                int inBatch = 0;
                while (!encoder.full() && rs.next()) {
                    Object[] row = new Object[index.length + keyIndex.length];
                    for (int i = 0; i < index.length; i++) {
                        // Index 0: a redacted column, sent as null without being read.
                        row[i] = index[i] == 0 ? null : ValueReader.extract(rs, index[i], modes[i]);
                    }
                    for (int k = 0; k < keyIndex.length; k++) {
                        row[index.length + k] = ValueReader.extract(rs, keyIndex[k], keyModes[k]);
                    }
                    batch[inBatch++] = row;
                    read++;
                    if (inBatch == batch.length) {
                        encoder.send(batch);
                        batch = new Object[PageEncoder.BATCH_ROWS][];
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    encoder.send(java.util.Arrays.copyOf(batch, inBatch));
                }
                encoder.finish();
                rows = encoder.rows();
                lastRow = encoder.lastRow();
                // The page is complete when the encoder said so; there is more when a row was read
                // past it or the result set still has one (the query asks for limit + 1 rows).
                boolean more = encoder.full() && (read > rows || rs.next());
                json.writeEndArray();
                String next = null;
                if (more) {
                    next = CursorCodec.encode(key.isEmpty()
                            ? PageCursor.offset(plan.table().name(), plan.offset() + rows)
                            : PageCursor.keyset(plan.table().name(), key.stream().map(ColumnMeta::name).toList(),
                                    keyNodes(lastRow, index.length, keyModes, reader)));
                }
                json.writeStringField("nextCursor", next);
                json.writeEndObject();
            }
            return new PageResult(buffer.finish(), rows);
        } catch (IOException e) {
            throw new IllegalStateException("Writing JSON to memory failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a page", e);
        }
    }

    private static List<JsonNode> keyNodes(Object[] row, int from, ReadMode[] keyModes, ValueReader reader) {
        List<JsonNode> values = new ArrayList<>(keyModes.length);
        for (int k = 0; k < keyModes.length; k++) {
            values.add(node(reader.wireValue(row[from + k], keyModes[k])));
        }
        return values;
    }

    static JsonNode node(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? nodes.numberNode(d) : nodes.textNode(d.toString());
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        return nodes.textNode(String.valueOf(value));
    }

    static PreparedStatement prepare(Connection connection, SqlQuery query, int fetchSize) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        try {
            statement.setFetchSize(fetchSize);
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            for (int i = 0; i < query.params().size(); i++) {
                statement.setObject(i + 1, query.params().get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Rows per round trip: the whole page when rows are small, fewer when the statistics say rows
     * are large, so the driver never holds much more than one page's worth of bytes.
     */
    private static int fetchSize(Plan plan) {
        int wanted = Math.min(plan.limit() + 1, MAX_FETCH);
        Long rows = plan.table().estimatedRows();
        Long bytes = plan.table().sizeBytes();
        if (rows != null && bytes != null && rows > 0) {
            long perRow = Math.max(1, bytes / rows);
            wanted = (int) Math.max(16, Math.min(wanted, 2L * plan.maxBytes() / perRow));
        }
        return wanted;
    }

    static int bounded(String text, int fallback, int min, int max, String name) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ".");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + ".");
        }
        return value;
    }

    static boolean flag(String text) {
        if (text == null || text.isEmpty() || "false".equals(text)) {
            return false;
        }
        if ("true".equals(text)) {
            return true;
        }
        throw ApiException.badRequest("reveal must be true or false.");
    }
}
