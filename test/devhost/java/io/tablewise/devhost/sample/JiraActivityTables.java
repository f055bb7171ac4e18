package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.NUMERIC_18;
import static io.tablewise.devhost.sample.ColumnType.TEXT;
import static io.tablewise.devhost.sample.ColumnType.TIMESTAMPTZ;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;

import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;

/** What happens to issues: jiraaction (comments), worklog, changegroup and changeitem (history). */
final class JiraActivityTables {

    private JiraActivityTables() {
    }

    private static final long T_ACTION = Rng.tag("jiraaction");
    private static final long T_WORKLOG = Rng.tag("worklog");
    private static final long T_GROUP = Rng.tag("changegroup");
    private static final long T_ITEM = Rng.tag("changeitem");

    /** The i-th of n events of an issue, spread between its creation and its last update. */
    private static Instant during(SampleWorld w, int issue, int index, int count, double jitter) {
        Instant created = w.created(issue);
        long span = w.updated(issue).toEpochMilli() - created.toEpochMilli();
        return created.plusMillis((long) (span * (index + jitter) / count));
    }

    static final SampleTable JIRAACTION = new SampleTable(
            TableShape.jira("jiraaction")
                    .notNull("id", NUMERIC_18).col("issueid", NUMERIC_18).col("author", VARCHAR_255).col("actiontype", VARCHAR_255)
                    .col("actionlevel", VARCHAR_255).col("rolelevel", NUMERIC_18).col("actionbody", TEXT).col("created", TIMESTAMPTZ)
                    .col("updateauthor", VARCHAR_255).col("updated", TIMESTAMPTZ).col("actionnum", NUMERIC_18)
                    .primaryKey("id").index("action_author_created", "author", "created").index("action_issue", "issueid").build(),
            w -> w.comments().total(),
            (w, sink) -> {
                Children comments = w.comments();
                for (int i = 0; i < w.issues; i++) {
                    int n = comments.count(i);
                    if (n == 0) {
                        continue;
                    }
                    SplittableRandom r = Rng.stream(w.seed, T_ACTION, i);
                    for (int j = 0; j < n; j++) {
                        long global = comments.first(i) + j;
                        People.Person author = w.pickPerson(r.nextDouble());
                        String body;
                        if (global < EdgeValues.SUMMARIES.size()) {
                            body = EdgeValues.SUMMARIES.get((int) global);
                        } else if (global == EdgeValues.SUMMARIES.size()) {
                            body = TextMill.longText(r, EdgeValues.LONG_TEXT, false);
                        } else {
                            body = TextMill.comment(r, r.nextInt(6) == 0 ? w.pickPerson(r.nextDouble()).lowerUserName() : null);
                        }
                        int visibility = r.nextInt(40);
                        Instant created = during(w, i, j, n, r.nextDouble());
                        boolean edited = r.nextInt(10) == 0;
                        sink.row(10000L + global, w.issueId(i), author.userKey(), "comment",
                                visibility == 0 ? "jira-administrators" : visibility == 1 ? "jira-software-users" : null,
                                visibility == 2 ? 10002L : null, body, Times.utc(created),
                                author.userKey(), Times.utc(edited ? created.plusSeconds(60 + r.nextInt(86_400)) : created), null);
                    }
                }
            });

    static final SampleTable WORKLOG = new SampleTable(
            TableShape.jira("worklog")
                    .notNull("id", NUMERIC_18).col("issueid", NUMERIC_18).col("author", VARCHAR_255).col("grouplevel", VARCHAR_255)
                    .col("rolelevel", NUMERIC_18).col("worklogbody", TEXT).col("created", TIMESTAMPTZ).col("updateauthor", VARCHAR_255)
                    .col("updated", TIMESTAMPTZ).col("startdate", TIMESTAMPTZ).col("timeworked", NUMERIC_18)
                    .primaryKey("id").index("worklog_author", "author").index("worklog_issue", "issueid").build(),
            w -> w.worklogs().total(),
            (w, sink) -> {
                Children worklogs = w.worklogs();
                for (int i = 0; i < w.issues; i++) {
                    int n = worklogs.count(i);
                    if (n == 0) {
                        continue;
                    }
                    SplittableRandom r = Rng.stream(w.seed, T_WORKLOG, i);
                    for (int j = 0; j < n; j++) {
                        String author = w.pickPerson(r.nextDouble()).userKey();
                        long worked = 900L * (1 + r.nextInt(32));
                        Instant created = during(w, i, j, n, r.nextDouble());
                        int b = r.nextInt(10);
                        // an empty work description is stored as NULL by the UI and as '' by some REST clients
                        String body = b < 3 ? null : b < 5 ? "" : TextMill.sentence(r);
                        sink.row(10000L + worklogs.first(i) + j, w.issueId(i), author, r.nextInt(50) == 0 ? "jira-software-users" : null, null,
                                body, Times.utc(created), author, Times.utc(created), Times.utc(created.minusSeconds(worked)), worked);
                    }
                }
            });

