package io.tablewise.devhost.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the sample database promises, checked on a real database. Subclasses supply fresh, empty
 * databases (H2 in memory, or a scratch schema on PostgreSQL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleDatabaseContract {

    static final SampleOptions SMALL = SampleOptions.defaults().withIssues(600);
    static final List<String> CHECKSUM_TABLES = List.of("jiraissue", "changeitem", "cwd_user", "customfieldvalue", "bodycontent",
            "attachmentdata", "AO_60DB71_LEXORANK", "AO_81F455_PERSONAL_TOKEN", "confancestors", "propertystring");

    /** A new empty database or schema; the contract closes it. */
    abstract Connection newDatabase() throws SQLException;

    /** Drops what {@link #newDatabase()} created. */
    abstract void dispose(Connection connection) throws SQLException;

    private final List<Connection> opened = new ArrayList<>();
    private Connection seeded;
    private SeedSummary firstSeed;

    Connection open() throws SQLException {
        Connection connection = newDatabase();
        opened.add(connection);
        return connection;
    }

    @BeforeAll
    void seedOnce() throws SQLException {
        seeded = newDatabase();
        firstSeed = SampleDatabase.ensureSeeded(seeded, SMALL);
    }

    @AfterEach
    void closeOpened() throws SQLException {
        for (Connection connection : opened) {
            dispose(connection);
            connection.close();
        }
        opened.clear();
    }

    @AfterAll
    void closeSeeded() throws SQLException {
        dispose(seeded);
        seeded.close();
    }

    // ---- shapes ---------------------------------------------------------------------------------

    @Test
    void createsEveryTableWithItsPrimaryKeyAsTheDumpsHaveIt() throws SQLException {
        Map<String, List<String>> keys = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (String table : SampleDatabase.tableNames()) {
            keys.put(table, primaryKey(seeded, table, names));
        }
        assertThat(keys.keySet()).containsAll(List.of("project", "jiraissue", "changegroup", "changeitem", "worklog", "jiraaction", "label",
                "customfield", "customfieldvalue", "propertyentry", "propertystring", "propertytext", "cwd_user", "cwd_group", "cwd_membership",
                "cwd_directory", "app_user", "issuestatus", "priority", "issuetype", "resolution", "content", "bodycontent", "spaces",
                "user_mapping", "attachmentdata", "AO_60DB71_SPRINT", "AO_60DB71_RAPIDVIEW", "AO_81F455_PERSONAL_TOKEN"));
        assertThat(keys.get("jiraissue")).containsExactly("id");
        assertThat(names.get("jiraissue")).isEqualTo("pk_jiraissue");
        assertThat(keys.get("issuestatus")).containsExactly("id");
        assertThat(keys.get("content")).containsExactly("contentid");
        assertThat(names.get("content")).isEqualTo("content_pkey");
        assertThat(keys.get("user_mapping")).containsExactly("user_key");
        assertThat(keys.get("AO_60DB71_SPRINT")).containsExactly("ID");
        assertThat(names.get("AO_60DB71_SPRINT")).isEqualTo("AO_60DB71_SPRINT_pkey");
        assertThat(keys.get("confancestors")).as("composite key").containsExactly("descendentid", "ancestorposition");
        assertThat(keys.get("hibernate_unique_key")).as("no primary key, as in every Confluence dump").isEmpty();
        assertThat(keys.entrySet()).filteredOn(e -> e.getValue().isEmpty()).extracting(Map.Entry::getKey).containsExactly("hibernate_unique_key");
    }

    @Test
    void keepsTheRealColumnNamesOrderTypesAndNullability() throws SQLException {
        List<String[]> jiraissue = columns(seeded, "jiraissue");
        assertThat(jiraissue).extracting(c -> c[0]).containsExactly("id", "pkey", "issuenum", "project", "reporter", "assignee", "creator",
                "issuetype", "summary", "description", "environment", "priority", "resolution", "issuestatus", "created", "updated", "duedate",
                "resolutiondate", "votes", "watches", "timeoriginalestimate", "timeestimate", "timespent", "workflow_id", "security", "fixfor",
                "component", "archived", "archivedby", "archiveddate");
        assertThat(jiraissue).filteredOn(c -> c[2].equals("NO")).extracting(c -> c[0]).as("only the key is NOT NULL in Jira").containsExactly("id");
        assertThat(type(jiraissue, "id")).isEqualTo("numeric(18,0)");
        assertThat(type(jiraissue, "summary")).isEqualTo("varchar(255)");
        assertThat(type(jiraissue, "created")).isEqualTo("timestamptz");
        assertThat(type(jiraissue, "description")).isEqualTo("text");

        List<String[]> sprint = columns(seeded, "AO_60DB71_SPRINT");
        assertThat(sprint).extracting(c -> c[0]).containsExactly("ACTIVATED_DATE", "AUTO_START_STOP", "CLOSED", "COMPLETE_DATE", "END_DATE",
                "GOAL", "ID", "INCOMPLETE_ISSUES_DESTINATION", "NAME", "RAPID_VIEW_ID", "SEQUENCE", "STARTED", "START_DATE", "SYNCED");
        assertThat(sprint).filteredOn(c -> c[2].equals("NO")).extracting(c -> c[0]).containsExactly("CLOSED", "ID", "NAME");
        assertThat(type(sprint, "ID")).isEqualTo("bigint");

        List<String[]> content = columns(seeded, "content");
        assertThat(content).hasSize(26);
        assertThat(type(content, "creationdate")).isEqualTo("timestamp");
        assertThat(type(columns(seeded, "attachmentdata"), "data")).isEqualTo("bytea");
        assertThat(type(columns(seeded, "cwd_user"), "active")).isEqualTo("numeric(9,0)");
    }

    // ---- sizes ----------------------------------------------------------------------------------

    @Test
    void rowCountsFollowTheOptions() throws SQLException {
        Map<String, Long> planned = SampleDatabase.plannedRows(SMALL);
        Map<String, Long> actual = new LinkedHashMap<>();
        for (String table : planned.keySet()) {
            actual.put(table, count(seeded, table));
        }
        assertThat(actual).isEqualTo(planned);
        assertThat(actual.get("jiraissue")).isEqualTo(600);
        assertThat(firstSeed.alreadySeeded()).isFalse();
        assertThat(firstSeed.rows()).isEqualTo(planned.values().stream().mapToLong(Long::longValue).sum());
        assertThat(firstSeed.tables()).isEqualTo(SampleDatabase.tableNames().size());
    }

    @Test
    void seedsOnlyTheRequestedTablesPlusTheMarker() throws SQLException {
        Connection db = open();
        SampleOptions onlyIssues = SMALL.withIssues(2_000).onlyTables(Set.of("jiraissue"));
        SeedSummary summary = SampleDatabase.ensureSeeded(db, onlyIssues);

        assertThat(new SchemaWriter(db, Dialect.detect(db)).existingTables()).containsExactlyInAnyOrder("jiraissue", "propertyentry", "propertystring");
        assertThat(count(db, "jiraissue")).isEqualTo(2_000);
        assertThat(count(db, "propertyentry")).isEqualTo(1);
        assertThat(summary.rowsByTable()).containsEntry("jiraissue", 2_000L);
    }

    // ---- determinism ----------------------------------------------------------------------------

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDifferentOnes() throws SQLException {
        Map<String, String> first = checksums(seeded);
        Connection db = open();
        SampleDatabase.ensureSeeded(db, SMALL);
        assertThat(checksums(db)).isEqualTo(first);

        SeedSummary reseeded = SampleDatabase.ensureSeeded(db, SMALL.withSeed(43));
        assertThat(reseeded.alreadySeeded()).isFalse();
        Map<String, String> other = checksums(db);
        for (String table : CHECKSUM_TABLES) {
            assertThat(other.get(table)).as(table).isNotEqualTo(first.get(table));
        }
    }

    @Test
    void aTableSeededAloneEqualsTheSameTableInTheFullSample() throws SQLException {
        Connection db = open();
        SampleDatabase.ensureSeeded(db, SMALL.onlyTables(Set.of("jiraissue", "changeitem", "bodycontent")));
        for (String table : List.of("jiraissue", "changeitem", "bodycontent")) {
            assertThat(TableChecksum.of(db, table)).as(table).isEqualTo(TableChecksum.of(seeded, table));
        }
    }

    // ---- idempotence and safety -----------------------------------------------------------------

    @Test
    void seedingAgainWithTheSameOptionsIsANoOp() throws SQLException {
        Map<String, String> before = checksums(seeded);
        seeded.setAutoCommit(true);
        SeedSummary again = SampleDatabase.ensureSeeded(seeded, SMALL);

        assertThat(again.alreadySeeded()).isTrue();
        assertThat(again.rows()).isEqualTo(firstSeed.rows());
        assertThat(checksums(seeded)).isEqualTo(before);
        assertThat(seeded.getAutoCommit()).as("auto-commit restored").isTrue();
    }

    @Test
    void refusesToDropTablesItDidNotCreate() throws SQLException {
        Connection db = open();
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE \"jiraissue\" (\"id\" NUMERIC(18,0) NOT NULL)");
            statement.execute("INSERT INTO \"jiraissue\" VALUES (1)");
        }
        if (!db.getAutoCommit()) {
            db.commit();
        }
        assertThatThrownBy(() -> SampleDatabase.ensureSeeded(db, SMALL)).isInstanceOf(IllegalStateException.class).hasMessageContaining("jiraissue");
        assertThat(count(db, "jiraissue")).isEqualTo(1);
    }

    // ---- edge values ----------------------------------------------------------------------------

    @Test
    void holdsIdsBeyondJavaScriptsSafeIntegersAndAtBigintLimits() throws SQLException {
        BigDecimal maxIssue = single(seeded, "SELECT MAX(\"id\") FROM \"jiraissue\"", BigDecimal.class);
        assertThat(maxIssue.toBigIntegerExact()).isEqualTo(BigInteger.valueOf(900_719_925_474_099_301L)).isGreaterThan(BigInteger.TWO.pow(53));
        assertThat(single(seeded, "SELECT MIN(\"id\") FROM \"jiraissue\"", BigDecimal.class)).isEqualByComparingTo("10000");
        assertThat(single(seeded, "SELECT MAX(\"id\") FROM \"changegroup\"", BigDecimal.class)).isEqualByComparingTo("999999999999999999");
        assertThat(single(seeded, "SELECT MAX(\"ISSUE_ID\") FROM \"AO_60DB71_LEXORANK\"", Long.class)).isEqualTo(Long.MAX_VALUE);
        assertThat(single(seeded, "SELECT MIN(\"ISSUE_ID\") FROM \"AO_60DB71_LEXORANK\"", Long.class)).isEqualTo(Long.MIN_VALUE);
        assertThat(strings(seeded, "SELECT \"propertyvalue\" FROM \"propertynumber\"")).contains("9007199254740993");
    }

    @Test
    void holdsTheTextsExportersGetWrong() throws SQLException {
        List<String> summaries = strings(seeded, "SELECT \"summary\" FROM \"jiraissue\"");
        assertThat(summaries).contains("").containsNull();
        assertThat(summaries).anyMatch(s -> s != null && s.contains("\r\n"));
        assertThat(summaries).anyMatch(s -> s != null && s.contains("\r") && !s.contains("\n"));
        assertThat(summaries).anyMatch(s -> s != null && s.contains("\n") && !s.contains("\r"));
        assertThat(summaries).anyMatch(s -> s != null && s.contains("\t"));
        assertThat(summaries).anyMatch(s -> s != null && s.contains("\"") && s.contains(",") && s.contains(";"));
        assertThat(summaries).anyMatch(s -> s != null && s.codePoints().anyMatch(cp -> cp > 0xFFFF)).as("emoji outside the BMP");
        assertThat(summaries).anyMatch(s -> s != null && s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        assertThat(summaries).anyMatch(s -> s != null && s.contains("é"));
        for (String start : List.of("=", "+", "-", "@")) {
            assertThat(summaries).as("a summary starting with " + start).anyMatch(s -> s != null && s.startsWith(start));
        }
        assertThat(summaries).contains("\\N").as("COPY's NULL marker as a real value");
        assertThat(summaries).allMatch(s -> s == null || s.length() <= 255);

        assertThat(number(seeded, "SELECT MAX(LENGTH(\"description\")) FROM \"jiraissue\"")).isGreaterThanOrEqualTo(100_000);
        assertThat(number(seeded, "SELECT MAX(LENGTH(\"actionbody\")) FROM \"jiraaction\"")).isGreaterThanOrEqualTo(100_000);
        assertThat(number(seeded, "SELECT MAX(LENGTH(\"body\")) FROM \"bodycontent\"")).isGreaterThan(1_000_000);
        assertThat(number(seeded, "SELECT COUNT(*) FROM \"jiraissue\" WHERE \"description\" = ''")).isPositive();
        assertThat(number(seeded, "SELECT COUNT(*) FROM \"jiraissue\" WHERE \"description\" IS NULL")).isPositive();
    }

    @Test
    void holdsBinaryWithEveryByteValueEmptyAndNull() throws SQLException {
        List<byte[]> data = new ArrayList<>();
        try (Statement statement = seeded.createStatement();
                ResultSet rs = statement.executeQuery("SELECT \"data\" FROM \"attachmentdata\" ORDER BY \"attachmentdataid\"")) {
            while (rs.next()) {
                data.add(rs.getBytes(1));
            }
        }
        byte[] first = data.get(0);
        assertThat(first).contains((byte) 0x00, (byte) 0xFF, (byte) 0x7F, (byte) 0x80);
        assertThat(data.get(1)).isEmpty();
        assertThat(data.get(2)).isNull();
        assertThat(data.get(3)).hasSizeGreaterThan(200_000);
    }

    @Test
    void holdsTimestampsAtTimeZoneEdges() throws SQLException {
        List<Instant> created = new ArrayList<>();
        try (Statement statement = seeded.createStatement();
                ResultSet rs = statement.executeQuery("SELECT \"created\" FROM \"jiraissue\" WHERE \"id\" < 10010")) {
            while (rs.next()) {
                created.add(rs.getObject(1, OffsetDateTime.class).toInstant());
            }
        }
        assertThat(created).as("the last micro-second before, and the instant of, the CET→CEST switch")
                .contains(Instant.parse("2023-03-26T00:59:59.999999Z"), Instant.parse("2023-03-26T01:00:00Z"));
        List<LocalDateTime> tokenDates = new ArrayList<>();
        List<LocalDateTime> expiries = new ArrayList<>();
        try (Statement statement = seeded.createStatement();
                ResultSet rs = statement.executeQuery("SELECT \"CREATED_AT\", \"EXPIRING_AT\" FROM \"AO_81F455_PERSONAL_TOKEN\"")) {
            while (rs.next()) {
                tokenDates.add(rs.getObject(1, LocalDateTime.class));
                expiries.add(rs.getObject(2, LocalDateTime.class));
            }
        }
        assertThat(tokenDates).as("a local time that never happened in Berlin").contains(LocalDateTime.parse("2023-03-26T02:30:00"));
        assertThat(expiries).contains(LocalDateTime.parse("9999-12-31T00:00:00"));
        assertThat(number(seeded, "SELECT COUNT(*) FROM \"jiraissue\" WHERE \"duedate\" < " + timestampLiteral("1970-01-01 00:00:00+00")))
                .as("a due date before the epoch").isEqualTo(1);
    }

    @Test
    void storesSecretsInTheirRealFormat() throws SQLException {
        List<String> credentials = strings(seeded, "SELECT \"credential\" FROM \"cwd_user\" WHERE \"directory_id\" = 1");
        assertThat(credentials).isNotEmpty().allSatisfy(credential -> {
            assertThat(credential).startsWith("{PKCS5S2}");
            assertThat(Base64.getDecoder().decode(credential.substring("{PKCS5S2}".length()))).hasSize(48);
        });
        assertThat(strings(seeded, "SELECT \"HASHED_TOKEN\" FROM \"AO_81F455_PERSONAL_TOKEN\"")).allMatch(token -> token.startsWith("{PKCS5S2}"));
    }

    @Test
    void hasDiverseRealisticUsers() throws SQLException {
        List<String> emails = strings(seeded, "SELECT \"email_address\" FROM \"cwd_user\"");
        assertThat(emails).doesNotHaveDuplicates().allMatch(e -> e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
        assertThat(emails.stream().map(e -> e.substring(e.indexOf('@') + 1).toLowerCase()).distinct().count()).isGreaterThanOrEqualTo(5);
        List<String> names = strings(seeded, "SELECT \"display_name\" FROM \"cwd_user\"");
        assertThat(names).anyMatch(n -> n.chars().anyMatch(ch -> ch > 0x7F));
        assertThat(strings(seeded, "SELECT \"lower_user_name\" FROM \"app_user\"")).doesNotHaveDuplicates();
        assertThat(strings(seeded, "SELECT \"user_key\" FROM \"app_user\"")).contains("admin").anyMatch(k -> k.startsWith("JIRAUSER1"));
    }

    @Test
    void issueKeysFollowTheirProjects() throws SQLException {
        List<String> keys = strings(seeded, "SELECT p.\"pkey\" || '-' || CAST(i.\"issuenum\" AS VARCHAR(20)) FROM \"jiraissue\" i JOIN \"project\" p ON p.\"id\" = i.\"project\"");
        assertThat(keys).hasSize(600).doesNotHaveDuplicates().allMatch(k -> k.matches("[A-Z][A-Z0-9]+-[1-9][0-9]*"));
        assertThat(number(seeded, "SELECT COUNT(*) FROM \"jiraissue\" WHERE \"pkey\" IS NOT NULL"))
                .as("pkey is NULL since Jira 6.1").isZero();
    }

    // ---- helpers --------------------------------------------------------------------------------

    abstract String timestampLiteral(String value);

    static Map<String, String> checksums(Connection db) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        for (String table : CHECKSUM_TABLES) {
            sums.put(table, TableChecksum.of(db, table));
        }
        return sums;
    }

    static long count(Connection db, String table) throws SQLException {
        return number(db, "SELECT COUNT(*) FROM \"" + table + "\"");
    }

    static long number(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static <T> T single(Connection db, String sql, Class<T> type) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1, type);
        }
    }

    static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static List<String> primaryKey(Connection db, String table, Map<String, String> constraintNames) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        TreeMap<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(db.getCatalog(), db.getSchema(), table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                constraintNames.put(table, rs.getString("PK_NAME"));
            }
        }
        assertThat(tableExists(db, table)).as(table + " exists").isTrue();
        return new ArrayList<>(columns.values());
    }

    private static boolean tableExists(Connection db, String table) throws SQLException {
        return new SchemaWriter(db, Dialect.detect(db)).existingTables().contains(table);
    }

    /** {name, PostgreSQL-style type, IS_NULLABLE} per column, in order. */
    private static List<String[]> columns(Connection db, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getColumns(db.getCatalog(), db.getSchema(), table, null)) {
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").equals(table)) {
                    continue;
                }
                columns.add(new String[] {rs.getString("COLUMN_NAME"), pgStyle(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS")),
                    rs.getString("IS_NULLABLE"), String.valueOf(rs.getInt("ORDINAL_POSITION"))});
            }
        }
        columns.sort((a, b) -> Integer.compare(Integer.parseInt(a[3]), Integer.parseInt(b[3])));
        return columns;
    }

    /** Both databases' type names in the spelling of REAL-SCHEMA.md. */
    private static String pgStyle(String typeName, int size, int digits) {
        return switch (typeName.toLowerCase()) {
            case "numeric" -> "numeric(" + size + "," + digits + ")";
            case "varchar", "character varying" -> size >= 1_000_000_000 ? "text" : "varchar(" + size + ")";
            case "text" -> "text";
            case "timestamptz", "timestamp with time zone" -> "timestamptz";
            case "timestamp" -> "timestamp";
            case "int8", "bigint" -> "bigint";
            case "bytea", "binary varying" -> "bytea";
            default -> typeName.toLowerCase();
        };
    }

    private static String type(List<String[]> columns, String name) {
        return columns.stream().filter(c -> c[0].equals(name)).findFirst().orElseThrow()[1];
    }
}
