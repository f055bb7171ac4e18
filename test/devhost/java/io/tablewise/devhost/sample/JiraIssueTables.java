package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.DOUBLE;
import static io.tablewise.devhost.sample.ColumnType.NUMERIC_18;
import static io.tablewise.devhost.sample.ColumnType.TEXT;
import static io.tablewise.devhost.sample.ColumnType.TIMESTAMPTZ;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;
import static io.tablewise.devhost.sample.ColumnType.character;

import java.time.Instant;
import java.util.SplittableRandom;

/** jiraissue (J8.11 = J9+ shape, 30 columns), label and customfieldvalue. */
final class JiraIssueTables {

    private JiraIssueTables() {
    }

    private static final long T_ISSUE = Rng.tag("jiraissue");
    private static final long T_LABEL = Rng.tag("label");
    private static final long T_VALUE = Rng.tag("customfieldvalue");
    private static final long DAY = 24L * 3600 * 1000;
    /** Issues 30..32 carry the long descriptions. */
    static final int FIRST_LONG_DESCRIPTION = 30;
    static final int FIRST_EDGE_DUE_DATE = 10;

    static final SampleTable JIRAISSUE = new SampleTable(
            TableShape.jira("jiraissue")
                    .notNull("id", NUMERIC_18).col("pkey", VARCHAR_255).col("issuenum", NUMERIC_18).col("project", NUMERIC_18)
                    .col("reporter", VARCHAR_255).col("assignee", VARCHAR_255).col("creator", VARCHAR_255).col("issuetype", VARCHAR_255)
                    .col("summary", VARCHAR_255).col("description", TEXT).col("environment", TEXT).col("priority", VARCHAR_255)
                    .col("resolution", VARCHAR_255).col("issuestatus", VARCHAR_255).col("created", TIMESTAMPTZ).col("updated", TIMESTAMPTZ)
                    .col("duedate", TIMESTAMPTZ).col("resolutiondate", TIMESTAMPTZ).col("votes", NUMERIC_18).col("watches", NUMERIC_18)
                    .col("timeoriginalestimate", NUMERIC_18).col("timeestimate", NUMERIC_18).col("timespent", NUMERIC_18)
                    .col("workflow_id", NUMERIC_18).col("security", NUMERIC_18).col("fixfor", NUMERIC_18).col("component", NUMERIC_18)
                    .col("archived", character(1)).col("archivedby", VARCHAR_255).col("archiveddate", TIMESTAMPTZ)
                    .primaryKey("id")
                    .index("issue_assignee", "assignee").index("issue_created", "created").index("issue_duedate", "duedate")
                    .index("issue_proj_num", "issuenum", "project").index("issue_proj_status", "project", "issuestatus")
                    .index("issue_reporter", "reporter").index("issue_resolutiondate", "resolutiondate").index("issue_updated", "updated")
                    .index("issue_votes", "votes").index("issue_watches", "watches").index("issue_workflow", "workflow_id")
                    .build(),
            w -> w.issues,
            (w, sink) -> {
                for (int i = 0; i < w.issues; i++) {
                    writeIssue(w, sink, i);
                }
            });

