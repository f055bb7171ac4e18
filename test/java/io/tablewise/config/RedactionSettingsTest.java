package io.tablewise.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The administrators' list is read at most every few seconds, at once after a local change, and fails closed. */
class RedactionSettingsTest {
    private final Map<String, String> stored = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000_000);
    /** Storage is tested on real databases elsewhere; here only what the settings do with it. */
    private final SettingsRepository repository = new SettingsRepository(null) {
        @Override
        public Optional<String> get(String key) {
            reads.incrementAndGet();
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }
    };
    private final RedactionSettings settings = new RedactionSettings(repository, now::get);

    @Test
    void theListIsReadOnceWithinItsTimeToLive() {
        stored.put(RedactionSettings.KEY, "[\"jiraissue.summary\"]");
        assertThat(settings.columns()).containsExactly("jiraissue.summary");
        assertThat(settings.columns()).containsExactly("jiraissue.summary");
        assertThat(reads).hasValue(1);
        // Another node changes it: seen once the time to live has passed.
        stored.put(RedactionSettings.KEY, "[]");
        now.addAndGet(RedactionSettings.TTL_MILLIS - 1);
        assertThat(settings.columns()).containsExactly("jiraissue.summary");
        now.addAndGet(1);
        assertThat(settings.columns()).isEmpty();
    }

    @Test
    void aChangeOnThisNodeAppliesAtOnce() {
        assertThat(settings.columns()).isEmpty();
        settings.replace(List.of("cwd_user.email_address"));
        assertThat(settings.columns()).containsExactly("cwd_user.email_address");
    }

    @Test
    void aDamagedListFailsClosed() {
        stored.put(RedactionSettings.KEY, "{not json");
        assertThatThrownBy(settings::columns).isInstanceOf(IllegalStateException.class);
    }
}
