package io.tablewise.analytics;

/** api/types.ts AnalyticsPurge: DELETE /analytics/events answers how many events it deleted. */
public record AnalyticsPurge(int purged) {
}
