package io.tablewise.privacy;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.tablewise.analytics.EventRepository;
import io.tablewise.audit.AuditRepository;
import io.tablewise.config.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DELETE /data: every row of every Tablewise table, in one transaction. The product's log is
 * the only record of a purge, since the audit table itself is emptied: hence WARN, with who
 * and how much.
 */
public class DataPurgeService {
    private static final Logger LOG = LoggerFactory.getLogger(DataPurgeService.class);

    private final ActiveObjects ao;
    private final AuditRepository audit;
    private final EventRepository events;
    private final SettingsRepository settings;

    public DataPurgeService(ActiveObjects ao, AuditRepository audit, EventRepository events,
            SettingsRepository settings) {
        this.ao = ao;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
    }

    public DataPurge purgeAll(String userKey) {
        DataPurge purge = ao.executeInTransaction(
                () -> new DataPurge(audit.deleteAll(), events.deleteAll(), settings.deleteAll()));
        LOG.warn("All Tablewise data purged by user key {}: {} audit entries, {} analytics events, {} settings",
                userKey, purge.auditEntries(), purge.events(), purge.settings());
        return purge;
    }
}
