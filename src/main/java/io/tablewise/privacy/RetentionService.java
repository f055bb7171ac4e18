package io.tablewise.privacy;

import io.tablewise.audit.AuditRepository;
import io.tablewise.web.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The audit retention period (GET/PUT /retention) and the purge of what is older (the daily job). */
public class RetentionService {
    private final RetentionSettings settings;
    private final AuditRepository audit;
    private final Clock clock;

    public RetentionService(RetentionSettings settings, AuditRepository audit) {
        this(settings, audit, Clock.systemUTC());
    }

    RetentionService(RetentionSettings settings, AuditRepository audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public Retention get() {
        return new Retention(settings.auditDays());
    }

    public Retention update(Retention retention) {
        if (retention == null || !RetentionSettings.valid(retention.auditDays())) {
            throw ApiException.badRequest("auditDays must be a whole number of days from "
                    + RetentionSettings.MIN_DAYS + " to " + RetentionSettings.MAX_DAYS + ".");
        }
        settings.saveAuditDays(retention.auditDays());
        return get();
    }

    /** The oldest start an entry may have and stay: now minus the period (24-hour days, UTC). */
    Instant cutoff() {
        return clock.instant().minus(Duration.ofDays(settings.auditDays()));
    }

    /** Deletes the audit entries that started strictly before {@link #cutoff()}; returns how many went. */
    public int purgeExpired() {
        return audit.deleteStartedBefore(cutoff());
    }
}
