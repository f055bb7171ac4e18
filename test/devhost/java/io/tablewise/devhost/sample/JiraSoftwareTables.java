package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.BIGINT;
import static io.tablewise.devhost.sample.ColumnType.BOOLEAN;
import static io.tablewise.devhost.sample.ColumnType.INTEGER;
import static io.tablewise.devhost.sample.ColumnType.TEXT;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;

import java.util.SplittableRandom;

/**
 * Jira Software's Active Objects tables (AO_60DB71_ = com.pyxis.greenhopper.jira): boards, sprints
 * (J9+ column list) and LexoRank. AO names are upper-case and quoted; dates are epoch millis.
 */
final class JiraSoftwareTables {

    private JiraSoftwareTables() {
    }

    private static final long T_SPRINT = Rng.tag("AO_60DB71_SPRINT");
    private static final long T_BOARD = Rng.tag("AO_60DB71_RAPIDVIEW");
    private static final long T_RANK = Rng.tag("AO_60DB71_LEXORANK");
    private static final long DAY = 86_400_000L;

    static final SampleTable SPRINT = new SampleTable(
            TableShape.activeObjects("AO_60DB71_SPRINT")
                    .col("ACTIVATED_DATE", BIGINT).col("AUTO_START_STOP", BOOLEAN).notNull("CLOSED", BOOLEAN).col("COMPLETE_DATE", BIGINT)
                    .col("END_DATE", BIGINT).col("GOAL", TEXT).notNull("ID", BIGINT).col("INCOMPLETE_ISSUES_DESTINATION", BIGINT)
                    .notNull("NAME", VARCHAR_255).col("RAPID_VIEW_ID", BIGINT).col("SEQUENCE", BIGINT).col("STARTED", BOOLEAN)
                    .col("START_DATE", BIGINT).col("SYNCED", BOOLEAN)
                    .primaryKey("ID").index("index_ao_60db71_spr1457658269", "SEQUENCE").build(),
            w -> w.sprints,
            (w, sink) -> {
                JiraAgile agile = w.agile();
                for (int s = 0; s < w.sprints; s++) {
                    JiraAgile.Sprint sprint = agile.sprint(s);
                    SplittableRandom r = Rng.stream(w.seed, T_SPRINT, s);
                    Long start = sprint.start() == null ? null : sprint.start().toEpochMilli();
                    Long end = sprint.end() == null ? null : sprint.end().toEpochMilli();
                    String goal = switch (r.nextInt(5)) {
                        case 0 -> null;
                        case 1 -> "";
                        default -> TextMill.sentence(r);
                    };
                    String name = JiraProjects.key(sprint.board().project()) + " Sprint " + (sprint.sequence() + 1) + (r.nextInt(20) == 0 ? " 🚀" : "");
                    sink.row(start == null ? null : start + 60_000L * r.nextInt(120), r.nextInt(3) == 0 ? null : Boolean.FALSE, sprint.closed(),
                            sprint.closed() ? end + DAY / 24 * r.nextInt(48) : null, end, goal, (long) sprint.id(), null, name,
                            (long) sprint.board().id(), (long) sprint.id(), sprint.started(), start, Boolean.FALSE);
                }
            });

    static final SampleTable RAPIDVIEW = new SampleTable(
            TableShape.activeObjects("AO_60DB71_RAPIDVIEW")
                    .col("CARD_COLOR_STRATEGY", VARCHAR_255).notNull("ID", BIGINT).col("KAN_PLAN_ENABLED", BOOLEAN).notNull("NAME", VARCHAR_255)
                    .col("OLD_DONE_ISSUES_CUTOFF", VARCHAR_255).notNull("OWNER_USER_NAME", VARCHAR_255).col("REFINED_VELOCITY_ACTIVE", BOOLEAN)
                    .notNull("SAVED_FILTER_ID", BIGINT).col("SHOW_DAYS_IN_COLUMN", BOOLEAN).col("SHOW_EPIC_AS_PANEL", BOOLEAN)
                    .col("SPRINTS_ENABLED", BOOLEAN).col("SWIMLANE_STRATEGY", VARCHAR_255)
                    .primaryKey("ID").build(),
            w -> w.agile().boards().size(),
            (w, sink) -> {
                String[] swimlanes = {"custom", "assignee", "epic", "none", "parentChild"};
                for (JiraAgile.Board board : w.agile().boards()) {
                    SplittableRandom r = Rng.stream(w.seed, T_BOARD, board.id());
                    sink.row(r.nextInt(3) == 0 ? "priority" : "issuetype", (long) board.id(), board.scrum() ? Boolean.FALSE : r.nextBoolean(), board.name(),
                            board.scrum() ? null : "2w", w.people().get(board.owner()).userKey(), r.nextBoolean(), 10000L + board.id(),
                            Boolean.TRUE, Boolean.FALSE, board.scrum(), swimlanes[r.nextInt(swimlanes.length)]);
                }
            });

    private static final int BUCKETS = 3;
    private static final long RANK_SPACE = 2_176_782_336L; // 36^6

    /** Six base-36 digits after the bucket: '0|00hzzk:'. Issues get one each, in their own slot of the rank space. */
    static String rank(int bucket, long value) {
        String digits = Long.toString(value, 36);
        return bucket + "|" + "000000".substring(digits.length()) + digits + ":";
    }

    static final SampleTable LEXORANK = new SampleTable(
            TableShape.activeObjects("AO_60DB71_LEXORANK")
                    .withDefault("BUCKET", INTEGER, false, "0").withDefault("FIELD_ID", BIGINT, true, "0").notNull("ID", BIGINT)
                    .withDefault("ISSUE_ID", BIGINT, true, "0").col("LOCK_HASH", VARCHAR_255).col("LOCK_TIME", BIGINT)
                    .notNull("RANK", VARCHAR_255).withDefault("TYPE", INTEGER, true, "0")
                    .primaryKey("ID")
                    .index("index_ao_60db71_lex1569533973", "FIELD_ID", "RANK").index("index_ao_60db71_lex1632828616", "LOCK_HASH")
                    .index("index_ao_60db71_lex1694305086", "FIELD_ID", "BUCKET", "RANK").index("index_ao_60db71_lex604083109", "ISSUE_ID")
                    .build(),
            w -> w.issues + (long) Proportions.LEXORANK_MARKER_ROWS,
            (w, sink) -> {
                long field = JiraCustomFields.RANK.id();
                long id = 1;
                // marker rows bound every bucket: minimum (type 0) at Long.MIN_VALUE, maximum (type 2) at Long.MAX_VALUE
                for (int bucket = 0; bucket < BUCKETS; bucket++) {
                    sink.row(bucket, field, id++, Long.MIN_VALUE, null, null, rank(bucket, 0), 0);
                    sink.row(bucket, field, id++, Long.MAX_VALUE, null, null, rank(bucket, RANK_SPACE - 1), 2);
                }
                long step = (RANK_SPACE - 2) / (w.issues + 1L);
                SplittableRandom r = Rng.stream(w.seed, T_RANK, 0);
                for (int i = 0; i < w.issues; i++) {
                    // one issue is caught mid-rebalance, holding a lock
                    boolean locked = i == 1;
                    sink.row(0, field, id++, w.issueId(i), locked ? "6f1c0e4b-9a4d-4f0a-8c57-0d7a3e2f1b99" : null,
                            locked ? 1718972346112L : null, rank(0, (i + 1) * step - r.nextLong(Math.max(1, step / 2))), 1);
                }
            });
}
