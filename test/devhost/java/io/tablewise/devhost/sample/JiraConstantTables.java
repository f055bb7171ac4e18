package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.NUMERIC_18;
import static io.tablewise.devhost.sample.ColumnType.TEXT;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_60;

import java.util.List;

/** issuestatus, priority, issuetype, resolution: string ids holding numbers ('1', '10000'), as observed. */
final class JiraConstantTables {

    private JiraConstantTables() {
    }

    static final SampleTable ISSUESTATUS = new SampleTable(
            TableShape.jira("issuestatus")
                    .notNull("id", VARCHAR_60).col("sequence", NUMERIC_18).col("pname", VARCHAR_60).col("description", TEXT)
                    .col("iconurl", VARCHAR_255).col("statuscategory", NUMERIC_18)
                    .primaryKey("id").build(),
            w -> w.statuses.size(),
            (w, sink) -> {
                List<JiraConstants.Status> statuses = w.statuses;
                for (int i = 0; i < statuses.size(); i++) {
                    JiraConstants.Status s = statuses.get(i);
                    String description = switch (i % 4) {
                        case 0 -> "This status is managed internally by Jira Software";
                        case 1 -> "";
                        case 2 -> null;
                        default -> "Issue \"" + s.name() + "\"; moved here by the workflow, see https://wiki.initech.example/x?a=1&b=2";
                    };
                    sink.row(s.id(), (long) (i + 1), s.name(), description, "/images/icons/statuses/generic.png", (long) s.category());
                }
            });

    static final SampleTable PRIORITY = new SampleTable(
            TableShape.jira("priority")
                    .notNull("id", VARCHAR_60).col("sequence", NUMERIC_18).col("pname", VARCHAR_60).col("description", TEXT)
                    .col("iconurl", VARCHAR_255).col("status_color", VARCHAR_60)
                    .primaryKey("id").build(),
            w -> JiraConstants.PRIORITIES.size(),
            (w, sink) -> {
                String[] descriptions = {"This problem will block progress.", "Serious problem that could block progress.",
                    "Has the potential to affect progress.", "Minor problem or easily worked around.", "Trivial problem with little or no impact on progress."};
                for (int i = 0; i < JiraConstants.PRIORITIES.size(); i++) {
                    JiraConstants.Named p = JiraConstants.PRIORITIES.get(i);
                    sink.row(p.id(), (long) (i + 1), p.name(), descriptions[i], "/images/icons/priorities/" + p.name().toLowerCase() + ".svg",
                            JiraConstants.PRIORITY_COLOURS[i]);
                }
            });

    static final SampleTable ISSUETYPE = new SampleTable(
            TableShape.jira("issuetype")
                    .notNull("id", VARCHAR_60).col("sequence", NUMERIC_18).col("pname", VARCHAR_60).col("pstyle", VARCHAR_60)
                    .col("description", TEXT).col("iconurl", VARCHAR_255).col("avatar", NUMERIC_18)
                    .primaryKey("id").build(),
            w -> w.issueTypes.size(),
            (w, sink) -> {
                for (int i = 0; i < w.issueTypes.size(); i++) {
                    JiraConstants.IssueType t = w.issueTypes.get(i);
                    // sequence is NULL on types created by Jira Software's setup (observed)
                    Long sequence = i < 5 ? null : (long) i;
                    sink.row(t.id(), sequence, t.name(), t.subtask() ? "jira_subtask" : null, "A " + t.name().toLowerCase() + " of work.",
                            null, 10300L + i);
                }
            });

    static final SampleTable RESOLUTION = new SampleTable(
            TableShape.jira("resolution")
                    .notNull("id", VARCHAR_60).col("sequence", NUMERIC_18).col("pname", VARCHAR_60).col("description", TEXT).col("iconurl", VARCHAR_255)
                    .primaryKey("id").build(),
            w -> w.resolutions.size(),
            (w, sink) -> {
                for (int i = 0; i < w.resolutions.size(); i++) {
                    JiraConstants.Named r = w.resolutions.get(i);
                    sink.row(r.id(), (long) (i + 1), r.name(), i == 0 ? "Work has been completed on this issue." : "Resolved as " + r.name(), null);
                }
            });
}
