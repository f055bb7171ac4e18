package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tablewise.support.AoDatabase;
import io.tablewise.support.MutableClock;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import io.tablewise.web.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnalyticsServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

    private AoDatabase db;
    private AnalyticsParts parts;
    private EventRecorder recorder;
    private AnalyticsService service;
    private final MutableClock clock = new MutableClock(T0);

    @BeforeEach
    void setUp() throws Exception {
        db = AoDatabase.h2();
        parts = new AnalyticsParts(db);
        recorder = new EventRecorder(parts.writer);
        recorder.start();
        service = new AnalyticsService(parts.store, parts.events, recorder, parts.instance, parts.locks, clock);
    }

    @AfterEach
    void tearDown() {
        recorder.stop();
        db.close();
    }

    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (parts.events.count() != count) {
            assertThat(System.nanoTime()).as(count + " events written").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void offByDefaultWithNothingQueued() {
        AnalyticsView view = service.view();
        assertThat(view.settings()).isEqualTo(AnalyticsSettings.defaults());
        assertThat(view.status()).isEqualTo(new AnalyticsStatus(AnalyticsState.OFF, 0, 0, null, null, null, 0));
    }

    @Test
    void switchingOnAndOffIsSavedAndRecordedOncePerChange() throws Exception {
        AnalyticsSettings on = new AnalyticsSettings(true, "https://collector.example.com/in", 200, 5000);
        assertThat(service.update(on).settings()).isEqualTo(on);
        service.update(on);
        awaitQueued(1);
        AnalyticsSettings off = new AnalyticsSettings(false, "https://collector.example.com/in", 200, 5000);
        AnalyticsView view = service.update(off);
        awaitQueued(2);

        assertThat(view.status().state()).isEqualTo(AnalyticsState.OFF);
        assertThat(parts.events.oldest(10)).extracting(EventRow::name)
                .containsExactly("tablewise.analytics.enabled", "tablewise.analytics.disabled");
        assertThat(parts.store.settings()).isEqualTo(new StoredSettings(off, T0));
    }

    @Test
    void invalidSettingsAreRefusedWithTheEnvelopeAndNothingIsSaved() {
        AnalyticsSettings bad = new AnalyticsSettings(true, "http://collector.example.com/in", 0, 10_000);
        assertThatThrownBy(() -> service.update(bad))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("https://").contains("batchSize must be 1 to 500.");
                });
        assertThatThrownBy(() -> service.update(null)).isInstanceOf(ApiException.class);
        assertThat(parts.store.settings().enabled()).isFalse();
    }

    @Test
    void thePreviewIsTheNextBatchExactlyAsTheEncoderWritesIt() throws Exception {
        parts.store.saveSettings(new AnalyticsSettings(false, AnalyticsSettings.DEFAULT_ENDPOINT, 2, 10_000), T0);
        List<NewEvent> events = new ArrayList<>();
        events.add(new NewEvent(EventName.ADMIN_VIEW, T0, "10.3.6", "1.0.0"));
        events.add(new NewEvent(EventName.exportedTable(Product.JIRA, "AO_60DB71_SPRINT"), T0.plusSeconds(1),
                "10.3.6", "1.0.0"));
        events.add(new NewEvent(EventName.EXPORT_COMPLETED, T0.plusSeconds(2), "10.3.6", "1.0.0"));
        parts.events.insert(events);

        AnalyticsPreview preview = service.preview();

        assertThat(preview.queued()).isEqualTo(3);
        assertThat(preview.batchSize()).isEqualTo(2);
        assertThat(preview.rows()).hasSize(2);
        List<EventRow> stored = parts.events.oldest(2);
        List<AnalyticsEvent> expected = EventBatch.of(stored, Product.JIRA).events();
        String encoded = new String(PayloadCodec.rowsJson(parts.tenant(), expected), StandardCharsets.UTF_8);
        assertThat("{\"dataRows\":" + Json.MAPPER.writeValueAsString(preview.rows()) + "}").isEqualTo(encoded);
        assertThat(preview.rows().get(1).name()).isEqualTo("tablewise.export.tables.ao_other");
        assertThat(preview.rows().get(0).productTenant()).isEqualTo(parts.tenant().value());
    }

    @Test
    void purgeDeletesEveryEventAndResetsTheDroppedCount() {
        parts.events.insert(List.of(new NewEvent(EventName.ADMIN_VIEW, T0, "10.3.6", "1.0.0"),
                new NewEvent(EventName.ADMIN_VIEW, T0, "10.3.6", "1.0.0")));
        parts.store.setDropped(12);

        assertThat(service.purge()).isEqualTo(new AnalyticsPurge(2));
        assertThat(service.view().status().queued()).isZero();
        assertThat(service.view().status().dropped()).isZero();
    }
}
