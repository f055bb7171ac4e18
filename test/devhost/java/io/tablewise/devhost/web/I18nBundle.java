package io.tablewise.devhost.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.TreeMap;

/** The plugin's i18n .properties as JSON, for the dev shim that stands in for WRM's jsI18n. */
public final class I18nBundle {
    private I18nBundle() {
    }

    public static String asJson(ClassLoader loader) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream("i18n/tablewise.properties")) {
            if (in != null) {
                properties.load(in);
            }
            TreeMap<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return new ObjectMapper().writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
