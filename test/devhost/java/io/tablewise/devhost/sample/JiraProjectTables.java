package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.NUMERIC_18;
import static io.tablewise.devhost.sample.ColumnType.TEXT;
import static io.tablewise.devhost.sample.ColumnType.TIMESTAMPTZ;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;

import java.util.SplittableRandom;

/** project and customfield (J9+ shape of customfield, with issueswithvalue and lastvalueupdate). */
final class JiraProjectTables {

    private JiraProjectTables() {
    }

    private static final long T_PROJECT = Rng.tag("project");

    static final SampleTable PROJECT = new SampleTable(
            TableShape.jira("project")
                    .notNull("id", NUMERIC_18).col("pname", VARCHAR_255).col("url", VARCHAR_255).col("lead", VARCHAR_255)
                    .col("description", TEXT).col("pkey", VARCHAR_255).col("pcounter", NUMERIC_18).col("assigneetype", NUMERIC_18)
                    .col("avatar", NUMERIC_18).col("originalkey", VARCHAR_255).col("projecttype", VARCHAR_255)
                    .primaryKey("id").uniqueIndex("idx_project_key", "pkey").build(),
            w -> w.projects,
            (w, sink) -> {
                for (int p = 0; p < w.projects; p++) {
                    SplittableRandom r = Rng.stream(w.seed, T_PROJECT, p);
                    String key = JiraProjects.key(p);
                    // one project was renamed: Jira keeps the key it was created with
                    String originalKey = p == 4 ? "OPER" : key;
                    String description = switch (p % 5) {
                        case 0 -> "<p>" + TextMill.escapeXml(TextMill.sentence(r)) + "</p>";
                        case 1 -> "";
                        case 2 -> null;
                        default -> TextMill.description(r);
                    };
                    sink.row(w.projectId(p), JiraProjects.name(p), p % 3 == 0 ? "https://" + key.toLowerCase() + ".initech.example/" : null,
                            w.pickPerson(r.nextDouble()).userKey(), description, key, (long) w.projectIssueCount(p), p % 4 == 0 ? 2L : 3L,
                            10324L + p % 7, originalKey, JiraProjects.type(p));
                }
            });

    static final SampleTable CUSTOMFIELD = new SampleTable(
            TableShape.jira("customfield")
                    .notNull("id", NUMERIC_18).col("cfkey", VARCHAR_255).col("customfieldtypekey", VARCHAR_255)
                    .col("customfieldsearcherkey", VARCHAR_255).col("cfname", VARCHAR_255).col("description", TEXT)
                    .col("defaultvalue", VARCHAR_255).col("fieldtype", NUMERIC_18).col("project", NUMERIC_18).col("issuetype", VARCHAR_255)
                    .col("issueswithvalue", NUMERIC_18).col("lastvalueupdate", TIMESTAMPTZ)
                    .primaryKey("id").build(),
            w -> w.customFields,
            (w, sink) -> {
                for (int n = 0; n < w.customFields; n++) {
                    JiraCustomFields.Field f = JiraCustomFields.field(n);
                    // issueswithvalue is Jira 9's cached usage count; NULL until the first recount
                    Long used = n % 4 == 3 ? null : (long) (w.issues / (n + 2));
                    sink.row(f.id(), null, f.typeKey(), f.searcherKey(), f.name(), f.description(), null, null, null, null,
                            used, used == null ? null : Times.utc(Times.JIRA_END.minusSeconds(3600L * n)));
                }
            });
}
