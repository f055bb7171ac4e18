package io.tablewise.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tablewise.web.Json;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The administrators' own list of columns to redact, as "table.column" entries. */
public class RedactionSettings {
    static final String KEY = "redaction.columns";
    private static final Logger LOG = LoggerFactory.getLogger(RedactionSettings.class);

    /**
     * Every read of every page needs the list; reading it from the database each time costs a
     * query per page. It is kept for a few seconds: a change made on this node applies at once,
     * one made on another node within {@link #TTL_MILLIS}.
     */
    static final long TTL_MILLIS = 5_000;

    private record Cached(List<String> columns, long readAt) {
    }

    private final SettingsRepository settings;
    private final LongSupplier clock;
    private volatile Cached cached;

    public RedactionSettings(SettingsRepository settings) {
        this(settings, System::currentTimeMillis);
    }

    RedactionSettings(SettingsRepository settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public List<String> columns() {
        Cached current = cached;
        long now = clock.getAsLong();
        if (current == null || now - current.readAt() >= TTL_MILLIS || now < current.readAt()) {
            current = new Cached(settings.get(KEY).map(RedactionSettings::parse).orElse(List.of()), now);
            cached = current;
        }
        return current.columns();
    }

    public void replace(List<String> columns) {
        try {
            settings.put(KEY, Json.MAPPER.writeValueAsString(columns));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            cached = null;
        }
    }

    private static List<String> parse(String json) {
        try {
            return Json.MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            // Fail closed: without the list nobody can tell which columns to hide. Saving a new
            // list (PUT /redaction) repairs it.
            LOG.error("The stored redaction list is not valid JSON; reads fail until it is saved again");
            throw new IllegalStateException("The stored redaction list is damaged", e);
        }
    }
}
