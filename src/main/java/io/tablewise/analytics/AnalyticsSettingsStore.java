package io.tablewise.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tablewise.config.SettingsRepository;
import io.tablewise.web.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analytics settings and send status in the instance's settings table (so every node of a
 * cluster sees the same), under three keys with one writer each: the settings (PUT /analytics),
 * the status (the send job, under its cluster lock) and the dropped counter (the event writer,
 * under the trim lock). One writer per key means no lost update between nodes.
 *
 * <p>A damaged value reads as the default, never as an error: for the settings that means
 * analytics off, the safe side.
 */
public class AnalyticsSettingsStore {
    static final String SETTINGS_KEY = "analytics.settings";
    static final String STATUS_KEY = "analytics.status";
    static final String DROPPED_KEY = "analytics.dropped";
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsSettingsStore.class);

    private final SettingsRepository settings;

    public AnalyticsSettingsStore(SettingsRepository settings) {
        this.settings = settings;
    }

    public StoredSettings settings() {
        return read(SETTINGS_KEY).map(json -> {
            AnalyticsSettings stored = new AnalyticsSettings(
                    json.path("enabled").isBoolean() ? json.get("enabled").booleanValue() : null,
                    json.path("endpoint").isTextual() ? json.get("endpoint").textValue() : null,
                    json.path("batchSize").isInt() ? json.get("batchSize").intValue() : null,
                    json.path("maxStoredEvents").isInt() ? json.get("maxStoredEvents").intValue() : null);
            // Validated again on read: what is in the database may predate a stricter rule.
            if (!stored.problems(DevMode.enabled()).isEmpty()) {
                LOG.warn("The stored analytics settings are not valid; analytics stays off until they are saved again");
                return StoredSettings.DEFAULTS;
            }
            return new StoredSettings(stored, instant(json, "savedAt"));
        }).orElse(StoredSettings.DEFAULTS);
    }

    public void saveSettings(AnalyticsSettings value, Instant savedAt) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("enabled", value.enabled());
        json.put("endpoint", value.endpoint());
        json.put("batchSize", value.batchSize());
        json.put("maxStoredEvents", value.maxStoredEvents());
        json.put("savedAt", savedAt.toString());
        write(SETTINGS_KEY, json);
    }

    public SendStatus status() {
        return read(STATUS_KEY).map(json -> {
            JsonNode error = json.path("lastError");
            SendError lastError = error.isObject() && instant(error, "at") != null
                    ? new SendError(instant(error, "at"), error.path("status").asInt(0),
                            error.path("message").asText(""), error.path("retrying").asBoolean(false))
                    : null;
            return new SendStatus(instant(json, "lastSuccessAt"), lastError, instant(json, "nextAttemptAt"),
                    Math.max(0, json.path("consecutiveFailures").asInt(0)));
        }).orElse(SendStatus.NEVER_SENT);
    }

    public void saveStatus(SendStatus status) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        putInstant(json, "lastSuccessAt", status.lastSuccessAt());
        if (status.lastError() != null) {
            ObjectNode error = json.putObject("lastError");
            error.put("at", status.lastError().at().toString());
            error.put("status", status.lastError().status());
            error.put("message", status.lastError().message());
            error.put("retrying", status.lastError().retrying());
        }
        putInstant(json, "nextAttemptAt", status.nextAttemptAt());
        json.put("consecutiveFailures", status.consecutiveFailures());
        write(STATUS_KEY, json);
    }

    /** Events dropped because the table (or the in-memory hand-off) was full. */
    public long dropped() {
        try {
            return settings.get(DROPPED_KEY).map(Long::parseLong).filter(n -> n >= 0).orElse(0L);
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    public void setDropped(long dropped) {
        settings.put(DROPPED_KEY, Long.toString(dropped));
    }

    private Optional<JsonNode> read(String key) {
        return settings.get(key).flatMap(text -> {
            try {
                JsonNode json = Json.MAPPER.readTree(text);
                return json != null && json.isObject() ? Optional.of(json) : Optional.empty();
            } catch (JsonProcessingException e) {
                LOG.warn("The stored value of {} is not valid JSON; using the default", key);
                return Optional.empty();
            }
        });
    }

    private void write(String key, ObjectNode json) {
        try {
            settings.put(key, Json.MAPPER.writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Serialising a JSON tree cannot fail", e);
        }
    }

    private static Instant instant(JsonNode json, String field) {
        JsonNode value = json.path(field);
        if (!value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void putInstant(ObjectNode json, String field, Instant value) {
        if (value == null) {
            json.putNull(field);
        } else {
            json.put(field, value.toString());
        }
    }
}
