package io.tablewise.analytics;

import java.time.Instant;

/** The settings as stored: what the administrator set, and when (which lifts a back-off wait). */
public record StoredSettings(AnalyticsSettings settings, Instant savedAt) {
    static final StoredSettings DEFAULTS = new StoredSettings(AnalyticsSettings.defaults(), null);

    public boolean enabled() {
        return Boolean.TRUE.equals(settings.enabled());
    }
}
