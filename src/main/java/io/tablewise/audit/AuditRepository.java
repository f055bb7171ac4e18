package io.tablewise.audit;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.tablewise.tables.Filter;
import io.tablewise.web.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The only class touching AuditEntryEntity; AO proxies never leave it. */
public class AuditRepository {
    static final int MESSAGE_LENGTH = 450;
    private static final int LOCK_STRIPES = 64;

    /** An export as page reads, its end and a repeated start need to check it. */
    record ExportRef(String exportId, String user, List<String> tables, ExportFormat format, ExportOutcome outcome) {
    }

    private final ActiveObjects ao;
    private final Object[] locks = new Object[LOCK_STRIPES];

    public AuditRepository(ActiveObjects ao) {
        this.ao = ao;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    long create(NewAuditEntry entry) {
        Map<String, Object> values = new HashMap<>();
        values.put("EXPORT_ID", entry.exportId());
        values.put(AuditEntryEntity.CLIENT_REQUEST_ID, entry.clientRequestId());
        values.put("USER_KEY", entry.user());
        values.put("STARTED_AT", Date.from(entry.startedAt()));
        values.put(AuditEntryEntity.LAST_READ_AT, entry.kind() == AuditKind.EXPORT ? Date.from(entry.startedAt()) : null);
        values.put("FINISHED_AT", entry.finishedAt() == null ? null : Date.from(entry.finishedAt()));
        values.put("KIND", entry.kind().name());
        values.put("TABLES_JSON", json(entry.tables()));
        values.put("COLUMNS_JSON", entry.columns() == null ? null : json(entry.columns()));
        values.put("FILTERS_JSON", entry.filters() == null ? null : json(entry.filters()));
        values.put("FORMAT", entry.format() == null ? null : entry.format().name());
        values.put("CLIENT", entry.client() == null ? null : entry.client().name());
        values.put("REVEALED", entry.revealed());
        values.put("ROW_COUNT", entry.rows());
        values.put("BYTE_COUNT", entry.bytes());
        values.put("OUTCOME", entry.outcome().name());
        values.put("MESSAGE", truncate(entry.message()));
        return ao.create(AuditEntryEntity.class, values).getID();
    }

    Optional<ExportRef> findExport(String exportId) {
        AuditEntryEntity entity = export(exportId);
        return entity == null ? Optional.empty() : Optional.of(ref(entity));
    }

    /**
     * Creates an export entry, unless the user's newest export with the same idempotency key
     * (clientRequestId) is still running: then that one is the answer, and nothing is created.
     * That is a POST /exports retried because its answer was lost, or an export resumed after
     * its tab or process went away. Serialised per key on this node; one client's retries reach
     * one node in practice (sticky sessions).
     */
    ExportRef startExport(NewAuditEntry entry) {
        if (entry.clientRequestId() == null) {
            create(entry);
            return ref(entry);
        }
        synchronized (lock(entry.clientRequestId())) {
            return ao.executeInTransaction(() -> {
                AuditEntryEntity[] newest = ao.find(AuditEntryEntity.class, Query.select()
                        .where("USER_KEY = ? AND " + AuditEntryEntity.CLIENT_REQUEST_ID + " = ? AND KIND = ?",
                                entry.user(), entry.clientRequestId(), AuditKind.EXPORT.name())
                        .order("ID DESC").limit(1));
                if (newest.length == 1 && ExportOutcome.RUNNING.name().equals(newest[0].getOutcome())) {
                    return ref(newest[0]);
                }
                create(entry);
                return ref(entry);
            });
        }
    }

    /** Why a page may not count towards an export; null when it may. */
    enum Refusal { UNKNOWN, NOT_YOURS, ENDED, OTHER_TABLE }

    /**
     * Checks that a page may count towards an export (the caller's, still running, naming the
     * table) and adds what it served, in one transaction. Pages of one export may arrive
     * concurrently (the engine prefetches), so the read-modify-write is serialised per export on
     * this node; pages of one export are served by one node in practice (sticky sessions).
     */
    Refusal addServed(String exportId, String user, String table, long rows, long bytes, boolean revealed,
            Instant servedAt) {
        synchronized (lock(exportId)) {
            return ao.executeInTransaction(() -> {
                AuditEntryEntity entity = export(exportId);
                if (entity == null) {
                    return Refusal.UNKNOWN;
                }
                if (!entity.getUserKey().equals(user)) {
                    return Refusal.NOT_YOURS;
                }
                if (!ExportOutcome.RUNNING.name().equals(entity.getOutcome())) {
                    return Refusal.ENDED;
                }
                if (!list(entity.getTablesJson()).contains(table)) {
                    return Refusal.OTHER_TABLE;
                }
                entity.setRowCount(entity.getRowCount() + rows);
                entity.setByteCount(entity.getByteCount() + bytes);
                entity.setRevealed(entity.isRevealed() || revealed);
                entity.setLastReadAt(Date.from(servedAt));
                entity.save();
                return null;
            });
        }
    }

    /** Ends a running export; false when it is not running (any more). */
    boolean finish(String exportId, ExportOutcome outcome, Instant finishedAt, String message) {
        synchronized (lock(exportId)) {
            return ao.executeInTransaction(() -> {
                AuditEntryEntity entity = export(exportId);
                if (entity == null || !ExportOutcome.RUNNING.name().equals(entity.getOutcome())) {
                    return false;
                }
                entity.setOutcome(outcome.name());
                entity.setFinishedAt(Date.from(finishedAt));
                entity.setMessage(truncate(message));
                entity.save();
                return true;
            });
        }
    }

    /**
     * Ends as INTERRUPTED the running exports whose last page was served before {@code cutoff}
     * (their start, when no page was), finished at that last read; returns how many. Entries of
     * older versions have no last read: their start counts.
     */
    int interruptIdleBefore(Instant cutoff) {
        Date before = Date.from(cutoff);
        AuditEntryEntity[] idle = ao.find(AuditEntryEntity.class, Query.select().where("KIND = ? AND OUTCOME = ? AND ("
                + AuditEntryEntity.LAST_READ_AT + " < ? OR (" + AuditEntryEntity.LAST_READ_AT + " IS NULL AND "
                + AuditEntryEntity.STARTED_AT + " < ?))", AuditKind.EXPORT.name(), ExportOutcome.RUNNING.name(),
                before, before));
        int interrupted = 0;
        for (AuditEntryEntity candidate : idle) {
            String exportId = candidate.getExportId();
            // Checked again under the export's lock: a page may have arrived since the query.
            boolean ended;
            synchronized (lock(exportId)) {
                ended = ao.executeInTransaction(() -> {
                    AuditEntryEntity entity = export(exportId);
                    Date lastRead = entity == null ? null
                            : entity.getLastReadAt() != null ? entity.getLastReadAt() : entity.getStartedAt();
                    if (entity == null || !ExportOutcome.RUNNING.name().equals(entity.getOutcome())
                            || !lastRead.before(before)) {
                        return false;
                    }
                    entity.setOutcome(ExportOutcome.INTERRUPTED.name());
                    entity.setFinishedAt(lastRead);
                    entity.save();
                    return true;
                });
            }
            interrupted += ended ? 1 : 0;
        }
        return interrupted;
    }

    /** Newest first, ids below {@code before} when given. */
    List<AuditEntry> page(Long before, int limit) {
        Query query = Query.select();
        if (before != null) {
            query = query.where("ID < ?", before);
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntryEntity entity : ao.find(AuditEntryEntity.class, query.order("ID DESC").limit(limit))) {
            entries.add(toEntry(entity));
        }
        return entries;
    }

    /**
     * Retention: deletes the entries that started strictly before {@code cutoff} (an entry
     * started exactly at the cutoff stays); returns how many went.
     */
    public int deleteStartedBefore(Instant cutoff) {
        return ao.deleteWithSQL(AuditEntryEntity.class, AuditEntryEntity.STARTED_AT + " < ?", Date.from(cutoff));
    }

    /** Purge: every entry; returns how many went. */
    public int deleteAll() {
        return ao.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
    }

    private Object lock(String key) {
        return locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)];
    }

    private static ExportRef ref(AuditEntryEntity e) {
        return new ExportRef(e.getExportId(), e.getUserKey(), list(e.getTablesJson()),
                e.getFormat() == null ? null : ExportFormat.valueOf(e.getFormat()), ExportOutcome.valueOf(e.getOutcome()));
    }

    private static ExportRef ref(NewAuditEntry e) {
        return new ExportRef(e.exportId(), e.user(), e.tables(), e.format(), e.outcome());
    }

    private AuditEntryEntity export(String exportId) {
        AuditEntryEntity[] found = ao.find(AuditEntryEntity.class,
                Query.select().where(AuditEntryEntity.EXPORT_ID + " = ? AND KIND = ?", exportId, AuditKind.EXPORT.name()));
        return found.length == 0 ? null : found[0];
    }

    private static AuditEntry toEntry(AuditEntryEntity e) {
        return new AuditEntry(e.getID(), e.getExportId(), e.getUserKey(), instant(e.getStartedAt()),
                instant(e.getFinishedAt()), AuditKind.valueOf(e.getKind()), list(e.getTablesJson()),
                read(e.getColumnsJson(), new TypeReference<Map<String, List<String>>>() { }),
                read(e.getFiltersJson(), new TypeReference<Map<String, List<Filter>>>() { }),
                e.getFormat() == null ? null : ExportFormat.valueOf(e.getFormat()),
                e.getClient() == null ? null : ExportClient.valueOf(e.getClient()), e.isRevealed(), e.getRowCount(),
                e.getByteCount(), ExportOutcome.valueOf(e.getOutcome()), e.getMessage());
    }

    private static String instant(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    private static List<String> list(String json) {
        List<String> tables = read(json, new TypeReference<List<String>>() { });
        return tables == null ? List.of() : tables;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored audit entry is damaged", e);
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String message) {
        return message == null || message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH);
    }
}
