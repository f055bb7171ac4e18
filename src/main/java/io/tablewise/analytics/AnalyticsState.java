package io.tablewise.analytics;

/** api/types.ts AnalyticsState: the one-word summary the Analytics page shows as a lozenge. */
public enum AnalyticsState {
    /** Off: nothing is sent (the default). */
    OFF,
    /** On, and the last attempt (if any) succeeded. */
    ON,
    /** On; the last attempt failed in a way that is retried after a back-off. */
    RETRYING,
    /** On; the collector refused the last batch (400/409/422...): the administrator should look. */
    REFUSED
}
