package io.tablewise.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tablewise.support.EnabledPlugin;
import org.junit.jupiter.api.Test;

/**
 * Enabling the plugin schedules the daily retention job once per cluster and registers its
 * runner, without an ActiveObjects call; stop unregisters it.
 */
class RetentionLifecycleTest {
    @Test
    void enablingThePluginSchedulesTheDailyRetentionJobOncePerClusterWithoutTouchingActiveObjects() {
        try (EnabledPlugin plugin = new EnabledPlugin()) {
            assertThat(plugin.aoCalls).as("ActiveObjects calls during enable").isEmpty();
            plugin.assertScheduledOncePerCluster(RetentionJob.JOB_ID, RetentionJob.RUNNER_KEY,
                    RetentionLifecycle.INTERVAL_MILLIS);
            plugin.stop();
            assertThat(plugin.scheduler.getRegisteredJobRunnerKeys()).doesNotContain(RetentionJob.RUNNER_KEY);
            assertThat(plugin.aoCalls).isEmpty();
        }
    }
}
