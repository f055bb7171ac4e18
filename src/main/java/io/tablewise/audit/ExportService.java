package io.tablewise.audit;

import io.tablewise.analytics.ExportAnalytics;
import io.tablewise.tables.CatalogService;
import io.tablewise.tables.Filter;
import io.tablewise.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** POST /exports and PUT /exports/{id}: what an export announces is checked like a page request. */
public class ExportService {
    static final int MAX_TABLES = 5000;

    private final CatalogService catalog;
    private final AuditService audit;
    private final ExportAnalytics analytics;

    public ExportService(CatalogService catalog, AuditService audit, ExportAnalytics analytics) {
        this.catalog = catalog;
        this.audit = audit;
        this.analytics = analytics;
    }

    public ExportStarted start(String user, ExportStart start) {
        if (start == null || start.tables() == null || start.tables().isEmpty() || start.tables().size() > MAX_TABLES) {
            throw ApiException.badRequest("tables must name 1 to " + MAX_TABLES + " tables.");
        }
        if (start.format() == null || start.client() == null) {
            throw ApiException.badRequest("format and client are required.");
        }
        boolean reveal = Boolean.TRUE.equals(start.reveal());
        List<String> tables = new ArrayList<>();
        for (String table : start.tables()) {
            String name = catalog.tableName(table);
            if (tables.contains(name)) {
                throw ApiException.badRequest("A table is listed twice.");
            }
            tables.add(name);
        }
        Map<String, List<String>> columns = null;
        if (start.columns() != null) {
            columns = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> entry : start.columns().entrySet()) {
                String table = exported(tables, entry.getKey());
                columns.put(table, catalog.columnNames(table, entry.getValue() == null ? List.of() : entry.getValue()));
            }
        }
        Map<String, List<Filter>> filters = null;
        if (start.filters() != null) {
            filters = new LinkedHashMap<>();
            for (Map.Entry<String, List<Filter>> entry : start.filters().entrySet()) {
                String table = exported(tables, entry.getKey());
                List<Filter> list = entry.getValue() == null ? List.of() : entry.getValue();
                catalog.checkFilters(table, list, reveal);
                filters.put(table, list);
            }
        }
        AuditService.StartedExport started = audit.startExport(user, tables, start.format(), start.client(),
                columns, filters, reveal, start.clientRequestId());
        if (started.created()) {
            analytics.started(start.format().name(), tables);
        }
        return new ExportStarted(started.exportId());
    }

    public void finish(String user, String exportId, ExportFinish finish) {
        if (finish != null && ((finish.rows() != null && finish.rows() < 0)
                || (finish.bytes() != null && finish.bytes() < 0))) {
            throw ApiException.badRequest("rows and bytes cannot be negative.");
        }
        audit.finishExport(exportId, user, finish);
        if (finish != null && finish.outcome() != null) {
            analytics.finished(finish.outcome().name());
        }
    }

    private String exported(List<String> tables, String requested) {
        String name = catalog.tableName(requested);
        if (!tables.contains(name)) {
            throw ApiException.badRequest("Columns and filters may only name tables of the export.");
        }
        return name;
    }
}
