package io.tablewise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tablewise.support.AoDatabase;
import io.tablewise.support.MutableClock;
import io.tablewise.web.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An export's audit entry on the real AO over H2 and PostgreSQL: repeated starts, and exports whose client went away. */
class ExportLifecycleTest {
    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    private final MutableClock clock = new MutableClock(T0);

    private String start(AuditService audit, String user, String key) {
        return audit.startExport(user, List.of("jiraissue"), ExportFormat.CSV, ExportClient.CLI, null, null, false, key)
                .exportId();
    }

    private static AuditEntry entry(AuditService audit, String exportId) {
        return audit.page(null, "200").entries().stream().filter(e -> exportId.equals(e.exportId())).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aKeyIsTheUsersOwn(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            AuditService audit = new AuditService(new AuditRepository(db.ao), clock);
            String key = UUID.randomUUID().toString();
            String mine = start(audit, "admin", key);
            assertThat(start(audit, "admin", key)).isEqualTo(mine);
            assertThat(start(audit, "other-admin", key)).isNotEqualTo(mine);
            assertThat(start(audit, "admin", null)).isNotEqualTo(start(audit, "admin", null));
            assertThat(audit.page(null, "200").entries()).hasSize(4);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void anExportWithNoPageReadForADayIsInterruptedWhenTheLogIsRead(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            AuditService audit = new AuditService(new AuditRepository(db.ao), clock);
            String idle = start(audit, "admin", null);
            String reading = start(audit, "admin", null);
            String done = start(audit, "admin", null);
            audit.finishExport(done, "admin", new ExportFinish(ExportOutcome.COMPLETED, 0L, 0L, null));
            clock.advance(Duration.ofHours(20));
            audit.exportPageServed(reading, "admin", "jiraissue", null, 10, 100, false);
            Instant lastRead = clock.instant();

            clock.advance(Duration.ofHours(4)); // idle: exactly 24 hours without a page, not yet more
            assertThat(entry(audit, idle).outcome()).isEqualTo(ExportOutcome.RUNNING);
            clock.advance(Duration.ofMillis(1));
            AuditEntry interrupted = entry(audit, idle);
            assertThat(interrupted.outcome()).isEqualTo(ExportOutcome.INTERRUPTED);
            assertThat(interrupted.finishedAt()).isEqualTo(T0.toString());
            assertThat(entry(audit, reading).outcome()).isEqualTo(ExportOutcome.RUNNING);
            assertThat(entry(audit, done).outcome()).isEqualTo(ExportOutcome.COMPLETED);

            // A client that comes back after that is told the export has ended; a resume starts a new one.
            assertThatThrownBy(() -> audit.exportPageServed(idle, "admin", "jiraissue", null, 1, 1, false))
                    .isInstanceOf(ApiException.class).hasMessageContaining("already ended");
            assertThatThrownBy(() -> audit.finishExport(idle, "admin",
                    new ExportFinish(ExportOutcome.COMPLETED, 0L, 0L, null)))
                    .isInstanceOf(ApiException.class).hasMessageContaining("already ended");

            clock.advance(Duration.ofHours(20));
            AuditEntry second = entry(audit, reading);
            assertThat(second.outcome()).isEqualTo(ExportOutcome.INTERRUPTED);
            assertThat(second.finishedAt()).isEqualTo(lastRead.toString());
            assertThat(second.rows()).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aClientCannotReportInterrupted(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            AuditService audit = new AuditService(new AuditRepository(db.ao), clock);
            String exportId = start(audit, "admin", null);
            assertThatThrownBy(() -> audit.finishExport(exportId, "admin",
                    new ExportFinish(ExportOutcome.INTERRUPTED, 0L, 0L, null)))
                    .isInstanceOf(ApiException.class).hasMessageContaining("outcome must be");
            assertThat(entry(audit, exportId).outcome()).isEqualTo(ExportOutcome.RUNNING);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void aPageAskedForAgainIsCountedOnce(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            AuditService audit = new AuditService(new AuditRepository(db.ao), clock);
            String exportId = audit.startExport("admin", List.of("jiraissue", "project"), ExportFormat.CSV,
                    ExportClient.CLI, null, null, false, null).exportId();
            audit.exportPageServed(exportId, "admin", "jiraissue", "1000 after ", 1000, 50_000, false);
            audit.exportPageServed(exportId, "admin", "jiraissue", "1000 after c1", 1000, 50_000, false);
            // The response was lost on the way: the engine asks for the same page again.
            audit.exportPageServed(exportId, "admin", "jiraissue", "1000 after c1", 1000, 50_000, false);
            audit.exportPageServed(exportId, "admin", "jiraissue", "1000 after c2", 400, 20_000, false);
            // Resumed from the checkpoint before the last page: both pages come again.
            audit.exportPageServed(exportId, "admin", "jiraissue", "1000 after c1", 1000, 50_000, false);
            audit.exportPageServed(exportId, "admin", "jiraissue", "1000 after c2", 400, 20_000, false);
            // Another table's first page has no cursor either, and is a page of its own; so is a
            // read of the same table from the start with another page size.
            audit.exportPageServed(exportId, "admin", "project", "1000 after ", 7, 700, false);
            audit.exportPageServed(exportId, "admin", "project", "5 after ", 5, 500, false);

            AuditEntry counted = entry(audit, exportId);
            assertThat(counted.rows()).isEqualTo(2412);
            assertThat(counted.bytes()).isEqualTo(121_200);
            // A repeat is still checked: not the caller's export, not counted.
            assertThatThrownBy(() -> audit.exportPageServed(exportId, "other-admin", "jiraissue", "1000 after c2", 400, 1, false))
                    .isInstanceOf(ApiException.class);
        }
    }
}
