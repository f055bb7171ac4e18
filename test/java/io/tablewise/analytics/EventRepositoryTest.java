package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.support.AoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventRepositoryTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    private static List<NewEvent> events(int count) {
        List<NewEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new NewEvent(i % 2 == 0 ? EventName.ADMIN_VIEW : EventName.EXPORT_FORMAT_CSV,
                    AT.plusSeconds(i), "10.3.6", "1.0.0"));
        }
        return events;
    }

    private static List<Integer> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::id).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void storesTheProtocolFieldsAndReadsThemBackOldestFirst(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            EventRepository repository = new EventRepository(db.ao);
            repository.insert(events(3));

            List<EventRow> rows = repository.oldest(10);
            assertThat(rows).hasSize(3);
            assertThat(ids(rows)).isSorted().doesNotHaveDuplicates();
            EventRow first = rows.get(0);
            assertThat(first.name()).isEqualTo("tablewise.admin.view");
            assertThat(first.recordedAt()).isEqualTo(AT);
            assertThat(first.productVersion()).isEqualTo("10.3.6");
            assertThat(first.appVersion()).isEqualTo("1.0.0");
            assertThat(repository.oldest(2)).extracting(EventRow::id).containsExactlyElementsOf(ids(rows).subList(0, 2));
            assertThat(repository.count()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void deletesExactlyTheGivenRowsAndNoOthers(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            EventRepository repository = new EventRepository(db.ao);
            repository.insert(events(1200));
            List<Integer> all = ids(repository.oldest(1200));

            // More ids than one IN list holds, with gaps: two of every three.
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i % 3 != 1) {
                    chosen.add(all.get(i));
                }
            }
            assertThat(repository.delete(chosen)).isEqualTo(chosen.size());
            assertThat(ids(repository.oldest(1200))).containsExactlyElementsOf(
                    all.stream().filter(id -> !chosen.contains(id)).toList());
            assertThat(repository.delete(chosen)).as("already gone").isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void trimmingDropsTheOldestBeyondTheBound(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            EventRepository repository = new EventRepository(db.ao);
            repository.insert(events(25));
            List<Integer> all = ids(repository.oldest(25));

            assertThat(repository.trimTo(30)).isZero();
            assertThat(repository.trimTo(10)).isEqualTo(15);
            assertThat(ids(repository.oldest(100))).containsExactlyElementsOf(all.subList(15, 25));
            assertThat(repository.trimTo(10)).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void purgeDeletesEverything(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            EventRepository repository = new EventRepository(db.ao);
            repository.insert(events(7));
            assertThat(repository.deleteAll()).isEqualTo(7);
            assertThat(repository.count()).isZero();
            assertThat(repository.oldest(10)).isEmpty();
        }
    }
}
