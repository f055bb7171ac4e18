package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.NUMERIC_18;
import static io.tablewise.devhost.sample.ColumnType.NUMERIC_9;
import static io.tablewise.devhost.sample.ColumnType.TIMESTAMPTZ;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_60;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/** Jira's embedded Crowd: cwd_directory, cwd_user, cwd_group, cwd_membership, and app_user (user keys). */
final class JiraUserTables {

    private JiraUserTables() {
    }

    private static final long T_CREDENTIAL = Rng.tag("cwd_user.credential");
    private static final long T_MEMBERSHIP = Rng.tag("cwd_membership");
    private static final long T_GROUP = Rng.tag("cwd_group");
    private static final Instant SETUP = Instant.parse("2018-06-04T09:10:02.117Z");

    static final SampleTable CWD_DIRECTORY = new SampleTable(
            TableShape.jira("cwd_directory")
                    .notNull("id", NUMERIC_18).col("directory_name", VARCHAR_255).col("lower_directory_name", VARCHAR_255)
                    .col("created_date", TIMESTAMPTZ).col("updated_date", TIMESTAMPTZ).col("active", NUMERIC_9).col("description", VARCHAR_255)
                    .col("impl_class", VARCHAR_255).col("lower_impl_class", VARCHAR_255).col("directory_type", VARCHAR_60)
                    .col("directory_position", NUMERIC_18)
                    .primaryKey("id")
                    .index("idx_directory_active", "active").index("idx_directory_impl", "lower_impl_class")
                    .index("idx_directory_type", "directory_type").index("uk_directory_name", "lower_directory_name")
                    .build(),
            w -> 2,
            (w, sink) -> {
                String internal = "com.atlassian.crowd.directory.InternalDirectory";
                sink.row(People.INTERNAL_DIRECTORY, "Jira Internal Directory", "jira internal directory", Times.utc(SETUP), Times.utc(SETUP), 1,
                        "Jira default internal directory", internal, internal.toLowerCase(Locale.ROOT), "INTERNAL", 0L);
                String ad = "com.atlassian.crowd.directory.MicrosoftActiveDirectory";
                Instant added = Instant.parse("2019-02-11T16:40:00Z");
                sink.row(People.LDAP_DIRECTORY, "Corporate Active Directory", "corporate active directory", Times.utc(added),
                        Times.utc(Instant.parse("2024-10-27T01:30:00Z")), 1, "Read-only, ldaps://ad.initech.example:636; synced hourly", ad,
                        ad.toLowerCase(Locale.ROOT), "CONNECTOR", 1L);
            });

    static final SampleTable CWD_USER = new SampleTable(
            TableShape.jira("cwd_user")
                    .notNull("id", NUMERIC_18).col("directory_id", NUMERIC_18).col("user_name", VARCHAR_255).col("lower_user_name", VARCHAR_255)
                    .col("active", NUMERIC_9).col("created_date", TIMESTAMPTZ).col("updated_date", TIMESTAMPTZ)
                    .col("first_name", VARCHAR_255).col("lower_first_name", VARCHAR_255).col("last_name", VARCHAR_255)
                    .col("lower_last_name", VARCHAR_255).col("display_name", VARCHAR_255).col("lower_display_name", VARCHAR_255)
                    .col("email_address", VARCHAR_255).col("lower_email_address", VARCHAR_255).col("credential", VARCHAR_255)
                    .col("deleted_externally", NUMERIC_9).col("external_id", VARCHAR_255)
                    .primaryKey("id")
                    .index("idx_display_name", "lower_display_name").index("idx_email_address", "lower_email_address")
                    .index("idx_first_name", "lower_first_name").index("idx_last_name", "lower_last_name")
                    .index("uk_user_externalid_dir_id", "external_id", "directory_id")
                    .uniqueIndex("uk_user_name_dir_id", "lower_user_name", "directory_id")
                    .build(),
            w -> w.users,
            (w, sink) -> {
                People people = w.people();
                for (int u = 0; u < people.count(); u++) {
                    People.Person p = people.get(u);
                    SplittableRandom r = Rng.stream(w.seed, T_CREDENTIAL, u);
                    boolean ldap = p.directoryId() == People.LDAP_DIRECTORY;
                    // internal users carry an (invented) PBKDF2 hash; directory-synced users have no local password
                    String credential = ldap ? "nopass" : pkcs5s2(r);
                    String externalId = new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
                    sink.row(p.id(), p.directoryId(), p.userName(), p.lowerUserName(), p.active() ? 1 : 0, Times.utc(p.created()),
                            Times.utc(p.created().plusSeconds(r.nextInt(90_000_000))),
                            p.firstName(), lower(p.firstName()), p.lastName(), lower(p.lastName()), p.displayName(), lower(p.displayName()),
                            p.email(), lower(p.email()), credential, ldap ? 0 : null, externalId);
                }
            });

