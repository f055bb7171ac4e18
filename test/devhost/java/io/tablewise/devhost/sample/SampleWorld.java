package io.tablewise.devhost.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything the tables share: sizes (from {@link Proportions}), the people, and the facts about
 * each issue that several tables need. All facts are pure functions of the seed and an index (see
 * {@link Rng}); the few sequential structures (per-project issue numbers, child prefix sums,
 * the Confluence page tree) are built lazily and in a fixed order.
 */
final class SampleWorld {

    private static final long T_PROJECT = Rng.tag("issue.project");
    private static final long T_CREATED = Rng.tag("issue.created");
    private static final long T_UPDATED = Rng.tag("issue.updated");
    private static final long T_TYPE = Rng.tag("issue.type");
    private static final long T_STATUS = Rng.tag("issue.status");
    private static final long T_COMMENTS = Rng.tag("issue.comments");
    private static final long T_GROUPS = Rng.tag("issue.changegroups");
    private static final long T_WORKLOGS = Rng.tag("issue.worklogs");
    private static final long T_LABELS = Rng.tag("issue.labels");
    private static final long T_FIELDS = Rng.tag("issue.customfields");
    private static final long T_ITEMS = Rng.tag("changegroup.items");

    final SampleOptions options;
    final long seed;
    final int issues;
    final int projects;
    final int users;
    final int groups;
    final int customFields;
    final List<JiraConstants.Status> statuses;
    final List<JiraConstants.IssueType> issueTypes;
    final List<JiraConstants.Named> resolutions;
    final int sprints;
    final int tokens;
    final int confluenceItems;
    final int spaces;
    final int confluenceUsers;

    private final List<JiraConstants.Status> todoStatuses;
    private final List<JiraConstants.Status> inProgressStatuses;
    private final List<JiraConstants.Status> doneStatuses;
    private final long issueStepMillis;
    private People people;
    private int[] issueProject;
    private int[] issueNumber;
    private int[] projectIssueCount;
    private Children comments;
    private Children changeGroups;
    private Children changeItems;
    private Children worklogs;
    private Children labels;
    private Children customFieldValues;
    private JiraAgile agile;
    private ConfluenceLayout confluence;

    SampleWorld(SampleOptions options) {
        this.options = options;
        this.seed = options.seed();
        this.issues = options.issues();
        this.projects = Proportions.atLeast(3, (double) issues / Proportions.ISSUES_PER_PROJECT);
        this.users = Proportions.atLeast(20, (double) issues / Proportions.ISSUES_PER_USER);
        this.groups = Proportions.atLeast(4, (double) issues / Proportions.ISSUES_PER_GROUP);
        this.customFields = Proportions.atLeast(JiraCustomFields.BUILT_IN.size() + 3, issues * Proportions.CUSTOM_FIELDS_PER_ISSUE);
        this.statuses = JiraConstants.statuses(Proportions.atLeast(6, issues * Proportions.STATUSES_PER_ISSUE));
        this.issueTypes = JiraConstants.issueTypes(Proportions.atLeast(5, issues * Proportions.ISSUE_TYPES_PER_ISSUE));
        this.resolutions = JiraConstants.resolutions(Proportions.atLeast(3, issues * Proportions.RESOLUTIONS_PER_ISSUE));
        this.sprints = Proportions.atLeast(3, (double) issues / Proportions.ISSUES_PER_SPRINT);
        this.tokens = Proportions.atLeast(5, (double) users / Proportions.USERS_PER_TOKEN);
        this.confluenceItems = Proportions.atLeast(20, (double) issues / Proportions.ISSUES_PER_CONFLUENCE_ITEM);
        this.spaces = Proportions.atLeast(3, (double) confluenceItems / Proportions.ITEMS_PER_SPACE);
        this.confluenceUsers = Math.min(users, Proportions.atLeast(20, (double) confluenceItems / Proportions.ITEMS_PER_CONFLUENCE_USER));
        this.todoStatuses = statuses.stream().filter(s -> s.category() == JiraConstants.TODO).toList();
        this.inProgressStatuses = statuses.stream().filter(s -> s.category() == JiraConstants.IN_PROGRESS).toList();
        this.doneStatuses = statuses.stream().filter(s -> s.category() == JiraConstants.DONE).toList();
        this.issueStepMillis = Duration.between(Times.JIRA_START, Times.JIRA_END).toMillis() / issues;
    }

    long hash(long tag, long index) {
        return Rng.hash(seed, tag, index);
    }

    People people() {
        if (people == null) {
            people = new People(seed, users);
        }
        return people;
    }

    /** A user for an issue role: busy people are picked far more often. */
    People.Person pickPerson(double unit) {
        return people().get(Rng.skewed(unit, users));
    }

    // ---- issues -------------------------------------------------------------------------------

    /** Ids start at 10000 as in every dump; the last issue gets an id beyond 2^53. */
    long issueId(int i) {
        return i == issues - 1 ? EdgeValues.HUGE_ISSUE_ID : 10000L + i;
    }

    long projectId(int project) {
        return 10000L + project;
    }

    int projectOf(int i) {
        numberIssues();
        return issueProject[i];
    }

    int issueNum(int i) {
        numberIssues();
        return issueNumber[i];
    }

    int projectIssueCount(int project) {
        numberIssues();
        return projectIssueCount[project];
    }

