package io.tablewise.audit;

import io.tablewise.tables.Filter;
import io.tablewise.web.ApiException;
import io.tablewise.web.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The audit log of reads that matter. An export is one entry, created RUNNING when the engine
 * announces it, grown by every page served for it, ended by the engine's report. A read outside
 * an export (a page, a row, a batch) is one ROW_READ entry, or REVEAL when it showed a redacted
 * column in clear.
 */
public class AuditService {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    /** An export with no page read for this long is INTERRUPTED: its tab or process went away. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(24);
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final AuditRepository repository;
    private final Clock clock;
    private final RecentPages recentPages = new RecentPages();

    public AuditService(AuditRepository repository) {
        this(repository, Clock.systemUTC());
    }

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** An export's id, and whether this start recorded it (false: a repeated start). */
    record StartedExport(String exportId, boolean created) {
    }

    /**
     * Records an export the caller has checked (tables, columns, filters exist) and returns its
     * id. With a clientRequestId (the client's idempotency key, a UUID), a repeated start of the
     * caller's export that is still running returns that export's id and records nothing.
     */
    public StartedExport startExport(String user, List<String> tables, ExportFormat format, ExportClient client,
            Map<String, List<String>> columns, Map<String, List<Filter>> filters, boolean reveal,
            String clientRequestId) {
        String key = null;
        if (clientRequestId != null) {
            key = clientRequestId.toLowerCase(Locale.ROOT);
            if (!UUID_TEXT.matcher(key).matches()) {
                throw ApiException.badRequest("clientRequestId must be a UUID.");
            }
        }
        String exportId = UUID.randomUUID().toString();
        AuditRepository.ExportRef export = repository.startExport(new NewAuditEntry(exportId, key, user,
                clock.instant(), null, AuditKind.EXPORT, tables, columns, filters, format, client, reveal, 0, 0,
                ExportOutcome.RUNNING, null));
        if (!export.tables().equals(tables) || export.format() != format) {
            throw new ApiException(ErrorCode.CONFLICT, "This clientRequestId already started a different export.");
        }
        return new StartedExport(export.exportId(), export.exportId().equals(exportId));
    }

    /** Cheap checks before a page is read; the rest is checked when it is counted. */
    public void requireExportId(String exportId) {
        if (!UUID_TEXT.matcher(exportId).matches()) {
            throw ApiException.badRequest("No export has this exportId.");
        }
    }

    /**
     * Counts a page towards an export: only if the export is the caller's, still running, and
     * names the table; otherwise the page is not sent and the answer is BAD_REQUEST. A page asked
     * for again ({@code page}: what identifies the request within the table, its cursor and size)
     * is checked the same way but counted once (RecentPages).
     */
    public void exportPageServed(String exportId, String user, String table, String page, long rows, long bytes,
            boolean revealed) {
        requireExportId(exportId);
        boolean repeat = recentPages.repeat(exportId, table, page);
        AuditRepository.Refusal refusal = repository.addServed(exportId, user, table, repeat ? 0 : rows,
                repeat ? 0 : bytes, revealed, clock.instant());
        if (refusal != null) {
            throw ApiException.badRequest(switch (refusal) {
                case UNKNOWN -> "No export has this exportId.";
                case NOT_YOURS -> "This export was started by someone else.";
                case ENDED -> "This export has already ended.";
                case OTHER_TABLE -> "This export does not include this table.";
            });
        }
    }

    public void finishExport(String exportId, String user, ExportFinish finish) {
        if (finish == null || finish.outcome() == null || finish.outcome() == ExportOutcome.RUNNING
                || finish.outcome() == ExportOutcome.INTERRUPTED) {
            throw ApiException.badRequest("outcome must be COMPLETED, CANCELLED or FAILED.");
        }
        AuditRepository.ExportRef export = UUID_TEXT.matcher(exportId).matches()
                ? repository.findExport(exportId).orElse(null) : null;
        if (export == null) {
            throw ApiException.notFound("No export has this id.");
        }
        if (!export.user().equals(user)) {
            throw new ApiException(ErrorCode.CONFLICT, "This export was started by someone else.");
        }
        // Rows and bytes were counted as the pages left; the engine's own figures are about its
        // output file and are kept in the message when they add something.
        if (!repository.finish(exportId, finish.outcome(), clock.instant(), message(finish))) {
            throw new ApiException(ErrorCode.CONFLICT, "This export has already ended.");
        }
    }

    public void rowsRead(String user, String table, List<String> columns, List<Filter> filters, boolean revealed,
            long rows, long bytes) {
        Instant now = clock.instant();
        repository.create(new NewAuditEntry(null, null, user, now, now, revealed ? AuditKind.REVEAL : AuditKind.ROW_READ,
                List.of(table), Map.of(table, columns), filters.isEmpty() ? null : Map.of(table, filters), null,
                null, revealed, rows, bytes, ExportOutcome.COMPLETED, null));
    }

    public void settingsChanged(String user, List<String> tables, Map<String, List<String>> columns, String message) {
        Instant now = clock.instant();
        repository.create(new NewAuditEntry(null, null, user, now, now, AuditKind.SETTINGS, tables, columns, null, null,
                null, false, 0, 0, ExportOutcome.COMPLETED, message));
    }

    public AuditPage page(String before, String limit) {
        Long beforeId = null;
        if (before != null && !before.isEmpty()) {
            try {
                beforeId = Long.parseLong(before);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("before must be an audit entry id.");
            }
        }
        int size = DEFAULT_LIMIT;
        if (limit != null && !limit.isEmpty()) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
            }
        }
        // Abandoned exports are ended when someone looks: no job has to run for the log to be right.
        repository.interruptIdleBefore(clock.instant().minus(ABANDONED_AFTER));
        List<AuditEntry> entries = repository.page(beforeId, size);
        Long next = entries.size() == size ? entries.get(entries.size() - 1).id() : null;
        return new AuditPage(entries, next);
    }

    private static String message(ExportFinish finish) {
        String reported = finish.rows() == null && finish.bytes() == null ? null
                : "client reported " + finish.rows() + " rows, " + finish.bytes() + " bytes";
        if (finish.message() == null || finish.message().isBlank()) {
            return reported;
        }
        return reported == null ? finish.message() : finish.message() + " (" + reported + ")";
    }
}
