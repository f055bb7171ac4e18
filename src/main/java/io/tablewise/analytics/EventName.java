package io.tablewise.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An analytics event name from the closed vocabulary. The constructor is private and every
 * instance is registered here, so holding an {@code EventName} proves the name is allowed;
 * names arriving as strings (from the database or the front end) go through {@link #parse},
 * which rejects anything else. That is what keeps content, user data or table names of other
 * apps from ever being recorded under the guise of an event name.
 */
public final class EventName implements Comparable<EventName> {
    static final String AO_OTHER_TABLE = "ao_other";
    static final String OTHER_TABLE = "other";

    private static final Pattern SHAPE = Pattern.compile("tablewise(\\.[a-z0-9_]+)+");
    private static final String TABLE_PREFIX = "tablewise.export.tables.";
    private static final Map<String, EventName> REGISTRY = new LinkedHashMap<>();

    // Admin pages, one name per page; the bare name is the table list, the app's home page.
    public static final EventName ADMIN_VIEW = define("tablewise.admin.view");
    public static final EventName ADMIN_VIEW_TABLE = define("tablewise.admin.view.table");
    public static final EventName ADMIN_VIEW_EXPORT = define("tablewise.admin.view.export");
    public static final EventName ADMIN_VIEW_AUDIT = define("tablewise.admin.view.audit");
    public static final EventName ADMIN_VIEW_SETTINGS = define("tablewise.admin.view.settings");
    public static final EventName ADMIN_VIEW_ANALYTICS = define("tablewise.admin.view.analytics");

    // Export lifecycle.
    public static final EventName EXPORT_STARTED = define("tablewise.export.started");
    public static final EventName EXPORT_COMPLETED = define("tablewise.export.completed");
    public static final EventName EXPORT_CANCELLED = define("tablewise.export.cancelled");
    public static final EventName EXPORT_FAILED = define("tablewise.export.failed");
    public static final EventName EXPORT_RESUMED = define("tablewise.export.resumed");

    // Output formats.
    public static final EventName EXPORT_FORMAT_CSV = define("tablewise.export.format.csv");
    public static final EventName EXPORT_FORMAT_JSONL = define("tablewise.export.format.jsonl");
    public static final EventName EXPORT_FORMAT_XLSX = define("tablewise.export.format.xlsx");

    // Tables that are not the host's own: named by kind only.
    public static final EventName EXPORT_TABLE_AO_OTHER = define(TABLE_PREFIX + AO_OTHER_TABLE);
    public static final EventName EXPORT_TABLE_OTHER = define(TABLE_PREFIX + OTHER_TABLE);

    public static final EventName ANALYTICS_ENABLED = define("tablewise.analytics.enabled");
    public static final EventName ANALYTICS_DISABLED = define("tablewise.analytics.disabled");

    public static final EventName CLI_USED = define("tablewise.cli.used");

    static {
        for (String table : CoreTables.all()) {
            define(TABLE_PREFIX + table);
        }
    }

    private static final List<EventName> VOCABULARY =
            REGISTRY.values().stream().sorted().toList();

    private final String value;

    private EventName(String value) {
        this.value = value;
    }

    private static EventName define(String value) {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalStateException("malformed event name: " + value);
        }
        EventName name = new EventName(value);
        if (REGISTRY.putIfAbsent(value, name) != null) {
            throw new IllegalStateException("duplicate event name: " + value);
        }
        return name;
    }

    /** The allowed name for {@code value}; anything outside the vocabulary is rejected. */
    public static EventName parse(String value) {
        EventName name = REGISTRY.get(Objects.requireNonNull(value, "value"));
        if (name == null) {
            throw new UnknownEventNameException(value);
        }
        return name;
    }

    /** {@code tablewise.export.tables.<table>} for a core table, else {@code ao_other}/{@code other}. */
    public static EventName exportedTable(Product product, String tableName) {
        return parse(TABLE_PREFIX + CoreTables.analyticsSegment(product, tableName));
    }

    /** Every allowed name, sorted. */
    public static List<EventName> vocabulary() {
        return VOCABULARY;
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(EventName other) {
        return value.compareTo(other.value);
    }

    // Instances are unique per value (the registry), so identity equality is value equality.
    @Override
    public String toString() {
        return value;
    }
}