    /** Atlassian's {@code {PKCS5S2}} format: base64 of 16 salt bytes + 32 key bytes. Random, so no real password. */
    static String pkcs5s2(SplittableRandom r) {
        byte[] hash = new byte[48];
        r.nextBytes(hash);
        return "{PKCS5S2}" + Base64.getEncoder().encodeToString(hash);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static final String[] TEAMS = {"eng-platform", "Support EMEA", "Finance & Controlling", "R&D (München)", "開発チーム", "qa_automation",
        "Product Management", "sales-dach", "Design, UX; Research", "ops-oncall", "data-science", "Legal", "IT Helpdesk", "mobile-ios", "mobile-android"};

    /** Group 0 and 1 are Jira's defaults (internal), group 2 the same licence group synced from AD, then teams. */
    static String groupName(int g) {
        return switch (g) {
            case 0 -> "jira-administrators";
            case 1, 2 -> "jira-software-users";
            default -> {
                int t = g - 3;
                yield t < TEAMS.length ? TEAMS[t] : TEAMS[t % TEAMS.length] + " " + (t / TEAMS.length + 1);
            }
        };
    }

    static long groupDirectory(int g) {
        return g == 2 || (g >= 3 && g % 4 == 0) ? People.LDAP_DIRECTORY : People.INTERNAL_DIRECTORY;
    }

    static long groupId(int g) {
        return 10000L + g;
    }

    static final SampleTable CWD_GROUP = new SampleTable(
            TableShape.jira("cwd_group")
                    .notNull("id", NUMERIC_18).col("group_name", VARCHAR_255).col("lower_group_name", VARCHAR_255).col("active", NUMERIC_9)
                    .col("local", NUMERIC_9).col("created_date", TIMESTAMPTZ).col("updated_date", TIMESTAMPTZ).col("description", VARCHAR_255)
                    .col("lower_description", VARCHAR_255).col("group_type", VARCHAR_60).col("directory_id", NUMERIC_18).col("external_id", VARCHAR_255)
                    .primaryKey("id")
                    .index("idx_group_active", "lower_group_name", "active").index("idx_group_dir_id", "directory_id")
                    .uniqueIndex("uk_group_name_dir_id", "lower_group_name", "directory_id")
                    .build(),
            w -> w.groups,
            (w, sink) -> {
                for (int g = 0; g < w.groups; g++) {
                    SplittableRandom r = Rng.stream(w.seed, T_GROUP, g);
                    String name = groupName(g);
                    boolean ldap = groupDirectory(g) == People.LDAP_DIRECTORY;
                    String description = g == 0 ? "Jira administrators" : ldap ? "Synced from AD; do not edit" : g % 3 == 0 ? null : "";
                    Instant created = g < 2 ? SETUP : SETUP.plusSeconds(86_400L * (30 + r.nextInt(2000)));
                    // local = 1 marks a group created in Jira inside a read-only LDAP directory
                    int local = ldap && g % 7 == 0 ? 1 : 0;
                    sink.row(groupId(g), name, lower(name), 1, local, Times.utc(created), Times.utc(created.plusSeconds(r.nextInt(10_000_000))),
                            description, lower(description), "GROUP", groupDirectory(g), ldap ? UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString() : null);
                }
            });

    /** The groups a user belongs to, in row order. Groups are taken from the user's own directory, as Crowd requires. */
    static List<Integer> groupsOf(SampleWorld w, People.Person p) {
        List<Integer> groups = new ArrayList<>(3);
        boolean ldap = p.directoryId() == People.LDAP_DIRECTORY;
        if (p.active()) {
            groups.add(ldap ? 2 : 1);
        }
        if (!ldap && (p.index() < 3 || p.index() % 500 == 0)) {
            groups.add(0);
        }
        long h = Rng.hash(w.seed, T_MEMBERSHIP, p.index());
        int teams = 1 + (int) (h >>> 63);
        for (int t = 0; t < teams; t++) {
            int g = 3 + Rng.below(Rng.mix(h + t), Math.max(1, w.groups - 3));
            if (g < w.groups && groupDirectory(g) == p.directoryId() && !groups.contains(g)) {
                groups.add(g);
            }
        }
        return groups;
    }

    /** Nested groups: every fifth team is itself a member of the internal jira-software-users. */
    private static boolean nestedTeam(int g) {
        return g >= 3 && g % 5 == 0 && groupDirectory(g) == People.INTERNAL_DIRECTORY;
    }

    static final SampleTable CWD_MEMBERSHIP = new SampleTable(
            TableShape.jira("cwd_membership")
                    .notNull("id", NUMERIC_18).col("parent_id", NUMERIC_18).col("child_id", NUMERIC_18).col("membership_type", VARCHAR_60)
                    .col("group_type", VARCHAR_60).col("parent_name", VARCHAR_255).col("lower_parent_name", VARCHAR_255)
                    .col("child_name", VARCHAR_255).col("lower_child_name", VARCHAR_255).col("directory_id", NUMERIC_18)
                    .primaryKey("id")
                    .index("idx_mem_dir_child", "lower_child_name", "membership_type", "directory_id")
                    .index("idx_mem_dir_parent", "lower_parent_name", "membership_type", "directory_id")
                    .index("idx_mem_dir_parent_child", "lower_parent_name", "lower_child_name", "membership_type", "directory_id")
                    .uniqueIndex("uk_mem_parent_child_type", "parent_id", "child_id", "membership_type")
                    .build(),
            w -> {
                long rows = 0;
                for (int u = 0; u < w.users; u++) {
                    rows += groupsOf(w, w.people().get(u)).size();
                }
                for (int g = 0; g < w.groups; g++) {
                    rows += nestedTeam(g) ? 1 : 0;
                }
                return rows;
            },
            (w, sink) -> {
                long id = 10000;
                for (int u = 0; u < w.users; u++) {
                    People.Person p = w.people().get(u);
                    for (int g : groupsOf(w, p)) {
                        String group = groupName(g);
                        // group_type is NULL in the observed rows
                        sink.row(id++, groupId(g), p.id(), "GROUP_USER", null, group, lower(group), p.userName(), p.lowerUserName(), p.directoryId());
                    }
                }
                for (int g = 0; g < w.groups; g++) {
                    if (nestedTeam(g)) {
                        String child = groupName(g);
                        sink.row(id++, groupId(1), groupId(g), "GROUP_GROUP", null, groupName(1), groupName(1), child, lower(child), People.INTERNAL_DIRECTORY);
                    }
                }
            });

    static final SampleTable APP_USER = new SampleTable(
            TableShape.jira("app_user")
                    .notNull("id", NUMERIC_18).col("user_key", VARCHAR_255).col("lower_user_name", VARCHAR_255)
                    .primaryKey("id").uniqueIndex("uk_lower_user_name", "lower_user_name").uniqueIndex("uk_user_key", "user_key").build(),
            w -> w.users,
            (w, sink) -> {
                for (int u = 0; u < w.users; u++) {
                    People.Person p = w.people().get(u);
                    sink.row(p.id(), p.userKey(), p.lowerUserName());
                }
            });
}
