package io.tablewise.analytics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What features call to record a usage event. {@link #record} never blocks, never touches the
 * database and never throws for anything outside the caller's control: it offers the event to a
 * bounded in-memory hand-off, and one daemon thread writes what arrives to the events table.
 * When the hand-off is full (the database is slow or down), the event is dropped and counted;
 * the count reaches the dropped counter the administrator sees with the next write.
 *
 * <p>Names come only as {@link EventName}, so nothing outside the closed vocabulary can be
 * recorded. Events are recorded whether or not analytics is on: they wait in the bounded
 * table, where administrators can preview and purge them; only sending needs the opt-in.
 */
public class EventRecorder {
    static final int HANDOFF_CAPACITY = 4096;
    static final int MAX_WRITE_BATCH = 500;
    private static final long STOP_WAIT_MILLIS = 5_000;
    private static final long ERROR_LOG_INTERVAL_MILLIS = 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

    private final EventWriter writer;
    private final Clock clock;
    private final BlockingQueue<PendingEvent> handoff;
    private final AtomicLong droppedInMemory = new AtomicLong();
    private final Object lifecycle = new Object();
    private Thread thread;
    private long lastErrorLoggedAt;

    public EventRecorder(EventWriter writer) {
        this(writer, Clock.systemUTC(), HANDOFF_CAPACITY);
    }

    EventRecorder(EventWriter writer, Clock clock, int capacity) {
        this.writer = writer;
        this.clock = clock;
        this.handoff = new ArrayBlockingQueue<>(capacity);
    }

    /** Records one event; O(1), lock-free for the caller unless the hand-off is contended. */
    public void record(EventName name) {
        Objects.requireNonNull(name, "name");
        if (!handoff.offer(new PendingEvent(name, clock.instant()))) {
            droppedInMemory.incrementAndGet();
        }
    }

    /** Starts the writer thread (plugin start); no database access happens until events arrive. */
    public void start() {
        synchronized (lifecycle) {
            if (thread != null) {
                return;
            }
            thread = new Thread(this::run, "tablewise-analytics-writer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Stops the writer (plugin stop), writing what is still handed off if it can within a few seconds. */
    public void stop() {
        Thread stopping;
        synchronized (lifecycle) {
            stopping = thread;
            thread = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.interrupt();
        try {
            stopping.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events waiting in memory plus dropped ones not yet counted in the database (for tests). */
    long pendingInMemory() {
        return handoff.size() + droppedInMemory.get();
    }

    private void run() {
        List<PendingEvent> batch = new ArrayList<>(MAX_WRITE_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(handoff.take());
            } catch (InterruptedException e) {
                break;
            }
            handoff.drainTo(batch, MAX_WRITE_BATCH - 1);
            writeBatch(batch);
            batch.clear();
        }
        // Stopping: one last attempt for what is still handed off, within half the stop wait.
        Thread.interrupted();
        long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS / 2;
        while (!handoff.isEmpty() && System.currentTimeMillis() < deadline) {
            handoff.drainTo(batch, MAX_WRITE_BATCH);
            writeBatch(batch);
            batch.clear();
        }
    }

    private void writeBatch(List<PendingEvent> batch) {
        long dropped = droppedInMemory.getAndSet(0);
        try {
            droppedInMemory.addAndGet(writer.write(batch, dropped));
        } catch (InterruptedException e) {
            // Interrupted while waiting for the trim lock: the rows are in, the count waits.
            droppedInMemory.addAndGet(dropped);
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The database refused (down, not yet initialised): these events are lost, and counted.
            droppedInMemory.addAndGet(dropped + batch.size());
            logRateLimited(e);
        }
    }

    private void logRateLimited(RuntimeException e) {
        long now = System.currentTimeMillis();
        if (now - lastErrorLoggedAt >= ERROR_LOG_INTERVAL_MILLIS) {
            lastErrorLoggedAt = now;
            LOG.warn("Could not write analytics events; they are counted as dropped: {}", e.toString());
        }
    }
}
