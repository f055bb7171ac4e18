package io.tablewise.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tablewise.web.Json;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The administrators' own list of columns to redact, as "table.column" entries. */
public class RedactionSettings {
    static final String KEY = "redaction.columns";
    private static final Logger LOG = LoggerFactory.getLogger(RedactionSettings.class);

    private final SettingsRepository settings;

    public RedactionSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public List<String> columns() {
        return settings.get(KEY).map(RedactionSettings::parse).orElse(List.of());
    }

    public void replace(List<String> columns) {
        try {
            settings.put(KEY, Json.MAPPER.writeValueAsString(columns));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
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
