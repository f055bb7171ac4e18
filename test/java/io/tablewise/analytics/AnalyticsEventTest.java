package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyticsEventTest {
    private static AnalyticsEvent event(String productVersion, Instant when) {
        return new AnalyticsEvent(1, EventName.ADMIN_VIEW, Product.JIRA, productVersion, when, "1.0.0");
    }

    @Test
    void theTimeIsKeptToTheSecondAsOnTheWire() {
        assertThat(event("9.12.15", Instant.parse("2025-02-13T08:06:44.987Z")).updateDate())
                .isEqualTo(Instant.parse("2025-02-13T08:06:44Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.12.15", "10.3.1", "8.5.16", "9.4.0-m0003", "1.0.0-SNAPSHOT"})
    void realVersionsPass(String version) {
        assertThat(event(version, Instant.EPOCH).productVersion()).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 9.12", "9.12 (admin@example.com)", "jdoe's build", "9.12\n"})
    void freeTextCannotRideInAVersionField(String version) {
        assertThatThrownBy(() -> event(version, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeIdsAndDatesOutsideFourDigitYearsAreRefused() {
        assertThatThrownBy(() -> new AnalyticsEvent(-1, EventName.ADMIN_VIEW, Product.JIRA, "9", Instant.EPOCH, "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event("9", Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event("9", Instant.EPOCH.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
