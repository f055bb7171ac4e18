package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.config.SettingsRepository;
import io.tablewise.support.AoDatabase;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyticsSettingsStoreTest {
    private static final Instant T = Instant.parse("2026-11-21T10:00:00.123Z");

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void defaultsUntilSavedThenWhatWasSaved(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            AnalyticsSettingsStore store = new AnalyticsSettingsStore(new SettingsRepository(db.ao));
            assertThat(store.settings().enabled()).isFalse();
            assertThat(store.settings().settings()).isEqualTo(AnalyticsSettings.defaults());
            assertThat(store.status()).isEqualTo(SendStatus.NEVER_SENT);
            assertThat(store.dropped()).isZero();

            AnalyticsSettings mine = new AnalyticsSettings(true, "https://collector.example.com/in", 100, 2000);
            store.saveSettings(mine, T);
            assertThat(store.settings()).isEqualTo(new StoredSettings(mine, T));

            SendStatus status = new SendStatus(T, new SendError(T.plusSeconds(5), 503, "HTTP 503: busy", true),
                    T.plusSeconds(65), 2);
            store.saveStatus(status);
            assertThat(store.status()).isEqualTo(status);

            store.setDropped(42);
            assertThat(store.dropped()).isEqualTo(42);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aDamagedOrNoLongerValidValueReadsAsTheSafeDefault(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            SettingsRepository settings = new SettingsRepository(db.ao);
            AnalyticsSettingsStore store = new AnalyticsSettingsStore(settings);

            settings.put(AnalyticsSettingsStore.SETTINGS_KEY, "{not json");
            assertThat(store.settings().enabled()).isFalse();

            // Stored when http:// was still accepted (say, in development mode): off, not sent in clear.
            settings.put(AnalyticsSettingsStore.SETTINGS_KEY,
                    "{\"enabled\":true,\"endpoint\":\"http://collector.example.com/in\",\"batchSize\":500,\"maxStoredEvents\":10000}");
            assertThat(store.settings().enabled()).isFalse();
            assertThat(store.settings().settings().endpoint()).isEqualTo(AnalyticsSettings.DEFAULT_ENDPOINT);

            settings.put(AnalyticsSettingsStore.STATUS_KEY, "[1,2]");
            assertThat(store.status()).isEqualTo(SendStatus.NEVER_SENT);
            settings.put(AnalyticsSettingsStore.DROPPED_KEY, "many");
            assertThat(store.dropped()).isZero();
        }
    }
}
