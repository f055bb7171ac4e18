package io.tablewise.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a product checks (or trips over) when an administrator uploads the jar. */
class PluginJarIT {
    private static PluginJar jar;
    private static Attributes manifest;

    @BeforeAll
    static void open() throws IOException {
        jar = PluginJar.open();
        manifest = jar.manifest().getMainAttributes();
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    @Test
    void shipsNoHostClassesOnlyOursAndTheLibrariesWeBundle() {
        assertThat(jar.entries()).noneMatch(e -> e.startsWith("com/atlassian/"));
        assertThat(jar.entries()).noneMatch(e -> e.startsWith("net/java/ao/"));
        assertThat(jar.packages()).allMatch(p -> p.startsWith("io.tablewise.") || p.startsWith("com.fasterxml.jackson."));
        assertThat(jar.packages()).noneMatch(p -> p.startsWith("io.tablewise.devhost"));
    }

    @Test
    void manifestCarriesTheTransformerlessPluginHeaders() {
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo("io.tablewise.exporter");
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("io.tablewise.exporter");
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-Version")).matches("\\d+\\.\\d+\\.\\d+(\\.[A-Za-z0-9_-]+)?");
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(manifest.getValue("Atlassian-Scan-Folders")).isEqualTo("META-INF/plugin-descriptors");
        assertThat(manifest.getValue("Import-Package")).isNotBlank();
        assertThat(manifest.getValue("Export-Package")).isNull();
    }

    @Test
    void importsNothingItContainsAndEveryHostPackageItUses() {
        List<OsgiHeader.Clause> imports = OsgiHeader.parse(manifest.getValue("Import-Package"));
        Set<String> imported = imports.stream().map(OsgiHeader.Clause::name).collect(Collectors.toSet());
        assertThat(imported).doesNotContainAnyElementsOf(jar.packages());
        assertThat(imported).contains("com.atlassian.sal.api.user", "com.atlassian.activeobjects.external",
                "com.atlassian.sal.api.rdbms", "javax.ws.rs", "net.java.ao");
        assertThat(imports).filteredOn(c -> c.name().startsWith("com.atlassian.jira.")
                || c.name().startsWith("com.atlassian.confluence.")).allMatch(OsgiHeader.Clause::optional);
    }

    @Test
    void everyClassTheDescriptorAndSpringNameIsInTheJar() {
        Document descriptor = jar.xml("atlassian-plugin.xml");
        List<String> classes = new ArrayList<>(attributeValues(descriptor, "class"));
        classes.addAll(textOf(descriptor, "entity"));
        Document spring = jar.xml("META-INF/spring/plugin-context.xml");
        classes.addAll(attributeValues(spring, "class"));
        assertThat(classes).isNotEmpty().allSatisfy(name ->
                assertThat(jar.has(name.replace('.', '/') + ".class")).as(name).isTrue());

        Set<String> imported = OsgiHeader.parse(manifest.getValue("Import-Package")).stream()
                .map(OsgiHeader.Clause::name).collect(Collectors.toSet());
        assertThat(attributeValues(spring, "interface")).isNotEmpty().allSatisfy(type ->
                assertThat(imported).as("imports the package of " + type)
                        .contains(type.substring(0, type.lastIndexOf('.'))));
    }

    @Test
    void descriptorDeclaresTheModulesBothProductsNeed() {
        Document descriptor = jar.xml("atlassian-plugin.xml");
        Element ao = (Element) descriptor.getElementsByTagName("ao").item(0);
        assertThat(ao.getAttribute("namespace")).isEqualTo("tablewise");
        Element rest = (Element) descriptor.getElementsByTagName("rest").item(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/tablewise");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        assertThat(textOf(descriptor, "url-pattern")).contains("/tablewise/admin");
        List<String> applications = attributeValues(descriptor, "application");
        assertThat(applications).contains("jira", "confluence");
        assertThat(descriptor.getDocumentElement().getAttribute("key")).isEqualTo("io.tablewise.exporter");
        assertThat(descriptor.getElementsByTagName("component")).extracting(NodeList::getLength).isEqualTo(0);
    }

    @Test
    void everyLabelKeyOfTheDescriptorIsTranslated() throws IOException {
        Properties i18n = new Properties();
        i18n.load(new StringReader(jar.text("i18n/tablewise.properties")));
        assertThat(attributeValues(jar.xml("atlassian-plugin.xml"), "key").stream()
                .filter(k -> k.startsWith("tablewise."))).isNotEmpty().allSatisfy(key ->
                        assertThat(i18n.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyResourceTheWebResourcesReferenceIsInTheJar() {
        List<String> descriptors = jar.entriesUnder("META-INF/plugin-descriptors/");
        assertThat(descriptors).isNotEmpty();
        List<String> locations = new ArrayList<>();
        for (String name : descriptors) {
            Document xml = jar.xml(name);
            NodeList resources = xml.getElementsByTagName("resource");
            for (int i = 0; i < resources.getLength(); i++) {
                locations.add(((Element) resources.item(i)).getAttribute("location"));
            }
            assertThat(textOf(xml, "context")).as("the admin page's context").contains("tablewise.admin");
        }
        assertThat(locations).isNotEmpty().allSatisfy(location ->
                assertThat(jar.has(location)).as(location).isTrue());
    }

    private static List<String> attributeValues(Document document, String attribute) {
        List<String> values = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute(attribute)) {
                values.add(element.getAttribute(attribute));
            }
        }
        return values;
    }

    private static List<String> textOf(Document document, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
