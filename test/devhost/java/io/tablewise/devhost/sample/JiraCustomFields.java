package io.tablewise.devhost.sample;

import java.util.List;

/**
 * Custom fields: Jira Software's own (Sprint, Rank, Epic...) and typical admin-made ones, then
 * numbered "Custom field N" up to the DCAPT count. Each issue carries values for a few of them,
 * chosen by a bit mask; each bit is one value slot with its own field and storage column.
 */
final class JiraCustomFields {

    private JiraCustomFields() {
    }

    record Field(long id, String name, String typeKey, String searcherKey, String description) {
    }

    private static final String CF = "com.atlassian.jira.plugin.system.customfieldtypes:";
    private static final String GH = "com.pyxis.greenhopper.jira:";

    static final Field SPRINT = new Field(10000, "Sprint", GH + "gh-sprint", GH + "gh-sprint-searcher", "Jira Software sprint field");
    static final Field RANK = new Field(10001, "Rank", GH + "gh-lexo-rank", GH + "gh-lexo-rank-searcher", "Global rank field for JIRA Software use only.");
    static final Field EPIC_LINK = new Field(10002, "Epic Link", GH + "gh-epic-link", GH + "gh-epic-link-searcher", "Choose an epic to assign this issue to.");
    static final Field EPIC_NAME = new Field(10003, "Epic Name", GH + "gh-epic-label", CF + "textsearcher", "Provide a short name to identify this epic.");
    static final Field STORY_POINTS = new Field(10004, "Story Points", CF + "float", CF + "exactnumber", "Measurement of complexity and/or size of a requirement.");
    static final Field TEAM = new Field(10005, "Team", CF + "select", CF + "multiselectsearcher", null);
    static final Field ACCEPTANCE = new Field(10006, "Acceptance Criteria", CF + "textarea", CF + "textsearcher", "");
    static final Field CUSTOMER_DUE = new Field(10007, "Customer Due Date", CF + "datepicker", CF + "daterange", "Date promised to the customer; \"soft\" unless flagged.");
    static final Field REVIEWER = new Field(10008, "Reviewer", CF + "userpicker", CF + "userpickergroupsearcher", null);
    static final Field CUSTOMER = new Field(10009, "Customer", CF + "textfield", CF + "textsearcher", "Company name as in the CRM, e.g. \"Müller & Söhne, GmbH\"");
    static final Field COST = new Field(10010, "Cost (EUR)", CF + "float", CF + "exactnumber", null);
    static final Field ROOT_CAUSE = new Field(10011, "Root Cause", CF + "textarea", CF + "textsearcher", "=Explain; not a formula");
    static final Field LABELS_FIELD = new Field(10012, "Components Tags", CF + "labels", CF + "labelsearcher", "Labels stored in the label table with this field id");

    static final List<Field> BUILT_IN = List.of(SPRINT, RANK, EPIC_LINK, EPIC_NAME, STORY_POINTS, TEAM, ACCEPTANCE, CUSTOMER_DUE, REVIEWER,
            CUSTOMER, COST, ROOT_CAUSE, LABELS_FIELD);

    /** Value slots, one bit each, in the order their rows are written for an issue. */
    static final Field[] SLOTS = {SPRINT, STORY_POINTS, TEAM, ACCEPTANCE, CUSTOMER_DUE, REVIEWER, EPIC_NAME, CUSTOMER, COST, ROOT_CAUSE};
    private static final double[] SLOT_ODDS = {0.75, 0.45, 0.5, 0.25, 0.3, 0.3, 1.0, 0.35, 0.25, 0.15};
    static final int SPRINT_SLOT = 0;
    static final int EPIC_NAME_SLOT = 6;

    static int maskFor(long hash, boolean epic, boolean hasSprints) {
        int mask = 0;
        long h = hash;
        for (int slot = 0; slot < SLOTS.length; slot++) {
            h = Rng.mix(h + slot);
            boolean applicable = (slot != SPRINT_SLOT || hasSprints) && (slot != EPIC_NAME_SLOT || epic);
            if (applicable && Rng.unit(h) < SLOT_ODDS[slot]) {
                mask |= 1 << slot;
            }
        }
        return mask;
    }

    /** The n-th custom field (0-based): built-in ones first, then generated ones. */
    static Field field(int n) {
        if (n < BUILT_IN.size()) {
            return BUILT_IN.get(n);
        }
        int k = n - BUILT_IN.size();
        String[] types = {"textfield", "select", "float", "datepicker", "multiuserpicker", "url", "radiobuttons", "textarea"};
        String type = types[k % types.length];
        return new Field(10100L + k, "Custom field " + (k + 1) + " (" + type + ")", CF + type, CF + (type.equals("float") ? "exactnumber" : "textsearcher"),
                k % 5 == 0 ? null : k % 5 == 1 ? "" : "Added for team " + (k % 17));
    }
}
