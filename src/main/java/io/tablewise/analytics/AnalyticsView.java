package io.tablewise.analytics;

/** api/types.ts AnalyticsView: GET and PUT /analytics answer with it. */
public record AnalyticsView(AnalyticsSettings settings, AnalyticsStatus status) {
}
