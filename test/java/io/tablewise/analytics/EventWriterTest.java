package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.support.AoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventWriterTest {
    private static List<PendingEvent> pending(int count) {
        List<PendingEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new PendingEvent(EventName.ADMIN_VIEW, Instant.parse("2026-11-21T10:00:00Z").plusSeconds(i)));
        }
        return events;
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void writesWithTheInstancesVersionsAndKeepsTheTableWithinItsBound(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            AnalyticsParts parts = new AnalyticsParts(db);
            parts.store.saveSettings(new AnalyticsSettings(false, AnalyticsSettings.DEFAULT_ENDPOINT, 500, 100),
                    Instant.now());

            assertThat(parts.writer.write(pending(60), 0)).isZero();
            assertThat(parts.events.count()).isEqualTo(60);
            assertThat(parts.store.dropped()).isZero();
            EventRow first = parts.events.oldest(1).get(0);
            assertThat(first.productVersion()).isEqualTo("10.3.6");
            assertThat(first.appVersion()).isEqualTo(parts.instance.appVersion());

            int firstIdKept = parts.events.oldest(100).get(30).id();
            parts.writer.write(pending(70), 5);
            assertThat(parts.events.count()).isEqualTo(100);
            assertThat(parts.events.oldest(1).get(0).id()).as("the oldest went").isEqualTo(firstIdKept);
            assertThat(parts.store.dropped()).as("30 trimmed + 5 dropped in memory").isEqualTo(35);
        }
    }
}
