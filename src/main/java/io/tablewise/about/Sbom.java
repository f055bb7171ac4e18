package io.tablewise.about;

import com.fasterxml.jackson.databind.JsonNode;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import io.tablewise.web.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The components of the CycloneDX SBOM the build puts into the jar (META-INF/sbom/bom.json),
 * read once from the plugin's own class path: the file never changes while the plugin runs.
 */
public class Sbom {
    public static final String LOCATION = "META-INF/sbom/bom.json";

    private volatile List<SbomComponent> components;

    public List<SbomComponent> components() {
        List<SbomComponent> read = components;
        if (read == null) {
            read = read();
            components = read;
        }
        return read;
    }

    private List<SbomComponent> read() {
        JsonNode bom;
        try (InputStream in = open()) {
            if (in == null) {
                throw new ApiException(ErrorCode.NOT_FOUND, "This build of Tablewise has no SBOM (" + LOCATION + ").");
            }
            bom = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            // Not cached: a broken jar is worth reporting again, not remembering.
            throw new ApiException(ErrorCode.NOT_FOUND, "The SBOM " + LOCATION + " in this build cannot be read.", e);
        }
        List<SbomComponent> result = new ArrayList<>();
        for (JsonNode component : bom.path("components")) {
            result.add(new SbomComponent(text(component, "name"), text(component, "group"), text(component, "version"),
                    text(component, "type"), licences(component.path("licenses")), text(component, "purl")));
        }
        result.sort(Comparator.comparing((SbomComponent c) -> c.name().toLowerCase(Locale.ROOT))
                .thenComparing(c -> c.group() == null ? "" : c.group()));
        return List.copyOf(result);
    }

    /** The SBOM's bytes, or null when there is none; the plugin's class loader sees its own jar. */
    InputStream open() {
        return Sbom.class.getClassLoader().getResourceAsStream(LOCATION);
    }

    /** CycloneDX: each entry is {license: {id | name}} or {expression}. */
    private static List<String> licences(JsonNode licenses) {
        List<String> result = new ArrayList<>();
        for (JsonNode entry : licenses) {
            String value = entry.has("expression") ? text(entry, "expression")
                    : entry.path("license").has("id") ? text(entry.path("license"), "id")
                    : text(entry.path("license"), "name");
            if (value != null && !result.contains(value)) {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
