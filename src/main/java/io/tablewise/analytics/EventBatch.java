package io.tablewise.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Stored rows turned into protocol events. A row that no longer passes the protocol's checks
 * (a name this version does not know, after a downgrade) is set aside, never sent.
 */
record EventBatch(List<AnalyticsEvent> events, List<Integer> invalidIds) {

    static EventBatch of(List<EventRow> rows, Product product) {
        List<AnalyticsEvent> events = new ArrayList<>(rows.size());
        List<Integer> invalid = new ArrayList<>();
        for (EventRow row : rows) {
            try {
                events.add(new AnalyticsEvent(row.id(), EventName.parse(row.name()), product, row.productVersion(),
                        row.recordedAt(), row.appVersion()));
            } catch (IllegalArgumentException | NullPointerException e) {
                invalid.add(row.id());
            }
        }
        return new EventBatch(events, invalid);
    }

    /** The IDs of the events to send, which are exactly the rows to delete after a 2xx. */
    List<Integer> ids() {
        return events.stream().map(e -> Math.toIntExact(e.id())).toList();
    }
}
