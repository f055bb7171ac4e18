package io.tablewise.analytics;

import java.util.List;

/**
 * api/types.ts AnalyticsPreview: the rows of the next batch, decoded, and how many events wait
 * in all. {@code endpoint} is where they would go.
 */
public record AnalyticsPreview(int queued, int batchSize, String endpoint, List<AnalyticsRow> rows) {
}
