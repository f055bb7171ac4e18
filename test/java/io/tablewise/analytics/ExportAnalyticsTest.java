package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.support.AoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportAnalyticsTest {
    private AoDatabase db;
    private AnalyticsParts parts;
    private EventRecorder recorder;
    private ExportAnalytics exports;

    @BeforeEach
    void setUp() throws Exception {
        db = AoDatabase.h2();
        parts = new AnalyticsParts(db);
        recorder = new EventRecorder(parts.writer);
        recorder.start();
        exports = new ExportAnalytics(recorder, parts.instance);
    }

    @AfterEach
    void tearDown() {
        recorder.stop();
        db.close();
    }

    private List<String> recorded(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (parts.events.count() < expected) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(5);
        }
        List<String> names = new ArrayList<>();
        parts.events.oldest(1000).forEach(row -> names.add(row.name()));
        return names;
    }

    @Test
    void anExportRecordsItsFormatAndOnlyTheHostsOwnTableNamesEachOnce() throws Exception {
        exports.started("CSV", List.of("jiraissue", "AO_60DB71_SPRINT", "AO_E8B6CC_REPO", "customer_invoices",
                "JIRAISSUE", "cwd_user"));
        exports.finished("COMPLETED");

        assertThat(recorded(7)).containsExactly(
                "tablewise.export.started",
                "tablewise.export.format.csv",
                "tablewise.export.tables.jiraissue",
                "tablewise.export.tables.ao_other",
                "tablewise.export.tables.other",
                "tablewise.export.tables.cwd_user",
                "tablewise.export.completed");
    }

    @Test
    void outcomesAndFormatsMapToTheirNames() throws Exception {
        exports.started("xlsx", List.of());
        exports.started("JSONL", List.of());
        exports.finished("CANCELLED");
        exports.finished("FAILED");
        exports.finished("RUNNING");
        assertThat(recorded(6)).containsExactly(
                "tablewise.export.started", "tablewise.export.format.xlsx",
                "tablewise.export.started", "tablewise.export.format.jsonl",
                "tablewise.export.cancelled", "tablewise.export.failed");
    }
}
