package io.tablewise.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.license.LicenseHandler;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
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

/**
 * The plugin as the product enables it, from the real descriptor and Spring XML, over the dev
 * host's stand-ins and an ActiveObjects that refuses every call and records it: AO is not ready
 * while a plugin is being enabled, so enabling must not touch it.
 */
public final class EnabledPlugin implements AutoCloseable {
    /** The names of the ActiveObjects methods called, which all failed. */
    public final List<String> aoCalls = new ArrayList<>();
    public final DevSchedulerService scheduler = new DevSchedulerService(false);
    private final LoadedPlugin plugin;
    private boolean stopped;

    public EnabledPlugin() {
        ActiveObjects refusingAo = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    aoCalls.add(method.getName());
                    throw new IllegalStateException("ActiveObjects is not ready during plugin enable");
                });
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
        plugin = LoadedPlugin.load(container, EnabledPlugin.class.getClassLoader());
    }

    /** Checks that a job is scheduled once per cluster at this interval, its runner registered. */
    public void assertScheduledOncePerCluster(JobId jobId, JobRunnerKey runnerKey, long intervalMillis) {
        assertThat(scheduler.getRegisteredJobRunnerKeys()).contains(runnerKey);
        JobDetails job = scheduler.getJobDetails(jobId);
        assertThat(job.getJobRunnerKey()).isEqualTo(runnerKey);
        assertThat(job.getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(job.getSchedule().getType()).isEqualTo(Schedule.Type.INTERVAL);
        assertThat(job.getSchedule().getIntervalScheduleInfo().getIntervalInMillis()).isEqualTo(intervalMillis);
    }

    /** Disables the plugin, as the product does before an upgrade or uninstall. */
    public void stop() {
        if (!stopped) {
            stopped = true;
            plugin.stop();
        }
    }

    @Override
    public void close() {
        stop();
        scheduler.close();
    }
}