    private static void writeIssue(SampleWorld w, RowSink sink, int i) throws java.sql.SQLException {
        SplittableRandom r = Rng.stream(w.seed, T_ISSUE, i);
        String reporter = w.pickPerson(r.nextDouble()).userKey();
        String assignee = r.nextInt(7) == 0 ? null : w.pickPerson(r.nextDouble()).userKey();
        String creator = r.nextInt(10) == 0 ? w.pickPerson(r.nextDouble()).userKey() : reporter;
        boolean edge = i < EdgeValues.SUMMARIES.size();
        String summary = edge ? EdgeValues.SUMMARIES.get(i) : TextMill.summary(r);
        String description;
        if (edge) {
            description = EdgeValues.SUMMARIES.get(i);
        } else if (i >= FIRST_LONG_DESCRIPTION && i < FIRST_LONG_DESCRIPTION + 3) {
            description = TextMill.longText(r, i == FIRST_LONG_DESCRIPTION + 1 ? EdgeValues.VERY_LONG_TEXT : EdgeValues.LONG_TEXT, false);
        } else {
            int d = r.nextInt(50);
            description = d < 7 ? null : d == 7 ? "" : TextMill.description(r);
        }
        int e = r.nextInt(20);
        String environment = e < 17 ? null : e == 17 ? "" : "Chrome 124 on Windows 11\r\nJira 9.12.3; PostgreSQL 15; \"prod\" node 2";

        JiraConstants.Status status = w.status(i);
        boolean done = status.category() == JiraConstants.DONE;
        String resolution = null;
        if (done) {
            double u = r.nextDouble();
            int index = u < 0.7 ? 0 : u < 0.8 ? 1 : u < 0.9 ? 2 : Math.min(w.resolutions.size() - 1, 3 + r.nextInt(Math.max(1, w.resolutions.size() - 3)));
            resolution = w.resolutions.get(index).id();
        }
        Instant created = w.created(i);
        Instant updated = w.updated(i);
        Instant due;
        if (i >= FIRST_EDGE_DUE_DATE && i < FIRST_EDGE_DUE_DATE + EdgeValues.DUE.size()) {
            due = EdgeValues.DUE.get(i - FIRST_EDGE_DUE_DATE);
        } else {
            // due dates are date-only values, stored at local midnight of the server (Berlin)
            due = r.nextInt(5) != 0 ? null : localMidnight(created.plusMillis(DAY * (3 + r.nextInt(60))));
        }
        double p = r.nextDouble();
        String priority = JiraConstants.PRIORITIES.get(p < 0.05 ? 0 : p < 0.2 ? 1 : p < 0.75 ? 2 : p < 0.92 ? 3 : 4).id();

        Long original = r.nextInt(5) < 2 ? 3600L * (1 + r.nextInt(40)) : null;
        int worklogs = w.worklogs().count(i);
        Long spent = worklogs == 0 ? null : 900L * worklogs * (1 + r.nextInt(8));
        Long remaining = original == null ? null : Math.max(0, original - (spent == null ? 0 : spent));
        boolean archived = r.nextInt(200) == 0;

        sink.row(w.issueId(i), null, (long) w.issueNum(i), w.projectId(w.projectOf(i)),
                reporter, assignee, creator, w.issueType(i).id(),
                summary, description, environment, priority,
                resolution, status.id(), Times.utc(created), Times.utc(updated),
                Times.utc(due), done ? Times.utc(updated) : null, (long) Rng.geometric(r.nextLong(), 0.3, 50), 1L + Rng.geometric(r.nextLong(), 1.0, 40),
                original, remaining, spent,
                10000L + i, r.nextInt(30) == 0 ? 10000L + r.nextInt(3) : null, null, null,
                archived ? "Y" : "N", archived ? w.pickPerson(r.nextDouble()).userKey() : null, archived ? Times.utc(updated.plusMillis(DAY * 200)) : null);
    }

    /** Date-only fields are stored as midnight in the server's zone. */
    static Instant localMidnight(Instant instant) {
        return instant.atZone(Times.SERVER_ZONE).toLocalDate().atStartOfDay(Times.SERVER_ZONE).toInstant();
    }

    static final SampleTable LABEL = new SampleTable(
            TableShape.jira("label")
                    .notNull("id", NUMERIC_18).col("fieldid", NUMERIC_18).col("issue", NUMERIC_18).col("label", VARCHAR_255)
                    .primaryKey("id")
                    .index("label_fieldissue", "issue", "fieldid").index("label_fieldissuelabel", "issue", "fieldid", "label")
                    .index("label_issue", "issue").index("label_label", "label")
                    .build(),
            w -> w.labels().total(),
            (w, sink) -> {
                Children labels = w.labels();
                for (int i = 0; i < w.issues; i++) {
                    int n = labels.count(i);
                    if (n == 0) {
                        continue;
                    }
                    SplittableRandom r = Rng.stream(w.seed, T_LABEL, i);
                    // NULL field id = the system Labels field; otherwise a labels-type custom field
                    Long field = r.nextInt(7) == 0 ? JiraCustomFields.LABELS_FIELD.id() : null;
                    java.util.Set<String> used = new java.util.HashSet<>();
                    for (int j = 0; j < n; j++) {
                        String label = TextMill.label(r);
                        if (!used.add(label)) {
                            label = label + "-" + j;
                        }
                        sink.row(10000L + labels.first(i) + j, field, w.issueId(i), label);
                    }
                }
            });

