package io.tablewise.config;

import io.tablewise.audit.AuditService;
import io.tablewise.tables.CatalogService;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' redaction list. Entries are "table.column" and must name a column of the
 * catalog (stored as the catalog spells it), so a typo cannot silently leave a secret visible.
 */
public class RedactionListService {
    static final int MAX_ENTRIES = 2000;

    private final RedactionSettings settings;
    private final CatalogService catalog;
    private final AuditService audit;

    public RedactionListService(RedactionSettings settings, CatalogService catalog, AuditService audit) {
        this.settings = settings;
        this.catalog = catalog;
        this.audit = audit;
    }

    public RedactionList get() {
        return new RedactionList(settings.columns());
    }

    public RedactionList replace(String user, RedactionList list) {
        if (list == null || list.columns() == null || list.columns().size() > MAX_ENTRIES) {
            throw ApiException.badRequest("columns must be a list of at most " + MAX_ENTRIES + " \"table.column\" entries.");
        }
        List<String> entries = new ArrayList<>();
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        for (String entry : list.columns()) {
            String[] parts = split(entry);
            String table = catalog.tableName(parts[0]);
            String column = catalog.columnNames(table, List.of(parts[1])).get(0);
            String canonical = table + "." + column;
            if (!entries.contains(canonical)) {
                entries.add(canonical);
                byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
            }
        }
        settings.replace(entries);
        audit.settingsChanged(user, List.copyOf(byTable.keySet()), byTable,
                "Redaction list saved: " + entries.size() + " column(s)");
        return new RedactionList(entries);
    }

    /** Table names have no dots in either product; the column is what follows the last dot. */
    private static String[] split(String entry) {
        int dot = entry == null ? -1 : entry.lastIndexOf('.');
        if (dot <= 0 || dot == entry.length() - 1) {
            throw new ApiException(ErrorCode.UNKNOWN_COLUMN, "Each entry must be \"table.column\".");
        }
        return new String[] {entry.substring(0, dot), entry.substring(dot + 1)};
    }
}
