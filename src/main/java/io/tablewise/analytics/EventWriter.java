package io.tablewise.analytics;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes handed-off events to the events table and keeps the table within its bound: when it
 * holds more than {@code maxStoredEvents}, the oldest rows go and the dropped counter grows by
 * as many. Trimming and counting happen under a cluster lock, so two nodes trimming at once
 * cannot both count the same rows, nor lose each other's increment.
 */
public class EventWriter {
    static final String TRIM_LOCK = "io.tablewise.analytics.events.trim";
    private static final long TRIM_LOCK_WAIT_SECONDS = 30;

    private final EventRepository events;
    private final AnalyticsSettingsStore store;
    private final ClusterLockService locks;
    private final AnalyticsInstance instance;

    public EventWriter(EventRepository events, AnalyticsSettingsStore store, ClusterLockService locks,
            AnalyticsInstance instance) {
        this.events = events;
        this.store = store;
        this.locks = locks;
        this.instance = instance;
    }

    /**
     * Inserts {@code batch}, then trims and adds {@code droppedBefore} (events the hand-off had
     * to drop) plus what the trim removed to the dropped counter.
     *
     * @return dropped events that could not be counted yet (the trim lock was busy): the caller
     *     passes them again next time
     */
    long write(List<PendingEvent> batch, long droppedBefore) throws InterruptedException {
        String productVersion = instance.productVersion();
        String appVersion = instance.appVersion();
        List<NewEvent> rows = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            rows.add(new NewEvent(event.name(), event.at(), productVersion, appVersion));
        }
        events.insert(rows);
        int max = store.settings().settings().maxStoredEvents();
        if (droppedBefore == 0 && events.count() <= max) {
            return 0;
        }
        ClusterLock lock = locks.getLockForName(TRIM_LOCK);
        if (!lock.tryLock(TRIM_LOCK_WAIT_SECONDS, TimeUnit.SECONDS)) {
            return droppedBefore;
        }
        try {
            long dropped = events.trimTo(max) + droppedBefore;
            if (dropped > 0) {
                store.setDropped(store.dropped() + dropped);
            }
            return 0;
        } finally {
            lock.unlock();
        }
    }
}
