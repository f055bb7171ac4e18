package io.tablewise.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.devhost.AoPrefix;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * docs/privacy.md promises to list every stored column: this fails when an AO entity declared in
 * atlassian-plugin.xml has a column the page does not list under its table's heading. Names are
 * derived as ActiveObjects derives them in the products (the Atlassian name converters).
 */
class StoredDataDocsTest {
    static final String PREFIX = "AO_B3BDF1_";
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z0-9_]+)`\\s*\\|");

    @Test
    void thePrefixIsTheOneTheProductsDeriveFromOurNamespace() {
        assertThat("AO_" + AoPrefix.hashOf("tablewise") + "_").isEqualTo(PREFIX);
    }

    @Test
    void privacyDocsListEveryColumnOfEveryEntity() throws Exception {
        String docs = Files.readString(Path.of("docs/privacy.md"));
        AtlassianTableNameConverter tables = new AtlassianTableNameConverter(table -> PREFIX + table);
        AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
        List<String> entities = entities();
        assertThat(entities).as("entities in atlassian-plugin.xml").isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (String name : entities) {
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>> entity = (Class<? extends RawEntity<?>>) Class.forName(name);
            String table = tables.getName(entity);
            Set<String> documented = documentedColumns(docs, table);
            if (documented == null) {
                missing.add(table + " (no \"### " + table + "\" section)");
                continue;
            }
            for (String column : columns(entity, fields)) {
                if (!documented.contains(column)) {
                    missing.add(table + "." + column);
                }
            }
        }
        assertThat(missing).as("columns stored but not listed in docs/privacy.md").isEmpty();
    }

    @Test
    void aColumnMissingFromTheDocsIsNoticed() throws Exception {
        String docs = Files.readString(Path.of("docs/privacy.md")).replace("| `MESSAGE` |", "| message |");
        Set<String> documented = documentedColumns(docs, PREFIX + "AUDIT_ENTRY");
        Set<String> stored = columns(io.tablewise.audit.AuditEntryEntity.class, new AtlassianFieldNameConverter());
        assertThat(stored).contains("ID", "EXPORT_ID", "REVEALED", "MESSAGE");
        assertThat(documented).doesNotContain("MESSAGE").contains("ID", "EXPORT_ID");
    }

    /** What AO maps to columns: the getters of the entity interfaces (ID from Entity), not RawEntity's plumbing. */
    static Set<String> columns(Class<?> entity, AtlassianFieldNameConverter fields) {
        Set<String> columns = new TreeSet<>();
        for (Method method : entity.getMethods()) {
            boolean getter = method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && (method.getName().startsWith("get") || method.getName().startsWith("is"));
            if (getter && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != RawEntity.class) {
                columns.add(fields.getName(method));
            }
        }
        return columns;
    }

    /** The backticked first cells of the tables under "### TABLE", up to the next heading; null without one. */
    static Set<String> documentedColumns(String docs, String table) {
        int start = docs.indexOf("\n### " + table);
        if (start < 0) {
            return null;
        }
        Set<String> columns = new TreeSet<>();
        for (String line : docs.substring(start + 1).split("\n")) {
            if (line.startsWith("#") && !line.startsWith("### " + table)) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                columns.add(row.group(1));
            }
        }
        return columns;
    }

    private static List<String> entities() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/atlassian-plugin.xml"))) {
            Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList nodes = descriptor.getElementsByTagName("entity");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                names.add(nodes.item(i).getTextContent().trim());
            }
            return names;
        }
    }
}
