package io.tablewise.analytics;

import java.nio.charset.StandardCharsets;

/**
 * The tablewise-analytics/1 key (HMAC-SHA1 for {@code contentHash}, TOTP for {@code otp}).
 *
 * <p>It ships with the plugin, as the protocol says: anyone holding the jar can read it, so it is
 * not a secret and is not treated as one. Hash and OTP give the collector integrity and
 * freshness; TLS gives confidentiality. The vendor's collector is configured with the same
 * value ({@link #SHIPPED}); rotating it means a new app version and a collector that accepts
 * both keys for a while.
 *
 * <p>Tests and the dev host use the test key of {@code test/fixtures/analytics/vectors.json}
 * through the system property {@value #DEV_PROPERTY}, honoured only in development mode.
 */
public final class AnalyticsKey {
    /** The production key, UTF-8. Public by design; see the class comment. */
    static final String SHIPPED = "tw1-7DTJ5hVQrJY5z8ku-hzbPzlWcFGtoVWj";
    static final String DEV_PROPERTY = "tablewise.analytics.key";

    private AnalyticsKey() {}

    /** The key bytes to sign with: the shipped key, or the dev-mode override. */
    public static byte[] current() {
        return DevMode.property(DEV_PROPERTY).orElse(SHIPPED).getBytes(StandardCharsets.UTF_8);
    }
}
