package io.tablewise.devhost.sample;

/**
 * How every table scales from the number of issues, after REAL-SCHEMA.md Part C. Sources:
 * DCAPT-J/-C (Atlassian's enterprise-scale data sets), MSR22 (16 public Jiras), Scrum-Poker's
 * 'Large' instance. Where no source gives a number the value is marked [inferred].
 */
final class Proportions {

    private Proportions() {
    }

    /** DCAPT-J: 1,000,000 issues in 500 projects. */
    static final int ISSUES_PER_PROJECT = 2_000;
    /** DCAPT-J: ~21,000 users for 1,000,000 issues. */
    static final int ISSUES_PER_USER = 48;
    /** DCAPT-J: ~1,000 groups per 1,000,000 issues. */
    static final int ISSUES_PER_GROUP = 1_000;
    /** DCAPT-J: ~800 custom fields, ~400 statuses, ~300 issue types, 34 resolutions per 1,000,000 issues. */
    static final double CUSTOM_FIELDS_PER_ISSUE = 800e-6;
    static final double STATUSES_PER_ISSUE = 400e-6;
    static final double ISSUE_TYPES_PER_ISSUE = 300e-6;
    static final double RESOLUTIONS_PER_ISSUE = 34e-6;
    static final int PRIORITIES = 5;

    /** jiraaction: Scrum-Poker Large 4.1 per issue, between MSR22 (3.3) and DCAPT-J (6). */
    static final double COMMENTS_PER_ISSUE = 4.0;
    /** changegroup: "several × jiraissue" (Part C); MSR22 counts 11.9 changes per issue in all. */
    static final double CHANGE_GROUPS_PER_ISSUE = 4.0;
    /** changeitem: "1–2 items per group" (Part C), so 1 or 2 with equal odds. */
    static final double CHANGE_ITEMS_PER_GROUP = 1.5;
    /** worklog: no public figure; time tracking is used on a minority of issues [inferred]. */
    static final double WORKLOGS_PER_ISSUE = 0.5;
    /** label: no public figure [inferred]. */
    static final double LABELS_PER_ISSUE = 0.8;
    /** customfieldvalue "≥ several × jiraissue" (Part C): Sprint, story points, team, dates... ≈ 3. */
    static final double CUSTOM_FIELD_VALUES_PER_ISSUE = 3.0;
    /** AO_60DB71_LEXORANK "≈ 1 row per issue" plus min/max marker rows for 3 buckets. */
    static final int LEXORANK_MARKER_ROWS = 6;
    /** Sprints: a two-week sprint closes ~100 issues of its board [inferred]. */
    static final int ISSUES_PER_SPRINT = 100;
    /** Personal access tokens: one user in ten scripts against the API [inferred]. */
    static final int USERS_PER_TOKEN = 10;
    /** propertyentry: 179 rows on an empty J8.11; ApplicationUser entries grow with users (~2 each). */
    static final double USER_PROPERTIES_PER_USER = 2.0;

    /**
     * Confluence pages + blog posts. DCAPT pairs 1M issues with 1M pages+blogs; the sample uses a
     * tenth of that so the default seed stays fast, and keeps DCAPT-C's ratios inside Confluence.
     */
    static final int ISSUES_PER_CONFLUENCE_ITEM = 10;
    /** DCAPT-C: 900,000 pages and 100,000 blog posts. */
    static final double BLOG_SHARE = 0.1;
    /** DCAPT-C: ~200 content items per space, ~5,000 users per 1M items. */
    static final int ITEMS_PER_SPACE = 200;
    static final int ITEMS_PER_CONFLUENCE_USER = 200;
    /** DCAPT-C: comments ≈ 6× and attachments ≈ 2.3× pages+blogs. */
    static final double COMMENTS_PER_ITEM = 6.0;
    static final double ATTACHMENTS_PER_ITEM = 2.3;
    /** Every edit keeps the old version as a content row [inferred: ~1 old version per page]. */
    static final double OLD_VERSIONS_PER_ITEM = 1.0;

    static int atLeast(int minimum, double value) {
        return Math.max(minimum, (int) Math.round(value));
    }
}
