package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;
import javax.annotation.Nonnull;

public interface JobRunnerRequest {
    @Nonnull
    Date getStartTime();

    @Nonnull
    JobId getJobId();

    @Nonnull
    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
