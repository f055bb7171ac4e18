package io.tablewise.devhost.host;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Plugin settings kept in memory for the life of the dev host. */
public class DevPluginSettingsFactory implements PluginSettingsFactory {
    private final Map<String, Map<String, Object>> byKey = new ConcurrentHashMap<>();

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return settings(key == null ? "" : key);
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return settings("");
    }

    private PluginSettings settings(String scope) {
        Map<String, Object> values = byKey.computeIfAbsent(scope, s -> new ConcurrentHashMap<>());
        return new PluginSettings() {
            @Override
            public Object get(String key) {
                return values.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return value == null ? values.remove(key) : values.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return values.remove(key);
            }
        };
    }
}
