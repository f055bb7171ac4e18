package io.tablewise.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.license.LicenseHandler;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import io.tablewise.devhost.host.DevApplicationProperties;
import io.tablewise.devhost.host.DevClusterLockService;
import io.tablewise.devhost.host.DevLoginUriProvider;
import io.tablewise.devhost.host.DevPageBuilderService;
import io.tablewise.devhost.host.DevPluginSettingsFactory;
import io.tablewise.devhost.host.DevSchedulerService;
import io.tablewise.devhost.host.DevUserManager;
import io.tablewise.devhost.host.DevWebSudoManager;
import io.tablewise.devhost.host.Unsupported;
import io.tablewise.devhost.plugin.LoadedPlugin;
import io.tablewise.devhost.plugin.PluginContainer;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plugin as the product enables it, from the real descriptor and Spring XML: start-up
 * schedules the daily retention job once per cluster and registers its runner, without an
 * ActiveObjects call (AO is not ready while a plugin is being enabled); stop unregisters it.
 */
class RetentionLifecycleTest {
    @Test
    void enablingThePluginSchedulesTheDailyRetentionJobOncePerClusterWithoutTouchingActiveObjects() {
        List<String> aoCalls = new ArrayList<>();
        ActiveObjects refusingAo = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    aoCalls.add(method.getName());
                    throw new IllegalStateException("ActiveObjects is not ready during plugin enable");
                });
        DevSchedulerService scheduler = new DevSchedulerService(false);
        PluginContainer container = new PluginContainer();
        container.register("activeObjects", refusingAo);
        container.register("userManager", new DevUserManager());
        container.register("loginUriProvider", new DevLoginUriProvider(""));
        container.register("webSudoManager", new DevWebSudoManager());
        container.register("applicationProperties",
                new DevApplicationProperties("http://localhost", false, Path.of("target")));
        container.register("licenseHandler", Unsupported.except(LicenseHandler.class, Map.of()));
        container.register("transactionalExecutorFactory",
                Unsupported.except(TransactionalExecutorFactory.class, Map.of()));
        container.register("pageBuilderService", new DevPageBuilderService());
        container.register("schedulerService", scheduler);
        container.register("clusterLockService", new DevClusterLockService());
        container.register("pluginSettingsFactory", new DevPluginSettingsFactory());

        LoadedPlugin plugin = LoadedPlugin.load(container, getClass().getClassLoader());
        try {
            assertThat(aoCalls).as("ActiveObjects calls during enable").isEmpty();
            assertThat(scheduler.getRegisteredJobRunnerKeys()).contains(RetentionJob.RUNNER_KEY);
            JobDetails job = scheduler.getJobDetails(RetentionJob.JOB_ID);
            assertThat(job.getJobRunnerKey()).isEqualTo(RetentionJob.RUNNER_KEY);
            assertThat(job.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
            assertThat(job.getSchedule().getType()).isEqualTo(Schedule.Type.INTERVAL);
            assertThat(job.getSchedule().getIntervalScheduleInfo().getIntervalInMillis())
                    .isEqualTo(RetentionLifecycle.INTERVAL_MILLIS);
        } finally {
            plugin.stop();
        }
        assertThat(scheduler.getRegisteredJobRunnerKeys()).doesNotContain(RetentionJob.RUNNER_KEY);
        assertThat(aoCalls).isEmpty();
        scheduler.close();
    }
}
