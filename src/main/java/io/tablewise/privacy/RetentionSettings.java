package io.tablewise.privacy;

import io.tablewise.config.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many days audit entries are kept, in the settings table so every node of a cluster
 * applies the same period. A missing or damaged value reads as the default.
 */
public class RetentionSettings {
    static final String KEY = "retention.auditDays";
    public static final int DEFAULT_DAYS = 90;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSettings.class);

    private final SettingsRepository settings;

    public RetentionSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public int auditDays() {
        return settings.get(KEY).map(RetentionSettings::parse).orElse(DEFAULT_DAYS);
    }

    /** The caller validated {@code days} with {@link #valid}. */
    public void saveAuditDays(int days) {
        settings.put(KEY, Integer.toString(days));
    }

    static boolean valid(Integer days) {
        return days != null && days >= MIN_DAYS && days <= MAX_DAYS;
    }

    private static int parse(String text) {
        try {
            int days = Integer.parseInt(text.trim());
            if (valid(days)) {
                return days;
            }
        } catch (NumberFormatException e) {
            // Reported below, like an out-of-range value.
        }
        LOG.warn("The stored audit retention ({}) is not valid; keeping {} days until it is saved again", text,
                DEFAULT_DAYS);
        return DEFAULT_DAYS;
    }
}
