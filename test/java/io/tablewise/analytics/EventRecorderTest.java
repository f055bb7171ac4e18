package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EventRecorderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    /** A writer that records what it was given and can be held up, like a slow database. */
    private static final class FakeWriter extends EventWriter {
        final List<PendingEvent> written = new ArrayList<>();
        final AtomicLong droppedReported = new AtomicLong();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        volatile boolean hold;
        volatile RuntimeException failure;
        final AtomicLong failedEvents = new AtomicLong();

        FakeWriter() {
            super(null, null, null, null);
        }

        @Override
        synchronized long write(List<PendingEvent> batch, long droppedBefore) throws InterruptedException {
            entered.countDown();
            if (hold) {
                awaitUninterruptibly(release);
            }
            if (failure != null) {
                failedEvents.addAndGet(batch.size());
                throw failure;
            }
            written.addAll(batch);
            droppedReported.addAndGet(droppedBefore);
            return 0;
        }

        // Like a JDBC call, a stalled write does not end on an interrupt.
        private static void awaitUninterruptibly(CountDownLatch latch) {
            boolean interrupted = false;
            while (true) {
                try {
                    latch.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized int writtenCount() {
            return written.size();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void recordedEventsReachTheWriterWithTheirTimeInOrder() throws Exception {
        FakeWriter writer = new FakeWriter();
        EventRecorder recorder = new EventRecorder(writer, CLOCK, 100);
        recorder.start();
        try {
            recorder.record(EventName.ADMIN_VIEW);
            recorder.record(EventName.EXPORT_STARTED);
            await(() -> writer.writtenCount() == 2);
            assertThat(writer.written).containsExactly(
                    new PendingEvent(EventName.ADMIN_VIEW, CLOCK.instant()),
                    new PendingEvent(EventName.EXPORT_STARTED, CLOCK.instant()));
        } finally {
            recorder.stop();
        }
    }

    @Test
    void aStalledDatabaseNeverBlocksTheCallerAndWhatDidNotFitIsCounted() throws Exception {
        FakeWriter writer = new FakeWriter();
        writer.hold = true;
        EventRecorder recorder = new EventRecorder(writer, CLOCK, 10);
        recorder.start();
        try {
            recorder.record(EventName.ADMIN_VIEW);
            assertThat(writer.entered.await(10, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                recorder.record(EventName.ADMIN_VIEW);
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("1,000 records, writer stalled")
                    .isLessThan(500);
            assertThat(recorder.pendingInMemory()).isEqualTo(1_000);

            writer.release.countDown();
            await(() -> writer.writtenCount() == 11);
            recorder.record(EventName.ADMIN_VIEW);
            await(() -> writer.writtenCount() == 12);
            assertThat(writer.droppedReported.get()).as("990 did not fit the 10-slot hand-off").isEqualTo(990);
        } finally {
            recorder.stop();
        }
    }

    @Test
    void aFailedWriteCountsItsEventsAsDroppedAndTheWriterCarriesOn() throws Exception {
        FakeWriter writer = new FakeWriter();
        writer.failure = new IllegalStateException("database down");
        EventRecorder recorder = new EventRecorder(writer, CLOCK, 100);
        recorder.start();
        try {
            recorder.record(EventName.ADMIN_VIEW);
            recorder.record(EventName.ADMIN_VIEW);
            await(() -> writer.failedEvents.get() == 2);
            writer.failure = null;
            recorder.record(EventName.EXPORT_STARTED);
            await(() -> writer.writtenCount() == 1);
            assertThat(writer.droppedReported.get()).isEqualTo(2);
        } finally {
            recorder.stop();
        }
    }

    @Test
    void stoppingWritesWhatIsStillHandedOff() throws Exception {
        FakeWriter writer = new FakeWriter();
        writer.hold = true;
        EventRecorder recorder = new EventRecorder(writer, CLOCK, 100);
        recorder.start();
        recorder.record(EventName.ADMIN_VIEW);
        assertThat(writer.entered.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            recorder.record(EventName.EXPORT_COMPLETED);
        }
        writer.release.countDown();
        recorder.stop();
        assertThat(writer.writtenCount()).isEqualTo(6);
    }

    @Test
    void onlyVocabularyNamesCanBeRecorded() {
        // The one way in takes an EventName; there is no overload for free text.
        List<Method> records = new ArrayList<>();
        for (Method method : EventRecorder.class.getMethods()) {
            if (method.getName().equals("record")) {
                records.add(method);
            }
        }
        assertThat(records).singleElement().satisfies(method -> {
            assertThat(method.getParameterTypes()).containsExactly(EventName.class);
            assertThat(Modifier.isPublic(method.getModifiers())).isTrue();
        });
        EventRecorder recorder = new EventRecorder(new FakeWriter(), CLOCK, 10);
        assertThatThrownBy(() -> recorder.record(EventName.parse("tablewise.admin.view.jdoe")))
                .isInstanceOf(UnknownEventNameException.class);
        assertThat(recorder.pendingInMemory()).isZero();
    }
}
