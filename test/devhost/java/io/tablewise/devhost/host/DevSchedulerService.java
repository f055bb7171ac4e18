package io.tablewise.devhost.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.atlassian.scheduler.status.JobDetails;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A one-node scheduler for interval and run-once jobs (cron is not needed by the app). A job
 * whose runner is not registered yet is skipped, as the product does. Tests can run a job now;
 * in manual mode ({@code TABLEWISE_SCHEDULER=manual}) jobs run only then, so a test decides
 * exactly when a job runs.
 */
public class DevSchedulerService implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevSchedulerService.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "devhost-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> futures = new ConcurrentHashMap<>();
    private final boolean automatic;

    public DevSchedulerService() {
        this(true);
    }

    /** @param automatic false: scheduled jobs run only through {@link #runNow} */
    public DevSchedulerService(boolean automatic) {
        this.automatic = automatic;
    }

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public Set<JobRunnerKey> getRegisteredJobRunnerKeys() {
        return Set.copyOf(runners.keySet());
    }

    @Override
    public Set<JobRunnerKey> getJobRunnerKeysForAllScheduledJobs() {
        return jobs.values().stream().map(JobConfig::getJobRunnerKey).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) throws SchedulerServiceException {
        unscheduleJob(jobId);
        jobs.put(jobId, config);
        Schedule schedule = config.getSchedule();
        if (schedule.getType() != Schedule.Type.INTERVAL) {
            throw new SchedulerServiceException("The dev host only runs interval schedules");
        }
        if (!automatic) {
            return;
        }
        IntervalScheduleInfo info = schedule.getIntervalScheduleInfo();
        long delay = info.getFirstRunTime() == null ? 0
                : Math.max(0, info.getFirstRunTime().getTime() - System.currentTimeMillis());
        Runnable run = () -> runNow(jobId);
        futures.put(jobId, info.getIntervalInMillis() > 0
                ? executor.scheduleWithFixedDelay(run, delay, info.getIntervalInMillis(), TimeUnit.MILLISECONDS)
                : executor.schedule(run, delay, TimeUnit.MILLISECONDS));
    }

    @Override
    public JobId scheduleJobWithGeneratedId(JobConfig config) throws SchedulerServiceException {
        JobId id = JobId.of(UUID.randomUUID().toString());
        scheduleJob(id, config);
        return id;
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
        ScheduledFuture<?> future = futures.remove(jobId);
        if (future != null) {
            future.cancel(false);
        }
    }

    @Override
    public Date calculateNextRunTime(Schedule schedule) {
        return null;
    }

    @Override
    public JobDetails getJobDetails(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        return config == null ? null : details(jobId, config);
    }

    @Override
    public List<JobDetails> getJobsByJobRunnerKey(JobRunnerKey key) {
        return getJobsByJobRunnerKeys(List.of(key));
    }

    @Override
    public List<JobDetails> getJobsByJobRunnerKeys(List<JobRunnerKey> keys) {
        return jobs.entrySet().stream().filter(e -> keys.contains(e.getValue().getJobRunnerKey()))
                .map(e -> details(e.getKey(), e.getValue())).toList();
    }

    /** Runs a scheduled job on the calling thread, as a node would when it fires. */
    public JobRunnerResponse runNow(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return JobRunnerResponse.aborted("No runner for " + jobId);
        }
        Date start = new Date();
        try {
            return runner.runJob(new JobRunnerRequest() {
                @Override
                public Date getStartTime() {
                    return start;
                }

                @Override
                public JobId getJobId() {
                    return jobId;
                }

                @Override
                public JobConfig getJobConfig() {
                    return config;
                }

                @Override
                public boolean isCancellationRequested() {
                    return executor.isShutdown();
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Job {} failed", jobId, e);
            return JobRunnerResponse.failed(e);
        }
    }

    private JobDetails details(JobId jobId, JobConfig config) {
        return new JobDetails() {
            @Override
            public JobId getJobId() {
                return jobId;
            }

            @Override
            public JobRunnerKey getJobRunnerKey() {
                return config.getJobRunnerKey();
            }

            @Override
            public RunMode getRunMode() {
                return config.getRunMode();
            }

            @Override
            public Schedule getSchedule() {
                return config.getSchedule();
            }

            @Override
            public Date getNextRunTime() {
                ScheduledFuture<?> future = futures.get(jobId);
                return future == null ? null
                        : new Date(System.currentTimeMillis() + future.getDelay(TimeUnit.MILLISECONDS));
            }

            @Override
            public Map<String, Serializable> getParameters() {
                return config.getParameters();
            }

            @Override
            public boolean isRunnable() {
                return runners.containsKey(config.getJobRunnerKey());
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
