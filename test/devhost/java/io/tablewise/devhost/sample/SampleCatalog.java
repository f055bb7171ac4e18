package io.tablewise.devhost.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every table the sample can seed, in seeding order (small reference tables first). */
final class SampleCatalog {

    private SampleCatalog() {
    }

    /** Bump whenever generated rows or shapes change: dev hosts then rebuild their sample on the next start. */
    static final int GENERATOR_VERSION = 2;

    static final List<SampleTable> TABLES = List.of(
            JiraUserTables.CWD_DIRECTORY,
            JiraConstantTables.ISSUESTATUS,
            JiraConstantTables.PRIORITY,
            JiraConstantTables.ISSUETYPE,
            JiraConstantTables.RESOLUTION,
            JiraProjectTables.PROJECT,
            JiraProjectTables.CUSTOMFIELD,
            JiraUserTables.CWD_USER,
            JiraUserTables.CWD_GROUP,
            JiraUserTables.CWD_MEMBERSHIP,
            JiraUserTables.APP_USER,
            JiraPropertyTables.PROPERTYENTRY,
            JiraPropertyTables.PROPERTYSTRING,
            JiraPropertyTables.PROPERTYTEXT,
            JiraPropertyTables.PROPERTYNUMBER,
            JiraIssueTables.JIRAISSUE,
            JiraIssueTables.LABEL,
            JiraIssueTables.CUSTOMFIELDVALUE,
            JiraActivityTables.JIRAACTION,
            JiraActivityTables.WORKLOG,
            JiraActivityTables.CHANGEGROUP,
            JiraActivityTables.CHANGEITEM,
            JiraSoftwareTables.RAPIDVIEW,
            JiraSoftwareTables.SPRINT,
            JiraSoftwareTables.LEXORANK,
            PersonalTokenTables.PERSONAL_TOKEN,
            ConfluenceSpaceTables.USER_MAPPING,
            ConfluenceSpaceTables.SPACES,
            ConfluenceContentTables.CONTENT,
            ConfluenceContentTables.BODYCONTENT,
            ConfluenceContentTables.CONFANCESTORS,
            ConfluenceContentTables.ATTACHMENTDATA,
            ConfluenceSpaceTables.HIBERNATE_UNIQUE_KEY);

    /** The tables that hold the sample's marker property; they always exist once the sample has been seeded. */
    static final Set<String> MARKER_TABLES = Set.of("propertyentry", "propertystring");

    private static final Map<String, SampleTable> BY_NAME = new LinkedHashMap<>();

    static {
        for (SampleTable table : TABLES) {
            if (BY_NAME.put(table.name(), table) != null) {
                throw new IllegalStateException("duplicate sample table " + table.name());
            }
        }
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    static SampleTable table(String name) {
        SampleTable table = BY_NAME.get(name);
        if (table == null) {
            throw new IllegalArgumentException("Not a sample table: " + name);
        }
        return table;
    }
}
