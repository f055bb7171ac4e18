package io.tablewise.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.analytics.EventEntity;
import io.tablewise.analytics.EventRepository;
import io.tablewise.audit.AuditEntryEntity;
import io.tablewise.audit.AuditRepository;
import io.tablewise.config.SettingEntity;
import io.tablewise.config.SettingsRepository;
import io.tablewise.support.AoDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DELETE /data's service on the real AO over H2 and PostgreSQL: every Tablewise table ends up empty. */
class DataPurgeTest {
    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void purgeEmptiesEveryTablewiseTableAndCountsWhatWent(String database) throws Exception {
        try (AoDatabase db = AoDatabase.named(database)) {
            Instant now = Instant.parse("2026-11-22T02:00:00Z");
            RetentionTest.audit(db.ao, "x1", now);
            RetentionTest.audit(db.ao, "x2", now);
            RetentionTest.audit(db.ao, "x3", now);
            db.ao.create(EventEntity.class, Map.of("NAME", "tablewise.admin.view", "RECORDED_AT", Date.from(now),
                    "PRODUCT_VERSION", "10.3.6", "APP_VERSION", "1.0.0"));
            SettingsRepository settings = new SettingsRepository(db.ao);
            settings.put("retention.auditDays", "30");
            settings.put("redaction.columns", "[]");
            DataPurgeService purge = new DataPurgeService(db.ao, new AuditRepository(db.ao),
                    new EventRepository(db.ao), settings);

            assertThat(purge.purgeAll("admin-key")).isEqualTo(new DataPurge(3, 1, 2));

            assertThat(db.ao.count(AuditEntryEntity.class)).isZero();
            assertThat(db.ao.count(EventEntity.class)).isZero();
            assertThat(db.ao.count(SettingEntity.class)).isZero();
            assertThat(purge.purgeAll("admin-key")).isEqualTo(new DataPurge(0, 0, 0));
        }
    }
}
