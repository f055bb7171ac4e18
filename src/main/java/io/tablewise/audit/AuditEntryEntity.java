package io.tablewise.audit;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One audited read: an export, a row read, a lifted redaction or a purge. Never leaves AuditRepository. */
@Table("AUDIT_ENTRY")
public interface AuditEntryEntity extends Entity {
    String EXPORT_ID = "EXPORT_ID";
    String CLIENT_REQUEST_ID = "CLIENT_REQUEST_ID";
    String STARTED_AT = "STARTED_AT";
    String LAST_READ_AT = "LAST_READ_AT";

    @Indexed
    String getExportId();

    void setExportId(String exportId);

    /** The engine's idempotency key of POST /exports (ExportStart.clientRequestId); exports only. */
    @Indexed
    String getClientRequestId();

    void setClientRequestId(String clientRequestId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    Date getStartedAt();

    void setStartedAt(Date startedAt);

    /** Exports: when the last page was served (the start until then); how an abandoned one is found. */
    @Indexed
    Date getLastReadAt();

    void setLastReadAt(Date lastReadAt);

    Date getFinishedAt();

    void setFinishedAt(Date finishedAt);

    @NotNull
    String getKind();

    void setKind(String kind);

    /** JSON array of table names. */
    @StringLength(StringLength.UNLIMITED)
    String getTablesJson();

    void setTablesJson(String tablesJson);

    @StringLength(StringLength.UNLIMITED)
    String getColumnsJson();

    void setColumnsJson(String columnsJson);

    @StringLength(StringLength.UNLIMITED)
    String getFiltersJson();

    void setFiltersJson(String filtersJson);

    String getFormat();

    void setFormat(String format);

    String getClient();

    void setClient(String client);

    boolean isRevealed();

    void setRevealed(boolean revealed);

    long getRowCount();

    void setRowCount(long rowCount);

    long getByteCount();

    void setByteCount(long byteCount);

    @NotNull
    String getOutcome();

    void setOutcome(String outcome);

    @StringLength(450)
    String getMessage();

    void setMessage(String message);
}
