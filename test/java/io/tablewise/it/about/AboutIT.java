package io.tablewise.it.about;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tablewise.devhost.db.DevDatabase;
import io.tablewise.it.support.Api;
import io.tablewise.it.support.HostedTest;
import io.tablewise.it.support.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** GET /about on the dev host says what the finished jar ships: the same SBOM, the same version. */
class AboutIT extends HostedTest {

    @Override
    protected DevDatabase database() {
        return TestDatabases.h2();
    }

    @Test
    void listsTheComponentsOfTheJarsSbomWithTheProductAndAppVersions() throws IOException {
        Api.Response response = api.get(Api.ADMIN, "/about");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode about = response.json();

        try (JarFile jar = new JarFile(System.getProperty("tablewise.jar"))) {
            JsonNode bom;
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/sbom/bom.json"))) {
                bom = new ObjectMapper().readTree(in);
            }
            // purl → version, on both sides: every shipped component, nothing else.
            assertThat(byPurl(about.path("components"))).isEqualTo(byPurl(bom.path("components")));
            String bundleVersion = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
            assertThat(bundleVersion).startsWith(about.at("/app/version").asText());
        }
        assertThat(about.path("product").toString())
                .isEqualTo("{\"key\":\"jira\",\"displayName\":\"Jira\",\"version\":\"10.3.6\",\"buildNumber\":\"10030006\"}");
        assertThat(about.path("components")).allSatisfy(c -> {
            assertThat(c.path("licences")).as(c.path("purl").asText()).isNotEmpty();
            assertThat(c.path("licences").get(0).asText()).isNotBlank();
        });
        JsonNode jackson = first(about.path("components"), "jackson-databind");
        assertThat(jackson.path("group").asText()).isEqualTo("com.fasterxml.jackson.core");
        assertThat(jackson.path("licences").toString()).isEqualTo("[\"Apache-2.0\"]");
        assertThat(first(about.path("components"), "react").path("licences").toString()).isEqualTo("[\"MIT\"]");
    }

    private static Map<String, String> byPurl(JsonNode components) {
        Map<String, String> result = new TreeMap<>();
        components.forEach(c -> result.put(c.path("purl").asText(), c.path("version").asText()));
        return result;
    }

    private static JsonNode first(JsonNode components, String name) {
        for (JsonNode c : components) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("No component " + name);
    }
}