    static final SampleTable CUSTOMFIELDVALUE = new SampleTable(
            TableShape.jira("customfieldvalue")
                    .notNull("id", NUMERIC_18).col("issue", NUMERIC_18).col("customfield", NUMERIC_18).col("updated", NUMERIC_18)
                    .col("parentkey", VARCHAR_255).col("stringvalue", VARCHAR_255).col("numbervalue", DOUBLE).col("textvalue", TEXT)
                    .col("datevalue", TIMESTAMPTZ).col("valuetype", VARCHAR_255)
                    .primaryKey("id").index("cfvalue_issue", "issue", "customfield").build(),
            w -> w.customFieldValues().total(),
            (w, sink) -> {
                Children values = w.customFieldValues();
                for (int i = 0; i < w.issues; i++) {
                    int mask = w.customFieldMask(i);
                    if (mask == 0) {
                        continue;
                    }
                    SplittableRandom r = Rng.stream(w.seed, T_VALUE, i);
                    long id = 10000L + values.first(i);
                    long updated = w.updated(i).toEpochMilli();
                    for (int slot = 0; slot < JiraCustomFields.SLOTS.length; slot++) {
                        if ((mask & (1 << slot)) != 0) {
                            writeValue(w, sink, r, i, slot, id++, updated);
                        }
                    }
                }
            });

    private static final double[] STORY_POINTS = {1, 2, 3, 5, 8, 13, 0.5, 21};
    private static final double[] EDGE_NUMBERS = {0.30000000000000004, 1.0E-7, 1.7976931348623157E308, -273.15, 123456789012.25};
    private static final String[] CUSTOMERS = {"Müller & Söhne, GmbH", "\"Quoted\" Industries; Ltd.", "=cmd|' /C calc'!A0", "株式会社サンプル",
        "O'Reilly Media", "Acme\tTabbed", "Plain Customer Inc", "", "+1 Clients", "@home Services"};

    private static void writeValue(SampleWorld w, RowSink sink, SplittableRandom r, int i, int slot, long id, long updated) throws java.sql.SQLException {
        JiraCustomFields.Field field = JiraCustomFields.SLOTS[slot];
        String string = null;
        Double number = null;
        String text = null;
        Instant date = null;
        switch (slot) {
            case JiraCustomFields.SPRINT_SLOT -> string = String.valueOf(w.agile().sprintIdOf(i));
            case 1 -> number = i < EDGE_NUMBERS.length ? EDGE_NUMBERS[i] : STORY_POINTS[r.nextInt(STORY_POINTS.length)];
            case 2 -> string = String.valueOf(10100 + r.nextInt(12));
            case 3 -> text = "* Given a " + TextMill.word(r) + "\r\n* When it is exported\r\n* Then nothing is lost";
            case 4 -> date = localMidnight(w.created(i).plusMillis(DAY * (7 + r.nextInt(90))));
            case 5 -> string = w.pickPerson(r.nextDouble()).userKey();
            case JiraCustomFields.EPIC_NAME_SLOT -> string = "Epic: " + TextMill.word(r) + " " + w.issueNum(i);
            case 7 -> string = CUSTOMERS[r.nextInt(CUSTOMERS.length)];
            case 8 -> number = Math.round(r.nextDouble() * 1_000_000) / 100.0;
            default -> text = TextMill.description(r);
        }
        sink.row(id, w.issueId(i), field.id(), updated, null, string, number, text, Times.utc(date), null);
    }
}
