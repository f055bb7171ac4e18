package io.tablewise.devhost.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The web-resources the webpack plugin generated (META-INF/plugin-descriptors/*.xml), resolved
 * the way WRM does: a context brings its web-resources, each after its own dependencies.
 * Dependencies on other plugins are the product's to provide; the dev shim stands in for them.
 */
public final class WebResourceIndex {
    record WebResource(String key, List<String> contexts, List<String> dependencies, List<String> locations) {
    }

    private final String pluginKey;
    private final Map<String, WebResource> byKey = new LinkedHashMap<>();

    private WebResourceIndex(String pluginKey) {
        this.pluginKey = pluginKey;
    }

    public static WebResourceIndex read(String pluginKey, Path descriptorsDir) throws java.io.IOException {
        WebResourceIndex index = new WebResourceIndex(pluginKey);
        try (Stream<Path> files = Files.list(descriptorsDir)) {
            for (Path xml : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                index.add(readXml(xml));
            }
        }
        return index;
    }

    private static Document readXml(Path xml) throws java.io.IOException {
        try (var in = Files.newInputStream(xml)) {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new java.io.IOException("Bad web-resource XML " + xml, e);
        }
    }

    private void add(Document document) {
        NodeList resources = document.getElementsByTagName("web-resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element element = (Element) resources.item(i);
            List<String> locations = new ArrayList<>();
            NodeList files = element.getElementsByTagName("resource");
            for (int j = 0; j < files.getLength(); j++) {
                locations.add(((Element) files.item(j)).getAttribute("location"));
            }
            String key = element.getAttribute("key");
            byKey.put(key, new WebResource(key, texts(element, "context"), texts(element, "dependency"), locations));
        }
    }

    /** Resource locations (relative to the jar root) a context needs, dependencies first. */
    public List<String> locationsForContext(String context) {
        Set<String> ordered = new LinkedHashSet<>();
        byKey.values().stream().filter(r -> r.contexts().contains(context))
                .forEach(r -> collect(r, ordered, new LinkedHashSet<>()));
        return List.copyOf(ordered);
    }

    public List<String> locationsForWebResource(String completeKey) {
        Set<String> ordered = new LinkedHashSet<>();
        WebResource resource = byKey.get(completeKey.substring(completeKey.indexOf(':') + 1));
        if (resource != null) {
            collect(resource, ordered, new LinkedHashSet<>());
        }
        return List.copyOf(ordered);
    }

    /** Keys of dependencies the product would provide (other plugins' web-resources). */
    public Set<String> externalDependencies() {
        Set<String> external = new LinkedHashSet<>();
        byKey.values().forEach(r -> r.dependencies().stream()
                .filter(d -> !d.startsWith(pluginKey + ":")).forEach(external::add));
        return external;
    }

    private void collect(WebResource resource, Set<String> ordered, Set<String> visiting) {
        if (!visiting.add(resource.key())) {
            return;
        }
        for (String dependency : resource.dependencies()) {
            if (dependency.startsWith(pluginKey + ":")) {
                WebResource own = byKey.get(dependency.substring(pluginKey.length() + 1));
                if (own != null) {
                    collect(own, ordered, visiting);
                }
            }
        }
        ordered.addAll(resource.locations());
    }

    private static List<String> texts(Element element, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = element.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
