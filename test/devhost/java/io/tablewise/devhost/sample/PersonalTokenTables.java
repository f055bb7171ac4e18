package io.tablewise.devhost.sample;

import static io.tablewise.devhost.sample.ColumnType.BIGINT;
import static io.tablewise.devhost.sample.ColumnType.TIMESTAMP;
import static io.tablewise.devhost.sample.ColumnType.VARCHAR_255;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Personal access tokens (AO_81F455_ = Atlassian's PAT plugin, Jira ≥ 8.14; J9+ dump). The secret
 * is HASHED_TOKEN, a {@code {PKCS5S2}} hash (observed in a real Jira dump, as are the 12-digit
 * TOKEN_ID, NOTIFICATION_STATE 'NOT_SENT' and 9999-12-31 for tokens that never expire). NOT NULLs
 * as in the plugin's DDL.
 */
final class PersonalTokenTables {

    private PersonalTokenTables() {
    }

    private static final long T_TOKEN = Rng.tag("AO_81F455_PERSONAL_TOKEN");
    private static final String[] NAMES = {"ci token", "Grafana dashboard", "backup script 🔑", "Jenkins, build #2", "export-bot", "Zapier",
        "Power BI \"refresh\"", "my laptop", "=IMPORTDATA(\"x\")", "報告ツール", "tmp", ""};

    static final SampleTable PERSONAL_TOKEN = new SampleTable(
            TableShape.activeObjects("AO_81F455_PERSONAL_TOKEN")
                    .notNull("CREATED_AT", TIMESTAMP).notNull("EXPIRING_AT", TIMESTAMP).notNull("HASHED_TOKEN", VARCHAR_255).notNull("ID", BIGINT)
                    .col("LAST_ACCESSED_AT", TIMESTAMP).notNull("NAME", VARCHAR_255).notNull("NOTIFICATION_STATE", VARCHAR_255)
                    .notNull("TOKEN_ID", VARCHAR_255).notNull("USER_KEY", VARCHAR_255)
                    .primaryKey("ID").build(),
            w -> w.tokens,
            (w, sink) -> {
                Instant first = Instant.parse("2021-01-12T10:00:00Z");
                long span = Times.JIRA_END.toEpochMilli() - first.toEpochMilli();
                LocalDateTime now = Times.serverLocal(Times.JIRA_END);
                for (int t = 0; t < w.tokens; t++) {
                    SplittableRandom r = Rng.stream(w.seed, T_TOKEN, t);
                    LocalDateTime created = t < EdgeValues.LOCAL.size() ? EdgeValues.LOCAL.get(t)
                            : Times.serverLocal(first.plusMillis((long) (span * (t + r.nextDouble()) / w.tokens)));
                    boolean never = t == 0 || r.nextInt(3) == 0;
                    LocalDateTime expiring = never ? EdgeValues.NEVER_EXPIRES : created.plusDays(new int[] {30, 90, 180, 365}[r.nextInt(4)]);
                    String state = !never && expiring.isBefore(now) ? "SENT_EXPIRED" : "NOT_SENT";
                    LocalDateTime lastAccess = r.nextInt(10) < 3 ? null : created.plusSeconds(r.nextInt(5_000_000));
                    String tokenId = String.valueOf(100_000_000_000L + (r.nextLong() >>> 1) % 900_000_000_000L);
                    sink.row(created, expiring, JiraUserTables.pkcs5s2(r), (long) t + 1, lastAccess, NAMES[r.nextInt(NAMES.length)], state, tokenId,
                            w.pickPerson(r.nextDouble()).userKey());
                }
            });
}
