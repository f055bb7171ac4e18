package io.tablewise.tables;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The redaction rules in force for one request: the built-in ones plus the administrators' list. */
public final class Redactions {
    private static final Redaction ADMIN = new Redaction(RedactionRules.ADMIN_LIST, "listed by an administrator");

    private final Set<String> adminColumns;

    /** @param adminColumns "table.column" entries, matched case-insensitively */
    public Redactions(Set<String> adminColumns) {
        this.adminColumns = adminColumns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    public static Redactions builtInOnly() {
        return new Redactions(Set.of());
    }

    Redaction of(TableMeta table, ColumnMeta column) {
        Redaction builtIn = table.builtInRedaction(column);
        if (builtIn != null) {
            return builtIn;
        }
        if (adminColumns.isEmpty()) {
            return null;
        }
        String key = (table.name() + "." + column.name()).toLowerCase(Locale.ROOT);
        return adminColumns.contains(key) ? ADMIN : null;
    }

    boolean redacted(TableMeta table, ColumnMeta column) {
        return of(table, column) != null;
    }
}