    static final SampleTable CHANGEGROUP = new SampleTable(
            TableShape.jira("changegroup")
                    .notNull("id", NUMERIC_18).col("issueid", NUMERIC_18).col("author", VARCHAR_255).col("created", TIMESTAMPTZ)
                    .primaryKey("id").index("chggroup_author_created", "author", "created").index("chggroup_issue_id", "issueid", "id").build(),
            w -> w.changeGroups().total(),
            (w, sink) -> {
                Children groups = w.changeGroups();
                for (int i = 0; i < w.issues; i++) {
                    int n = groups.count(i);
                    if (n == 0) {
                        continue;
                    }
                    SplittableRandom r = Rng.stream(w.seed, T_GROUP, i);
                    for (int k = 0; k < n; k++) {
                        sink.row(w.changeGroupId(groups.first(i) + k), w.issueId(i), w.pickPerson(r.nextDouble()).userKey(),
                                Times.utc(during(w, i, k, n, r.nextDouble())));
                    }
                }
            });

    static final SampleTable CHANGEITEM = new SampleTable(
            TableShape.jira("changeitem")
                    .notNull("id", NUMERIC_18).col("groupid", NUMERIC_18).col("fieldtype", VARCHAR_255).col("field", VARCHAR_255)
                    .col("oldvalue", TEXT).col("oldstring", TEXT).col("newvalue", TEXT).col("newstring", TEXT)
                    .primaryKey("id").index("chgitem_group_field", "groupid", "field").build(),
            w -> w.changeItems().total(),
            (w, sink) -> {
                Children groups = w.changeGroups();
                Children items = w.changeItems();
                for (int i = 0; i < w.issues; i++) {
                    int n = groups.count(i);
                    if (n == 0) {
                        continue;
                    }
                    SplittableRandom r = Rng.stream(w.seed, T_ITEM, i);
                    for (int k = 0; k < n; k++) {
                        long group = groups.first(i) + k;
                        for (int m = 0, count = items.count((int) group); m < count; m++) {
                            writeItem(w, sink, r, i, 10000L + items.first((int) group) + m, w.changeGroupId(group));
                        }
                    }
                }
            });

    private static void writeItem(SampleWorld w, RowSink sink, SplittableRandom r, int issue, long id, long group) throws SQLException {
        int kind = r.nextInt(100);
        if (kind < 35) {
            JiraConstants.Status from = w.statuses.get(r.nextInt(Math.min(4, w.statuses.size())));
            JiraConstants.Status to = w.statuses.get(r.nextInt(Math.min(4, w.statuses.size())));
            sink.row(id, group, "jira", "status", from.id(), from.name(), to.id(), to.name());
        } else if (kind < 55) {
            People.Person from = r.nextInt(4) == 0 ? null : w.pickPerson(r.nextDouble());
            People.Person to = w.pickPerson(r.nextDouble());
            sink.row(id, group, "jira", "assignee", from == null ? null : from.userKey(), from == null ? null : from.displayName(),
                    to.userKey(), to.displayName());
        } else if (kind < 62) {
            int sprint = w.agile().sprintIdOf(issue);
            // observed: oldvalue NULL with oldstring '' when the issue had no sprint before
            sink.row(id, group, "custom", "Sprint", null, "", sprint == 0 ? null : String.valueOf(sprint),
                    sprint == 0 ? "" : JiraProjects.key(w.projectOf(issue)) + " Sprint " + sprint);
        } else if (kind < 67) {
            JiraConstants.Named priority = JiraConstants.PRIORITIES.get(r.nextInt(5));
            sink.row(id, group, "jira", "priority", "3", "Medium", priority.id(), priority.name());
        } else if (kind < 72) {
            sink.row(id, group, "jira", "summary", null, TextMill.summary(r), null, TextMill.summary(r));
        } else if (kind < 75) {
            sink.row(id, group, "jira", "description", null, TextMill.description(r), null, TextMill.description(r));
        } else if (kind < 80) {
            sink.row(id, group, "jira", "labels", null, "", null, TextMill.label(r) + " " + TextMill.label(r));
        } else if (kind < 85) {
            String target = JiraProjects.key(w.projectOf(issue)) + "-" + (1 + r.nextInt(Math.max(1, w.issueNum(issue))));
            sink.row(id, group, "jira", "Link", null, null, target, "This issue blocks " + target);
        } else if (kind < 88) {
            sink.row(id, group, "custom", "Story Points", null, null, "5", "5");
        } else if (kind < 93) {
            boolean done = w.isDone(issue);
            sink.row(id, group, "jira", "resolution", null, null, done ? "10000" : null, done ? "Done" : null);
        } else if (kind < 97) {
            long seconds = 900L * (1 + r.nextInt(32));
            sink.row(id, group, "jira", "timespent", null, null, String.valueOf(seconds), String.valueOf(seconds));
        } else {
            sink.row(id, group, "jira", "Attachment", null, null, String.valueOf(10000 + r.nextInt(1_000_000)), "screenshot (" + r.nextInt(9) + ").png");
        }
    }
}
