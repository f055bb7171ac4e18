package io.tablewise.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import io.tablewise.audit.AuditEntryEntity;
import io.tablewise.audit.AuditRepository;
import io.tablewise.config.SettingsRepository;
import io.tablewise.devhost.host.DevClusterLockService;
import io.tablewise.support.AoDatabase;
import io.tablewise.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Lock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Audit retention on the real AO over H2 and PostgreSQL: exactly the entries older than the period go. */
class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00.123Z");

    static void audit(ActiveObjects ao, String exportId, Instant startedAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("EXPORT_ID", exportId);
        values.put("USER_KEY", "admin");
        values.put("STARTED_AT", Date.from(startedAt));
        values.put("KIND", "EXPORT");
        values.put("OUTCOME", "COMPLETED");
        ao.create(AuditEntryEntity.class, values);
    }

    private static String[] remaining(ActiveObjects ao) {
        return Arrays.stream(ao.find(AuditEntryEntity.class)).map(AuditEntryEntity::getExportId).sorted()
                .toArray(String[]::new);
    }

    private static RetentionService service(ActiveObjects ao) {
        return new RetentionService(new RetentionSettings(new SettingsRepository(ao)), new AuditRepository(ao),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void theJobDeletesExactlyTheEntriesStartedBeforeTheCutoffAndKeepsTheOneAtIt(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            Instant cutoff = NOW.minus(Duration.ofDays(RetentionSettings.DEFAULT_DAYS));
            audit(db.ao, "a-long-ago", cutoff.minus(Duration.ofDays(400)));
            audit(db.ao, "b-just-before", cutoff.minusMillis(1));
            audit(db.ao, "c-at-cutoff", cutoff);
            audit(db.ao, "d-just-after", cutoff.plusMillis(1));
            audit(db.ao, "e-now", NOW);
            RetentionJob job = new RetentionJob(service(db.ao), new DevClusterLockService());

            JobRunnerResponse response = job.runJob(null);

            assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
            assertThat(response.getMessage()).isEqualTo("Deleted 2 expired audit entries.");
            assertThat(remaining(db.ao)).containsExactly("c-at-cutoff", "d-just-after", "e-now");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void theConfiguredPeriodApplies(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            RetentionService retention = service(db.ao);
            assertThat(retention.get().auditDays()).isEqualTo(90);
            audit(db.ao, "a-two-days", NOW.minus(Duration.ofDays(2)));
            audit(db.ao, "b-half-a-day", NOW.minus(Duration.ofHours(12)));

            assertThat(retention.update(new Retention(1)).auditDays()).isEqualTo(1);
            assertThat(retention.purgeExpired()).isEqualTo(1);
            assertThat(remaining(db.ao)).containsExactly("b-half-a-day");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void periodsOutsideOneToTenYearsAreRefusedAndDamagedValuesReadAsTheDefault(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            RetentionService retention = service(db.ao);
            for (Integer bad : new Integer[] {null, 0, -1, 3651}) {
                assertThatThrownBy(() -> retention.update(new Retention(bad))).isInstanceOf(ApiException.class)
                        .hasMessage("auditDays must be a whole number of days from 1 to 3650.");
            }
            assertThatThrownBy(() -> retention.update(null)).isInstanceOf(ApiException.class);
            assertThat(retention.update(new Retention(3650)).auditDays()).isEqualTo(3650);
            assertThat(retention.get().auditDays()).isEqualTo(3650);

            new SettingsRepository(db.ao).put(RetentionSettings.KEY, "forever");
            assertThat(retention.get().auditDays()).isEqualTo(RetentionSettings.DEFAULT_DAYS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"H2"})
    void aRunWhileAnotherNodeHoldsTheLockDeletesNothing(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            audit(db.ao, "old", NOW.minus(Duration.ofDays(400)));
            DevClusterLockService locks = new DevClusterLockService();
            Lock held = locks.getLockForName(RetentionJob.LOCK);
            CompletableFuture.runAsync(held::lock).get();

            JobRunnerResponse response = new RetentionJob(service(db.ao), locks).runJob(null);

            assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.ABORTED);
            assertThat(remaining(db.ao)).containsExactly("old");
        }
    }
}
