package io.tablewise.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The privacy check of payloads that actually went over the wire: each body is decoded and its
 * rows must have exactly the protocol's fields, in their strict shapes, and no user name, e-mail
 * address, user key, project key or IP address of the instance may appear anywhere in it.
 */
final class PayloadPrivacy {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROW_KEYS =
            List.of("ID", "ProductTenant", "Product", "Name", "ProductVersion", "UpdateDate", "AppVersion");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Set<String> PRODUCTS = Set.of("jira", "confluence");
    private static final Pattern IPV4 = Pattern.compile("(?<![\\d.])\\d{1,3}(\\.\\d{1,3}){3}(?![\\d.])");

    private PayloadPrivacy() {}

    /** User names, e-mails, display names, user keys and project keys of the sample database. */
    static Set<String> sensitiveValues(Connection connection) throws SQLException {
        Set<String> values = new TreeSet<>();
        collect(connection, "SELECT \"user_name\", \"lower_user_name\", \"email_address\", \"lower_email_address\","
                + " \"display_name\", \"first_name\", \"last_name\", \"external_id\" FROM \"cwd_user\"", values);
        collect(connection, "SELECT \"user_key\", \"lower_user_name\" FROM \"app_user\"", values);
        collect(connection, "SELECT \"pkey\" FROM \"project\"", values);
        return values;
    }

    private static void collect(Connection connection, String sql, Set<String> values) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    String value = rows.getString(c);
                    if (value != null && value.strip().length() >= 2) {
                        values.add(value.strip());
                    }
                }
            }
        }
    }

    /**
     * Every problem found in {@code bodies}; empty means the payloads are clean.
     *
     * @param sensitive values that must not appear; a value that is itself part of the fixed
     *     vocabulary's text (a user called "admin" against {@code tablewise.admin.view}) can only
     *     be told apart by field, so for those the check is that no field equals it
     */
    static List<String> violations(List<String> bodies, Set<String> sensitive, TenantId tenant, String serverId)
            throws Exception {
        String vocabulary = String.join("\n", EventName.vocabulary().stream().map(EventName::value).toList());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            JsonNode envelope = JSON.readTree(body);
            String document = new String(Base64.getDecoder().decode(envelope.get("dataEncoded").asText()),
                    StandardCharsets.UTF_8);
            String where = "payload " + (i + 1) + " of " + bodies.size();
            for (JsonNode row : JSON.readTree(document).get("dataRows")) {
                problems.addAll(shapeProblems(where, row, tenant));
            }
            String haystack = (body + "\n" + document).toLowerCase(Locale.ROOT);
            if (haystack.contains(serverId.toLowerCase(Locale.ROOT))) {
                problems.add(where + ": contains the raw server id");
            }
            if (IPV4.matcher(document).find()) {
                problems.add(where + ": contains an IPv4 address");
            }
            for (String value : sensitive) {
                String needle = value.toLowerCase(Locale.ROOT);
                if (PRODUCTS.contains(needle)) {
                    // The sample's first administrator is called "Jira"; Product must say jira.
                    continue;
                }
                boolean vocabularyWord = vocabulary.contains(needle);
                if (!vocabularyWord && haystack.contains(needle)) {
                    problems.add(where + ": contains \"" + value + "\"");
                } else if (vocabularyWord && anyFieldEquals(document, value)) {
                    problems.add(where + ": a field equals \"" + value + "\"");
                }
            }
        }
        return problems;
    }

    private static List<String> shapeProblems(String where, JsonNode row, TenantId tenant) {
        List<String> problems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        row.fieldNames().forEachRemaining(keys::add);
        if (!keys.equals(ROW_KEYS)) {
            problems.add(where + ": row keys " + keys);
            return problems;
        }
        String name = row.get("Name").asText();
        boolean known = EventName.vocabulary().stream().anyMatch(n -> n.value().equals(name));
        if (!row.get("ID").isIntegralNumber()
                || !row.get("ProductTenant").asText().equals(tenant.value())
                || !PRODUCTS.contains(row.get("Product").asText())
                || !known
                || !VERSION.matcher(row.get("ProductVersion").asText()).matches()
                || !DATE.matcher(row.get("UpdateDate").asText()).matches()
                || !VERSION.matcher(row.get("AppVersion").asText()).matches()) {
            problems.add(where + ": row out of shape " + row);
        }
        return problems;
    }

    private static boolean anyFieldEquals(String document, String value) throws Exception {
        for (JsonNode row : JSON.readTree(document).get("dataRows")) {
            for (Iterator<JsonNode> fields = row.elements(); fields.hasNext(); ) {
                if (fields.next().asText().equalsIgnoreCase(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
