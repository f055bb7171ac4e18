package io.tablewise.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The finished plugin jar, as the tests look at it: entries, manifest, XML inside. */
final class PluginJar implements AutoCloseable {
    private final JarFile jar;

    private PluginJar(JarFile jar) {
        this.jar = jar;
    }

    static PluginJar open() throws IOException {
        String location = System.getProperty("tablewise.jar");
        if (location == null || !Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException("Run through Failsafe after `package`: tablewise.jar=" + location);
        }
        return new PluginJar(new JarFile(location));
    }

    List<String> entries() {
        return Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
    }

    boolean has(String name) {
        return jar.getEntry(name) != null;
    }

    Manifest manifest() throws IOException {
        return jar.getManifest();
    }

    /** Packages that hold at least one class in the jar. */
    Set<String> packages() {
        Set<String> packages = new TreeSet<>();
        for (String name : entries()) {
            if (name.endsWith(".class") && name.contains("/") && !name.startsWith("META-INF/")) {
                packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
            }
        }
        return packages;
    }

    Document xml(String name) {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + name, e);
        }
    }

    String text(String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    List<String> entriesUnder(String folder) {
        List<String> found = new ArrayList<>();
        for (String name : entries()) {
            if (name.startsWith(folder) && !name.endsWith("/")) {
                found.add(name);
            }
        }
        return found;
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
