package io.tablewise.devhost.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Statuses, priorities, issue types and resolutions. The first entries are Jira's own defaults
 * with their observed ids (J8.11); the rest stand for what admins add over the years, up to the
 * counts DCAPT reports for an enterprise instance.
 */
final class JiraConstants {

    private JiraConstants() {
    }

    /** Status category ids as observed: 2 To Do, 4 In Progress, 3 Done. */
    static final int TODO = 2;
    static final int IN_PROGRESS = 4;
    static final int DONE = 3;

    record Status(String id, String name, int category) {
    }

    record IssueType(String id, String name, boolean subtask) {
    }

    record Named(String id, String name) {
    }

    private static final Status[] DEFAULT_STATUSES = {
        new Status("10000", "To Do", TODO), new Status("3", "In Progress", IN_PROGRESS), new Status("10001", "Done", DONE),
        new Status("10002", "In Review", IN_PROGRESS), new Status("1", "Open", TODO), new Status("4", "Reopened", TODO),
        new Status("5", "Resolved", DONE), new Status("6", "Closed", DONE), new Status("10003", "Blocked", IN_PROGRESS),
        new Status("10004", "Waiting for customer", IN_PROGRESS), new Status("10005", "Ready for QA", IN_PROGRESS),
        new Status("10006", "Won't Fix", DONE),
    };
    private static final String[] EXTRA_STATUS_NAMES = {"Triage", "Backlog", "Selected for Development", "Design", "Awaiting Approval",
        "Legal Review", "In Deployment", "Verified", "On Hold", "Escalated", "Pending Vendor", "Ready for Release"};

    static List<Status> statuses(int count) {
        List<Status> list = new ArrayList<>(List.of(DEFAULT_STATUSES).subList(0, Math.min(count, DEFAULT_STATUSES.length)));
        for (int i = list.size(); i < count; i++) {
            int extra = i - DEFAULT_STATUSES.length;
            String base = EXTRA_STATUS_NAMES[extra % EXTRA_STATUS_NAMES.length];
            String name = extra < EXTRA_STATUS_NAMES.length ? base : base + " " + (extra / EXTRA_STATUS_NAMES.length + 1);
            list.add(new Status(String.valueOf(10007 + extra), name, extra % 3 == 0 ? TODO : extra % 3 == 1 ? IN_PROGRESS : DONE));
        }
        return list;
    }

    static final IssueType TASK = new IssueType("10000", "Task", false);
    static final IssueType SUBTASK = new IssueType("10001", "Sub-task", true);
    static final IssueType EPIC = new IssueType("10100", "Epic", false);
    static final IssueType STORY = new IssueType("10101", "Story", false);
    static final IssueType BUG = new IssueType("10102", "Bug", false);
    private static final IssueType[] DEFAULT_TYPES = {TASK, SUBTASK, EPIC, STORY, BUG, new IssueType("10103", "Improvement", false),
        new IssueType("10104", "New Feature", false)};
    private static final String[] EXTRA_TYPE_NAMES = {"Incident", "Change Request", "Spike", "Technical Task", "Service Request", "Risk",
        "Test Case", "Documentation", "Problem", "Feedback"};

    static List<IssueType> issueTypes(int count) {
        List<IssueType> list = new ArrayList<>(List.of(DEFAULT_TYPES).subList(0, Math.min(count, DEFAULT_TYPES.length)));
        for (int i = list.size(); i < count; i++) {
            int extra = i - DEFAULT_TYPES.length;
            String base = EXTRA_TYPE_NAMES[extra % EXTRA_TYPE_NAMES.length];
            String name = extra < EXTRA_TYPE_NAMES.length ? base : base + " " + (extra / EXTRA_TYPE_NAMES.length + 1);
            list.add(new IssueType(String.valueOf(10105 + extra), name, extra % 10 == 3));
        }
        return list;
    }

    static final List<Named> PRIORITIES = List.of(new Named("1", "Highest"), new Named("2", "High"), new Named("3", "Medium"),
            new Named("4", "Low"), new Named("5", "Lowest"));
    static final String[] PRIORITY_COLOURS = {"#d04437", "#f15c75", "#f79232", "#707070", "#999999"};

    private static final Named[] DEFAULT_RESOLUTIONS = {new Named("10000", "Done"), new Named("10001", "Won't Do"), new Named("10002", "Duplicate")};
    private static final String[] EXTRA_RESOLUTION_NAMES = {"Fixed", "Cannot Reproduce", "Incomplete", "Won't Fix", "Works as Designed",
        "Obsolete", "Declined", "Answered", "Known Error", "Workaround Provided"};

    static List<Named> resolutions(int count) {
        List<Named> list = new ArrayList<>(List.of(DEFAULT_RESOLUTIONS));
        for (int i = list.size(); i < count; i++) {
            int extra = i - DEFAULT_RESOLUTIONS.length;
            String base = EXTRA_RESOLUTION_NAMES[extra % EXTRA_RESOLUTION_NAMES.length];
            list.add(new Named(String.valueOf(10003 + extra), extra < EXTRA_RESOLUTION_NAMES.length ? base : base + " " + (extra / EXTRA_RESOLUTION_NAMES.length + 1)));
        }
        return list;
    }
}
