package io.tablewise.analytics;

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
 * Plugin start and stop for analytics, called by Spring ({@code init-method="start"},
 * {@code destroy-method="stop"} in plugin-context.xml). Start makes no ActiveObjects call (AO
 * is not ready while the plugin is being enabled): it registers the job runner, (re)schedules
 * the job and starts the event writer thread, which touches the database only when events come.
 */
public class AnalyticsLifecycle {
    /** How often the job looks for events to send; back-off waits are checked at each run. */
    static final long INTERVAL_MILLIS = 5 * 60 * 1000L;
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsLifecycle.class);

    private final SchedulerService scheduler;
    private final AnalyticsSendJob job;
    private final EventRecorder recorder;

    public AnalyticsLifecycle(SchedulerService scheduler, AnalyticsSendJob job, EventRecorder recorder) {
        this.scheduler = scheduler;
        this.job = job;
        this.recorder = recorder;
    }

    public void start() {
        recorder.start();
        // Registered at every start (the runner lives in this plugin's class loader); the
        // schedule itself is the cluster's and survives restarts.
        scheduler.registerJobRunner(AnalyticsSendJob.RUNNER_KEY, job);
        // A random first run spreads the instances that start together over the interval.
        Date firstRun = new Date(System.currentTimeMillis() + ThreadLocalRandom.current().nextLong(INTERVAL_MILLIS));
        JobConfig config = JobConfig.forJobRunnerKey(AnalyticsSendJob.RUNNER_KEY)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL_MILLIS, firstRun));
        try {
            scheduler.scheduleJob(AnalyticsSendJob.JOB_ID, config);
        } catch (SchedulerServiceException e) {
            LOG.error("Could not schedule the analytics job; no analytics will be sent until the app restarts", e);
        }
    }

    public void stop() {
        // The schedule stays: other nodes still run the app. Without a runner here, this node
        // skips the job, as the scheduler does for any unregistered runner.
        scheduler.unregisterJobRunner(AnalyticsSendJob.RUNNER_KEY);
        recorder.stop();
    }
}
