package io.tablewise.analytics;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import io.tablewise.web.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the Analytics page reads and changes: the switch, the status, the preview, the purge. */
public class AnalyticsService {
    private static final long PURGE_LOCK_WAIT_SECONDS = 10;

    private final AnalyticsSettingsStore store;
    private final EventRepository events;
    private final EventRecorder recorder;
    private final AnalyticsInstance instance;
    private final ClusterLockService locks;
    private final Clock clock;

    public AnalyticsService(AnalyticsSettingsStore store, EventRepository events, EventRecorder recorder,
            AnalyticsInstance instance, ClusterLockService locks) {
        this(store, events, recorder, instance, locks, Clock.systemUTC());
    }

    AnalyticsService(AnalyticsSettingsStore store, EventRepository events, EventRecorder recorder,
            AnalyticsInstance instance, ClusterLockService locks, Clock clock) {
        this.store = store;
        this.events = events;
        this.recorder = recorder;
        this.instance = instance;
        this.locks = locks;
        this.clock = clock;
    }

    public AnalyticsView view() {
        StoredSettings settings = store.settings();
        return new AnalyticsView(settings.settings(),
                AnalyticsStatus.of(settings.enabled(), store.status(), events.count(), store.dropped()));
    }

    /** Validates and saves every value; saving also lifts a back-off wait (see {@link SendStatus}). */
    public AnalyticsView update(AnalyticsSettings requested) {
        if (requested == null) {
            throw ApiException.badRequest("A JSON body with enabled, endpoint, batchSize and maxStoredEvents is required.");
        }
        List<String> problems = requested.problems(DevMode.enabled());
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(String.join(" ", problems));
        }
        boolean wasEnabled = store.settings().enabled();
        store.saveSettings(requested, clock.instant());
        if (requested.enabled() != wasEnabled) {
            recorder.record(requested.enabled() ? EventName.ANALYTICS_ENABLED : EventName.ANALYTICS_DISABLED);
        }
        return view();
    }

    /** The next batch exactly as the job would encode it, decoded again. */
    public AnalyticsPreview preview() {
        StoredSettings settings = store.settings();
        int batchSize = settings.settings().batchSize();
        EventBatch batch = EventBatch.of(events.oldest(batchSize), instance.product());
        byte[] document = PayloadCodec.rowsJson(instance.tenant(), batch.events());
        return new AnalyticsPreview(events.count(), batchSize, settings.settings().endpoint(), decode(document));
    }

    /** Deletes every recorded event and resets the dropped counter. */
    public AnalyticsPurge purge() {
        ClusterLock lock = locks.getLockForName(EventWriter.TRIM_LOCK);
        try {
            if (!lock.tryLock(PURGE_LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(ErrorCode.CONFLICT, "Events are being written right now; try again.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorCode.CONFLICT, "Interrupted; try again.");
        }
        try {
            int purged = events.deleteAll();
            store.setDropped(0);
            return new AnalyticsPurge(purged);
        } finally {
            lock.unlock();
        }
    }

    private static List<AnalyticsRow> decode(byte[] document) {
        try {
            List<AnalyticsRow> rows = new ArrayList<>();
            for (JsonNode row : Json.MAPPER.readTree(document).get("dataRows")) {
                rows.add(Json.MAPPER.treeToValue(row, AnalyticsRow.class));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("The encoder's own output must decode", e);
        }
    }
}
