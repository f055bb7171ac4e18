package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.BIGINT;
import static io.tablewise.devhost.sample.ColumnType.TIMESTAMP;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Confluence's users (user_mapping), spaces and its hi/lo counter. Confluence ids are bigint, dates
 * timestamp without time zone in the server's zone, and NOT NULL is used in earnest (C6.3 = C8+).
 */
final class ConfluenceSpaceTables {

    private ConfluenceSpaceTables() {
    }

    private static final long T_SPACE = Rng.tag("spaces");

    /** Confluence's 32-hex user key (observed form '2c9480835d5b51cc015d5b529e050000'). */
    static String userKey(SampleWorld w, int user) {
        return w.confluence().userKey(user);
    }

    /** Confluence users are the first people of the Jira directory: one company, two products. */
    static String userKeyOfPerson(SampleWorld w, int person) {
        return userKey(w, person % w.confluenceUsers);
    }

    static String spaceKey(SampleWorld w, int s) {
        return personal(s) ? "~" + w.people().get((s / 10) % w.confluenceUsers).lowerUserName() : JiraProjects.key(s) + (s % 7 == 3 ? "DOC" : "");
    }

    static boolean personal(int s) {
        return s % 10 == 9;
    }

    static final SampleTable USER_MAPPING = new SampleTable(
            TableShape.confluence("user_mapping")
                    .notNull("user_key", VARCHAR_255).notNull("username", VARCHAR_255).col("lower_username", VARCHAR_255)
                    .primaryKey("user_key").uniqueIndex("unq_lwr_username", "lower_username").build(),
            w -> w.confluenceUsers,
            (w, sink) -> {
                for (int u = 0; u < w.confluenceUsers; u++) {
                    People.Person p = w.people().get(u);
                    sink.row(userKey(w, u), p.userName(), p.lowerUserName());
                }
            });

    static final SampleTable SPACES = new SampleTable(
            TableShape.confluence("spaces")
                    .notNull("spaceid", BIGINT).col("spacename", VARCHAR_255).notNull("spacekey", VARCHAR_255).notNull("lowerspacekey", VARCHAR_255)
                    .col("spacedescid", BIGINT).col("homepage", BIGINT).col("creator", VARCHAR_255).col("creationdate", TIMESTAMP)
                    .col("lastmodifier", VARCHAR_255).col("lastmoddate", TIMESTAMP).col("spacetype", VARCHAR_255).col("spacestatus", VARCHAR_255)
                    .primaryKey("spaceid")
                    .uniqueIndex("spaces_spacekey_key", "spacekey")
                    .index("s_creationdate_idx", "creationdate").index("s_creator_idx", "creator").index("s_homepage_idx", "homepage")
                    .index("s_lastmodifier_idx", "lastmodifier").index("s_lspacekey_idx", "lowerspacekey").index("s_spacedescid_idx", "spacedescid")
                    .index("s_spacestatus_idx", "spacestatus")
                    .build(),
            w -> w.spaces,
            (w, sink) -> {
                ConfluenceLayout layout = w.confluence();
                for (int s = 0; s < w.spaces; s++) {
                    SplittableRandom r = Rng.stream(w.seed, T_SPACE, s);
                    String key = spaceKey(w, s);
                    String creator = userKeyOfPerson(w, Rng.skewed(r.nextDouble(), w.confluenceUsers));
                    var created = Times.serverLocal(Times.CONFLUENCE_START.plusSeconds(86_400L * s));
                    String name = personal(s) ? w.people().get((s / 10) % w.confluenceUsers).displayName() : JiraProjects.name(s) + " Wiki";
                    sink.row(layout.spaceIds.id(s), name, key, key.toLowerCase(Locale.ROOT), layout.contentId(layout.spaceDescriptionRow(s)),
                            layout.contentId(layout.itemRow(s)), creator, created, creator, created.plusDays(r.nextInt(900)),
                            personal(s) ? "personal" : "global", s % 13 == 12 ? "ARCHIVED" : "CURRENT");
                }
            });

    /** Hibernate's hi/lo table has no primary key in any Confluence dump: the one real PK-less table here. */
    static final SampleTable HIBERNATE_UNIQUE_KEY = new SampleTable(
            TableShape.confluence("hibernate_unique_key").col("next_hi", BIGINT).buildWithoutPrimaryKey(),
            w -> 1,
            (w, sink) -> sink.row(w.confluence().hibernateNextHi()));
}
