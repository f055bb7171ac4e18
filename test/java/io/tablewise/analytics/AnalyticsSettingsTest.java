package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyticsSettingsTest {
    @Test
    void theDefaultsAreOffTheVendorsHttpsCollectorAndTheProtocolBounds() {
        AnalyticsSettings defaults = AnalyticsSettings.defaults();
        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.endpoint()).startsWith("https://");
        assertThat(defaults.batchSize()).isEqualTo(500);
        assertThat(defaults.maxStoredEvents()).isEqualTo(10_000);
        assertThat(defaults.problems(false)).isEmpty();
    }

    @Test
    void everyValueIsValidatedAndEveryProblemReportedAtOnce() {
        AnalyticsSettings bad = new AnalyticsSettings(null, "ftp://collector.example.com", 501, 99);
        assertThat(bad.problems(false)).containsExactly(
                "enabled is required.",
                "endpoint: the analytics endpoint must be an https:// URL.",
                "batchSize must be 1 to 500.",
                "maxStoredEvents must be 100 to 100000.");
        assertThat(new AnalyticsSettings(true, null, null, null).problems(false)).hasSize(3);
        assertThat(new AnalyticsSettings(true, "https://x.example/" + "a".repeat(2000), 1, 100).problems(false))
                .containsExactly("endpoint is longer than 2000 characters.");
    }

    @Test
    void plainHttpOnlyToLoopbackAndOnlyInDevelopmentMode() {
        AnalyticsSettings loopback = new AnalyticsSettings(true, "http://127.0.0.1:8443/ingest", 500, 10_000);
        assertThat(loopback.problems(true)).isEmpty();
        assertThat(loopback.problems(false)).hasSize(1);
        AnalyticsSettings remote = new AnalyticsSettings(true, "http://collector.example.com/ingest", 500, 10_000);
        assertThat(remote.problems(true)).hasSize(1);
        assertThat(new AnalyticsSettings(true, "https://user:pw@collector.example.com/", 500, 10_000).problems(false))
                .containsExactly("endpoint: the analytics endpoint must not contain credentials.");
    }
}
