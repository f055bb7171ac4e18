package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.NUMERIC_18;
import static io.tablewise.devhost.sample.ColumnType.NUMERIC_9;
import static io.tablewise.devhost.sample.ColumnType.TEXT;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Jira's OpenSymphony PropertySet: propertyentry names a property and its type, and the value sits
 * in the table of that type under the same id (1 boolean, 2 int, 3 long → propertynumber;
 * 5 string → propertystring; 6 text → propertytext). The setup rows mirror J8.11's mix (109 string,
 * 28 text, 41 number) with small ids; ApplicationUser rows (~2 per user) start at 10000.
 */
final class JiraPropertyTables {

    private JiraPropertyTables() {
    }

    static final int BOOLEAN = 1;
    static final int LONG = 3;
    static final int STRING = 5;
    static final int TEXT_TYPE = 6;
    private static final long T_USER_PROPS = Rng.tag("propertyentry.user");
    private static final long T_TEXT = Rng.tag("propertytext");

    record Property(long id, String entityName, long entityId, String key, int type, Object value) {
    }

    @FunctionalInterface
    interface PropertyVisitor {
        void visit(Property property) throws SQLException;
    }

    private static final Object[][] SETUP = {
        {"jira.setup", STRING, "true"},
        {"jira.title", STRING, "Initech Jira — \"Production\""},
        {"jira.baseurl", STRING, "https://jira.initech.example"},
        {"jira.mode", STRING, "private"},
        {"jira.version.patched", STRING, "912003"},
        {"jira.downgrade.minimum.version", STRING, "9.12.0"},
        {"jira.i18n.default.locale", STRING, "en_US"},
        {"jira.default.timezone", STRING, "Europe/Berlin"},
        {"webwork.i18n.encoding", STRING, "UTF-8"},
        {"jira.timetracking.hours.per.day", STRING, "8"},
        {"jira.timetracking.days.per.week", STRING, "5"},
        {"jira.timetracking.format", STRING, "pretty"},
        {"jira.avatar.default.id", STRING, "10123"},
        {"jira.scheme.default.issue.type", STRING, "10000"},
        {"jira.maximum.authentication.attempts.allowed", STRING, "3"},
        {"jira.sid.key", STRING, "BDFX-9KZQ-MP3A-7LNE"},
        {"jira.date.time.picker.java.format", STRING, "dd/MMM/yy h:mm a"},
        {"jira.lf.date.dmy", STRING, "dd/MMM/yy"},
        {"GreenHopper.Rank.Default.customfield.id", STRING, "10001"},
        {"GreenHopper.Sprint.Default.customfield.id", STRING, "10000"},
        {"GreenHopper.EpicLink.Default.customfield.id", STRING, "10002"},
        {"jira.option.allowunassigned", BOOLEAN, 1L},
        {"jira.option.voting", BOOLEAN, 1L},
        {"jira.option.watching", BOOLEAN, 1L},
        {"jira.option.issuelinking", BOOLEAN, 1L},
        {"jira.option.timetracking", BOOLEAN, 1L},
        {"jira.option.emailvisible", BOOLEAN, 0L},
        {"jira.path.index.use.default.directory", BOOLEAN, 1L},
        {"com.atlassian.jira.monitor.last.sample.nanos", LONG, EdgeValues.TWO_POW_53_PLUS_ONE},
        {"jira.webresource.flushcounter", LONG, 1718972346112L},
        {"jira.introduction", TEXT_TYPE, "<p>Welcome to Initech's Jira.</p>\r\n<p>Questions? Ask in #jira-help; \"urgent\" → call +49 30 1234567.</p>"},
        {"jira.announcement.banner", TEXT_TYPE, "<div class=\"aui-message\">Maintenance on Sunday 02:30 (yes, the DST night) — exports may pause.</div>"},
        {"jira.whitelist.rules", TEXT_TYPE, "https://confluence.initech.example/*\nhttps://*.initech.example/*\r\nhttp://legacy.initech.example"},
        {"GreenHopper.LexoRank.balancer.state", TEXT_TYPE, null},
    };
    private static final int SETUP_STRINGS = 109;
    private static final int SETUP_TEXTS = 28;
    private static final int SETUP_NUMBERS = 41;
    private static final int FIRST_SETUP_ID = 6;

    /** Setup properties, padded to J8.11's counts with plugin states, options and dashboard blobs. */
    private static List<Object[]> setupProperties() {
        List<Object[]> list = new ArrayList<>(List.of(SETUP));
        int strings = (int) list.stream().filter(p -> (int) p[1] == STRING).count();
        int texts = (int) list.stream().filter(p -> (int) p[1] == TEXT_TYPE).count();
        int numbers = list.size() - strings - texts;
        for (int n = 0; strings < SETUP_STRINGS; n++, strings++) {
            list.add(new Object[] {"jira.plugin.state-.com.atlassian.jira.plugin." + n, STRING, n % 3 == 0 ? "true" : "false"});
        }
        for (int n = 0; texts < SETUP_TEXTS; n++, texts++) {
            list.add(new Object[] {"jira.dashboard.layout." + n, TEXT_TYPE, "{\"columns\":[\"a\",\"b\"],\"gadget\":" + n + ",\"title\":\"Dash; \\\"" + n + "\\\"\"}"});
        }
        for (int n = 0; numbers < SETUP_NUMBERS; n++, numbers++) {
            list.add(new Object[] {"jira.option.feature." + n, BOOLEAN, (long) (n % 2)});
        }
        return list;
    }

