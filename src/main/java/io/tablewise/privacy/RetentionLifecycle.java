package io.tablewise.privacy;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugin start and stop for the retention job ({@code init-method="start"},
 * {@code destroy-method="stop"} in plugin-context.xml). No ActiveObjects call here: AO is not
 * ready while the plugin is being enabled; the job reads the period when it runs.
 */
public class RetentionLifecycle {
    static final long INTERVAL_MILLIS = 24 * 60 * 60 * 1000L;
    /** The first run comes within this after start: soon after an install, spread over a cluster's restarts. */
    static final long FIRST_RUN_WINDOW_MILLIS = 60 * 60 * 1000L;
    private static final Logger LOG = LoggerFactory.getLogger(RetentionLifecycle.class);

    private final SchedulerService scheduler;
    private final RetentionJob job;

    public RetentionLifecycle(SchedulerService scheduler, RetentionJob job) {
        this.scheduler = scheduler;
        this.job = job;
    }

    public void start() {
        // Registered at every start (the runner lives in this plugin's class loader); the
        // schedule is the cluster's and survives restarts.
        scheduler.registerJobRunner(RetentionJob.RUNNER_KEY, job);
        Date firstRun = new Date(System.currentTimeMillis()
                + ThreadLocalRandom.current().nextLong(FIRST_RUN_WINDOW_MILLIS));
        JobConfig config = JobConfig.forJobRunnerKey(RetentionJob.RUNNER_KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, firstRun));
        try {
            scheduler.scheduleJob(RetentionJob.JOB_ID, config);
        } catch (SchedulerServiceException e) {
            LOG.error("Could not schedule the audit retention job; old audit entries stay until the app restarts", e);
        }
    }

    public void stop() {
        // The schedule stays for the other nodes; without a runner this node skips the job.
        scheduler.unregisterJobRunner(RetentionJob.RUNNER_KEY);
    }
}
