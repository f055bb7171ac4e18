package io.tablewise.analytics;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * The only class touching {@link EventEntity}: the local events table, oldest first by ID.
 * Entities never leave it; callers get {@link EventRow}s.
 */
public class EventRepository {
    static final String ID = "ID";
    static final String NAME = "NAME";
    static final String RECORDED_AT = "RECORDED_AT";
    static final String PRODUCT_VERSION = "PRODUCT_VERSION";
    static final String APP_VERSION = "APP_VERSION";
    // Below every database's bind-parameter limit (Oracle's IN list stops at 1000).
    private static final int MAX_IDS_PER_DELETE = 500;

    private final ActiveObjects ao;

    public EventRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    /** One multi-row insert for the whole list. */
    public void insert(List<NewEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(events.size());
        for (NewEvent event : events) {
            Map<String, Object> row = new HashMap<>();
            row.put(NAME, event.name().value());
            row.put(RECORDED_AT, Date.from(event.recordedAt()));
            row.put(PRODUCT_VERSION, event.productVersion());
            row.put(APP_VERSION, event.appVersion());
            rows.add(row);
        }
        ao.create(EventEntity.class, rows);
    }

    public int count() {
        return ao.count(EventEntity.class);
    }

    /** The {@code limit} oldest events, oldest first. */
    public List<EventRow> oldest(int limit) {
        EventEntity[] found = ao.find(EventEntity.class, Query.select().order(ID + " ASC").limit(limit));
        List<EventRow> rows = new ArrayList<>(found.length);
        for (EventEntity e : found) {
            rows.add(new EventRow(e.getID(), e.getName(), e.getRecordedAt().toInstant(), e.getProductVersion(),
                    e.getAppVersion()));
        }
        return rows;
    }

    /** Deletes exactly these rows (those still there); returns how many went. */
    public int delete(List<Integer> ids) {
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_DELETE) {
            List<Integer> chunk = ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_DELETE));
            String placeholders = String.join(",", Collections.nCopies(chunk.size(), "?"));
            deleted += ao.deleteWithSQL(EventEntity.class, ID + " IN (" + placeholders + ")", chunk.toArray());
        }
        return deleted;
    }

    /** Deletes the oldest rows beyond the newest {@code max}; returns how many went. */
    public int trimTo(int max) {
        if (count() <= max) {
            return 0;
        }
        EventEntity[] newestDropped = ao.find(EventEntity.class,
                Query.select(ID).order(ID + " DESC").offset(max).limit(1));
        if (newestDropped.length == 0) {
            return 0;
        }
        return ao.deleteWithSQL(EventEntity.class, ID + " <= ?", newestDropped[0].getID());
    }

    public int deleteAll() {
        return ao.deleteWithSQL(EventEntity.class, ID + " > ?", 0);
    }
}
