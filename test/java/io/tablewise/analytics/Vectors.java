package io.tablewise.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The shared wire-contract cases, read from the repo's verbatim copy. */
final class Vectors {
    static final Path REPO_COPY = Path.of("test", "fixtures", "analytics", "vectors.json");
    static final Path SHARED = Path.of("..", "shared", "analytics", "vectors.json");

    record Case(String name, long unixSeconds, long nonce, TenantId tenant, List<AnalyticsEvent> events,
            String decodedJson, JsonNode body) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Vectors() {}

    static JsonNode root() {
        try {
            return new ObjectMapper().readTree(REPO_COPY.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] key() {
        return root().get("keyUtf8").asText().getBytes(StandardCharsets.UTF_8);
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : root().get("cases")) {
            List<AnalyticsEvent> events = new ArrayList<>();
            TenantId tenant = null;
            for (JsonNode row : c.get("rows")) {
                tenant = new TenantId(row.get("ProductTenant").asText());
                events.add(new AnalyticsEvent(
                        row.get("ID").asLong(),
                        EventName.parse(row.get("Name").asText()),
                        Product.fromWireName(row.get("Product").asText()),
                        row.get("ProductVersion").asText(),
                        Instant.parse(row.get("UpdateDate").asText()),
                        row.get("AppVersion").asText()));
            }
            cases.add(new Case(
                    c.get("name").asText(),
                    c.get("unixSeconds").asLong(),
                    Long.parseLong(c.get("nonce").asText()),
                    // An empty batch has no row to take the tenant from; any tenant encodes the same.
                    tenant == null ? TenantId.of("unused") : tenant,
                    events,
                    c.get("decodedJson").asText(),
                    c.get("body")));
        }
        return cases;
    }
}
