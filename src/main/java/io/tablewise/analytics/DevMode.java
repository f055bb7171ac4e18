package io.tablewise.analytics;

import java.util.Optional;

/**
 * The products' development mode ({@code -Datlassian.dev.mode=true}, which the dev host sets).
 * Only there may analytics go to a plain-http loopback receiver or use test-only settings; a
 * production instance never honours the {@code tablewise.analytics.*} system properties.
 */
public final class DevMode {
    static final String PROPERTY = "atlassian.dev.mode";

    private DevMode() {}

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** A non-blank system property, but only in development mode. */
    static Optional<String> property(String name) {
        if (!enabled()) {
            return Optional.empty();
        }
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
