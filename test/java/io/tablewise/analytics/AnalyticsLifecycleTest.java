package io.tablewise.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.support.EnabledPlugin;
import org.junit.jupiter.api.Test;

/**
 * Enabling the plugin schedules the send job and registers its runner, and makes no
 * ActiveObjects call; stop unregisters the runner.
 */
class AnalyticsLifecycleTest {
    @Test
    void enablingThePluginSchedulesTheJobOncePerClusterWithoutTouchingActiveObjects() {
        try (EnabledPlugin plugin = new EnabledPlugin()) {
            assertThat(plugin.aoCalls).as("ActiveObjects calls during enable").isEmpty();
            plugin.assertScheduledOncePerCluster(AnalyticsSendJob.JOB_ID, AnalyticsSendJob.RUNNER_KEY,
                    AnalyticsLifecycle.INTERVAL_MILLIS);
            plugin.stop();
            assertThat(plugin.scheduler.getRegisteredJobRunnerKeys()).doesNotContain(AnalyticsSendJob.RUNNER_KEY);
            assertThat(plugin.aoCalls).isEmpty();
        }
    }
}
