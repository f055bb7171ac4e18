package io.tablewise.analytics;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The events an export records: started, its format and the tables it reads (named only when
 * they are the host's own, see {@link EventName#exportedTable}), then how it ended. Each
 * distinct name once per export, so a 5,000-table export records a few hundred events at most.
 */
public class ExportAnalytics {
    private final EventRecorder recorder;
    private final AnalyticsInstance instance;

    public ExportAnalytics(EventRecorder recorder, AnalyticsInstance instance) {
        this.recorder = recorder;
        this.instance = instance;
    }

    /** @param format the export format's name: CSV, JSONL or XLSX */
    public void started(String format, Collection<String> tables) {
        try {
            names(format, tables).forEach(recorder::record);
        } catch (RuntimeException e) {
            // Analytics must never fail an export; an unknown host product just records nothing.
        }
    }

    private Set<EventName> names(String format, Collection<String> tables) {
        Set<EventName> names = new LinkedHashSet<>();
        names.add(EventName.EXPORT_STARTED);
        switch (format.toUpperCase(Locale.ROOT)) {
            case "CSV" -> names.add(EventName.EXPORT_FORMAT_CSV);
            case "JSONL" -> names.add(EventName.EXPORT_FORMAT_JSONL);
            case "XLSX" -> names.add(EventName.EXPORT_FORMAT_XLSX);
            default -> { /* a format without an event name is not reported */ }
        }
        Product product = instance.product();
        for (String table : tables) {
            names.add(EventName.exportedTable(product, table));
        }
        return names;
    }

    /** @param outcome the export outcome's name: COMPLETED, CANCELLED or FAILED */
    public void finished(String outcome) {
        switch (outcome.toUpperCase(Locale.ROOT)) {
            case "COMPLETED" -> recorder.record(EventName.EXPORT_COMPLETED);
            case "CANCELLED" -> recorder.record(EventName.EXPORT_CANCELLED);
            case "FAILED" -> recorder.record(EventName.EXPORT_FAILED);
            default -> { /* RUNNING is not an end */ }
        }
    }
}
