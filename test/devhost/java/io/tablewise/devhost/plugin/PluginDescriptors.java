package io.tablewise.devhost.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the plugin's own atlassian-plugin.xml and Spring XML, as the plugin framework would. */
public final class PluginDescriptors {
    /**
     * A bean from META-INF/spring: an OSGi reference (by interface) or a class of ours, with its
     * Spring {@code init-method} and {@code destroy-method} (empty when absent).
     */
    public record SpringBean(String id, String className, boolean osgiReference, String initMethod,
            String destroyMethod) {
    }

    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    private PluginDescriptors() {
    }

    public static Document read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path; build first");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    public static List<SpringBean> springBeans(Document spring) {
        List<SpringBean> beans = new ArrayList<>();
        NodeList all = spring.getDocumentElement().getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element element) {
                switch (element.getLocalName()) {
                    case "reference" -> beans.add(new SpringBean(element.getAttribute("id"),
                            element.getAttribute("interface"), true, "", ""));
                    case "bean" -> beans.add(new SpringBean(element.getAttribute("id"),
                            element.getAttribute("class"), false, element.getAttribute("init-method"),
                            element.getAttribute("destroy-method")));
                    default -> throw new IllegalStateException("Unexpected Spring element " + element.getTagName());
                }
            }
        }
        return beans;
    }

    public static List<Servlet> servlets(Document plugin) {
        List<Servlet> servlets = new ArrayList<>();
        NodeList nodes = plugin.getElementsByTagName("servlet");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element servlet = (Element) nodes.item(i);
            List<String> patterns = new ArrayList<>();
            NodeList urls = servlet.getElementsByTagName("url-pattern");
            for (int j = 0; j < urls.getLength(); j++) {
                patterns.add(urls.item(j).getTextContent().trim());
            }
            servlets.add(new Servlet(servlet.getAttribute("key"), servlet.getAttribute("class"), patterns));
        }
        return servlets;
    }

    public static List<String> aoEntities(Document plugin) {
        return texts(plugin, "entity");
    }

    public static List<String> restPackages(Document plugin) {
        return texts(plugin, "package");
    }

    public static String aoNamespace(Document plugin) {
        return ((Element) plugin.getElementsByTagName("ao").item(0)).getAttribute("namespace");
    }

    private static List<String> texts(Document document, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
