package io.tablewise.privacy;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily retention run: deletes audit entries older than the configured period. Scheduled
 * once per cluster, and under a cluster lock besides, so a run that overlaps another node's
 * (a slow delete, a clock jump) waits for the next day instead of deleting twice.
 */
public class RetentionJob implements JobRunner {
    public static final JobRunnerKey RUNNER_KEY = JobRunnerKey.of("io.tablewise.retention.purge");
    public static final JobId JOB_ID = JobId.of("io.tablewise.retention.purge");
    static final String LOCK = "io.tablewise.retention.purge";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;
    private final ClusterLockService locks;

    public RetentionJob(RetentionService retention, ClusterLockService locks) {
        this.retention = retention;
        this.locks = locks;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClusterLock lock = locks.getLockForName(LOCK);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted("Another node is applying the retention period.");
        }
        try {
            int deleted = retention.purgeExpired();
            return JobRunnerResponse.success(deleted == 1 ? "Deleted 1 expired audit entry."
                    : "Deleted " + deleted + " expired audit entries.");
        } catch (RuntimeException e) {
            LOG.warn("Applying the audit retention period failed", e);
            return JobRunnerResponse.failed(e);
        } finally {
            lock.unlock();
        }
    }
}
