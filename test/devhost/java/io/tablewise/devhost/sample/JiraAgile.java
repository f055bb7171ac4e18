package io.tablewise.devhost.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira Software boards and sprints: one board per software project (scrum or kanban) plus a few
 * cross-project kanban boards; sprints are dealt round-robin to scrum boards and follow each other
 * in time, so an issue's sprint follows from its project and creation time.
 */
final class JiraAgile {

    record Board(int id, int project, boolean scrum, String name, int owner) {
    }

    record Sprint(int id, Board board, int sequence, Instant start, Instant end, boolean started, boolean closed) {
    }

    private final SampleWorld world;
    private final List<Board> boards = new ArrayList<>();
    private final List<Board> scrumBoards = new ArrayList<>();
    private final int[] scrumBoardOfProject;
    private final long span;

    JiraAgile(SampleWorld world) {
        this.world = world;
        this.scrumBoardOfProject = new int[world.projects];
        java.util.Arrays.fill(scrumBoardOfProject, -1);
        for (int p = 0; p < world.projects; p++) {
            if (JiraProjects.type(p).equals("software")) {
                boolean scrum = JiraProjects.scrum(p);
                Board board = new Board(boards.size() + 1, p, scrum, JiraProjects.key(p) + (scrum ? " Scrum board" : " Kanban board"), p % world.users);
                boards.add(board);
                if (scrum) {
                    scrumBoardOfProject[p] = scrumBoards.size();
                    scrumBoards.add(board);
                }
            }
        }
        for (int extra = 0, n = Math.max(1, world.projects / 5); extra < n; extra++) {
            boards.add(new Board(boards.size() + 1, -1, false, "Cross-team board " + (extra + 1) + " (all \"open\" work)", (extra * 7) % world.users));
        }
        this.span = Times.JIRA_END.toEpochMilli() - Times.JIRA_START.toEpochMilli();
    }

    List<Board> boards() {
        return boards;
    }

    /** Index into the scrum boards, or -1 when the project has none. */
    int scrumBoardOf(int project) {
        return scrumBoardOfProject[project];
    }

    private int sprintsOf(int scrumIndex) {
        int n = scrumBoards.size();
        return world.sprints / n + (scrumIndex < world.sprints % n ? 1 : 0);
    }

    Sprint sprint(int s) {
        int n = scrumBoards.size();
        int scrumIndex = s % n;
        int sequence = s / n;
        int count = sprintsOf(scrumIndex);
        long length = span / count;
        Instant start = Times.JIRA_START.plusMillis(sequence * length);
        Instant end = start.plusMillis(length);
        boolean last = sequence == count - 1;
        // the last sprint of every fourth board has not started yet; other last sprints are active
        boolean future = last && scrumIndex % 4 == 3;
        boolean closed = !last;
        return new Sprint(s + 1, scrumBoards.get(scrumIndex), sequence, future ? null : start, future ? null : end, !future, closed);
    }

    /** The sprint that was running when the issue was created, or 0 when its project has no scrum board. */
    int sprintIdOf(int issue) {
        int scrumIndex = scrumBoardOf(world.projectOf(issue));
        if (scrumIndex < 0) {
            return 0;
        }
        int count = sprintsOf(scrumIndex);
        if (count == 0) {
            return 0;
        }
        long length = span / count;
        long offset = world.created(issue).toEpochMilli() - Times.JIRA_START.toEpochMilli();
        int sequence = (int) Math.max(0, Math.min(count - 1, offset / length));
        return sequence * scrumBoards.size() + scrumIndex + 1;
    }
}
