// Micro-benchmark: what EventRecorder.record() adds to the request that records an event.
// Run from the repository root after a build (mvn -B -q package -DskipTests):
//   java -cp "$(scripts/classpath)" bench/analytics/RecordBench.java
// The recorder is the real one, its writer thread writing to the real ActiveObjects ORM over H2
// (in memory) while the benchmark runs, so the hand-off is contended as it is in production.
package io.tablewise.bench.analytics;

import com.atlassian.activeobjects.spi.DatabaseType;
import com.atlassian.sal.api.license.LicenseHandler;
import io.tablewise.about.AppInfo;
import io.tablewise.analytics.AnalyticsInstance;
import io.tablewise.analytics.AnalyticsSettingsStore;
import io.tablewise.analytics.EventEntity;
import io.tablewise.analytics.EventName;
import io.tablewise.analytics.EventRecorder;
import io.tablewise.analytics.EventRepository;
import io.tablewise.analytics.EventWriter;
import io.tablewise.config.SettingEntity;
import io.tablewise.config.SettingsRepository;
import io.tablewise.devhost.AoPrefix;
import io.tablewise.devhost.host.DevActiveObjects;
import io.tablewise.devhost.host.DevApplicationProperties;
import io.tablewise.devhost.host.DevClusterLockService;
import io.tablewise.devhost.host.Unsupported;
import io.tablewise.web.Json;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

public class RecordBench {
    private static final int WARM_UP = 20_000;

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        EntityManager entityManager = entityManager();
        entityManager.migrate(SettingEntity.class, EventEntity.class);
        DevActiveObjects ao = new DevActiveObjects(entityManager, DatabaseType.H2);
        AnalyticsSettingsStore store = new AnalyticsSettingsStore(new SettingsRepository(ao));
        EventRepository events = new EventRepository(ao);
        AnalyticsInstance instance = new AnalyticsInstance(
                new AppInfo(new DevApplicationProperties("http://localhost", false, Path.of("target"))),
                Unsupported.except(LicenseHandler.class, Map.of("getServerId", "BNCH-0000-0000-0001")));
        EventRecorder recorder = new EventRecorder(new EventWriter(events, store, new DevClusterLockService(), instance));
        recorder.start();
        try {
            System.out.println("Warming up ...");
            run(recorder, WARM_UP, 0);
            System.out.println();
            report("paced: 2,000 requests/s for 10 s (a busy instance)", run(recorder, 20_000, 500_000));
            report("burst: 200,000 requests back to back (hand-off full, writer saturated)", run(recorder, 200_000, 0));
            System.out.printf(Locale.ROOT, "%nEvents written to the table during the run: %,d%n", events.count());
        } finally {
            recorder.stop();
        }
    }

    /**
     * Interleaved pairs, so both kinds see the same JIT, GC and writer-thread conditions; which
     * of the two goes first alternates, so neither always meets the cold caches after a pause.
     */
    private static long[][] run(EventRecorder recorder, int pairs, long intervalNanos) {
        long[] baseline = new long[pairs];
        long[] recorded = new long[pairs];
        long[] recordOnly = new long[pairs];
        long next = System.nanoTime();
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                baseline[i] = plainRequest(i);
            }
            long t0 = System.nanoTime();
            request(i);
            long t1 = System.nanoTime();
            recorder.record(EventName.ADMIN_VIEW);
            long t2 = System.nanoTime();
            recorded[i] = t2 - t0;
            recordOnly[i] = t2 - t1;
            if (i % 2 == 1) {
                baseline[i] = plainRequest(i);
            }
            if (intervalNanos > 0) {
                next += intervalNanos;
                LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
            }
        }
        return new long[][] {baseline, recorded, recordOnly};
    }

    private static long plainRequest(int i) {
        long t0 = System.nanoTime();
        request(i);
        return System.nanoTime() - t0;
    }

    /** Stand-in for a small REST request's own work: build a DTO-like map and serialise it. */
    private static int request(int i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("table", "jiraissue");
        body.put("columns", List.of("id", "pkey", "summary", "created", "updated"));
        body.put("cursor", Integer.toString(i, 36));
        body.put("rows", List.of(List.of(i, "TW-" + i, "Summary " + i, "2026-11-21T10:00:00Z", "2026-11-21T11:00:00Z")));
        try {
            return Json.MAPPER.writeValueAsString(body).length();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String title, long[][] samples) {
        System.out.println(title);
        System.out.printf(Locale.ROOT, "  %-28s %10s %10s %10s %10s%n", "microseconds", "p50", "p99", "p99.9", "max");
        line("request without recording", samples[0]);
        line("request with record()", samples[1]);
        line("record() alone", samples[2]);
        double added = percentile(samples[1], 0.99) - percentile(samples[0], 0.99);
        System.out.printf(Locale.ROOT, "  added at p99: %.2f us (%.4f ms)%n%n", added / 1000.0, added / 1_000_000.0);
    }

    private static void line(String label, long[] nanos) {
        System.out.printf(Locale.ROOT, "  %-28s %10.2f %10.2f %10.2f %10.2f%n", label, percentile(nanos, 0.50) / 1000.0,
                percentile(nanos, 0.99) / 1000.0, percentile(nanos, 0.999) / 1000.0, percentile(nanos, 1.0) / 1000.0);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }

    private static EntityManager entityManager() {
        String prefix = "AO_" + AoPrefix.hashOf("tablewise") + "_";
        return EntityManagerBuilder.url("jdbc:h2:mem:record-bench;DB_CLOSE_DELAY=-1").username("sa").password("")
                .schema("PUBLIC")
                .none()
                .schemaConfiguration((table, caseSensitive) -> table.toUpperCase(Locale.ROOT).startsWith(prefix))
                .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }
}
