package com.atlassian.util.profiling;

/**
 * Run-time stand-in for atlassian-profiling (not on Maven Central), which the real AO
 * EntityManager 6.x calls around every operation. The products measure there; the dev host
 * does not, so every call is a no-op. Only the members AO uses exist.
 */
public final class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    public static final class Builder {
        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return () -> { };
        }
    }
}
