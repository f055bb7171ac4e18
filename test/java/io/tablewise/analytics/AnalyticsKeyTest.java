package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnalyticsKeyTest {
    private final String devMode = System.getProperty(DevMode.PROPERTY);
    private final String key = System.getProperty(AnalyticsKey.DEV_PROPERTY);

    @AfterEach
    void restore() {
        restore(DevMode.PROPERTY, devMode);
        restore(AnalyticsKey.DEV_PROPERTY, key);
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    @Test
    void productionAlwaysSignsWithTheShippedKeyWhateverTheProperties() {
        System.clearProperty(DevMode.PROPERTY);
        System.setProperty(AnalyticsKey.DEV_PROPERTY, "attacker-chosen");
        assertThat(new String(AnalyticsKey.current(), StandardCharsets.UTF_8)).isEqualTo(AnalyticsKey.SHIPPED);
    }

    @Test
    void developmentModeMayUseTheTestKey() {
        System.setProperty(DevMode.PROPERTY, "true");
        System.setProperty(AnalyticsKey.DEV_PROPERTY, "tablewise-analytics-v1-test-key");
        assertThat(AnalyticsKey.current()).isEqualTo(Vectors.key());
        System.clearProperty(AnalyticsKey.DEV_PROPERTY);
        assertThat(new String(AnalyticsKey.current(), StandardCharsets.UTF_8)).isEqualTo(AnalyticsKey.SHIPPED);
    }

    @Test
    void theBackoffBaseOverrideIsDevelopmentModeOnly() {
        System.setProperty(AnalyticsSendJob.BACKOFF_BASE_PROPERTY, "PT1S");
        try {
            System.clearProperty(DevMode.PROPERTY);
            assertThat(AnalyticsSendJob.backoffPolicy().delay(1, java.util.Optional.empty()))
                    .isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(30));
            System.setProperty(DevMode.PROPERTY, "true");
            assertThat(AnalyticsSendJob.backoffPolicy().delay(1, java.util.Optional.empty()))
                    .isLessThanOrEqualTo(java.time.Duration.ofSeconds(1));
        } finally {
            System.clearProperty(AnalyticsSendJob.BACKOFF_BASE_PROPERTY);
        }
    }
}