    /** Every property in id order: setup rows, then user rows. The marker row (id 9999) is written by {@link SampleMarker}. */
    static void forEach(SampleWorld w, PropertyVisitor visitor) throws SQLException {
        List<Object[]> setup = setupProperties();
        for (int n = 0; n < setup.size(); n++) {
            Object[] p = setup.get(n);
            Object value = p[2];
            if (value == null) {
                // a plugin's JSON state: the long propertytext
                value = longJson(Rng.stream(w.seed, T_TEXT, n));
            }
            visitor.visit(new Property(FIRST_SETUP_ID + n, p[0].toString().startsWith("GreenHopper") ? "GreenHopper.properties" : "jira.properties",
                    1, (String) p[0], (int) p[1], value));
        }
        long id = 10000;
        for (int u = 0; u < w.users; u++) {
            People.Person person = w.people().get(u);
            SplittableRandom r = Rng.stream(w.seed, T_USER_PROPS, u);
            if (r.nextInt(10) < 7) {
                visitor.visit(new Property(id++, "ApplicationUser", person.id(), "user.notifications.mimetype", STRING, r.nextInt(4) == 0 ? "text" : "html"));
            }
            if (r.nextInt(10) < 4) {
                visitor.visit(new Property(id++, "ApplicationUser", person.id(), "jira.user.locale", STRING, person.locale()));
            }
            if (r.nextInt(10) < 5) {
                visitor.visit(new Property(id++, "ApplicationUser", person.id(), "jira.user.timezone", STRING, person.timeZone()));
            }
            if (r.nextInt(10) < 4) {
                visitor.visit(new Property(id++, "ApplicationUser", person.id(), "user.notify.own.changes", BOOLEAN, (long) r.nextInt(2)));
            }
        }
    }

    private static String longJson(SplittableRandom r) {
        StringBuilder json = new StringBuilder("{\"buckets\":[");
        for (int n = 0; json.length() < EdgeValues.LONG_TEXT; n++) {
            json.append(n == 0 ? "" : ",").append("{\"bucket\":").append(n % 3).append(",\"rank\":\"0|").append(Long.toString(r.nextLong() >>> 30, 36))
                    .append(":\",\"note\":\"").append(TextMill.word(r)).append("\"}");
        }
        return json.append("]}").toString();
    }

    private static long count(SampleWorld w, java.util.function.IntPredicate type) {
        long[] rows = {0};
        try {
            forEach(w, p -> rows[0] += type.test(p.type()) ? 1 : 0);
        } catch (SQLException impossible) {
            throw new IllegalStateException(impossible);
        }
        return rows[0];
    }

    private static boolean isNumber(int type) {
        return type == BOOLEAN || type == 2 || type == LONG;
    }

    static final SampleTable PROPERTYENTRY = new SampleTable(
            TableShape.jira("propertyentry")
                    .notNull("id", NUMERIC_18).col("entity_name", VARCHAR_255).col("entity_id", NUMERIC_18).col("property_key", VARCHAR_255)
                    .col("propertytype", NUMERIC_9)
                    .primaryKey("id")
                    .index("osproperty_entid_name_propkey", "entity_id", "entity_name", "property_key").index("osproperty_propertykey", "property_key")
                    .build(),
            w -> count(w, t -> true),
            (w, sink) -> forEach(w, p -> sink.row(p.id(), p.entityName(), p.entityId(), p.key(), p.type())));

    static final SampleTable PROPERTYSTRING = new SampleTable(
            TableShape.jira("propertystring").notNull("id", NUMERIC_18).col("propertyvalue", TEXT).primaryKey("id").build(),
            w -> count(w, t -> t == STRING),
            (w, sink) -> forEach(w, p -> {
                if (p.type() == STRING) {
                    sink.row(p.id(), p.value());
                }
            }));

    static final SampleTable PROPERTYTEXT = new SampleTable(
            TableShape.jira("propertytext").notNull("id", NUMERIC_18).col("propertyvalue", TEXT).primaryKey("id").build(),
            w -> count(w, t -> t == TEXT_TYPE),
            (w, sink) -> forEach(w, p -> {
                if (p.type() == TEXT_TYPE) {
                    sink.row(p.id(), p.value());
                }
            }));

    static final SampleTable PROPERTYNUMBER = new SampleTable(
            TableShape.jira("propertynumber").notNull("id", NUMERIC_18).col("propertyvalue", NUMERIC_18).primaryKey("id").build(),
            w -> count(w, JiraPropertyTables::isNumber),
            (w, sink) -> forEach(w, p -> {
                if (isNumber(p.type())) {
                    sink.row(p.id(), p.value());
                }
            }));
}