    /** Big projects and small ones: project 0 gets the most issues. Numbers run per project in creation order. */
    private void numberIssues() {
        if (issueProject != null) {
            return;
        }
        int[] project = new int[issues];
        int[] number = new int[issues];
        int[] counters = new int[projects];
        for (int i = 0; i < issues; i++) {
            // every project gets at least one issue, then the skew decides
            int p = i < projects ? i : Rng.skewed(Rng.unit(hash(T_PROJECT, i)), projects);
            project[i] = p;
            number[i] = ++counters[p];
        }
        issueProject = project;
        issueNumber = number;
        projectIssueCount = counters;
    }

    String issueKey(int i) {
        return JiraProjects.key(projectOf(i)) + "-" + issueNum(i);
    }

    Instant created(int i) {
        if (i < EdgeValues.CREATED.size()) {
            return EdgeValues.CREATED.get(i);
        }
        long offset = (long) ((i + Rng.unit(hash(T_CREATED, i))) * issueStepMillis);
        return Times.JIRA_START.plusMillis(offset);
    }

    /** Most issues settle within weeks, a few are touched for years. */
    Instant updated(int i) {
        double u = Rng.unit(hash(T_UPDATED, i));
        return created(i).plusMillis((long) (u * u * u * 400L * 24 * 3600 * 1000) + 60_000);
    }

    JiraConstants.IssueType issueType(int i) {
        double u = Rng.unit(hash(T_TYPE, i));
        if (u < 0.35) {
            return JiraConstants.STORY;
        } else if (u < 0.60) {
            return JiraConstants.TASK;
        } else if (u < 0.85) {
            return JiraConstants.BUG;
        } else if (u < 0.93) {
            return JiraConstants.SUBTASK;
        } else if (u < 0.96) {
            return JiraConstants.EPIC;
        }
        return issueTypes.get(Math.min(issueTypes.size() - 1, 5 + Rng.below(hash(T_TYPE, ~i), Math.max(1, issueTypes.size() - 5))));
    }

    /** Older issues are mostly done; the main status of each category is by far the most common. */
    JiraConstants.Status status(int i) {
        long h = hash(T_STATUS, i);
        double u = Rng.unit(h);
        double pDone = 0.9 - 0.6 * i / issues;
        List<JiraConstants.Status> candidates = u < pDone ? doneStatuses : u < pDone + (1 - pDone) * 0.4 ? inProgressStatuses : todoStatuses;
        double v = Rng.unit(Rng.mix(h));
        return v < 0.75 || candidates.size() == 1 ? candidates.get(0) : candidates.get(1 + Rng.below(h >>> 7, candidates.size() - 1));
    }

    boolean isDone(int i) {
        return status(i).category() == JiraConstants.DONE;
    }

    // ---- children of issues -------------------------------------------------------------------

    Children comments() {
        if (comments == null) {
            comments = new Children(issues, i -> Rng.geometric(hash(T_COMMENTS, i), Proportions.COMMENTS_PER_ISSUE, 80));
        }
        return comments;
    }

    Children changeGroups() {
        if (changeGroups == null) {
            changeGroups = new Children(issues, i -> Rng.geometric(hash(T_GROUPS, i), Proportions.CHANGE_GROUPS_PER_ISSUE, 80));
        }
        return changeGroups;
    }

    /** Change groups get ids from 10000 in issue order; the very last one sits at numeric(18,0)'s maximum. */
    long changeGroupId(long group) {
        return group == changeGroups().total() - 1 ? EdgeValues.MAX_NUMERIC_18 : 10000L + group;
    }

    /** Items per change group, indexed by the group's running number: one or two. */
    Children changeItems() {
        if (changeItems == null) {
            long groupsTotal = changeGroups().total();
            if (groupsTotal > Integer.MAX_VALUE - 1) {
                throw new IllegalStateException("too many change groups");
            }
            changeItems = new Children((int) groupsTotal, g -> 1 + (int) (hash(T_ITEMS, g) >>> 63));
        }
        return changeItems;
    }

    Children worklogs() {
        if (worklogs == null) {
            worklogs = new Children(issues, i -> Rng.geometric(hash(T_WORKLOGS, i), Proportions.WORKLOGS_PER_ISSUE, 40));
        }
        return worklogs;
    }

    Children labels() {
        if (labels == null) {
            labels = new Children(issues, i -> Rng.geometric(hash(T_LABELS, i), Proportions.LABELS_PER_ISSUE, 6));
        }
        return labels;
    }

    /** Which custom fields have a value on issue {@code i}: a bit per {@link JiraCustomFields} value slot. */
    int customFieldMask(int i) {
        return JiraCustomFields.maskFor(hash(T_FIELDS, i), issueType(i) == JiraConstants.EPIC, agile().scrumBoardOf(projectOf(i)) >= 0);
    }

    Children customFieldValues() {
        if (customFieldValues == null) {
            customFieldValues = new Children(issues, i -> Integer.bitCount(customFieldMask(i)));
        }
        return customFieldValues;
    }

    JiraAgile agile() {
        if (agile == null) {
            agile = new JiraAgile(this);
        }
        return agile;
    }

    ConfluenceLayout confluence() {
        if (confluence == null) {
            confluence = new ConfluenceLayout(this);
        }
        return confluence;
    }
}
