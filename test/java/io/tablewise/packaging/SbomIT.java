package io.tablewise.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SBOM in the jar is valid CycloneDX 1.6 and lists exactly what ships: the Java libraries
 * whose classes are inlined in the jar and the npm packages webpack put into the bundle.
 */
class SbomIT {
    private static final String SBOM = "META-INF/sbom/bom.json";
    private static PluginJar jar;
    private static byte[] sbomBytes;
    private static JsonNode sbom;

    @BeforeAll
    static void read() throws IOException {
        jar = PluginJar.open();
        sbomBytes = jar.text(SBOM).getBytes(StandardCharsets.ISO_8859_1);
        sbom = new ObjectMapper().readTree(sbomBytes);
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    @Test
    void isValidCycloneDx16AndTheManifestPointsAtIt() throws IOException {
        assertThat(new JsonParser().validate(sbomBytes, Version.VERSION_16)).isEmpty();
        assertThat(sbom.path("specVersion").asText()).isEqualTo("1.6");
        assertThat(jar.manifest().getMainAttributes().getValue("SBOM-Location")).isEqualTo(SBOM);
        assertThat(sbom.at("/metadata/component/name").asText()).isEqualTo("tablewise");
    }

    @Test
    void everyComponentHasAVersionALicenceAndAPurl() {
        assertThat(sbom.path("components")).isNotEmpty().allSatisfy(component -> {
            String id = component.path("purl").asText();
            assertThat(id).as("purl").startsWith("pkg:");
            assertThat(component.path("version").asText()).as(id + " version").isNotBlank();
            assertThat(component.path("licenses")).as(id + " licences").isNotEmpty();
        });
    }

    @Test
    void listsExactlyTheJavaLibrariesWhoseClassesAreInTheJar() throws IOException {
        Set<String> shipped = new TreeSet<>();
        for (String pkg : jar.packages()) {
            if (!pkg.startsWith("io.tablewise")) {
                shipped.add(artifactOf(pkg));
            }
        }
        assertThat(shipped).isNotEmpty();
        assertThat(componentsWithPurlPrefix("pkg:maven/")).isEqualTo(shipped);
    }

    @Test
    void listsExactlyTheNpmPackagesInTheBundle() throws IOException {
        JsonNode bundled = new ObjectMapper().readTree(Files.readString(Path.of("target/sbom/bundle-packages.json")));
        Set<String> expected = new TreeSet<>();
        bundled.forEach(p -> expected.add(p.path("name").asText() + "@" + p.path("version").asText()));
        assertThat(expected).contains("react@18.3.1", "react-dom@18.3.1");
        Set<String> listed = new TreeSet<>();
        sbom.path("components").forEach(c -> {
            if (c.path("purl").asText().startsWith("pkg:npm/")) {
                String group = c.path("group").asText();
                listed.add((group.isEmpty() ? "" : group + "/") + c.path("name").asText() + "@" + c.path("version").asText());
            }
        });
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void listsNothingThatIsNotShipped() {
        // The package part of the purl only: qualifiers such as vcs_url name other projects.
        assertThat(sbom.path("components")).noneSatisfy(c -> assertThat(c.path("purl").asText().split("\\?")[0])
                .containsAnyOf("junit", "assertj", "h2database", "postgresql", "jetty", "jersey", "activeobjects",
                        "servlet-api", "vitest", "webpack", "playwright", "typescript", "fastify"));
    }

    private static Set<String> componentsWithPurlPrefix(String prefix) {
        Set<String> found = new TreeSet<>();
        sbom.path("components").forEach(c -> {
            String purl = c.path("purl").asText();
            if (purl.startsWith(prefix)) {
                found.add(c.path("group").asText() + ":" + c.path("name").asText() + ":" + c.path("version").asText());
            }
        });
        return found;
    }

    /** The Maven artifact (group:artifact:version) on our class path that provides a package. */
    private static String artifactOf(String pkg) throws IOException {
        String classEntry = jar.entries().stream()
                .filter(e -> e.endsWith(".class") && e.startsWith(pkg.replace('.', '/') + "/")
                        && e.indexOf('/', pkg.length() + 1) < 0)
                .findFirst().orElseThrow();
        URL url = SbomIT.class.getClassLoader().getResource(classEntry);
        assertThat(url).as("class path provides " + classEntry).isNotNull();
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile library = connection.getJarFile()) {
            for (JarEntry entry : java.util.Collections.list(library.entries())) {
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    try (InputStream in = library.getInputStream(entry)) {
                        pom.load(in);
                    }
                    return pom.getProperty("groupId") + ":" + pom.getProperty("artifactId") + ":"
                            + pom.getProperty("version");
                }
            }
        }
        throw new IllegalStateException("No Maven coordinates for the library providing " + pkg);
    }
}
