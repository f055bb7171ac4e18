package io.tablewise.tables;

import io.tablewise.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog of the product schema, read through the host's executor and kept for a minute:
 * metadata of a thousand tables costs a few hundred milliseconds to read and changes only with
 * upgrades and app installs. It is a cache of the database, not state: every node reads its own.
 * Redaction is applied per request, on top, from the rules in force.
 */
public class CatalogService {
    static final Duration TTL = Duration.ofSeconds(60);

    private record Cached(Catalog catalog, Instant loadedAt) {
    }

    private final HostDatabase database;
    private final RedactionPolicy redactionPolicy;
    private final Clock clock;
    private final FilterBinder filterBinder = new FilterBinder(new WireValues(ServerTime.systemDefault()));
    private final Object loading = new Object();
    private volatile Cached cached;

    public CatalogService(HostDatabase database, RedactionPolicy redactionPolicy) {
        this(database, redactionPolicy, Clock.systemUTC());
    }

    CatalogService(HostDatabase database, RedactionPolicy redactionPolicy, Clock clock) {
        this.database = database;
        this.redactionPolicy = redactionPolicy;
        this.clock = clock;
    }

    public TableList list() {
        Catalog catalog = catalog();
        Redactions redactions = redactionPolicy.current();
        List<TableSummary> tables = new ArrayList<>(catalog.tables().size());
        for (TableMeta table : catalog.all()) {
            tables.add(summary(table, redactions));
        }
        return new TableList(catalog.schema(), tables);
    }

    public TableDetail detail(String requestedTable) {
        TableMeta table = table(requestedTable);
        Redactions redactions = redactionPolicy.current();
        TableSummary s = summary(table, redactions);
        List<ColumnInfo> columns = table.columns().stream().map(c -> new ColumnInfo(c.name(), c.jdbcType(),
                c.typeName(), c.size(), c.nullable(), c.kind(), redactions.of(table, c))).toList();
        return new TableDetail(s.name(), s.group(), s.aoOwner(), s.estimatedRows(), s.sizeBytes(), s.columnCount(),
                s.primaryKey(), s.redactedColumns(), columns, table.strategy());
    }

    /** The table the client named, as the catalog spells it; NOT_FOUND otherwise. */
    public String tableName(String requested) {
        return table(requested).name();
    }

    /** The named columns as the catalog spells them; UNKNOWN_COLUMN otherwise. */
    public List<String> columnNames(String table, List<String> requested) {
        return Selection.columns(table(table), requested).stream().map(ColumnMeta::name).toList();
    }

    /** Checks filters against a table exactly as a page read would; BAD_FILTER otherwise. */
    public void checkFilters(String table, List<Filter> filters, boolean reveal) {
        filterBinder.bind(table(table), filters, redactionPolicy.current(), reveal);
    }

    TableMeta table(String requested) {
        TableMeta table = requested == null ? null : catalog().table(requested);
        if (table == null) {
            throw ApiException.notFound("No such table.");
        }
        return table;
    }

    Catalog catalog() {
        Cached current = cached;
        if (current != null && current.loadedAt().plus(TTL).isAfter(clock.instant())) {
            return current.catalog();
        }
        synchronized (loading) {
            current = cached;
            if (current == null || !current.loadedAt().plus(TTL).isAfter(clock.instant())) {
                current = new Cached(load(), clock.instant());
                cached = current;
            }
            return current.catalog();
        }
    }

    private static TableSummary summary(TableMeta table, Redactions redactions) {
        List<String> redacted = table.columns().stream().filter(c -> redactions.redacted(table, c))
                .map(ColumnMeta::name).toList();
        return new TableSummary(table.name(), table.group(), table.aoOwner(), table.estimatedRows(),
                table.sizeBytes(), table.columns().size(), table.primaryKey(), redacted);
    }

    private Catalog load() {
        String hostSchema = database.schemaName();
        record Read(CatalogReader.Scope scope, List<CatalogReader.RawTable> tables) {
        }
        Read read = database.read("read the table catalog", connection -> {
            CatalogReader.Scope scope = CatalogReader.scope(connection, hostSchema);
            return new Read(scope, CatalogReader.tables(connection, scope));
        });
        CatalogReader.Scope scope = read.scope();
        List<String> names = read.tables().stream().map(CatalogReader.RawTable::name).toList();
        // Separate transactions: on PostgreSQL a failed statement spoils the rest of its transaction.
        Map<String, List<String>> primaryKeys = database.readOrNull("read primary keys in bulk",
                connection -> CatalogReader.primaryKeysInBulk(connection, scope));
        if (primaryKeys == null) {
            primaryKeys = database.read("read primary keys",
                    connection -> CatalogReader.primaryKeysOneByOne(connection, scope, names));
        }
        Map<String, Estimates.Estimate> estimates = database.readOrNull("read table size estimates",
                connection -> Estimates.read(connection, scope));
        List<TableMeta> keyed = new ArrayList<>();
        List<CatalogReader.RawTable> unkeyed = new ArrayList<>();
        for (CatalogReader.RawTable raw : read.tables()) {
            List<String> pk = primaryKeys.getOrDefault(raw.name(), List.of());
            TableMeta table = PagingKeys.withPrimaryKey(raw, pk);
            if (table == null) {
                unkeyed.add(raw);
            } else {
                keyed.add(table);
            }
        }
        if (!unkeyed.isEmpty()) {
            Map<String, List<String>> pks = primaryKeys;
            keyed.addAll(database.read("read unique keys", connection -> {
                List<TableMeta> tables = new ArrayList<>();
                for (CatalogReader.RawTable raw : unkeyed) {
                    tables.add(PagingKeys.withoutUsablePrimaryKey(raw, pks.getOrDefault(raw.name(), List.of()),
                            CatalogReader.uniqueKeys(connection, scope, raw.name())));
                }
                return tables;
            }));
        }
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            position.put(names.get(i), i);
        }
        keyed.sort(Comparator.comparingInt(t -> position.get(t.name())));
        Map<String, TableMeta> tables = new LinkedHashMap<>();
        for (TableMeta table : keyed) {
            Estimates.Estimate estimate = estimates == null ? null : estimates.get(table.name());
            tables.put(table.name(), estimate == null ? table : table.withEstimates(estimate.rows(), estimate.bytes()));
        }
        return new Catalog(scope.qualifier(), scope.dialect(), scope.quote(), tables);
    }
}
