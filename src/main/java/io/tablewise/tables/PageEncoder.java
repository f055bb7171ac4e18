package io.tablewise.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Encodes a page's rows to JSON on a thread of its own while the calling thread, which holds the
 * page's transaction, goes on reading rows from the driver. With a fetch size the database waits
 * while the application handles each fetch; this way the database, the driver and the encoder
 * work at the same time instead of taking turns. Rows travel in small batches through a bounded
 * queue, so a page holds at most a few hundred extracted rows besides its JSON.
 *
 * <p>A row is an {@code Object[]} of values read by {@link ValueReader#extract}: the output
 * columns in order (null where a column is redacted), then the paging key's columns.
 */
final class PageEncoder implements AutoCloseable {
    static final int BATCH_ROWS = 256;
    private static final int QUEUED_BATCHES = 4;
    private static final Object[][] END = new Object[0][];

    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final JsonBuffer buffer;
    private final ValueReader reader;
    private final ReadMode[] modes;
    private final int limit;
    private final int maxBytes;
    private final Thread thread;

    /** Set by the encoder when the page holds `limit` rows or `maxBytes`: the reader stops then. */
    private volatile boolean full;
    private volatile Throwable failure;
    /** Written by the encoder only; read by the caller after {@link #finish()} (join orders them). */
    private long rows;
    private Object[] lastRow;

    PageEncoder(JsonBuffer buffer, ValueReader reader, ReadMode[] modes, int limit, int maxBytes) {
        this.buffer = buffer;
        this.reader = reader;
        this.modes = modes;
        this.limit = limit;
        this.maxBytes = maxBytes;
        this.thread = new Thread(this::run, "tablewise-page-encoder");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the page is complete: the reader need not read another row. */
    boolean full() {
        return full;
    }

    /** Hands a batch of rows to the encoder; waits while it is a few batches behind. */
    void send(Object[][] batch) throws InterruptedException {
        queue.put(batch);
    }

    /** Waits until every row sent is encoded (or skipped because the page was full). */
    void finish() throws IOException, InterruptedException {
        queue.put(END);
        thread.join();
        if (failure != null) {
            throw new IOException("Encoding a page failed", failure);
        }
    }

    /** Rows written to the page; valid after {@link #finish()}. */
    long rows() {
        return rows;
    }

    /** The last row written to the page, for the next cursor; valid after {@link #finish()}. */
    Object[] lastRow() {
        return lastRow;
    }

    /** Stops the encoder if the reader gave up early (a database error): it must not outlive the page. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        JsonGenerator json = buffer.json();
        try {
            for (Object[][] batch = queue.take(); batch != END; batch = queue.take()) {
                // Once full (or failed), the rest of what was sent is drained unread so that the
                // reader, perhaps waiting in send(), always gets to finish().
                for (int i = 0; i < batch.length && !full; i++) {
                    encode(batch[i], json);
                }
            }
        } catch (InterruptedException e) {
            // close(): the reader failed and nobody wants this page any more.
        }
    }

    private void encode(Object[] row, JsonGenerator json) {
        try {
            json.writeStartArray();
            for (int i = 0; i < modes.length; i++) {
                reader.encode(row[i], modes[i], json);
            }
            json.writeEndArray();
            rows++;
            lastRow = row;
            if (rows >= limit || buffer.size() >= maxBytes) {
                full = true;
            }
        } catch (IOException | RuntimeException | Error e) {
            // Recorded for finish() to rethrow; the encoder keeps draining so the reader never hangs.
            failure = e;
            full = true;
        }
    }
}
